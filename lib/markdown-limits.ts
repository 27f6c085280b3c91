import { problemAt, type Problem } from "./problem";

// The Markdown parser (micromark) is linear on prose but not on everything: some of its
// steps walk back over every token of a paragraph, or copy every event of the whole
// document, once per marker; some openers scan to the end of their paragraph when never
// closed; and even its linear steps cost tens of microseconds per mark. Each limit below
// bounds one such family with a cheap linear scan before the parser runs, so that no
// accepted body takes long to parse or render; `npm run bench:markdown` measures every
// family and the worst body the limits still accept.

/** Largest article file accepted; a real article is a few tens of kilobytes. */
export const MAX_FILE_BYTES = 512 * 1024;
/** Deepest quote or list nesting accepted; real articles rarely pass three. */
export const MAX_NESTING = 20;
/** Longest run of emphasis markers (`*`, `_`, `~`) accepted; `***` is the most real text needs. */
export const MAX_DELIMITER_RUN = 32;
/** Most `*` and `_` in one paragraph: each closer walks back over the paragraph's tokens. */
export const MAX_PARAGRAPH_EMPHASIS = 200;
/** Deepest `[` nesting in one paragraph: nested links and images re-read their labels. */
export const MAX_PARAGRAPH_BRACKETS = 20;
/**
 * Most characters per file the parser may re-read after code or HTML openers (`` ` ``,
 * `<!--`, `<!`, `<?`) left open: each one is scanned from to the end of its paragraph.
 */
export const MAX_REREAD = 30_000;
/** Most lines plus Markdown marks per file: the parser's cost per mark is high, even if linear. */
export const MAX_MARKS = 2_000;
/** Most quote endings per file: each one copies every event of the document parsed so far. */
export const MAX_QUOTE_ENDS = 100;

/** Writes a count as editors read numbers: 2400 → "2.400". */
function count(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

// Every limit's message, written once.
const MESSAGES = {
  run: (found: number) => `có ${found} dấu định dạng (*, _ hoặc ~) liền nhau (tối đa ${MAX_DELIMITER_RUN}); hãy xóa các dấu thừa.`,
  nesting: (found: number) => `trích dẫn hoặc danh sách lồng nhau quá sâu (${found} tầng, tối đa ${MAX_NESTING}); hãy bỏ bớt dấu > hoặc thụt lề.`,
  emphasis: (found: number) => `đoạn văn có ${count(found)} dấu * hoặc _ (tối đa ${MAX_PARAGRAPH_EMPHASIS} mỗi đoạn); xóa các dấu thừa hoặc viết lại đoạn này.`,
  brackets: (found: number) => `đoạn văn có ${count(found)} dấu [ lồng vào nhau (tối đa ${MAX_PARAGRAPH_BRACKETS} mỗi đoạn); đóng mỗi [ bằng ] hoặc xóa các dấu thừa (viết \\[ nếu cần dấu [ thật).`,
  reread: (found: number) => `bài có dấu \` (mã) hoặc <!--, <!, <? (mã HTML) không được đóng trên cùng dòng, buộc đọc lại ${count(found)} ký tự phía sau chúng trong đoạn văn (tối đa ${count(MAX_REREAD)} mỗi bài, vượt từ đoạn này); hãy đóng chúng trên cùng dòng (\`mã\` với cùng số dấu \`, <!-- … -->) hoặc xóa đi, viết \\\` nếu cần dấu \` thật.`,
  marks: (found: number) => `bài có ${count(found)} dòng và ký hiệu Markdown (tối đa ${count(MAX_MARKS)} mỗi bài, vượt từ đây; mỗi dòng, mỗi tầng > hoặc gạch đầu dòng và mỗi dấu * _ \` [ ] ! < & \\ tính là một); hãy bỏ định dạng thừa hoặc tách thành nhiều bài.`,
  quotes: (found: number) => `bài có ${count(found)} chỗ kết thúc trích dẫn (tối đa ${MAX_QUOTE_ENDS} mỗi bài, vượt từ trích dẫn này); ghép các trích dẫn liền nhau bằng dòng chỉ có dấu > và bắt đầu mọi dòng của trích dẫn bằng dấu >.`,
};

type Rule = keyof typeof MESSAGES;
// When limits are broken from the same line, the first here is the one reported.
const PRIORITY: readonly Rule[] = ["run", "nesting", "emphasis", "brackets", "reread", "marks", "quotes"];

/** The first line that broke a rule, and what the file has. */
interface Breach {
  readonly line: number;
  readonly found: number;
}

/**
 * Refuses bodies the Markdown parser cannot take in bounded time or stack before they
 * reach it: the first (earliest) limit a file breaks, with the line where it starts.
 */
export function checkMarkdownLimits(text: string, file: string): Problem[] {
  const scan = new LimitScan();
  const lines = text.split("\n");
  // The newline that ends the last line starts no line of its own.
  if (lines.at(-1) === "") lines.pop();
  for (let index = 0; index < lines.length; index++) scan.line((lines[index] ?? "").replace(/\r$/, ""), index + 1);
  scan.end();
  let first: { rule: Rule; breach: Breach } | undefined;
  for (const rule of PRIORITY) {
    const breach = scan.breaches.get(rule);
    if (breach !== undefined && (first === undefined || breach.line < first.breach.line)) first = { rule, breach };
  }
  return first === undefined ? [] : [problemAt({ file, line: first.breach.line }, MESSAGES[first.rule](first.breach.found))];
}

// Quote markers and list bullets at the start of a line, each optionally indented.
const PREFIX = /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]*/;

