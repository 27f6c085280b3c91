/**
 * The text of an article file as an editor writes it: `fields` as front matter, one line
 * each and in order, a blank line, then `body`. Values are YAML as written after
 * `key: ` (quote them, or write `[a, b]` lists, as the file needs).
 */
export function articleFile(fields: Readonly<Record<string, string>>, body: string): string {
  const lines = Object.entries(fields).map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join("\n")}\n---\n\n${body}\n`;
}
