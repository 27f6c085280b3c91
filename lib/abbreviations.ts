import type { PhrasingContent, Root, RootContent, Text } from "mdast";
import { isRecord } from "./parse-front-matter";
import { parseYaml } from "./parse-yaml";
import { describeValue, expected, type Problem } from "./problem";

/** Abbreviation → its expansion, from `content/abbreviations.yaml`. */
export type Glossary = ReadonlyMap<string, string>;

/** Parses the glossary: a mapping such as `BTV: Ban Thường vụ`. */
export function parseGlossary(text: string, file: string): { ok: true; value: Glossary } | { ok: false; problems: readonly Problem[] } {
  const yaml = parseYaml(text.normalize("NFC"), file, 1);
  if (!yaml.ok) return yaml;
  if (!isRecord(yaml.value)) return { ok: false, problems: [expected({ file, line: 1 }, "các dòng dạng `BTV: Ban Thường vụ`", "nội dung khác")] };
  const problems: Problem[] = [];
  const glossary = new Map<string, string>();
  for (const [short, long] of Object.entries(yaml.value)) {
    const place = { file, line: yaml.keyLines.get(short), field: short };
    if (short.trim() === "") problems.push(expected(place, `chữ viết tắt trước dấu hai chấm (như \`UBND: ${typeof long === "string" ? long : "…"}\`)`, "dòng bắt đầu bằng dấu hai chấm"));
    else if (typeof long === "string" && long.trim() !== "") glossary.set(short.trim(), long.trim());
    else problems.push(expected(place, "phần giải nghĩa không rỗng", describeValue(long)));
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: glossary };
}

// Never inside links, headings or code: there an <abbr> would be wrong or unreadable.
const SKIP = new Set(["link", "linkReference", "heading", "code", "inlineCode", "html", "image", "imageReference", "definition"]);

/**
 * remark plugin: wraps the first use of each glossary abbreviation in the body as
 * `<abbr title="Ban Thường vụ">BTV</abbr>`. An abbreviation only counts as a whole token:
 * `TW` in the document number `290-QĐ/TW` is left alone.
 */
export function remarkAbbreviations(options: { readonly glossary: Glossary }) {
  const keys = [...options.glossary.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = keys.length === 0 ? undefined : new RegExp(`(?<![\\p{L}\\p{N}/-])(?:${keys.join("|")})(?![\\p{L}\\p{N}/-])`, "gu");
  return (tree: Root): void => {
    if (pattern === undefined) return;
    const seen = new Set<string>();
    const visit = (node: Root | RootContent): void => {
      if (SKIP.has(node.type) || !("children" in node)) return;
      const children: RootContent[] = node.children;
      for (let index = 0; index < children.length; index++) {
        const child = children[index];
        if (child === undefined) continue;
        if (child.type !== "text") {
          visit(child);
          continue;
        }
        const parts = splitText(child, pattern, options.glossary, seen);
        if (parts[0] !== child) {
          children.splice(index, 1, ...parts);
          index += parts.length - 1;
        }
      }
    };
    visit(tree);
  };
}

function splitText(node: Text, pattern: RegExp, glossary: Glossary, seen: Set<string>): PhrasingContent[] {
  const parts: PhrasingContent[] = [];
  let last = 0;
  for (const match of node.value.matchAll(pattern)) {
    const short = match[0];
    const title = glossary.get(short);
    if (title === undefined || seen.has(short) || match.index === undefined) continue;
    seen.add(short);
    if (match.index > last) parts.push({ type: "text", value: node.value.slice(last, match.index) });
    // An emphasis node renamed to <abbr>: mdast has no abbreviation node of its own.
    parts.push({ type: "emphasis", data: { hName: "abbr", hProperties: { title } }, children: [{ type: "text", value: short }] });
    last = match.index + short.length;
  }
  if (parts.length === 0) return [node];
  if (last < node.value.length) parts.push({ type: "text", value: node.value.slice(last) });
  return parts;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