// `* * *` or `- - -` is a horizontal rule, however long, not a list.
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

// A line that ends any paragraph: empty, or only quote markers.
const BLANK = /^[ \t>]*$/;

// A list item with text always interrupts a paragraph, so it starts a new one. (An ordered
// item other than `1.` may not, so it is left inside: counting more is safe.) Each quote
// marker ends its own repetition, so a line that is not an item fails in linear time.
const ITEM_START = /^(?: {0,3}>)* {0,4}(?:[-+*]|1[.)])[ \t]+\S/;

// A code fence (at most three spaces in, plus the one a marker takes) is not inline text,
// so its backticks open no code span; further in, or after a tab, it may be paragraph text.
const FENCE = /^(?:(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))+ {0,4}| {0,3})`{3,}[^`]*$/;

// ASCII punctuation, which a backslash makes literal.
const ESCAPABLE = /[!-/:-@[-`{-~]/;

// HTML openers the parser scans forward from until their closer, across the paragraph.
const HTML_OPENERS: readonly { readonly opener: RegExp; readonly closer: string }[] = [
  { opener: /^<!--/, closer: "-->" },
  { opener: /^<!\[CDATA\[/, closer: "]]>" },
  { opener: /^<![A-Za-z]/, closer: ">" },
  { opener: /^<\?/, closer: "?>" },
];

/** What one paragraph (a block between blank lines or list items) holds. */
class Block {
  emphasis = 0;
  maxDepth = 0;
  /** Characters the parser re-reads after the openers left open in this paragraph. */
  reread = 0;
  private depth = 0;
  private open = 0;

  constructor(readonly line: number) {}

  /** Scans one line's text (after its quote and list markers); returns how many marks it has. */
  add(content: string): number {
    // Every opener still open re-reads this line too, and the line break before it.
    this.reread += this.open * (content.length + 1);
    let marks = 0;
    // Backtick runs as a code span's closer sees them: a backslash does not break a run.
    const runs: Run[] = [];
    const openers: { readonly at: number; readonly closer: string }[] = [];
    let escaped = false;
    for (let index = 0; index < content.length; index++) {
      const char = content[index] ?? "";
      if (char === "\\") {
        marks++;
        const next = content[index + 1] ?? "";
        if (next === "`") escaped = true;
        else if (ESCAPABLE.test(next)) index++;
        continue;
      }
      if (char === "`") {
        let end = index;
        while (content[end] === "`") end++;
        runs.push({ at: index, length: end - index, escaped });
        marks += end - index;
        index = end - 1;
      } else if (char === "*" || char === "_") {
        this.emphasis++;
        marks++;
      } else if (char === "[") {
        this.depth++;
        this.maxDepth = Math.max(this.maxDepth, this.depth);
        marks++;
      } else if (char === "]") {
        this.depth = Math.max(0, this.depth - 1);
        marks++;
      } else if (char === "<") {
        const html = HTML_OPENERS.find((candidate) => candidate.opener.test(content.slice(index, index + 9)));
        if (html !== undefined) openers.push({ at: index, closer: html.closer });
        marks++;
      } else if (char === "!" || char === "&") {
        marks++;
      }
      escaped = false;
    }
    for (const at of openPositions(content, runs, openers)) {
      this.reread += content.length - at - 1;
      this.open++;
    }
    return marks;
  }
}

