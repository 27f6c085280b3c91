/**
 * The fixtures under tests/fixtures/articles/ that are each just over one Markdown limit
 * (lib/markdown-limits.ts): the unit tests expect each refused, the benchmark times each.
 */
export const LIMIT_FIXTURES = [
  "pathological-emphasis.md",
  "too-many-emphasis-markers-in-a-paragraph.md",
  "brackets-nested-too-deep.md",
  "unclosed-code-before-long-paragraphs.md",
  "too-many-markdown-marks.md",
  "too-many-quote-endings.md",
] as const;
