import type { Problem } from "./problem";

/** A value that was read. */
export interface Success<T> {
  readonly ok: true;
  readonly value: T;
}

/** Every problem that stopped a value being read; never empty. */
export interface Failure {
  readonly ok: false;
  readonly problems: readonly Problem[];
}

/**
 * A value, or the problems found instead. Results that carry more than one thing carry a
 * record as their value (front matter's `{ data, keyLines, body, bodyLine }`).
 */
export type ParseResult<T> = Success<T> | Failure;

/**
 * The result of reading `value` without a problem.
 *
 * @example succeed(sections) // { ok: true, value: sections }
 */
export function succeed<T>(value: T): Success<T> {
  return { ok: true, value };
}

/**
 * The result of a read that found `problems`; a failure fits any {@link ParseResult}.
 *
 * @example fail([problemAt({ file: "a.md", line: 1 }, "…")]) // { ok: false, problems: [{ file: "a.md", line: 1, message: "…" }] }
 */
export function fail(problems: readonly Problem[]): Failure {
  return { ok: false, problems };
}

/**
 * The value of a success; for a failure, `undefined` once its problems are added to
 * `problems`, so a caller that reads several things can go on and report them all.
 */
export function collect<T>(result: ParseResult<T>, problems: Problem[]): T | undefined {
  if (result.ok) return result.value;
  problems.push(...result.problems);
  return undefined;
}
