// Bodies for the Markdown cost benchmark. Each family repeats one small unit until a body
// reaches the asked size, so the benchmark can see how parse and render time grow, and
// can grow it until `checkMarkdownLimits` refuses it, to time the worst body still accepted.

/** One shape of body, grown to any size. */
export interface Family {
  readonly name: string;
  /** What the body looks like, for the tables. */
  readonly sample: string;
  readonly make: (bytes: number) => string;
  /** False for a body whose costly part does not grow with its size (growth table skips it). */
  readonly grows?: boolean;
}

/** Repeats `unit(i)` (i = 0, 1, …) until the text is at least `bytes` long. */
function grow(bytes: number, unit: (index: number) => string, prefix = ""): string {
  const parts: string[] = [prefix];
  let length = prefix.length;
  for (let index = 0; length < bytes; index++) {
    const part = unit(index);
    parts.push(part);
    length += part.length;
  }
  return parts.join("");
}

/** Wraps a repeated inline unit onto lines of ten units, as hard-wrapped prose is. */
function wrapped(unit: (index: number) => string): (index: number) => string {
  return (index) => (index % 10 === 9 ? `${unit(index)}\n` : unit(index));
}

/** Nests `open` … `close` as deep as the size allows. */
function nested(bytes: number, open: string, middle: string, close: string): string {
  const depth = Math.max(1, Math.floor(bytes / (open.length + close.length)));
  return `${open.repeat(depth)}${middle}${close.repeat(depth)}`;
}

/** A zigzag of depths 1 … 20 … 1, one line per depth. */
function zigzag(index: number): number {
  return 1 + Math.abs((index % 38) - 19);
}

const WORDS = "Chiều nay tại TP Hạ Long, đoàn công tác của tỉnh đã làm việc với các sở ngành. ";
const PROSE = "Chiều 20/4, tại TP Hạ Long, **BTV Tỉnh ủy** đã làm việc với *Đoàn khảo sát* của [Ban Dân vận](/bai-viet/a) Trung ương. ";

/** One line of plain text of `chars` characters: a long line costs one mark, like any line. */
function filler(chars: number): string {
  return `${grow(chars, () => WORDS).slice(0, Math.max(0, chars)).trimEnd()}\n`;
}

/** Paragraphs of plain text, each about `chars` long and starting with `head`. */
function paragraphs(bytes: number, chars: number, head: (index: number) => string): string {
  return grow(bytes, (index) => `${head(index)}${filler(chars - head(index).length)}\n`);
}

/**
 * A realistic long article: paragraphs of about 500 characters, each with one bold phrase,
 * one italic phrase and one link, a subheading every eight paragraphs, a short list and a
 * quote now and then, and a captioned photo every ten.
 */
function normalArticle(bytes: number): string {
  const sentence = "Đồng chí Bí thư Tỉnh ủy nhấn mạnh, các cấp ủy cần tiếp tục đổi mới phương thức lãnh đạo, sát cơ sở hơn. ";
  return grow(bytes, (index) => {
    const body = `Theo ${index % 2 === 0 ? "**BTV Tỉnh ủy**" : "**UBND tỉnh**"}, ${sentence}${sentence}*Kết quả* được đăng tại [trang của tỉnh](/bai-viet/bai-${index}). ${sentence}${sentence}\n\n`;
    if (index % 10 === 9) return `${body}![Toàn cảnh hội nghị](/images/2017/04/anh-${index}.jpg "Toàn cảnh hội nghị.")\n\n`;
    if (index % 8 === 7) return `${body}## Nhiệm vụ thứ ${index}\n\n- Mục một.\n- Mục hai.\n- Mục ba.\n\n> Ý kiến của cử tri được ghi nhận.\n\n`;
    return body;
  });
}

