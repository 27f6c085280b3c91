import { isRecord } from "./parse-front-matter";
import { DAY_FORM, parseDay } from "./parse-day";
import { fail, succeed, type ParseResult } from "./parse-result";
import { normaliseText } from "./parse-text-file";
import { parseYaml } from "./parse-yaml";
import { describeValue, expected, type Problem } from "./problem";
import { FieldReader, type FieldPlace } from "./read-fields";
import { slugify } from "./slugify";
import { lineTree, type LineTree } from "./yaml-line-tree";

/** One group of fields of a register (an entry, or an office inside one), ready to read. */
export interface FieldGroup {
  readonly data: Readonly<Record<string, unknown>>;
  readonly at: FieldPlace;
  readonly reader: FieldReader;
  readonly lines: LineTree;
  readonly problems: Problem[];
  readonly file: string;
  /** The line of the group (`entry`) and of each of its fields. */
  readonly fieldLines: Readonly<Record<string, number>>;
}

/** One entry of a register: its id (the key it is written under) and its fields. */
export interface RegisterEntry extends FieldGroup {
  readonly id: string;
}

/** How a register words what its entries look like. */
export interface RegisterForm {
  /** An entry as editors write it, for the message about a file of another shape. */
  readonly example: string;
}

/**
 * Reads a register: a YAML mapping of ids (`nguyen-van-doc:`) to groups of fields, each
 * entry read by `readEntry`. Every problem of every entry is collected; a file of comments
 * alone is an empty register.
 */
export function readRegister<T>(text: string, file: string, form: RegisterForm, readEntry: (entry: RegisterEntry) => T | undefined): ParseResult<ReadonlyMap<string, T>> {
  const normalised = normaliseText(text);
  const twice = duplicateIds(normalised, file);
  if (twice.length > 0) return fail(twice);
  const yaml = parseYaml(normalised, file, 1);
  if (!yaml.ok) return yaml;
  const { data, keyLines } = yaml.value;
  if (data === null || data === undefined) return succeed(new Map());
  if (!isRecord(data)) return fail([expected({ file, line: 1 }, `các mục dạng ${form.example}`, "nội dung khác")]);
  const tree = lineTree(normalised);
  const problems: Problem[] = [];
  const entries = new Map<string, T>();
  for (const [id, value] of Object.entries(data)) {
    const line = keyLines.get(id) ?? 1;
    const place = { file, line, field: id };
    if (slugify(id) !== id) {
      const guess = slugify(id);
      problems.push(expected(place, "mã viết thường không dấu, các chữ nối bằng gạch ngang (như nguyen-van-doc)", `${describeValue(id)}${guess === "" ? "" : ` (có phải là "${guess}"?)`}`));
      continue;
    }
    if (!isRecord(value)) {
      problems.push(expected(place, `các trường thụt lề dưới mã, như ${form.example}`, describeValue(value)));
      continue;
    }
    const group = fieldGroup(value, tree.keys.get(id) ?? { line, keys: new Map(), items: [] }, file, problems);
    const entry = readEntry({ ...group, id });
    if (entry !== undefined) entries.set(id, entry);
  }
  return problems.length > 0 ? fail(problems) : succeed(entries);
}

// The YAML reader calls an id written twice a field declared twice; editors are told which entry.
function duplicateIds(text: string, file: string): Problem[] {
  const first = new Map<string, number>();
  const problems: Problem[] = [];
  text.split("\n").forEach((line, index) => {
    const id = /^([^\s#:'"-][^:#]*):(?:\s|$)/u.exec(line)?.[1]?.trim();
    if (id === undefined) return;
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, index + 1);
    else problems.push(expected({ file, line: index + 1, field: id }, "mỗi mã chỉ dùng cho một mục", `mã "${id}" đã dùng ở dòng ${earlier}; đổi mã một trong hai mục, hoặc gộp hai mục làm một`));
  });
  return problems;
}

/** The fields of one YAML mapping inside a register, placed at their own lines. */
export function fieldGroup(data: Readonly<Record<string, unknown>>, lines: LineTree, file: string, problems: Problem[]): FieldGroup {
  const at: FieldPlace = (field) => ({ file, line: lines.keys.get(field)?.line ?? lines.line, field });
  const fieldLines = Object.fromEntries([["entry", lines.line], ...[...lines.keys].map(([key, tree]) => [key, tree.line] as const)]);
  return { data, at, reader: new FieldReader(data, at, problems), lines, problems, file, fieldLines };
}

/** A day such as `2017-04-20` (lib/parse-day.ts), or undefined when absent or refused. */
export function readDay(group: FieldGroup, field: string): string | undefined {
  const value = group.data[field];
  if (value === undefined || value === null) return undefined;
  const day = parseDay(value);
  if (day === undefined) group.problems.push(expected(group.at(field), DAY_FORM, badDay(value)));
  return day;
}

/** One day or a list of days, each checked. */
export function readDays(group: FieldGroup, field: string): readonly string[] {
  const value = group.data[field];
  if (value === undefined || value === null) return [];
  const values: readonly unknown[] = Array.isArray(value) ? value : [value];
  const days: string[] = [];
  for (const item of values) {
    const day = parseDay(item);
    if (day === undefined) group.problems.push(expected(group.at(field), `${DAY_FORM}, hoặc danh sách như [2017-04-20, 2017-05-02]`, badDay(item)));
    else days.push(day);
  }
  return days;
}

/** Refuses a period whose `to` comes before its `from`. */
export function checkPeriod(group: FieldGroup, from: string | undefined, to: string | undefined): void {
  if (from !== undefined && to !== undefined && to < from) {
    group.problems.push(expected(group.at("to"), `ngày không trước "from" (${from})`, `"${to}": thời kỳ kết thúc trước khi bắt đầu`));
  }
}

// A date in the order papers print it is the commonest slip: say so.
function badDay(value: unknown): string {
  const described = describeValue(value);
  if (typeof value === "string" && /^\d{1,2}\/\d{1,2}\/\d{4}$/.test(value.trim())) return `${described} (viết năm trước: năm-tháng-ngày)`;
  return typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value.trim()) ? `${described} (ngày không có thật)` : described;
}
