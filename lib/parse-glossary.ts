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
