import { describe, expect, it } from "vitest";
import { foldTerm, MAX_TERM_LENGTH, splitWords } from "../../lib/search-terms";

describe("splitWords", () => {
  it.each([
    ["splits on spaces and punctuation", "Đảng bộ (tỉnh), 2016", ["Đảng", "bộ", "tỉnh", "2016"]],
    ["splits on hyphens and slashes", "290-QĐ/TW", ["290", "QĐ", "TW"]],
    ["keeps letters outside the Basic Multilingual Plane whole", "𝐀𝐁 c", ["𝐀𝐁", "c"]],
    ["gives nothing for text without letters or digits", " — … ", []],
  ])("%s", (_name, text, words) => {
    expect(splitWords(text)).toEqual(words);
  });
});

describe("foldTerm", () => {
  it.each([
    ["folds case, tone marks and đ", "Đảng", "dang"],
    ["folds NFD like NFC", "Đảng".normalize("NFD"), "dang"],
    ["keeps a word of MAX_TERM_LENGTH letters whole", "a".repeat(32), "a".repeat(32)],
    ["cuts a longer word to MAX_TERM_LENGTH letters", "Đ".repeat(40), "d".repeat(32)],
    ["cuts by code point, never inside a pair", "😀".repeat(40), "😀".repeat(32)],
  ])("%s", (_name, word, term) => {
    expect(MAX_TERM_LENGTH).toBe(32);
    expect(foldTerm(word)).toBe(term);
  });
});
