import { FIELDS } from "../parse-article";
import { meantField } from "../suggest-field";
import { colonInValue, missingColon, missingSpaceAfterColon, quoteYaml, splitKeyLine, tabIndent } from "../yaml-line-mistakes";
import { readVietnameseDate } from "./read-vietnamese-date";

// `npm run check -- --fix`: rewrites the habits every Vietnamese editor has into the
// contract's form, line by line inside the front matter, and nothing else: the YAML is
// never re-serialised, so formatting, comments, line endings and the body stay byte for
// byte. Each fix is a small pure function of one line; a fix that would have to guess
// (a two-digit year, a missing time) is refused with its reason instead.

/** One line changed, before and after, and why. */
export interface FrontMatterFix {
  /** 1-based line in the file. */
  readonly line: number;
  readonly before: string;
  readonly after: string;
  readonly why: string;
}

/** A habit found but not fixed, because fixing it would mean guessing. */
export interface FrontMatterRefusal {
  readonly line: number;
  readonly text: string;
  readonly reason: string;
}

/** The text with every certain fix made, and what was changed or refused. */
export interface FixedText {
  readonly text: string;
  readonly fixes: readonly FrontMatterFix[];
  readonly refusals: readonly FrontMatterRefusal[];
}

/** What a line fix knows besides the line: the top-level fields the file already has. */
interface LineContext {
  readonly keys: ReadonlySet<string>;
}

type LineFix = (line: string, context: LineContext) => { readonly line: string; readonly why: string } | { readonly refusal: string } | undefined;

const KNOWN: readonly string[] = FIELDS;
// Fields whose value is never meant to hold curly quotes: around a date, a name or a tag they are quoting.
const PLAIN_FIELDS = new Set(["date", "updated", "author", "category", "tags", "draft"]);

/**
 * Makes every certain fix in a file's front matter (see {@link LINE_FIXES}) and leaves
 * every other byte as it was.
 *
 * @example fixFrontMatter("---\ntac_gia: Hồng Nhung\ndate: 01/12/2026 14:09\n---\n").text // "---\nauthor: Hồng Nhung\ndate: 2026-12-01 14:09\n---\n"
 */
export function fixFrontMatter(text: string): FixedText {
  const lines = text.split("\n");
  const opening = (lines[0] ?? "").replace(/^\ufeff/, "").trimEnd();
  const closing = lines.findIndex((line, index) => index > 0 && line.startsWith("---"));
  if (opening !== "---" || closing === -1) return { text, fixes: [], refusals: [] };
  const keys = new Set(lines.slice(1, closing).map((line) => splitKeyLine(withoutReturn(line))).filter((parts) => parts?.indent === "").map((parts) => parts?.key ?? ""));
  const fixes: FrontMatterFix[] = [];
  const refusals: FrontMatterRefusal[] = [];
  for (let index = 1; index < closing; index++) {
    const raw = lines[index] ?? "";
    const before = withoutReturn(raw);
    let after = before;
    const whys: string[] = [];
    for (const fix of LINE_FIXES) {
      const result = fix(after, { keys });
      if (result === undefined) continue;
      if ("refusal" in result) refusals.push({ line: index + 1, text: before, reason: result.refusal });
      else {
        after = result.line;
        whys.push(result.why);
      }
    }
    if (after === before) continue;
    keys.add(splitKeyLine(after)?.key ?? "");
    fixes.push({ line: index + 1, before, after, why: whys.join("; ") });
    lines[index] = raw.endsWith("\r") ? `${after}\r` : after;
  }
  return { text: lines.join("\n"), fixes, refusals };
}

/** `\t- Dân vận` → `  - Dân vận`. */
export const tabsToSpaces: LineFix = (line) => {
  const fixed = tabIndent(line);
  return fixed === undefined ? undefined : { line: fixed, why: "thụt lề bằng Tab thành dấu cách" };
};

/** `source:Báo Quảng Ninh` → `source: Báo Quảng Ninh`, for a field of the contract (or its Vietnamese name). */
export const spaceAfterColon: LineFix = (line) => {
  const fixed = missingSpaceAfterColon(line);
  const parts = fixed === undefined ? undefined : splitKeyLine(fixed);
  if (fixed === undefined || parts === undefined || !isField(parts.key, parts.indent)) return undefined;
  return { line: fixed, why: "thêm dấu cách sau dấu hai chấm" };
};

