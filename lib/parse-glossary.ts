import { isRecord } from "./parse-front-matter";
import { fail, succeed, type ParseResult } from "./parse-result";
import { normaliseText } from "./parse-text-file";
import { parseYaml } from "./parse-yaml";
import { expected, type Problem } from "./problem";
import { FieldReader, fieldPlaces } from "./read-fields";

/** Abbreviation → its expansion, from `content/abbreviations.yaml`. */
export type Glossary = ReadonlyMap<string, string>;

/** Parses the glossary: a mapping such as `BTV: Ban Thường vụ`. */
export function parseGlossary(text: string, file: string): ParseResult<Glossary> {
  const yaml = parseYaml(normaliseText(text), file, 1);
  if (!yaml.ok) return yaml;
  const { data, keyLines } = yaml.value;
  if (!isRecord(data)) return fail([expected({ file, line: 1 }, "các dòng dạng `BTV: Ban Thường vụ`", "nội dung khác")]);
  const problems: Problem[] = [];
  const at = fieldPlaces(file, keyLines);
  const reader = new FieldReader(data, at, problems, { absentAsEmpty: true });
  const glossary = new Map<string, string>();
  for (const [short, long] of Object.entries(data)) {
    if (short.trim() === "") {
      problems.push(expected(at(short), `chữ viết tắt trước dấu hai chấm (như \`UBND: ${typeof long === "string" ? long : "…"}\`)`, "dòng bắt đầu bằng dấu hai chấm"));
      continue;
    }
    const expansion = reader.text(short, { required: true, expects: "phần giải nghĩa không rỗng" });
    if (expansion !== undefined) glossary.set(short.trim(), expansion);
  }
  return problems.length > 0 ? fail(problems) : succeed(glossary);
}
