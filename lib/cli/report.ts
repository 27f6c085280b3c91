import { formatProblem, sortProblems, type Problem } from "../problem";

/** Prints why a command refused, one problem a line, and returns the exit code 1. */
export function refuse(problems: readonly Problem[], consequence: string): number {
  for (const line of sortProblems(problems).map(formatProblem)) console.error(line);
  console.error(consequence);
  return 1;
}
