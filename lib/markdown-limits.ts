import { problemAt, type Problem } from "./problem";

/** Largest article file accepted; a real article is a few tens of kilobytes. */
export const MAX_FILE_BYTES = 512 * 1024;
/** Deepest quote or list nesting accepted; real articles rarely pass three. */
export const MAX_NESTING = 20;
/** Longest run of emphasis markers (`*`, `_`, `~`) accepted; `***` is the most real text needs. */
export const MAX_DELIMITER_RUN = 32;

/**
 * Refuses bodies nested deeper than any article needs before they reach the Markdown
 * parser, whose tree walkers recurse and could exhaust the stack on hostile input.
 */
export function checkMarkdownLimits(text: string, file: string): Problem[] {
  const lines = text.split("\n");
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? "";
    // The Markdown parser's time grows with the square of a run's length: 20,000 `*` on a
    // line take half a minute, a 512 KB file of them over an hour.
    const run = longestDelimiterRun(line);
    if (run > MAX_DELIMITER_RUN && !THEMATIC_BREAK.test(line)) {
      return [problemAt({ file, line: index + 1 }, `có ${run} dấu định dạng (*, _ hoặc ~) liền nhau (tối đa ${MAX_DELIMITER_RUN}); hãy xóa các dấu thừa.`)];
    }
    const depth = nestingDepth(line);
    if (depth > MAX_NESTING) {
      return [problemAt({ file, line: index + 1 }, `trích dẫn hoặc danh sách lồng nhau quá sâu (${depth} tầng, tối đa ${MAX_NESTING}); hãy bỏ bớt dấu > hoặc thụt lề.`)];
    }
  }
  return [];
}

// Quote markers and list bullets at the start of a line, each optionally indented.
const PREFIX = /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]*/;

// `* * *` or `- - -` is a horizontal rule, however long, not a list.
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

function longestDelimiterRun(line: string): number {
  let longest = 0;
  for (const match of line.matchAll(/[*_~]{2,}/g)) longest = Math.max(longest, match[0].length);
  return longest;
}

function nestingDepth(line: string): number {
  if (THEMATIC_BREAK.test(line)) return 0;
  const prefix = PREFIX.exec(line)?.[0] ?? "";
  const markers = prefix.match(/>|[-*+]|\d{1,9}[.)]/g)?.length ?? 0;
  // Indentation alone (an indented code block) nests nothing.
  if (markers === 0) return 0;
  // Only the indentation before the first marker nests a list; spaces between `>` do not.
  const indent = (/^[ \t]*/.exec(prefix)?.[0] ?? "").replace(/\t/g, "    ").length;
  return markers + Math.floor(indent / 4);
}
