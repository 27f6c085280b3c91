import { describe, expect, it } from "vitest";
import type { Article, Section } from "../../lib/article";
import { findRelated } from "../../lib/related-articles";
import { makeArticle } from "../support/make-article";

const POLITICS: Section = { name: "Chính trị", slug: "chinh-tri", description: "" };
const ECONOMY: Section = { name: "Kinh tế", slug: "kinh-te", description: "" };

function article(slug: string, changes: Partial<Article> = {}): Article {
  return makeArticle(slug, { section: POLITICS, ...changes });
}

const related = (subject: Article, candidates: readonly Article[], limit?: number) =>
  findRelated(subject, candidates, limit).map((entry) => entry.slug);

const SUBJECT = article("btv-tinh-uy", { tags: ["Dân vận", "Đảng bộ"] });

describe("findRelated", () => {
  it("ranks two shared tags (4) above one shared tag and the section (3) above one tag (2) above the section alone (1)", () => {
    const candidates = [
      article("cung-muc", { section: POLITICS }),
      article("mot-the", { section: ECONOMY, tags: ["Dân vận"] }),
      article("mot-the-cung-muc", { section: POLITICS, tags: ["Đảng bộ"] }),
      article("hai-the", { section: ECONOMY, tags: ["Đảng bộ", "Dân vận"] }),
    ];
    expect(related(SUBJECT, candidates)).toEqual(["hai-the", "mot-the-cung-muc", "mot-the", "cung-muc"]);
  });

  it("keeps the given newest-first order among articles with equal scores", () => {
    const candidates = [
      article("moi-nhat", { section: ECONOMY, tags: ["Dân vận"] }),
      article("moi", { section: ECONOMY, tags: ["Đảng bộ"] }),
      article("cu", { section: ECONOMY, tags: ["Dân vận"] }),
    ];
    expect(related(SUBJECT, candidates)).toEqual(["moi-nhat", "moi", "cu"]);
  });

  it("never lists the article itself, even though it shares everything with itself", () => {
    expect(related(SUBJECT, [SUBJECT, article("khac", { tags: ["Dân vận"] })])).toEqual(["khac"]);
  });

  it("leaves out articles with nothing in common", () => {
    expect(related(SUBJECT, [article("khong-lien-quan", { section: ECONOMY, tags: ["Kinh tế biển"] })])).toEqual([]);
  });

  it("compares tags by slug, so case, tone-mark placement and NFD do not matter", () => {
    const candidates = [
      article("viet-thuong", { section: ECONOMY, tags: ["dân vận"] }),
      article("nfd", { section: ECONOMY, tags: ["Đảng bộ".normalize("NFD")] }),
    ];
    expect(related(SUBJECT, candidates)).toEqual(["viet-thuong", "nfd"]);
    const hoa = article("hoa", { tags: ["Hòa giải"], section: ECONOMY });
    expect(related(hoa, [article("hoa-cu", { tags: ["Hoà giải"], section: POLITICS })])).toEqual(["hoa-cu"]);
  });

  it("returns five articles by default", () => {
    const candidates = Array.from({ length: 8 }, (_, index) => article(`bai-${index + 1}`));
    expect(related(SUBJECT, candidates)).toEqual(["bai-1", "bai-2", "bai-3", "bai-4", "bai-5"]);
  });

  it("returns at most the given limit, keeping the best", () => {
    const candidates = [article("cung-muc"), article("mot-the", { section: ECONOMY, tags: ["Dân vận"] }), article("cung-muc-2")];
    expect(related(SUBJECT, candidates, 1)).toEqual(["mot-the"]);
    expect(related(SUBJECT, candidates, 0)).toEqual([]);
  });

  it("returns nothing when there are no other articles", () => {
    expect(related(SUBJECT, [])).toEqual([]);
    expect(related(SUBJECT, [SUBJECT])).toEqual([]);
  });
});

describe("findRelatedInIndex", () => {
  it("ranks exactly as findRelated over the whole archive, for every article of a mixed corpus", async () => {
    const { buildIndex } = await import("../../lib/content-index");
    const { findRelated, findRelatedInIndex } = await import("../../lib/related-articles");
    const sections = [
      { name: "Chính trị", slug: "chinh-tri", description: "" },
      { name: "Kinh tế", slug: "kinh-te", description: "" },
    ];
    const tags = ["Dân vận", "Quảng Ninh", "Hoà giải", "Biển đảo", "Nông thôn mới"];
    const corpus = Array.from({ length: 60 }, (_, n) =>
      article(`bai-${String(n).padStart(2, "0")}`, {
        published: new Date(Date.UTC(2020, 0, 1 + (n % 17), n % 24)),
        section: sections[n % 2] ?? { name: "Chính trị", slug: "chinh-tri", description: "" },
        tags: tags.filter((_tag, t) => (n * (t + 3)) % 5 === 0 || (n + t) % 7 === 0),
      }),
    ).sort((a, b) => b.published.getTime() - a.published.getTime() || (a.slug < b.slug ? -1 : 1));
    const index = buildIndex(corpus, sections);
    for (const subject of corpus) {
      expect(findRelatedInIndex(subject, index).map((other) => other.slug)).toEqual(findRelated(subject, corpus).map((other) => other.slug));
    }
  });
});
