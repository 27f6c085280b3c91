import { describe, expect, it } from "vitest";
import { normaliseText, parseTextFile } from "../../lib/parse-text-file";
import { formatProblem } from "../../lib/problem";

const FILE = "content/articles/2017/04/bai.md";
const NOT_UTF8 = "tệp không phải UTF-8 (có thể gõ bằng bảng mã cũ TCVN3/VNI); mở bằng trình soạn thảo và lưu lại dạng UTF-8.";
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
// "Thành" saved in TCVN3 on its second line: 0xB8 is "á" there and no UTF-8 at all.
const TCVN3 = new Uint8Array([0x54, 0x69, 0x74, 0x6c, 0x65, 0x0a, 0x54, 0x68, 0xb8, 0x6e, 0x68]);

function refused(bytes: Uint8Array, refuseReplacementCharacter?: boolean): string[] {
  const result = parseTextFile(bytes, FILE, { refuseReplacementCharacter });
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe("parseTextFile", () => {
  it.each([
    ["plain UTF-8", utf8("title: Tiêu đề\n"), "title: Tiêu đề\n"],
    ["a byte-order mark", utf8("\ufefftitle: Tiêu đề\n"), "title: Tiêu đề\n"],
    ["Windows line endings", utf8("title: a\r\ndate: b\r\n"), "title: a\ndate: b\n"],
    ["old Mac line endings", utf8("title: a\rdate: b\r"), "title: a\ndate: b\n"],
    ["text typed in NFD", utf8("Hòa giải".normalize("NFD")), "Hòa giải".normalize("NFC")],
  ])("reads %s as the parsers expect it", (_name, bytes, text) => {
    expect(parseTextFile(bytes, FILE)).toEqual({ ok: true, value: text });
  });

  it("refuses bytes that are not UTF-8, naming the file", () => {
    expect(refused(TCVN3)).toEqual([`${FILE}: ${NOT_UTF8}`]);
  });

  it("keeps a U+FFFD the file itself holds, as the content loader always has", () => {
    expect(parseTextFile(utf8("Đo\ufffdn"), FILE)).toEqual({ ok: true, value: "Đo\ufffdn" });
  });

  it.each([
    ["bytes that are not UTF-8", TCVN3, 2],
    ["text already mangled by a wrong decoding", utf8("Tiêu đề\r\nThứ Năm\r\nĐo\ufffdn một."), 3],
  ])("refuses %s at the line of the first bad character, when told to refuse U+FFFD", (_name, bytes, line) => {
    expect(refused(bytes, true)).toEqual([`${FILE}:${line}: ${NOT_UTF8}`]);
  });

  it("reads good UTF-8 the same way when told to refuse U+FFFD", () => {
    expect(parseTextFile(utf8("\ufeffa\r\nb"), FILE, { refuseReplacementCharacter: true })).toEqual({ ok: true, value: "a\nb" });
  });
});

describe("normaliseText", () => {
  it.each([
    ["drops a leading byte-order mark", "\ufeffa", "a"],
    ["keeps a byte-order mark inside the text, for the invisible-character rule to find", "a\ufeffb", "a\ufeffb"],
    ["turns CRLF and CR into LF", "a\r\nb\rc\n", "a\nb\nc\n"],
    ["composes NFD into NFC", "Quảng Ninh".normalize("NFD"), "Quảng Ninh".normalize("NFC")],
  ])("%s", (_name, text, normalised) => {
    expect(normaliseText(text)).toBe(normalised);
  });
});
