import { fail, succeed, type ParseResult } from "./parse-result";
import { problemAt } from "./problem";

/** How a file's bytes are checked, beyond being UTF-8. */
export interface TextFileOptions {
  /**
   * Also refuse U+FFFD, pointing at its line. Text copied from a web page may already have
   * been decoded wrongly once, and U+FFFD is what that leaves where the letters were; a
   * real article never holds one. The importer asks for this; the content loader does not.
   */
  readonly refuseReplacementCharacter?: boolean | undefined;
}

const NOT_UTF8 = "tệp không phải UTF-8 (có thể gõ bằng bảng mã cũ TCVN3/VNI); mở bằng trình soạn thảo và lưu lại dạng UTF-8.";
// Both decoders drop a leading byte-order mark (ignoreBOM is false by default).
const strict = new TextDecoder("utf-8", { fatal: true });
const lenient = new TextDecoder("utf-8");

/**
 * Reads a file's bytes as the text every parser expects: UTF-8 (anything else, such as a
 * file saved in TCVN3 or VNI, is refused rather than shown as mojibake), then as
 * {@link normaliseText} leaves it. The caller reads the bytes; this touches no file.
 *
 * @param file the file as shown to the editor, used in the message
 * @example parseTextFile(new TextEncoder().encode("\ufefftitle: Tiêu đề\r\n"), "a.md") // { ok: true, value: "title: Tiêu đề\n" }
 */
export function parseTextFile(bytes: Uint8Array, file: string, options: TextFileOptions = {}): ParseResult<string> {
  if (options.refuseReplacementCharacter === true) {
    const text = lenient.decode(bytes);
    const bad = text.indexOf("\ufffd");
    if (bad !== -1) return fail([problemAt({ file, line: lineAt(text, bad) }, NOT_UTF8)]);
    return succeed(normaliseText(text));
  }
  let text: string;
  try {
    text = strict.decode(bytes);
  } catch {
    return fail([problemAt({ file }, NOT_UTF8)]);
  }
  return succeed(normaliseText(text));
}

/**
 * Text as the parsers read it, whatever the editor's machine wrote: no byte-order mark,
 * `\n` line endings (Windows' CRLF and old Macs' CR become LF) and NFC, so a word typed
 * with combining tone marks matches the same word typed precomposed.
 *
 * @example normaliseText("\ufeffHòa\r\n".normalize("NFD")) // "Hòa\n" in NFC
 */
export function normaliseText(text: string): string {
  return text.replace(/^\ufeff/, "").replace(/\r\n?/g, "\n").normalize("NFC");
}

function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split(/\r\n?|\n/).length;
}
