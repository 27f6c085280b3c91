// A real content store (SQLite file) written from test articles, in a temporary folder.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Article, ArticleRecord, Section } from "../../lib/article";
import { openContentStore, STORE_FILE, type ContentStore } from "../../lib/content-store";
import type { ImageFacts } from "../../lib/load-content";
import { exactForm, foldedForm } from "../../lib/search-forms";
import type { SiteConfig } from "../../lib/site-config";
import { writeContentStore, type StoreArticle, type StoreContent } from "../../lib/write-content-store";
import { POLITICS } from "./make-article";

/** The site settings test stores carry. */
export const TEST_SITE: SiteConfig = { name: "Báo Tỉnh", baseUrl: "https://baotinh.vn", description: "Tin tỉnh", timeZone: "Asia/Ho_Chi_Minh", publisher: "Báo Tỉnh" };

/** An article's record: the article without its Markdown and plain text. */
export function recordOf(article: Article): ArticleRecord {
  const { markdown: _markdown, text: _text, ...record } = article;
  return record;
}

/** Store content for articles: body HTML is the plain text in a paragraph; `entry` defaults to "1". */
export function storeContent(articles: readonly Article[], options: { sections?: readonly Section[]; entry?: (article: Article) => string; imageSizes?: ReadonlyMap<string, ImageFacts> } = {}): StoreContent {
  const bySource = new Map(articles.map((article) => [article.file, article]));
  return {
    build: "test",
    preview: false,
    site: TEST_SITE,
    sections: options.sections ?? [POLITICS],
    imageSizes: options.imageSizes ?? new Map(),
    articles: articles.map((article): StoreArticle => ({ record: recordOf(article), source: article.file, entry: options.entry?.(article) ?? "1" })),
    body: (stored) => {
      const text = bySource.get(stored.source)?.text ?? "";
      return { html: `<p>${text}</p>`, bodyExact: exactForm(text), bodyFolded: foldedForm(text) };
    },
  };
}

/** A temporary folder for store files, and a function that removes it. */
export function storeFolder(): { dir: string; file: string; remove: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), "bao-tinh-store-"));
  return { dir, file: path.join(dir, STORE_FILE), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Writes a store of `articles` into a new temporary folder and opens it. */
export function openTestStore(articles: readonly Article[], options: Parameters<typeof storeContent>[1] = {}): { store: ContentStore; file: string; remove: () => void } {
  const folder = storeFolder();
  writeContentStore(folder.file, storeContent(articles, options));
  const store = openContentStore(folder.file);
  return {
    store,
    file: folder.file,
    remove: () => {
      store.close();
      folder.remove();
    },
  };
}
