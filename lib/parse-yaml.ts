import { isAlias, isCollection, isMap, isNode, isScalar, isSeq, LineCounter, parseDocument, visit } from "yaml";
import { fail, succeed, type ParseResult } from "./parse-result";
import { problemAt, type Problem } from "./problem";
import { findLineMistake, splitKeyLine } from "./yaml-line-mistakes";

/** Parsed YAML: the plain data, the line of each top-level key, and of each top-level list item. */
export interface YamlDocument {
  readonly data: unknown;
  readonly keyLines: ReadonlyMap<string, number>;
  readonly itemLines: readonly number[];
  /** For a top-level key whose value is a list, the line of each of its items. */
  readonly keyItemLines: ReadonlyMap<string, readonly number[]>;
}

/**
 * Parses YAML as data only. The core schema has no timestamps, so `2017-04-20 18:02:00`
 * stays a string for {@link parseDateTime} (gray-matter's default would read it as UTC).
 * Anchors and aliases are refused outright: editors never need them and they are the
 * vehicle of "billion laughs" bombs.
 *
 * @param firstLine line of the file on which `text` starts, so messages point into the file
 */
export function parseYaml(text: string, file: string, firstLine: number): ParseResult<YamlDocument> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { schema: "core", lineCounter, uniqueKeys: true, prettyErrors: false });
  const lineOf = (offset: number): number => lineCounter.linePos(offset).line + firstLine - 1;
  const generic = (code: string, at: { line: number; col: number }): Problem =>
    problemAt(
      { file, line: at.line + firstLine - 1, column: at.col },
      `YAML sai cú pháp (${describeYamlError(code)}). Kiểm tra dấu hai chấm, thụt lề và dấu ngoặc kép ở dòng này.`,
    );

  const lines = text.split("\n");
  const syntax = doc.errors.map((error) => {
    const at = lineCounter.linePos(error.pos[0]);
    // yaml reports a quote left open where the text ends; the editor needs the line it opens on.
    const quote = /^Missing closing (["'])quote/.exec(error.message)?.[1];
    const opener = quote === undefined ? undefined : findOpenQuote(text, quote, error.pos[0]);
    if (quote !== undefined && opener !== undefined) {
      const where = lineCounter.linePos(opener);
      const line = (lines[where.line - 1] ?? "").trimEnd();
      return problemAt(
        { file, line: lineOf(opener), column: where.col },
        `YAML sai cú pháp: dấu ngoặc ${quote} mở ở đây nhưng không được đóng. Sửa dòng thành: \`${line}${quote}\``,
      );
    }
    if (error.code === "DUPLICATE_KEY") return duplicateKey(lines, at.line - 1, file, firstLine) ?? generic(error.code, at);
    const mistake = findLineMistake(lines, at.line - 1);
    if (mistake === undefined) return generic(error.code, at);
    const corrected = mistake.corrected === undefined ? "." : `. Sửa dòng thành: \`${mistake.corrected}\``;
    return problemAt({ file, line: mistake.index + firstLine }, `YAML sai cú pháp: ${mistake.what}${corrected}`);
  });
  if (syntax.length > 0) return fail(unique(syntax));

  const aliases: Problem[] = [];
  visit(doc, (_key, node) => {
    const anchored = (isScalar(node) || isCollection(node)) && node.anchor !== undefined;
    if (isAlias(node) || anchored) {
      const offset = node.range?.[0] ?? 0;
      aliases.push(
        problemAt({ file, line: lineOf(offset) }, "không dùng anchor/alias YAML (&tên, *tên); hãy viết giá trị trực tiếp."),
      );
    }
  });
  if (aliases.length > 0) return fail(unique(aliases));

  const keyLines = new Map<string, number>();
  const keyItemLines = new Map<string, number[]>();
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      // A line starting with ": " has an empty key, which toJS names "": keep its line too.
      if (isScalar(pair.key) && (typeof pair.key.value === "string" || pair.key.value === null) && pair.key.range) {
        keyLines.set(pair.key.value ?? "", lineOf(pair.key.range[0]));
        if (isSeq(pair.value)) keyItemLines.set(pair.key.value ?? "", pair.value.items.map((item) => lineOf(isNode(item) && item.range ? item.range[0] : 0)));
      }
    }
  }
  const itemLines: number[] = [];
  if (isSeq(doc.contents)) {
    for (const item of doc.contents.items) itemLines.push(lineOf(isNode(item) && item.range ? item.range[0] : 0));
  }
  return succeed({ data: doc.toJS({ maxAliasCount: 0 }), keyLines, itemLines, keyItemLines });
}

