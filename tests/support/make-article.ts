import type { Article, Section } from "../../lib/article";

/** The section test articles belong to unless a test says otherwise. */
export const POLITICS: Section = { name: "Chính trị", slug: "chinh-tri", description: "" };

/** A valid, published article record for tests; `changes` override any field. */
export function makeArticle(slug: string, changes: Partial<Article> = {}): Article {
  return {
    slug,
    file: `content/articles/2017/04/${slug}.md`,
    title: `Bài ${slug}`,
    published: new Date("2017-04-20T11:02:00Z"),
    authors: ["Hồng Nhung"],
    section: POLITICS,
    tags: [],
    summary: "Tóm tắt.",
    draft: false,
    markdown: "Tóm tắt.",
    leadFromBody: true,
    text: "Tóm tắt.",
    images: [],
    media: [],
    corrections: [],
    places: [],
    mentions: [],
    ...changes,
  };
}