/** Every family the benchmark measures, in the order it prints them. */
export const FAMILIES: readonly Family[] = [
  { name: "normal-article", sample: "paragraphs with bold, italic, a link; lists, quotes, photos", make: normalArticle },
  { name: "prose-dense", sample: "bold, italic and a link in every sentence", make: (bytes) => grow(bytes, (i) => (i % 4 === 3 ? `${PROSE}\n\n` : `${PROSE}\n`)) },
  { name: "plain-paragraphs", sample: "19,000-character paragraphs of plain text", make: (bytes) => paragraphs(bytes, 19_000, () => "") },
  { name: "one-paragraph", sample: "plain text, no blank line", make: (bytes) => grow(bytes, wrapped(() => "Chiều nay tại TP Hạ Long. ")) },
  // Emphasis: every closer walks back over the paragraph's tokens.
  { name: "emphasis-closers", sample: "a_ b_ c_", make: (bytes) => grow(bytes, wrapped(() => "a_ ")) },
  { name: "emphasis-closers-star", sample: "a* b* c*", make: (bytes) => grow(bytes, wrapped(() => "a* ")) },
  { name: "emphasis-alternating", sample: "*a _b *c _d", make: (bytes) => grow(bytes, wrapped((i) => (i % 2 === 0 ? "*a " : "_b "))) },
  { name: "emphasis-intraword", sample: "a*b*c*d", make: (bytes) => grow(bytes, wrapped(() => "a*")) },
  { name: "emphasis-mixed", sample: "*a _b c* d_", make: (bytes) => grow(bytes, wrapped((i) => ["*a ", "_b ", "c* ", "d_ "][i % 4] ?? "")) },
  { name: "emphasis-nested", sample: "*a _a … a_ a*", make: (bytes) => nested(bytes, "*a _a ", "x", " a_ a*") },
  { name: "emphasis-200-per-paragraph", sample: "paragraphs of 200 closers after 100 lines", make: (bytes) => grow(bytes, () => `${"chữ\n".repeat(100)}${"a_ ".repeat(200)}\n\n`) },
  // Brackets: label starts, ends and nested media.
  { name: "unclosed-bracket", sample: "[a [a [a", make: (bytes) => grow(bytes, wrapped(() => "[a ")) },
  { name: "unclosed-image", sample: "![a ![a", make: (bytes) => grow(bytes, wrapped(() => "![a ")) },
  { name: "unclosed-resource", sample: "[a]( [a](", make: (bytes) => grow(bytes, wrapped(() => "[a](")) },
  { name: "unclosed-destination", sample: "[a](b[a](b", make: (bytes) => grow(bytes, () => "[a](b") },
  { name: "unclosed-title", sample: '[a](b "c [a](b "c', make: (bytes) => grow(bytes, wrapped(() => '[a](b "c ')) },
  { name: "titles-long-tail", sample: "[a](b \"c [a](b 'c [a](b (c + 19,000 characters", make: (bytes) => paragraphs(bytes, 19_000, () => "[a](b \"c [a](b 'c [a](b (c ") },
  { name: "brackets-nested", sample: "[[[a]]]", make: (bytes) => nested(bytes, "[", "a", "]") },
  { name: "brackets-unclosed-then-links", sample: "[ [ … [a](/b)", make: (bytes) => `${grow(bytes / 2, wrapped(() => "[ "))}${grow(bytes / 2, wrapped(() => "[a](/b) "))}` },
  { name: "images-nested", sample: "![![a](/b)](/b)", make: (bytes) => nested(bytes, "![", "a", "](/b)") },
  { name: "links-in-one-paragraph", sample: "[a](/b) [a](/b)", make: (bytes) => grow(bytes, wrapped(() => "[a](/b) ")) },
  { name: "shortcut-references", sample: "[x1] [x2] (undefined)", make: (bytes) => grow(bytes, wrapped((i) => `[x${i}] `)) },
  { name: "definitions", sample: "[d1]: /u1", make: (bytes) => grow(bytes, (i) => `[d${i}]: /u${i}\n`) },
  { name: "definitions-and-references", sample: "[d1]: /u1 … [d1]", make: (bytes) => `${grow(bytes / 2, (i) => `[d${i}]: /u${i}\n`)}\n${grow(bytes / 2, wrapped((i) => `[d${i}] `))}` },
  { name: "footnote-like", sample: "[^1] … [^1]: a", make: (bytes) => `${grow(bytes / 2, wrapped((i) => `chữ[^${i}] `))}\n\n${grow(bytes / 2, (i) => `[^${i}]: Chú thích.\n`)}` },
  // Openers that scan forward when never closed: HTML ones to the end of their line,
  // code spans to the end of their paragraph.
  { name: "backticks-varying", sample: "` `` ``` ````", make: (bytes) => grow(bytes, (i) => `a ${"`".repeat(i + 1)} `) },
  { name: "backticks-unclosed-long", sample: "` + 19,000 characters, per paragraph", make: (bytes) => paragraphs(bytes, 19_000, () => "a ` ") },
  { name: "backticks-unclosed-many", sample: "` `` ``` … (60 lengths) + 500 characters, per paragraph", make: (bytes) => paragraphs(bytes, 2_000, () => `${Array.from({ length: 60 }, (_, i) => "`".repeat(i + 1)).join(" ")} `) },
  { name: "backticks-one-long-opener", sample: "````` ` ` ` …", make: (bytes) => grow(bytes, wrapped(() => "a ` "), "````` ") },
  { name: "html-comment", sample: "<!-- a <!-- a", make: (bytes) => grow(bytes, () => "<!-- a ", "Chữ ") },
  { name: "html-comment-unclosed-long", sample: "<!-- + 19,000 characters, per paragraph", make: (bytes) => paragraphs(bytes, 19_000, () => "a <!-- ") },
  { name: "html-instruction", sample: "<? a <? a", make: (bytes) => grow(bytes, () => "<? a ", "Chữ ") },
  { name: "html-declaration", sample: "<!A a <!A a", make: (bytes) => grow(bytes, () => "<!A a ", "Chữ ") },
  { name: "html-cdata", sample: "<![CDATA[ a", make: (bytes) => grow(bytes, () => "<![CDATA[ a ", "Chữ ") },
  { name: "html-attribute", sample: '<a b="c <a b="c', make: (bytes) => grow(bytes, wrapped(() => '<a b="c '), "Chữ ") },
  { name: "html-tags", sample: "<a> <b> <c>", make: (bytes) => grow(bytes, wrapped(() => "<a> "), "Chữ ") },
  { name: "autolink-like", sample: "<http://a <http://a", make: (bytes) => grow(bytes, wrapped(() => "<http://a "), "Chữ ") },
  { name: "less-than", sample: "a < b < c", make: (bytes) => grow(bytes, wrapped(() => "a < ")) },
  // Other inline marks.
  { name: "entities", sample: "&amp; &#7888;", make: (bytes) => grow(bytes, wrapped((i) => (i % 2 === 0 ? "&amp; " : "&#7888; "))) },
  { name: "escapes", sample: "\\* \\[ \\_", make: (bytes) => grow(bytes, wrapped(() => "\\* \\[ \\_ ")) },
  { name: "hard-breaks", sample: "a␠␠⏎ b\\⏎", make: (bytes) => grow(bytes, (i) => (i % 2 === 0 ? "chữ  \n" : "chữ\\\n")) },
  { name: "pipes", sample: "| a | b |", make: (bytes) => grow(bytes, () => "| a | b |\n") },
  { name: "abbreviations", sample: "BTV HĐND UBND MTTQ", make: (bytes) => grow(bytes, wrapped(() => "BTV HĐND UBND MTTQ ")) },
  { name: "images-own-paragraph", sample: '![a](/x.jpg "t")', make: (bytes) => grow(bytes, () => '![Ảnh](/images/a.jpg "Chú thích")\n\n') },
  { name: "images-in-one-paragraph", sample: "![a](/x.jpg) ![a](/x.jpg)", make: (bytes) => grow(bytes, wrapped(() => "![Ảnh](/images/a.jpg) ")) },
  // Blocks and containers: several steps copy every event of the document once per item.
  { name: "continuation-lines", sample: "chữ⏎chữ⏎", make: (bytes) => grow(bytes, () => "chữ\n") },
  { name: "paragraphs", sample: "chữ⏎⏎chữ⏎⏎", make: (bytes) => grow(bytes, () => "chữ\n\n") },
  { name: "blank-lines", sample: "⏎⏎⏎", make: (bytes) => grow(bytes, () => "\n", "chữ\n") },
  { name: "headings", sample: "## a", make: (bytes) => grow(bytes, () => "## Tiêu đề\n\n") },
  { name: "code-fences", sample: "```⏎mã⏎", make: (bytes) => grow(bytes, () => "```\nmã\n") },
  { name: "list-wide", sample: "- a⏎- b", make: (bytes) => grow(bytes, () => "- mục\n") },
  { name: "list-loose", sample: "- a⏎⏎- b", make: (bytes) => grow(bytes, () => "- mục\n\n") },
  { name: "list-deep-zigzag", sample: "- at depths 1…20…1", make: (bytes) => grow(bytes, (i) => `${"  ".repeat(zigzag(i) - 1)}- mục\n`) },
  { name: "quote-deep-zigzag", sample: "> at depths 1…20…1", make: (bytes) => grow(bytes, (i) => `${"> ".repeat(zigzag(i))}chữ\n`) },
  { name: "quote-lazy", sample: "> a⏎b", make: (bytes) => grow(bytes, (i) => (i % 2 === 0 ? "> chữ\n" : "chữ\n")) },
  { name: "quote-lazy-long", sample: "> a⏎b⏎b⏎b⏎…", make: (bytes) => grow(bytes, () => "chữ\n", "> chữ\n") },
  { name: "list-lazy-long", sample: "- a⏎b⏎b⏎b⏎…", make: (bytes) => grow(bytes, () => "chữ\n", "- chữ\n") },
  { name: "quotes-separate", sample: "> a⏎⏎> b", make: (bytes) => grow(bytes, () => "> chữ\n\n") },
  { name: "quotes-deep-separate", sample: ">×20 a⏎⏎", make: (bytes) => grow(bytes, () => `${">".repeat(20)} chữ\n\n`) },
  { name: "quote-ends-after-list", sample: "800 list items, then > a⏎⏎ …", make: (bytes) => `${"- mục\n".repeat(800)}\n${grow(bytes - 4800, () => "> chữ\n\n")}` },
  { name: "containers-mixed", sample: "- > - > … (20 levels)", make: (bytes) => grow(bytes, () => `${"- > ".repeat(10)}mục\n`) },
  { name: "everything-at-once", sample: "plain text to 512 KB, then every limit near its maximum", make: everythingAtOnce, grows: false },
];

/**
 * The worst body found that stays under every limit at once: two paragraphs opened by a
 * code or HTML opener never closed, spending the re-read budget, paragraphs of plain text
 * that fill the file, then the rest of the marks budget spent on 200-closer paragraphs,
 * list items and, last, when the document holds the most events, a hundred quote endings.
 */
function everythingAtOnce(bytes: number): string {
  const reread = `a \` ${filler(18_990)}\na <!-- ${filler(10_900)}\n`;
  const tail = `${`${"a_ ".repeat(200)}\n\n`.repeat(2)}${"- mục\n".repeat(580)}\n${"> chữ\n\n".repeat(100)}`;
  return `${reread}${paragraphs(bytes - reread.length - tail.length, 19_000, () => "")}${tail}`;
}
