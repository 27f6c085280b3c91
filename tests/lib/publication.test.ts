import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Article } from "../../lib/article";
import { parseArticle } from "../../lib/parse-article";
import { isPublished, selectVisible } from "../../lib/publication";

// valid.md is dated 2017-04-20 18:02 in Vietnam, which is 11:02 UTC.
const PUBLISHED = new Date("2017-04-20T11:02:00Z");
const BEFORE = new Date("2017-04-20T11:01:59.999Z");
const LATER = new Date("2017-05-01T00:00:00Z");

function base(): Article {
  const text = readFileSync(new URL("../fixtures/articles/valid.md", import.meta.url), "utf8");
  const result = parseArticle(text, "tests/fixtures/articles/valid.md", "valid", {
    timeZone: "Asia/Ho_Chi_Minh",
    sections: [{ name: "Chính trị", slug: "chinh-tri", description: "" }],
  });
  if (!result.ok) throw new Error("tests/fixtures/articles/valid.md must be valid");
  return result.value.article;
}

const published = { ...base(), slug: "da-dang" };
const draft = { ...base(), slug: "ban-nhap", draft: true };
const scheduled = { ...base(), slug: "hen-gio", published: new Date("2017-04-25T01:00:00Z") };

describe("isPublished", () => {
  it.each([
    ["an article whose time has come", published, LATER, true],
    ["an article at exactly its instant", published, PUBLISHED, true],
    ["an article a millisecond before its instant", published, BEFORE, false],
    ["a draft, however late", draft, LATER, false],
    ["a scheduled article before its instant", scheduled, new Date("2017-04-24T00:00:00Z"), false],
    ["a scheduled article once its instant has passed", scheduled, LATER, true],
  ])("says whether readers may see %s", (_name, article, now, answer) => {
    expect(isPublished(article, now)).toBe(answer);
  });
});

describe("selectVisible", () => {
  const all = [scheduled, published, draft];

  it("hides drafts and articles scheduled after now", () => {
    expect(selectVisible(all, new Date("2017-04-24T00:00:00Z"), false).map((article) => article.slug)).toEqual(["da-dang"]);
  });

  it("shows a scheduled article from its instant on", () => {
    expect(selectVisible(all, scheduled.published, false).map((article) => article.slug)).toEqual(["hen-gio", "da-dang"]);
  });

  it("shows every article, drafts and scheduled ones included, in a preview", () => {
    expect(selectVisible(all, BEFORE, true).map((article) => article.slug)).toEqual(["hen-gio", "da-dang", "ban-nhap"]);
  });

  it("returns a new list, leaving the one it was given alone", () => {
    const visible = selectVisible(all, LATER, true);
    expect(visible).not.toBe(all);
    expect(visible).toEqual(all);
  });
});
