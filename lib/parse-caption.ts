// Captions as Vietnamese papers write them: the caption, then the photographer's credit
// at its end ("… phát biểu tại buổi làm việc. Ảnh: Hồng Nhung", "(Ảnh: TTXVN)"). The
// credit is shown apart, inside the figcaption.

/** A caption split into its text and its credit. */
export interface Caption {
  readonly text: string;
  readonly credit?: string;
}

// A credit label starts the caption or follows the end of a sentence, an opening
// parenthesis or a dash; "bức ảnh: …" inside a sentence is not a credit.
const CREDIT = /(?:^|(?<=[.!?…])\s+|\s*\(|\s+[-–—]\s+)((?:Ảnh(?: tư liệu| minh họa| minh hoạ)?|Nguồn ảnh|Nguồn)\s*:\s*[^():]{1,80}?)\)?\s*$/u;

/**
 * Splits a caption into its text and a trailing credit.
 *
 * @example parseCaption("Bí thư Tỉnh ủy phát biểu tại buổi làm việc. Ảnh: Hồng Nhung")
 * // { text: "Bí thư Tỉnh ủy phát biểu tại buổi làm việc.", credit: "Ảnh: Hồng Nhung" }
 */
export function parseCaption(caption: string): Caption {
  const text = caption.replace(/\s+/g, " ").trim();
  const match = CREDIT.exec(text);
  const credit = match?.[1]?.trim();
  if (match === null || credit === undefined) return { text };
  return { text: text.slice(0, match.index).trim(), credit };
}

/**
 * Word processors type “curly quotes”; CommonMark reads a title only between straight
 * ones, so `![…](/images/a.jpg “Chú thích”)` would reach readers as raw text. Turns such
 * a title's quotes straight (escaping straight quotes inside it), keeping every line
 * where it was so that messages still point at the right line.
 *
 * @example straightenImageTitles('![Ảnh](/images/a.jpg “Chú thích”)') // '![Ảnh](/images/a.jpg "Chú thích")'
 */
export function straightenImageTitles(markdown: string): string {
  if (!markdown.includes("“") && !markdown.includes("”")) return markdown;
  return markdown.replace(
    /(!\[[^\]\n]*\]\([ \t]*[^\s()]+[ \t]+)(?:“([^“”\n]*)”|"([^"“”\n]*)”|“([^"“”\n]*)")([ \t]*\))/g,
    (_whole, start: string, curly?: string, openStraight?: string, closeStraight?: string, end = "") =>
      `${start}"${(curly ?? openStraight ?? closeStraight ?? "").replace(/\\?"/g, '\\"')}"${end}`,
  );
}
