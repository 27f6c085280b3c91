import type { Section } from "../../lib/article";
import { scaffoldArticle, type ScaffoldOptions } from "../../lib/authoring/scaffold-article";
import { parseArticle } from "../../lib/parse-article";
import { formatProblem } from "../../lib/problem";

// What the tests of `npm run new`'s scaffold and of the leftovers rule both start from:
// a scaffold made at a fixed instant, and the article the site would read from it.

/** The site's zone in these tests. */
export const ZONE = "Asia/Ho_Chi_Minh";
/** Two declared sections. */
export const SECTIONS: Section[] = [
  { name: "Chính trị", slug: "chinh-tri", description: "" },
  { name: "Kinh tế", slug: "kinh-te", description: "" },
];
/** The title every scaffold gets unless a test gives another. */
export const TITLE = "Kỳ họp thứ 5 HĐND tỉnh khóa XIV: Đường về đích";
/** 18:02 GMT+7 on 20/04/2017. */
export const NOW = new Date("2017-04-20T11:02:00Z");

/** A scaffold, or a thrown error listing why there is none. */
export function scaffold(title = TITLE, now = NOW, options: ScaffoldOptions = { category: "Chính trị" }) {
  const result = scaffoldArticle(title, now, ZONE, options);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
  return result.value;
}

/** The article the site reads from `text`, or a thrown error listing its problems. */
export function parseScaffolded(text: string, file = "content/articles/x.md") {
  const result = parseArticle(text, file, "x", { timeZone: ZONE, sections: SECTIONS });
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join("\n"));
  return result.value.article;
}
