/** One thing wrong with one content file, reported to editors in Vietnamese. */
export interface Problem {
  /** Path relative to the repository root, with forward slashes. */
  readonly file: string;
  /** 1-based line in the file, when known. */
  readonly line?: number | undefined;
  /** 1-based column, when known (YAML syntax errors). */
  readonly column?: number;
  /** Front-matter field as the editor wrote it, when the problem is about one. */
  readonly field?: string;
  readonly message: string;
  /**
   * A warning: printed, but failing neither the check nor the build (raw HTML the
   * sanitiser drops, a masthead field left empty, a heavy video). Absent means an
   * error, which stops both.
   */
  readonly severity?: "warning";
}

/** Where a problem is: the file and, when known, the line, column and field. */
export interface ProblemPlace {
  readonly file: string;
  readonly line?: number | undefined;
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

/** A warning at `place`: worth an editor's attention, but the site builds and the check passes. */
export function warningAt(place: ProblemPlace, message: string): Problem {
  return { ...place, message, severity: "warning" };
}

/** True for a warning, false for an error. */
export function isWarning(problem: Problem): boolean {
  return problem.severity === "warning";
}

/** The errors among `problems`: what stops the check and the build. */
export function errorsOf(problems: readonly Problem[]): Problem[] {
  return problems.filter((problem) => !isWarning(problem));
}

/** The warnings among `problems`. */
export function warningsOf(problems: readonly Problem[]): Problem[] {
  return problems.filter(isWarning);
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

/** Formats one problem as `path:line "field": message`, a warning marked `(cảnh báo)` at the end. */
export function formatProblem(problem: Problem): string {
  const where = [problem.file, problem.line, problem.column].filter((part) => part !== undefined).join(":");
  const field = problem.field === undefined ? "" : ` "${problem.field}"`;
  return `${where}${field}: ${problem.message}${isWarning(problem) ? " (cảnh báo)" : ""}`;
}

/** Sorts problems by file, then line, so an editor reads each file's problems together. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)),
  );
}

/**
 * Formats the whole report: the errors, sorted, then the warnings, sorted, one line
 * each, then a one-line summary ({@link formatSummary}).
 */
export function formatReport(problems: readonly Problem[]): string {
  const lines = [...sortProblems(errorsOf(problems)), ...sortProblems(warningsOf(problems))].map(formatProblem);
  lines.push(formatSummary(problems));
  return lines.join("\n");
}

/**
 * Counts errors, warnings and the files they are in, and says what to do next.
 *
 * @example formatSummary([error, warning]) // '1 lỗi, 1 cảnh báo trong 1 tệp. Sửa các lỗi trên rồi chạy lại "npm run check".'
 */
export function formatSummary(problems: readonly Problem[]): string {
  const files = new Set(problems.map((problem) => problem.file)).size;
  const errors = errorsOf(problems).length;
  const warnings = problems.length - errors;
  if (problems.length === 0) return "Không có lỗi.";
  if (errors === 0) return `Không có lỗi, ${warnings} cảnh báo trong ${files} tệp: trang vẫn dựng được và bài vẫn đăng được, nhưng hãy xem lại từng chỗ trên.`;
  const counts = warnings === 0 ? `${errors} lỗi` : `${errors} lỗi, ${warnings} cảnh báo`;
  return `${counts} trong ${files} tệp. Sửa các lỗi trên rồi chạy lại "npm run check".`;
}

/** Thrown when content has errors; carries every error, not just the first, and no warnings. */
export class ContentError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    const errors = errorsOf(problems);
    super(`Nội dung có lỗi:\n${formatReport(errors)}`);
    this.name = "ContentError";
    this.problems = errors;
  }
}
