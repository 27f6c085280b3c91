import { problemAt, type Problem, type ProblemPlace } from "./problem";

// Characters an editor cannot see, which break a title in search results, feeds and
// browser tabs or silently reorder the text around them: the C0 and C1 controls (tab and
// newline too: a one-line field has no use for them), the soft hyphen, the bidi controls
// (Arabic letter mark U+061C, the marks U+200E/U+200F, the embeddings and overrides
// U+202A–U+202E, the isolates U+2066–U+2069), the zero-width space, non-joiner and joiner,
// the line and paragraph separators, the word joiner and invisible operators, and a
// byte-order mark inside the text. The content check refuses them and the importer drops
// them, from this one list, so the two never disagree.
const INVISIBLE_BUT_TAB_AND_NEWLINE = "\\u0000-\\u0008\\u000b-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u2064\\u2066-\\u2069\\ufeff";
const INVISIBLE = new RegExp(`[\\t\\n${INVISIBLE_BUT_TAB_AND_NEWLINE}]`, "u");
const EVERY_INVISIBLE = new RegExp(INVISIBLE.source, "gu");

/**
 * True when `text` holds a character an editor cannot see.
 *
 * @example hasInvisibleCharacters("Tiêu\u200bđề") // true
 */
export function hasInvisibleCharacters(text: string): boolean {
  return INVISIBLE.test(text);
}

/**
 * Drops every invisible character from running text. Tab and newline separate words
 * there, so they become spaces instead of gluing the words together.
 *
 * @example removeInvisibleCharacters("Đoạn\u200b\tmột") // "Đoạn một"
 */
export function removeInvisibleCharacters(text: string): string {
  return text.replace(/[\t\n]/g, " ").replace(EVERY_INVISIBLE, "");
}

/**
 * The problem with a text field that holds an invisible character, or undefined when it
 * holds none. `name` is what editors call the field, as the message says it twice.
 *
 * @example invisibleCharacterProblem("Tiêu\u200bđề", { file: "a.md", line: 2, field: "title" }, "tiêu đề")
 * // a.md:2 "title": tiêu đề có ký tự ẩn (zero-width hoặc ký tự điều khiển); hãy gõ lại tiêu đề.
 */
export function invisibleCharacterProblem(text: string, place: ProblemPlace, name: string): Problem | undefined {
  if (!hasInvisibleCharacters(text)) return undefined;
  return problemAt(place, `${name} có ký tự ẩn (zero-width hoặc ký tự điều khiển); hãy gõ lại ${name}.`);
}

// In a body, tabs and line breaks are text (code blocks, paragraphs); everything else on
// the list is as wrong there as in a title: a bidi override reverses the words after it.
const INVISIBLE_IN_BODY = new RegExp(`[${INVISIBLE_BUT_TAB_AND_NEWLINE}]`, "u");

/**
 * One problem per body line that holds an invisible character other than a tab, with
 * the file's line number (the body starts at `firstLine`).
 */
export function findInvisibleInBody(body: string, file: string, firstLine: number): Problem[] {
  return body.split("\n").flatMap((line, index) =>
    INVISIBLE_IN_BODY.test(line) ? [problemAt({ file, line: firstLine + index }, "đoạn văn này có ký tự ẩn (zero-width hoặc ký tự điều khiển, như dấu đảo chiều chữ); hãy gõ lại đoạn văn này.")] : [],
  );
}
