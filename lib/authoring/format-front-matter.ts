import { stringify } from "yaml";

/** A front-matter value the editors' tools write: text, a yes/no flag or a list of names. */
export type FrontMatterValue = string | boolean | readonly string[];

/**
 * Formats one front-matter line, quoting only when YAML needs it, so a title with a colon
 * or a name that looks like a number is read back exactly as written.
 *
 * @example formatFrontMatterField("title", "Kỳ họp thứ 5: Đường về đích") // 'title: "Kỳ họp thứ 5: Đường về đích"'
 * @example formatFrontMatterField("author", ["Hồng Nhung", "Minh Đức"]) // "author: [Hồng Nhung, Minh Đức]"
 */
export function formatFrontMatterField(key: string, value: FrontMatterValue): string {
  const written = stringify(value, { schema: "core", lineWidth: 0, collectionStyle: "flow", flowCollectionPadding: false }).trimEnd();
  return `${key}: ${written}`;
}