interface Run {
  readonly at: number;
  readonly length: number;
  readonly escaped: boolean;
}

/**
 * Where on a line the parser may start an opener that finds no closer on that line. A
 * later line may already be another paragraph, so only this line's closers count; and a
 * run that closes an earlier one is counted too, since an HTML tag may have hidden that one.
 */
function openPositions(content: string, runs: readonly Run[], openers: readonly { readonly at: number; readonly closer: string }[]): number[] {
  const found = openers.filter((opener) => content.lastIndexOf(opener.closer) <= opener.at).map((opener) => opener.at);
  // A run opens a code span of its own length (one less after a backslash), closed only
  // by a later run of exactly that length.
  const later = new Set<number>();
  for (let index = runs.length - 1; index >= 0; index--) {
    const run = runs[index];
    if (run === undefined) continue;
    const opens = run.escaped ? run.length - 1 : run.length;
    if (opens > 0 && !later.has(opens)) found.push(run.at);
    later.add(run.length);
  }
  return found;
}

/** The running counts of one file, line by line. */
class LimitScan {
  readonly breaches = new Map<Rule, Breach>();
  private block: Block | undefined;
  private marks = 0;
  private reread = 0;
  private quoteEnds = 0;
  private quoteDepth = 0;
  private quoteStart = 0;

  line(line: string, number: number): void {
    // The Markdown parser's time grows with the square of a run's length: 20,000 `*` on a
    // line take half a minute, a 512 KB file of them over an hour.
    const run = longestDelimiterRun(line);
    if (run > MAX_DELIMITER_RUN && !THEMATIC_BREAK.test(line)) this.first("run", number, run);
    const depth = nestingDepth(line);
    if (depth > MAX_NESTING) this.first("nesting", number, depth);
    this.marks += 1 + Math.min(depth, MAX_NESTING);
    this.quotes(quoteDepth(line), number);
    if (BLANK.test(line) || ITEM_START.test(line)) this.end();
    if (!BLANK.test(line)) {
      this.block ??= new Block(number);
      const prefix = THEMATIC_BREAK.test(line) || FENCE.test(line) ? line : (PREFIX.exec(line)?.[0] ?? "");
      this.marks += this.block.add(line.slice(prefix.length));
    }
    this.total("marks", this.marks, MAX_MARKS, this.block?.line ?? number);
  }

  /** Closes the paragraph being read, if any, and checks its limits. */
  end(): void {
    const block = this.block;
    if (block === undefined) return;
    this.block = undefined;
    if (block.emphasis > MAX_PARAGRAPH_EMPHASIS) this.first("emphasis", block.line, block.emphasis);
    if (block.maxDepth > MAX_PARAGRAPH_BRACKETS) this.first("brackets", block.line, block.maxDepth);
    this.reread += block.reread;
    this.total("reread", this.reread, MAX_REREAD, block.line);
  }

  private quotes(depth: number, number: number): void {
    if (depth < this.quoteDepth) {
      this.quoteEnds++;
      this.total("quotes", this.quoteEnds, MAX_QUOTE_ENDS, this.quoteStart);
    }
    if (this.quoteDepth === 0 && depth > 0) this.quoteStart = number;
    this.quoteDepth = depth;
  }

  /** Keeps the first place a per-line or per-paragraph rule is broken. */
  private first(rule: Rule, line: number, found: number): void {
    if (!this.breaches.has(rule)) this.breaches.set(rule, { line, found });
  }

  /** A per-file count: the line where it passed its limit, and the whole file's count. */
  private total(rule: Rule, found: number, max: number, line: number): void {
    if (found > max) this.breaches.set(rule, { line: this.breaches.get(rule)?.line ?? line, found });
  }
}

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

function quoteDepth(line: string): number {
  const prefix = PREFIX.exec(line)?.[0] ?? "";
  return prefix.split(">").length - 1;
}