/** A key written twice: both lines named, so the editor knows which two to choose between. */
function duplicateKey(lines: readonly string[], index: number, file: string, firstLine: number): Problem | undefined {
  const second = splitKeyLine(lines[index] ?? "");
  if (second === undefined) return undefined;
  const first = lines.findIndex((line, earlier) => {
    const parts = earlier < index ? splitKeyLine(line) : undefined;
    return parts !== undefined && parts.key === second.key && parts.indent === second.indent;
  });
  if (first === -1) return undefined;
  return problemAt(
    { file, line: index + firstLine },
    `YAML sai cú pháp: trường "${second.key}" được khai báo hai lần (dòng ${first + firstLine} và dòng ${index + firstLine}); xóa một trong hai dòng.`,
  );
}

/**
 * Offset of the quote that is still open at `end`: quotes are paired from the start (a
 * doubled '' inside single quotes and a \" inside double quotes do not count), so a
 * value legally quoted across lines earlier does not mislead it. Comments are skipped.
 */
function findOpenQuote(text: string, quote: string, end: number): number | undefined {
  let open: number | undefined;
  for (let index = 0; index < end && index < text.length; index++) {
    const char = text[index];
    if (open === undefined) {
      if (char === "#" && (index === 0 || /\s/.test(text[index - 1] ?? ""))) {
        const newline = text.indexOf("\n", index);
        index = newline === -1 ? text.length : newline;
      } else if (char === quote) open = index;
    } else if (quote === '"' && char === "\\") index++;
    else if (char === quote) {
      if (quote === "'" && text[index + 1] === "'") index++;
      else open = undefined;
    }
  }
  return open;
}

// The parser can report one mistake under two codes on the same line; editors see it once.
function unique(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.line}:${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function describeYamlError(code: string): string {
  switch (code) {
    case "DUPLICATE_KEY":
      return "một trường được khai báo hai lần";
    case "BAD_INDENT":
    case "MISSING_CHAR":
    case "UNEXPECTED_TOKEN":
      return "thụt lề hoặc ký tự không đúng chỗ";
    case "MULTILINE_IMPLICIT_KEY":
    case "BLOCK_AS_IMPLICIT_KEY":
      return "giá trị có dấu hai chấm (ví dụ tiêu đề có “: ”) thì đặt cả giá trị trong ngoặc kép; hoặc thiếu dấu hai chấm sau tên trường";
    case "TAB_AS_INDENT":
      return "thụt lề bằng phím Tab; YAML chỉ nhận dấu cách";
    case "MULTIPLE_DOCS":
      return "có dòng --- hoặc ... thừa giữa phần đầu";
    case "KEY_OVER_1024_CHARS":
      return "tên trường quá dài, có thể do thiếu dấu hai chấm";
    case "RESOURCE_EXHAUSTION":
      return "nội dung lặp lại quá nhiều";
    case "BAD_DQ_ESCAPE":
    case "BAD_SCALAR_START":
      return "dấu ngoặc kép hoặc ký tự đầu giá trị không hợp lệ";
    default:
      // A mistake with no wording of its own: said in Vietnamese, the parser's code kept for whoever helps.
      return `cách viết không hợp lệ, mã lỗi ${code}`;
  }
}
