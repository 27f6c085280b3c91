// The YAML mistakes editors make, recognised on the line they are on, so a syntax error
// says in words what is wrong and shows the line as it should read, instead of the
// parser's "bad indentation". Each rule is a pure function of the line (and its
// neighbours); `npm run check -- --fix` applies the ones whose correction is certain.

/** One mistake on one line: what is wrong, in Vietnamese, and the corrected line when it is certain. */
export interface LineMistake {
  /** 0-based index of the line in the text. */
  readonly index: number;
  readonly what: string;
  readonly corrected?: string | undefined;
}

/** A `key: value` line split into its parts; the comment after the value, if any, kept apart. */
interface KeyLine {
  readonly indent: string;
  readonly key: string;
  readonly value: string;
  readonly comment: string;
}

// Indentation, an optional list dash, a key (letters, digits, _ and spaces; Vietnamese too).
const KEY_LINE = /^(\s*(?:-\s+)?)([\p{L}_][\p{L}\p{N}_ ]*?)\s*:(?:[ \t]+(.*))?$/u;

/** Splits a `key: value` line, or undefined for any other line. */
export function splitKeyLine(line: string): KeyLine | undefined {
  const match = KEY_LINE.exec(line);
  if (match === null) return undefined;
  const [, indent = "", key = "", rest = ""] = match;
  // An unquoted value ends where a comment starts: at " #".
  const quoted = /^["']/.test(rest);
  const hash = quoted ? -1 : rest.search(/\s#/);
  const value = (hash === -1 ? rest : rest.slice(0, hash)).trimEnd();
  return { indent, key, value, comment: hash === -1 ? "" : rest.slice(hash) };
}

/** Quotes a value for YAML in double quotes, escaping what double quotes need. */
export function quoteYaml(value: string): string {
  return `"${value.replace(/[\\"]/g, "\\$&")}"`;
}

/**
 * `source:Báo Quảng Ninh`: a key and its value with no space after the colon, which YAML
 * reads as one long key. Corrected by adding the space.
 *
 * @example missingSpaceAfterColon("source:Báo Quảng Ninh") // "source: Báo Quảng Ninh"
 */
export function missingSpaceAfterColon(line: string): string | undefined {
  const match = /^(\s*(?:-\s+)?)([\p{L}_][\p{L}\p{N}_]*):(?![\s/])(\S.*)$/u.exec(line);
  if (match === null) return undefined;
  const [, indent = "", key = "", value = ""] = match;
  return `${indent}${key}: ${value}`;
}

/**
 * `title: Kỳ họp thứ 5: Đường về đích`: an unquoted value with ": " inside (or a colon at
 * its end), which YAML takes for a second field. Corrected by quoting the whole value, as
 * written (curly quotes inside stay what the reader sees).
 *
 * @example colonInValue("title: Kỳ họp: Đường về đích") // 'title: "Kỳ họp: Đường về đích"'
 */
export function colonInValue(line: string): string | undefined {
  const parts = splitKeyLine(line);
  if (parts === undefined || /^["'[{|>&*!]/.test(parts.value) || !/:(\s|$)/.test(parts.value)) return undefined;
  return `${parts.indent}${parts.key}: ${quoteYaml(parts.value)}${parts.comment}`;
}

/**
 * `source: @baoquangninh`: a value starting with a character YAML reserves (`@`, `` ` ``,
 * `%`). Corrected by quoting it.
 *
 * @example reservedStart("source: @baoquangninh") // 'source: "@baoquangninh"'
 */
export function reservedStart(line: string): string | undefined {
  const parts = splitKeyLine(line);
  if (parts === undefined || !/^[@`%]/.test(parts.value)) return undefined;
  return `${parts.indent}${parts.key}: ${quoteYaml(parts.value)}${parts.comment}`;
}

/**
 * `source: "Quyết định 290-QĐ\TW"`: a backslash inside double quotes that starts no escape
 * YAML knows. Corrected by doubling it, which keeps what was typed.
 *
 * @example loneBackslash('source: "290-QĐ\\TW"') // 'source: "290-QĐ\\\\TW"'
 */
export function loneBackslash(line: string): string | undefined {
  const parts = splitKeyLine(line);
  if (parts === undefined || !parts.value.startsWith('"')) return undefined;
  // YAML's escapes: \0 \a \b \t \n \v \f \r \e \space \" \/ \\ \N \_ \L \P \x.. \u.... \U........ and a line break.
  const fixed = parts.value.replace(/\\(?:([0abtnvfre "/\\N_LP\t]|x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})|(?=.|$))/g, (escape, valid?: string) =>
    valid === undefined ? "\\\\" : escape,
  );
  return fixed === parts.value ? undefined : `${parts.indent}${parts.key}: ${fixed}${parts.comment}`;
}

/**
 * A line indented with Tab, which YAML refuses. Corrected with two spaces per Tab.
 *
 * @example tabIndent("\t- date: 2017-04-21 09:00") // "  - date: 2017-04-21 09:00"
 */
export function tabIndent(line: string): string | undefined {
  const indent = /^[ \t]*/.exec(line)?.[0] ?? "";
  if (!indent.includes("\t")) return undefined;
  return `${indent.replace(/\t/g, "  ")}${line.slice(indent.length)}`;
}

/**
 * `tags: [Dân vận, Quảng Ninh`: a list opened with `[` and never closed (on its line or
 * the indented lines after it). Corrected by closing it at the end of the line.
 */
export function unclosedList(lines: readonly string[], index: number): string | undefined {
  const parts = splitKeyLine(lines[index] ?? "");
  if (parts === undefined || !parts.value.startsWith("[")) return undefined;
  const continued = [parts.value];
  for (let next = index + 1; next < lines.length && /^\s+\S/.test(lines[next] ?? ""); next++) continued.push(lines[next] ?? "");
  if (continued.some((text) => text.includes("]"))) return undefined;
  return `${parts.indent}${parts.key}: ${parts.value}]${parts.comment}`;
}

/**
 * `title Kỳ họp thứ 5`: a line with no colon at all that starts with a field-like name
 * (lower-case ASCII, as every field of ours is). Corrected by putting the colon after it.
 *
 * @example missingColon("title Kỳ họp thứ 5") // "title: Kỳ họp thứ 5"
 */
export function missingColon(line: string): string | undefined {
  const match = /^([a-z][A-Za-z]*)\s+(\S.*)$/.exec(line);
  if (match === null || line.includes(":")) return undefined;
  const [, key = "", value = ""] = match;
  return `${key}: ${value}`;
}

/**
 * A `key: value` line indented under a field that already has a value: YAML reads it as
 * the rest of that value. Corrected by removing the indentation.
 */
export function strayIndent(lines: readonly string[], index: number): string | undefined {
  const line = lines[index] ?? "";
  const parts = splitKeyLine(line);
  if (parts === undefined || !/^ +[\p{L}_]/u.test(line)) return undefined;
  let above = index - 1;
  while (above >= 0 && /^\s*(#.*)?$/.test(lines[above] ?? "")) above--;
  const parent = splitKeyLine(lines[above] ?? "");
  if (parent === undefined || parent.indent !== "" || parent.value === "") return undefined;
  return line.trimStart();
}

/**
 * The mistake that explains a YAML error reported at line `index` (or on a line next to
 * it: the parser often reports at the line before or after), undefined when none of the
 * known ones does.
 */
export function findLineMistake(lines: readonly string[], index: number): LineMistake | undefined {
  for (const candidate of [index, index + 1, index - 1]) {
    const mistake = mistakeOn(lines, candidate);
    if (mistake !== undefined) return mistake;
  }
  return undefined;
}

function mistakeOn(lines: readonly string[], index: number): LineMistake | undefined {
  const line = lines[index];
  if (line === undefined) return undefined;
  const rules: readonly [string | undefined, string][] = [
    [tabIndent(line), "thụt lề bằng phím Tab; YAML chỉ nhận dấu cách"],
    [missingSpaceAfterColon(line), "thiếu dấu cách sau dấu hai chấm"],
    [
      colonInValue(line),
      /^\s*(?:-\s+)?[^:]+:\s*[“‘]/u.test(line)
        ? 'giá trị có dấu hai chấm và dấu cách (": ") nên YAML hiểu nhầm là một trường mới (dấu “ ” không phải ngoặc kép của YAML); đặt cả giá trị trong ngoặc kép thẳng "'
        : 'giá trị có dấu hai chấm và dấu cách (": ") nên YAML hiểu nhầm là một trường mới; đặt cả giá trị trong ngoặc kép',
    ],
    [loneBackslash(line), "dấu \\ trong ngoặc kép phải viết hai lần (\\\\); nếu định gõ dấu /, sửa thành /"],
    [reservedStart(line), `giá trị bắt đầu bằng "${splitKeyLine(line)?.value.charAt(0) ?? ""}" phải đặt trong ngoặc kép`],
    [unclosedList(lines, index), 'danh sách mở bằng "[" nhưng chưa đóng bằng "]"'],
    [missingColon(line), "thiếu dấu hai chấm sau tên trường"],
    [strayIndent(lines, index), "dòng này thụt lề nên YAML coi nó là phần tiếp của dòng trên; bỏ dấu cách ở đầu dòng"],
  ];
  const found = rules.find(([corrected]) => corrected !== undefined);
  return found === undefined ? undefined : { index, what: found[1], corrected: found[0] };
}
