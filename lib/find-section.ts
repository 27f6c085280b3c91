import type { Section } from "./article";
import { fail, succeed, type ParseResult } from "./parse-result";
import { expected, type ProblemPlace } from "./problem";
import { slugify } from "./slugify";

/**
 * The declared section an editor named, matched by slug so case and tone marks do not
 * matter (`kinh te` is Kinh tế); or the problem, listing the sections there are.
 *
 * @example findSection(sections, "kinh te", { file: "a.md", line: 5, field: "category" }) // { ok: true, value: { name: "Kinh tế", … } }
 */
export function findSection(sections: readonly Section[], name: string, place: ProblemPlace): ParseResult<Section> {
  const found = sections.find((section) => section.slug === slugify(name));
  if (found !== undefined) return succeed(found);
  const names = sections.map((section) => section.name).join(", ");
  return fail([expected(place, `một chuyên mục đã khai báo trong content/sections.yaml (${names})`, JSON.stringify(name))]);
}
