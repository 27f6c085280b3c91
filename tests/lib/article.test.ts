import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toSummary } from "../../lib/article";
import { parseArticle } from "../../lib/parse-article";

describe("toSummary", () => {
  const text = readFileSync(new URL("../fixtures/articles/summary-from-first-paragraph.md", import.meta.url), "utf8");
  const result = parseArticle(text, "tests/fixtures/articles/summary-from-first-paragraph.md", "bai", {
    timeZone: "Asia/Ho_Chi_Minh",
    sections: [{ name: "Chính trị", slug: "chinh-tri", description: "" }],
  });
  if (!result.ok) throw new Error("tests/fixtures/articles/summary-from-first-paragraph.md must be valid");
  const article = result.value.article;

  it("drops the body, images, corrections and search text so lists stay small", () => {
    const summary = toSummary(article);
    for (const key of ["markdown", "images", "corrections", "leadFromBody", "text"]) expect(summary).not.toHaveProperty(key);
  });

  it("keeps everything a list shows", () => {
    expect(toSummary(article)).toMatchObject({
      slug: "bai",
      title: article.title,
      published: article.published,
      authors: article.authors,
      section: article.section,
      summary: article.summary,
      draft: false,
      leadImage: article.leadImage,
    });
  });
});
