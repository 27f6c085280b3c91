import { copyFileSync, existsSync, readdirSync, truncateSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openContentStore } from "../../lib/content-store";
import { planFtsQuery } from "../../lib/plan-fts-query";
import { updateContentStore, writeContentStore } from "../../lib/write-content-store";
import { makeArticle } from "../support/make-article";
import { storeContent, storeFolder } from "../support/store-file";

const folder = storeFolder();
afterAll(() => folder.remove());
const NOW = Date.parse("2024-01-01T00:00:00Z");
const articles = ["mot", "hai", "ba"].map((slug, n) => makeArticle(slug, { published: new Date(Date.UTC(2023, 0, n + 1)), text: `Bài ${slug} về dân vận.` }));

describe("writing the content store by difference", () => {
  it("writes a new store under a temporary name and leaves only the renamed file", () => {
    const changes = writeContentStore(folder.file, storeContent(articles));
    expect(changes).toEqual({ inserted: 3, removed: 0, fromBase: false });
    expect(readdirSync(folder.dir)).toEqual([path.basename(folder.file)]);
  });

  it("starting from a copy of the last store, re-indexes only the article whose entry changed", () => {
    const next = path.join(folder.dir, "next.sqlite");
    const changes = writeContentStore(next, storeContent(articles, { entry: (article) => (article.slug === "hai" ? "2" : "1") }), folder.file);
    expect(changes).toEqual({ inserted: 1, removed: 1, fromBase: true });
    const store = openContentStore(next);
    expect(store.meta.articles).toBe(3);
    expect(store.search({ query: "dan van", words: [{ exact: "dan", folded: "dan", prefix: false }, { exact: "van", folded: "van", prefix: false }] }, NOW).hits.map((hit) => hit.slug)).toEqual([
      "ba",
      "hai",
      "mot",
    ]);
    store.close();
  });

  it("removes a deleted article and finds a renamed one under its new source, from search too", () => {
    const copy = path.join(folder.dir, "dev.sqlite");
    copyFileSync(folder.file, copy);
    const renamed = { ...(articles[0] ?? makeArticle("x")), file: "content/articles/2023/01/mot-moi.md" };
    const changes = updateContentStore(copy, storeContent([renamed, articles[2] ?? makeArticle("y")]));
    expect(changes).toEqual({ inserted: 1, removed: 2 });
    const store = openContentStore(copy);
    expect(store.newest(NOW, 10).map((record) => [record.slug, record.file])).toEqual([
      ["ba", "content/articles/2017/04/ba.md"],
      ["mot", "content/articles/2023/01/mot-moi.md"],
    ]);
    expect(store.group("tag", "dan-van", NOW)).toBeUndefined();
    expect(store.search({ query: "hai", words: [{ exact: "hai", folded: "hai", prefix: false }] }, NOW).hits).toEqual([]);
    store.close();
  });

  it("completes a word typed in part from the words an update in place brought", () => {
    const copy = path.join(folder.dir, "words.sqlite");
    copyFileSync(folder.file, copy);
    updateContentStore(copy, storeContent([...articles, makeArticle("bon", { published: new Date(Date.UTC(2023, 0, 4)), text: "Khoanh vùng dịch." })]));
    const store = openContentStore(copy);
    expect(store.search(planFtsQuery("khoan"), NOW).hits.map((hit) => hit.slug)).toEqual(["bon"]);
    store.close();
  });

  it("makes a dev store from a copy of a build's by writing the drafts alone, which it lists", () => {
    const withDraft = [...articles, makeArticle("nhap", { published: new Date(Date.UTC(2023, 0, 5)), draft: true, text: "Bản nháp về dân vận." })];
    const built = path.join(folder.dir, "built.sqlite");
    expect(writeContentStore(built, storeContent(withDraft))).toEqual({ inserted: 4, removed: 0, fromBase: false });
    const dev = path.join(folder.dir, "dev-from-build.sqlite");
    copyFileSync(built, dev);
    expect(updateContentStore(dev, { ...storeContent(withDraft), preview: true })).toEqual({ inserted: 1, removed: 1 });
    const store = openContentStore(dev);
    expect(store.newest(NOW, 10).map((record) => record.slug)).toEqual(["nhap", "ba", "hai", "mot"]);
    store.close();
    // And back: the build after it lists the draft no more.
    expect(updateContentStore(dev, storeContent(withDraft))).toEqual({ inserted: 1, removed: 1 });
  });

  it("ignores a base that is not a whole store and writes a new one", () => {
    const broken = path.join(folder.dir, "broken.sqlite");
    const next = path.join(folder.dir, "from-broken.sqlite");
    copyFileSync(path.join(folder.dir, "dev.sqlite"), broken);
    truncateSync(broken, 100);
    expect(writeContentStore(next, storeContent(articles), broken)).toEqual({ inserted: 3, removed: 0, fromBase: false });
    expect(existsSync(`${next}.${process.pid}.tmp`)).toBe(false);
  });
});
