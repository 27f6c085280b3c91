import { describe, expect, it } from "vitest";
import { hasInvisibleCharacters, invisibleCharacterProblem, removeInvisibleCharacters } from "../../lib/invisible-characters";
import { formatProblem } from "../../lib/problem";

const INVISIBLE: readonly [string, string][] = [
  ["a NUL", "\u0000"],
  ["a bell", "\u0007"],
  ["a tab", "\t"],
  ["a newline", "\n"],
  ["a carriage return", "\r"],
  ["an escape", "\u001b"],
  ["a delete", "\u007f"],
  ["a C1 next-line control", "\u0085"],
  ["the last C1 control", "\u009f"],
  ["a soft hyphen", "\u00ad"],
  ["an Arabic letter mark", "\u061c"],
  ["a zero-width space", "\u200b"],
  ["a zero-width non-joiner", "\u200c"],
  ["a zero-width joiner", "\u200d"],
  ["a left-to-right mark", "\u200e"],
  ["a right-to-left mark", "\u200f"],
  ["a line separator", "\u2028"],
  ["a paragraph separator", "\u2029"],
  ["a left-to-right embedding", "\u202a"],
  ["a right-to-left embedding", "\u202b"],
  ["a pop directional formatting", "\u202c"],
  ["a left-to-right override", "\u202d"],
  ["a right-to-left override", "\u202e"],
  ["a word joiner", "\u2060"],
  ["an invisible times", "\u2062"],
  ["an invisible plus", "\u2064"],
  ["a left-to-right isolate", "\u2066"],
  ["a right-to-left isolate", "\u2067"],
  ["a first-strong isolate", "\u2068"],
  ["a pop directional isolate", "\u2069"],
  ["a byte-order mark inside the text", "\ufeff"],
];

const VISIBLE: readonly [string, string][] = [
  ["Vietnamese letters", "Đảng bộ tỉnh Quảng Ninh"],
  ["letters typed in NFD", "Hòa".normalize("NFD")],
  ["a space", " "],
  ["a no-break space", "\u00a0"],
  ["a narrow no-break space", "\u202f"],
  ["an ellipsis", "…"],
  ["a superscript zero, just past the isolates", "\u2070"],
];

describe("hasInvisibleCharacters", () => {
  it.each(INVISIBLE)("finds %s", (_name, character) => {
    expect(hasInvisibleCharacters(`Tiêu${character}đề`)).toBe(true);
  });

  it.each(VISIBLE)("sees nothing hidden in %s", (_name, text) => {
    expect(hasInvisibleCharacters(text)).toBe(false);
  });
});

describe("removeInvisibleCharacters", () => {
  it.each(INVISIBLE.filter(([, character]) => character !== "\t" && character !== "\n"))("drops %s", (_name, character) => {
    expect(removeInvisibleCharacters(`Tiêu${character}đề`)).toBe("Tiêuđề");
  });

  it.each([
    ["a tab", "Tiêu\tđề"],
    ["a newline", "Tiêu\nđề"],
  ])("turns %s into a space, so the words stay apart", (_name, text) => {
    expect(removeInvisibleCharacters(text)).toBe("Tiêu đề");
  });

  it.each(VISIBLE)("keeps %s as they are", (_name, text) => {
    expect(removeInvisibleCharacters(text)).toBe(text);
  });
});

describe("invisibleCharacterProblem", () => {
  const place = { file: "content/articles/2017/04/bai.md", line: 2, field: "title" };

  it("names the field twice, as editors call it, at the field's line", () => {
    const problem = invisibleCharacterProblem("Tiêu\u2066đề", place, "tiêu đề");
    expect(problem === undefined ? undefined : formatProblem(problem)).toBe(
      'content/articles/2017/04/bai.md:2 "title": tiêu đề có ký tự ẩn (zero-width hoặc ký tự điều khiển); hãy gõ lại tiêu đề.',
    );
  });

  it("finds nothing wrong with visible text", () => {
    expect(invisibleCharacterProblem("Tiêu đề", place, "tiêu đề")).toBeUndefined();
  });
});