/** `title Kỳ họp thứ 5` → `title: Kỳ họp thứ 5`, for a field of the contract. */
export const colonAfterField: LineFix = (line) => {
  const fixed = missingColon(line);
  const key = fixed === undefined ? undefined : splitKeyLine(fixed)?.key;
  return fixed === undefined || key === undefined || !KNOWN.includes(key) ? undefined : { line: fixed, why: "thêm dấu hai chấm sau tên trường" };
};

/** `tác giả: Hồng Nhung` → `author: Hồng Nhung`; not when the file already has that field (it would be written twice). */
export const contractFieldName: LineFix = (line, context) => {
  const parts = splitKeyLine(line);
  if (parts === undefined || parts.indent !== "" || KNOWN.includes(parts.key)) return undefined;
  const field = meantField(parts.key, KNOWN);
  if (field === undefined || context.keys.has(field)) return undefined;
  return { line: `${field}:${line.slice(parts.key.length).replace(/^\s*:/, "")}`, why: `tên trường "${parts.key}" thành "${field}"` };
};

/** `title: Kỳ họp thứ 5: Đường về đích` → `title: "Kỳ họp thứ 5: Đường về đích"`, the text kept as written. */
export const quoteColonValue: LineFix = (line) => {
  const parts = splitKeyLine(line);
  const text = parts !== undefined && (parts.indent === "" ? ["title", "summary", "source"].includes(parts.key) : parts.key === "text");
  const fixed = text ? colonInValue(line) : undefined;
  return fixed === undefined ? undefined : { line: fixed, why: 'đặt giá trị có ": " trong ngoặc kép' };
};

/** `date: “2017-04-20 18:02”`, `tags: [“Dân vận”]` → straight quotes, in fields that never hold curly ones. */
export const straightQuotes: LineFix = (line) => {
  const parts = splitKeyLine(line);
  if (parts === undefined || !(parts.indent === "" ? PLAIN_FIELDS.has(parts.key) : parts.key === "date")) return undefined;
  const straighten = (item: string): string =>
    item.replace(/^(\s*)[“‘](.*?)[”’](\s*)$/u, (_all, lead: string, inner: string, trail: string) =>
      `${lead}${parts.key === "draft" && /^(true|false)$/.test(inner) ? inner : quoteYaml(inner)}${trail}`,
    );
  const list = /^\[(.*)\]$/u.exec(parts.value);
  const value = list === null ? straighten(parts.value) : `[${(list[1] ?? "").split(",").map(straighten).join(",")}]`;
  if (value === parts.value) return undefined;
  return { line: `${parts.indent}${parts.key}: ${value}${parts.comment}`, why: "ngoặc kép cong “ ” thành ngoặc thẳng" };
};

/** `date: 01/12/2026 14:09` → `date: 2026-12-01 14:09`; a date it cannot read without guessing is refused. */
export const contractDate: LineFix = (line) => {
  const parts = splitKeyLine(line);
  if (parts === undefined || !(parts.indent === "" ? parts.key === "date" || parts.key === "updated" : parts.key === "date")) return undefined;
  const quote = /^(["'])(.*)\1$/u.exec(parts.value);
  const read = readVietnameseDate(quote?.[2] ?? parts.value);
  if (read === undefined) return undefined;
  if (!read.ok) return { refusal: read.reason };
  const value = quote === null ? read.text : `${quote[1]}${read.text}${quote[1]}`;
  return { line: `${parts.indent}${parts.key}: ${value}${parts.comment}`, why: "ngày giờ viết kiểu Việt Nam thành năm-tháng-ngày giờ:phút" };
};

/** The line fixes, in the order they apply: each sees the line as the previous ones left it. */
export const LINE_FIXES: readonly LineFix[] = [tabsToSpaces, spaceAfterColon, colonAfterField, contractFieldName, quoteColonValue, straightQuotes, contractDate];

function isField(key: string, indent: string): boolean {
  if (indent !== "") return key === "date" || key === "text";
  return KNOWN.includes(key) || meantField(key, KNOWN) !== undefined;
}

function withoutReturn(line: string): string {
  return line.endsWith("\r") ? line.slice(0, -1) : line;
}
