// A real content store (SQLite file) written from test articles, in a temporary folder.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Article, Section } from "../../lib/article";
import { openContentStore, STORE_FILE, type ContentStore } from "../../lib/content-store";
import { NO_CHOICE } from "../../lib/front-page";
import { EMPTY_REGISTERS, type Registers } from "../../lib/registers";
import { recordOf, type ImageFacts } from "../../lib/load-content";
import { exactForm, foldedForm } from "../../lib/search-forms";
import type { SiteConfig } from "../../lib/site-config";
import { writeContentStore, type StoreArticle, type StoreContent } from "../../lib/write-content-store";
import { POLITICS } from "./make-article";
import { TEST_MASTHEAD } from "./site-settings";

/** The site settings test stores carry. */
export const TEST_SITE: SiteConfig = { name: "Báo Tỉnh", baseUrl: "https://baotinh.vn", description: "Tin tỉnh", timeZone: "Asia/Ho_Chi_Minh", publisher: "Báo Tỉnh", masthead: TEST_MASTHEAD };

/** Store content for articles (drafts unlisted, as in production); `entry` defaults to "1". */
export function storeContent(
  articles: readonly Article[],
  options: { sections?: readonly Section[]; entry?: (article: Article) => string; imageSizes?: ReadonlyMap<string, ImageFacts>; registers?: Registers } = {},
): StoreContent {
  const bySource = new Map(articles.map((article) => [article.file, article]));
  return {
    build: "test",
    preview: false,
    site: TEST_SITE,
    sections: options.sections ?? [POLITICS],
    glossary: new Map(),
    frontPage: NO_CHOICE,
    registers: options.registers ?? EMPTY_REGISTERS,
    imageSizes: options.imageSizes ?? new Map(),
    photoHashes: new Map(),
    mediaFiles: new Map(),
    articles: articles.map((article): StoreArticle => ({ record: recordOf(article), source: article.file, entry: options.entry?.(article) ?? "1" })),
    body: (stored) => {
      const found = bySource.get(stored.source);
      const text = found?.text ?? "";
      return { markdown: found?.markdown ?? "", bodyExact: exactForm(text), bodyFolded: foldedForm(text) };
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
