/** One thing wrong with one content file, reported to editors in Vietnamese. */
export interface Problem {
  /** Path relative to the repository root, with forward slashes. */
  readonly file: string;
  /** 1-based line in the file, when known. */
  readonly line?: number;
  /** 1-based column, when known (YAML syntax errors). */
  readonly column?: number;
  /** Front-matter field as the editor wrote it, when the problem is about one. */
  readonly field?: string;
  readonly message: string;
  /**
   * Absent for an error, which blocks the check and the build. A warning (a photo too
   * small for the column, say) is printed and counted but never fails either.
   */
  readonly severity?: "warning";
}

/** Where a problem is: the file and, when known, the line, column and field. */
export interface ProblemPlace {
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  readonly field?: string;
}

/**
 * Builds the one message shape every rule uses: what was expected, then what was found.
 *
 * @example expected({ file: "a.md", line: 3, field: "date" }, "ngày giờ dạng 2017-04-20 18:02", '"20/4"')
 */
export function expected(place: ProblemPlace, want: string, found?: string): Problem {
  const message = found === undefined ? `cần ${want}` : `cần ${want}, nhận được ${found}`;
  return { ...place, message };
}

/** A problem whose message is not of the "expected … found …" shape. */
export function problemAt(place: ProblemPlace, message: string): Problem {
  return { ...place, message };
}

/** A warning: printed, marked and counted, but it never fails the check or the build. */
export function warningAt(place: ProblemPlace, message: string): Problem {
  return { ...place, message, severity: "warning" };
}

/** Describes a front-matter value as an editor would recognise it in a message. */
export function describeValue(value: unknown): string {
  if (value === undefined || value === null) return "để trống";
  if (typeof value === "string") return value.trim() === "" ? "chuỗi rỗng" : JSON.stringify(truncate(value));
  if (typeof value === "number" || typeof value === "boolean") return `${String(value)} (không phải chuỗi)`;
  if (Array.isArray(value)) return `một danh sách ${value.length} mục`;
  return "một nhóm trường lồng nhau";
}

function truncate(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Formats one problem as `path:line "field": message`; a warning's message starts with "cảnh báo:". */
export function formatProblem(problem: Problem): string {
  const where = [problem.file, problem.line, problem.column].filter((part) => part !== undefined).join(":");
  const field = problem.field === undefined ? "" : ` "${problem.field}"`;
  const mark = problem.severity === "warning" ? "cảnh báo: " : "";
  return `${where}${field}: ${mark}${problem.message}`;
}

/** Sorts problems by file, then line, so an editor reads each file's problems together. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)),
  );
}

/**
 * Formats the whole report: one line per error and warning, sorted together so each
 * file's lines stay together, then a one-line summary counting both.
 */
export function formatReport(problems: readonly Problem[], warnings: readonly Problem[] = []): string {
  const files = new Set(problems.map((problem) => problem.file)).size;
  const lines = sortProblems([...problems, ...warnings]).map(formatProblem);
  lines.push(`${problems.length} lỗi trong ${files} tệp${countWarnings(warnings, ", ")}. Sửa các lỗi trên rồi chạy lại "npm run check".`);
  return lines.join("\n");
}

/** `", 2 cảnh báo"` for the summary line, or nothing when there are none. */
export function countWarnings(warnings: readonly Problem[], separator: string): string {
  return warnings.length === 0 ? "" : `${separator}${warnings.length} cảnh báo`;
}

/** Thrown when content has problems; carries every problem, not just the first. */
export class ContentError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    super(`Nội dung có lỗi:\n${formatReport(problems)}`);
    this.name = "ContentError";
    this.problems = problems;
  }
}
