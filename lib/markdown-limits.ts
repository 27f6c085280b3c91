import { problemAt, type Problem } from "./problem";

/** Largest article file accepted; a real article is a few tens of kilobytes. */
export const MAX_FILE_BYTES = 512 * 1024;
/** Deepest quote or list nesting accepted; real articles rarely pass three. */
export const MAX_NESTING = 20;

/**
 * Refuses bodies nested deeper than any article needs before they reach the Markdown
 * parser, whose tree walkers recurse and could exhaust the stack on hostile input.
 */
export function checkMarkdownLimits(text: string, file: string): Problem[] {
  const lines = text.split("\n");
  for (let index = 0; index < lines.length; index++) {
    const depth = nestingDepth(lines[index] ?? "");
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

function nestingDepth(line: string): number {
  if (THEMATIC_BREAK.test(line)) return 0;
  const prefix = PREFIX.exec(line)?.[0] ?? "";
  const markers = prefix.match(/>|[-*+]|\d{1,9}[.)]/g)?.length ?? 0;
  // Only the indentation before the first marker nests a list; spaces between `>` do not.
  const indent = (/^[ \t]*/.exec(prefix)?.[0] ?? "").replace(/\t/g, "    ").length;
  return markers + Math.floor(indent / 4);
}
