import { statSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { ArticleRecord, Section } from "./article";
import type { FrontPageChoice } from "./front-page";
import type { ImageFacts, MediaFacts } from "./load-content";
import type { Glossary } from "./parse-glossary";
import { isRegisters, type Registers } from "./registers";
import { isRecord } from "./parse-front-matter";
import { planFtsQuery, type FtsPlan } from "./plan-fts-query";
import type { ListingKind } from "./routes";
import type { ArticleSearch } from "./search-articles";
import type { Settings } from "./settings";
import type { SiteConfig } from "./site-config";
import { MAX_RESULTS, prepareSearch, type StoreSearchResult } from "./store-search";
import { decodeValue, parseRecord, parseSection, readBlob, readNumber, readString } from "./store-rows";

// The content store: what a build read and validated (article records, bodies as
// validated Markdown, listings, photo and clip facts, the settings and registers, the
// search index), in one SQLite file in the build folder. Servers open it
// read-only and read what a request needs; processes on one machine share its pages
// through the operating system's page cache, so no process holds the archive. README,
// Decisions: "A server serves its build's store". lib/write-content-store.ts writes it.

/** Bumped whenever the schema or a row's meaning changes; kept in `PRAGMA user_version`. */
export const STORE_VERSION = 4;

/** The store's name inside a build folder. */
export const STORE_FILE = "bao-tinh-content.sqlite";

/** Where a build's store lies: for the servers that serve it and `npm run photos`, which encodes its photos. */
export function storeFileOf(settings: Pick<Settings, "paths" | "buildFolder">): string {
  // Read at run time, not bundled: the comment keeps the tracer from pulling the project into the output.
  return path.resolve(/*turbopackIgnore: true*/ settings.paths.displayRoot, settings.buildFolder, STORE_FILE);
}

/** Letters and digits are words; tone marks are kept, as both forms are made before indexing. */
const TOKENIZE = `tokenize = "unicode61 remove_diacritics 0 categories 'L* N*'"`;

/**
 * The schema. Article ids order articles by publication time (lib/article-ids.ts), so
 * the search index's rowid order is newest first and a capped walk finds the newest
 * matches. Lists read `articles.record` only; bodies (validated Markdown) live apart.
 * `listed` is 0 for a production store's drafts, kept for preview links alone. Search has, in each
 * form (exact and folded), every word of an article (title, tags and authors, sapo,
 * body) with no positions, which is what finding costs, and the short fields with
 * positions, which is what ranking needs; `search_terms` is the folded index's words and
 * how many articles hold each, to complete a last word typed in part (lib/store-search.ts).
 */
export const STORE_SCHEMA = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE sections (position INTEGER PRIMARY KEY, slug TEXT NOT NULL UNIQUE, name TEXT NOT NULL, description TEXT NOT NULL);
CREATE TABLE settings (key TEXT PRIMARY KEY, value BLOB NOT NULL) WITHOUT ROWID;
CREATE TABLE images (src TEXT PRIMARY KEY, hash TEXT, key TEXT, facts BLOB NOT NULL) WITHOUT ROWID;
CREATE INDEX images_by_key ON images (key);
CREATE TABLE media (src TEXT PRIMARY KEY, bytes INTEGER NOT NULL, type TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE,
  published INTEGER NOT NULL,
  modified INTEGER NOT NULL,
  listed INTEGER NOT NULL,
  source TEXT NOT NULL UNIQUE,
  entry TEXT NOT NULL,
  record TEXT NOT NULL
);
CREATE INDEX articles_by_date ON articles (listed, published DESC, slug);
CREATE TABLE bodies (id INTEGER PRIMARY KEY, markdown TEXT NOT NULL);
CREATE TABLE members (
  kind TEXT NOT NULL,
  slug TEXT NOT NULL,
  published INTEGER NOT NULL,
  article TEXT NOT NULL,
  name TEXT NOT NULL,
  section TEXT NOT NULL,
  PRIMARY KEY (kind, slug, published DESC, article)
) WITHOUT ROWID;
CREATE INDEX members_of_article ON members (article);
CREATE TABLE groups (kind TEXT NOT NULL, slug TEXT NOT NULL, total INTEGER NOT NULL, PRIMARY KEY (kind, slug)) WITHOUT ROWID;
CREATE VIRTUAL TABLE search_exact USING fts5(words, content = '', contentless_delete = 1, detail = none, ${TOKENIZE});
CREATE VIRTUAL TABLE search_folded USING fts5(words, content = '', contentless_delete = 1, detail = none, ${TOKENIZE});
CREATE VIRTUAL TABLE heads_exact USING fts5(title, meta, summary, content = '', contentless_delete = 1, ${TOKENIZE});
CREATE VIRTUAL TABLE heads_folded USING fts5(title, meta, summary, content = '', contentless_delete = 1, ${TOKENIZE});
CREATE TABLE search_terms (term TEXT PRIMARY KEY, articles INTEGER NOT NULL) WITHOUT ROWID;
`;

/** Thrown when a store cannot be served: the message names the file and what to do. */
export class StoreError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StoreError";
  }
}

/** What the store says about itself. */
export interface StoreMeta {
  readonly build: string;
  readonly articles: number;
  /** Written by the dev server: drafts are in it. */
  readonly preview: boolean;
}

/** A listing's name and how many visible articles it has. */
export interface GroupInfo {
  readonly slug: string;
  readonly name: string;
  readonly description: string;
  readonly count: number;
  /** Last change of its newest visible article. */
  readonly lastModified?: Date | undefined;
}

/** A photo the content uses: its header's facts and, when known, its original's SHA-256 and the key its derived files are named by (lib/plan-photo.ts). */
export interface StoredPhoto {
  readonly src: string;
  readonly facts: ImageFacts;
  readonly hash?: string | undefined;
  readonly key?: string | undefined;
}

/** An open, read-only content store and the queries pages need; `now` is milliseconds. */
export interface ContentStore {
  readonly file: string;
  readonly meta: StoreMeta;
  readonly site: SiteConfig;
  readonly sections: readonly Section[];
  readonly glossary: Glossary;
  readonly frontPage: FrontPageChoice;
  readonly registers: Registers;
  photo(src: string): StoredPhoto | undefined;
  /** Photos whose derived files have this key (one original saved under several names). */
  photosWithKey(key: string): StoredPhoto[];
  /** Every photo, for `npm run photos`. */
  photos(): StoredPhoto[];
  mediaFacts(src: string): MediaFacts | undefined;
  /** A listed article readers may see at `now`. */
  article(slug: string, now: number): ArticleRecord | undefined;
  /** Any article the store holds, drafts and scheduled ones included: a preview link's. */
  anyArticle(slug: string): ArticleRecord | undefined;
  /** An article's validated Markdown body. */
  markdown(slug: string): string | undefined;
  /** The newest visible articles, of the whole site or of one section. */
  newest(now: number, limit: number, section?: string): ArticleRecord[];
  /** One page of a listing, newest first. */
  listing(kind: ListingKind, slug: string, now: number, limit: number, offset: number): ArticleRecord[];
  group(kind: ListingKind, slug: string, now: number): GroupInfo | undefined;
  /** Every listing of a kind with visible articles (every declared section, even empty). */
  groups(kind: ListingKind, now: number): GroupInfo[];
  related(article: ArticleRecord, now: number, limit: number): ArticleRecord[];
  /** Every listed article, scheduled ones included, newest first: for `npm run photos`, never for a request. */
  everyRecord(): ArticleRecord[];
  /** Slugs of the `limit` newest listed articles, scheduled ones included. */
  newestSlugs(limit: number): string[];
  visibleCount(now: number): number;
  /** Visible articles newest first, from `offset`: slug and last change, for sitemaps. */
  articleDates(now: number, offset: number, limit: number): { slug: string; lastModified: Date }[];
  /** Visible articles published in [since, now], newest first. */
  publishedBetween(since: number, now: number, limit: number): ArticleRecord[];
  /** The soonest publication time after `now`, or Infinity. */
  nextChange(now: number): number;
  /** Hits `offset` to `offset + limit` of a search, ranked (lib/store-search.ts); all it ranks by default. */
  search(plan: FtsPlan, now: number, offset?: number, limit?: number): StoreSearchResult;
  close(): void;
}

/**
 * Opens a store read-only after checking that it is whole and of this version. Throws a
 * {@link StoreError} naming `shown` (the file as an operator sees it) and what to do.
 */
export function openContentStore(file: string, shown: string = file): ContentStore {
  const rebuild = 'Chạy lại "npm run build" (hoặc "npm run deploy") rồi khởi động lại máy chủ.';
  let size: number;
  try {
    const stats = statSync(file);
    if (!stats.isFile()) throw new StoreError(`${shown}: kho nội dung của bản build này không phải là một tệp. ${rebuild}`);
    size = stats.size;
  } catch (error) {
    if (error instanceof StoreError) throw error;
    throw new StoreError(`${shown}: không có kho nội dung (tệp SQLite) của bản build này. ${rebuild}`);
  }
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new StoreError(`${shown}: không mở được kho nội dung (${describe(error)}). Kiểm tra quyền đọc tệp, hoặc ${rebuild.charAt(0).toLowerCase()}${rebuild.slice(1)}`);
  }
  try {
    return readStore(db, file, shown, size);
  } catch (error) {
    db.close();
    if (error instanceof StoreError) throw error;
    throw new StoreError(`${shown}: kho nội dung bị hỏng (${describe(error)}). Xóa tệp này (hoặc cả thư mục build). ${rebuild}`);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function readStore(db: Database.Database, file: string, shown: string, size: number): ContentStore {
  const damaged = (what: string): StoreError =>
    new StoreError(`${shown}: kho nội dung bị hỏng hoặc chưa ghi xong (${what}). Xóa tệp này (hoặc cả thư mục build). Chạy lại "npm run build" rồi khởi động lại máy chủ.`);
  const version = db.pragma("user_version", { simple: true });
  if (version !== STORE_VERSION) {
    throw new StoreError(
      `${shown}: kho nội dung thuộc phiên bản ${String(version)}, máy chủ này cần phiên bản ${STORE_VERSION}. Chạy lại "npm run build" bằng mã nguồn đang chạy rồi khởi động lại máy chủ.`,
    );
  }
  // A truncated copy still opens; its header says how long it should be.
  const pages = db.pragma("page_count", { simple: true });
  const pageSize = db.pragma("page_size", { simple: true });
  if (typeof pages !== "number" || typeof pageSize !== "number" || pages * pageSize !== size) {
    throw damaged(`dài ${size} byte, phần đầu tệp ghi ${String(pages)} × ${String(pageSize)} byte`);
  }
  const metaRows = db.prepare("SELECT key, value FROM meta").all();
  const meta = new Map(metaRows.map((row) => [readString(row, "key") ?? "", readString(row, "value") ?? ""]));
  const settingRows = db.prepare("SELECT key, value FROM settings").all();
  const setting = new Map(settingRows.map((row) => [readString(row, "key") ?? "", readBlob(row, "value")]));
  const site = decodeValue(setting.get("site"), isSite);
  const glossary = decodeValue(setting.get("glossary"), isGlossary);
  const frontPage = decodeValue(setting.get("frontPage"), isFrontPage);
  const registers = decodeValue(setting.get("registers"), isRegisters);
  const articleCount = Number(meta.get("articles"));
  const counted = readNumber(db.prepare("SELECT count(*) AS n FROM articles").get(), "n");
  if (meta.get("complete") !== "1" || site === undefined || glossary === undefined || frontPage === undefined || registers === undefined || !Number.isInteger(articleCount) || counted !== articleCount) {
    throw damaged(`bảng meta: complete=${meta.get("complete") ?? "không có"}, ${String(counted)}/${meta.get("articles") ?? "?"} bài`);
  }
  const sections = db
    .prepare("SELECT slug, name, description FROM sections ORDER BY position")
    .all()
    .map(parseSection)
    .filter((section) => section !== undefined);
  return queries(db, file, { build: meta.get("build") ?? "", articles: articleCount, preview: meta.get("preview") === "1" }, { site, sections, glossary, frontPage, registers });
}


function isSite(value: unknown): value is SiteConfig {
  return isRecord(value) && typeof value.name === "string" && typeof value.baseUrl === "string" && typeof value.timeZone === "string" && isRecord(value.masthead);
}

function isGlossary(value: unknown): value is Glossary {
  return value instanceof Map;
}

function isFrontPage(value: unknown): value is FrontPageChoice {
  return isRecord(value) && Array.isArray(value.highlights);
}

function isImageFacts(value: unknown): value is ImageFacts {
  return isRecord(value) && typeof value.width === "number" && typeof value.height === "number" && typeof value.type === "string";
}

function parsePhoto(row: unknown): StoredPhoto | undefined {
  const src = readString(row, "src");
  const facts = decodeValue(readBlob(row, "facts"), isImageFacts);
  return src === undefined || facts === undefined ? undefined : { src, facts, hash: readString(row, "hash"), key: readString(row, "key") };
}

function records(rows: readonly unknown[]): ArticleRecord[] {
  return rows.map((row) => parseRecord(readBlob(row, "record"))).filter((record) => record !== undefined);
}

interface StoreSettings {
  readonly site: SiteConfig;
  readonly sections: readonly Section[];
  readonly glossary: Glossary;
  readonly frontPage: FrontPageChoice;
  readonly registers: Registers;
}

function queries(db: Database.Database, file: string, meta: StoreMeta, settings: StoreSettings): ContentStore {
  const { sections } = settings;
  const statements = {
    photo: db.prepare("SELECT src, hash, key, facts FROM images WHERE src = ?"),
    photosWithKey: db.prepare("SELECT src, hash, key, facts FROM images WHERE key = ? ORDER BY src"),
    photos: db.prepare("SELECT src, hash, key, facts FROM images ORDER BY src"),
    media: db.prepare("SELECT bytes, type FROM media WHERE src = ?"),
    article: db.prepare("SELECT record FROM articles WHERE slug = ? AND listed = 1 AND published <= ?"),
    anyArticle: db.prepare("SELECT record FROM articles WHERE slug = ?"),
    body: db.prepare("SELECT b.markdown AS markdown FROM articles a JOIN bodies b ON b.id = a.id WHERE a.slug = ?"),
    newest: db.prepare("SELECT record FROM articles WHERE listed = 1 AND published <= ? ORDER BY published DESC, slug LIMIT ?"),
    listing: db.prepare(
      "SELECT a.record AS record FROM members m JOIN articles a ON a.slug = m.article WHERE m.kind = ? AND m.slug = ? AND m.published <= ? ORDER BY m.published DESC, m.article LIMIT ? OFFSET ?",
    ),
    total: db.prepare("SELECT total FROM groups WHERE kind = ? AND slug = ?"),
    future: db.prepare("SELECT count(*) AS n FROM members WHERE kind = ? AND slug = ? AND published > ?"),
    newestMember: db.prepare(
      "SELECT m.name AS name, a.modified AS modified FROM members m JOIN articles a ON a.slug = m.article WHERE m.kind = ? AND m.slug = ? AND m.published <= ? ORDER BY m.published DESC, m.article LIMIT 1",
    ),
    groupsOf: db.prepare("SELECT slug FROM groups WHERE kind = ? ORDER BY slug"),
    ownTags: db.prepare("SELECT slug FROM members WHERE article = ? AND kind = 'tag'"),
    sharing: db.prepare(
      `SELECT article, count(*) * 2 + (section = ?) AS score, published FROM members
       WHERE kind = 'tag' AND slug IN (SELECT value FROM json_each(?)) AND published <= ? AND article <> ?
       GROUP BY article ORDER BY score DESC, published DESC, article LIMIT ?`,
    ),
    sameSection: db.prepare(
      "SELECT article, published FROM members WHERE kind = 'section' AND slug = ? AND published <= ? AND article <> ? ORDER BY published DESC, article LIMIT ?",
    ),
    records: db.prepare("SELECT record FROM articles WHERE slug IN (SELECT value FROM json_each(?))"),
    every: db.prepare("SELECT record FROM articles WHERE listed = 1 ORDER BY published DESC, slug"),
    newestSlugs: db.prepare("SELECT slug FROM articles WHERE listed = 1 ORDER BY published DESC, slug LIMIT ?"),
    visible: db.prepare("SELECT count(*) AS n FROM articles WHERE listed = 1 AND published <= ?"),
    dates: db.prepare("SELECT slug, modified FROM articles WHERE listed = 1 AND published <= ? ORDER BY published DESC, slug LIMIT ? OFFSET ?"),
    between: db.prepare("SELECT record FROM articles WHERE listed = 1 AND published >= ? AND published <= ? ORDER BY published DESC, slug LIMIT ?"),
    next: db.prepare("SELECT min(published) AS next FROM articles WHERE listed = 1 AND published > ?"),
  };
  const search = prepareSearch(db);
  const sectionBySlug = new Map(sections.map((section) => [section.slug, section]));

  const group = (kind: ListingKind, slug: string, now: number): GroupInfo | undefined => {
    const declared = kind === "section" ? sectionBySlug.get(slug) : undefined;
    if (kind === "section" && declared === undefined) return undefined;
    const total = readNumber(statements.total.get(kind, slug), "total") ?? 0;
    const count = total - (readNumber(statements.future.get(kind, slug, now), "n") ?? 0);
    if (declared === undefined && count <= 0) return undefined;
    const newest = count > 0 ? statements.newestMember.get(kind, slug, now) : undefined;
    const modified = readNumber(newest, "modified");
    return {
      slug,
      name: declared?.name ?? readString(newest, "name") ?? slug,
      description: declared?.description ?? "",
      count,
      lastModified: modified === undefined ? undefined : new Date(modified),
    };
  };

  const photos = (rows: readonly unknown[]): StoredPhoto[] => rows.map(parsePhoto).filter((photo) => photo !== undefined);
  return {
    file,
    meta,
    ...settings,
    photo: (src) => parsePhoto(statements.photo.get(src)),
    photosWithKey: (key) => photos(statements.photosWithKey.all(key)),
    photos: () => photos(statements.photos.all()),
    mediaFacts: (src) => {
      const row = statements.media.get(src);
      const bytes = readNumber(row, "bytes");
      const type = readString(row, "type");
      return bytes === undefined || type === undefined ? undefined : { bytes, type };
    },
    article: (slug, now) => parseRecord(readBlob(statements.article.get(slug, now), "record")),
    anyArticle: (slug) => parseRecord(readBlob(statements.anyArticle.get(slug), "record")),
    markdown: (slug) => readString(statements.body.get(slug), "markdown"),
    newest: (now, limit, section) =>
      section === undefined ? records(statements.newest.all(now, limit)) : records(statements.listing.all("section", section, now, limit, 0)),
    listing: (kind, slug, now, limit, offset) => records(statements.listing.all(kind, slug, now, limit, offset)),
    group,
    groups: (kind, now) => {
      const slugs = kind === "section" ? sections.map((section) => section.slug) : statements.groupsOf.all(kind).map((row) => readString(row, "slug") ?? "");
      return slugs.map((slug) => group(kind, slug, now)).filter((found) => found !== undefined);
    },
    related: (article, now, limit) => {
      const tags = statements.ownTags.all(article.slug).map((row) => readString(row, "slug") ?? "");
      const scored = new Map<string, { score: number; published: number }>();
      for (const row of statements.sharing.all(article.section.slug, JSON.stringify(tags), now, article.slug, limit)) {
        scored.set(readString(row, "article") ?? "", { score: readNumber(row, "score") ?? 0, published: readNumber(row, "published") ?? 0 });
      }
      // Same-section articles without a shared tag score 1; the newest `limit` are all that can place.
      for (const row of statements.sameSection.all(article.section.slug, now, article.slug, limit)) {
        const slug = readString(row, "article") ?? "";
        if (!scored.has(slug)) scored.set(slug, { score: 1, published: readNumber(row, "published") ?? 0 });
      }
      const order = [...scored].sort(([a, x], [b, y]) => y.score - x.score || y.published - x.published || (a < b ? -1 : 1)).slice(0, limit);
      const bySlug = new Map(records(statements.records.all(JSON.stringify(order.map(([slug]) => slug)))).map((record) => [record.slug, record]));
      return order.map(([slug]) => bySlug.get(slug)).filter((record) => record !== undefined);
    },
    everyRecord: () => records(statements.every.all()),
    newestSlugs: (limit) => statements.newestSlugs.all(Number.isFinite(limit) ? limit : -1).map((row) => readString(row, "slug") ?? ""),
    visibleCount: (now) => readNumber(statements.visible.get(now), "n") ?? 0,
    articleDates: (now, offset, limit) =>
      statements.dates.all(now, limit, offset).map((row) => ({ slug: readString(row, "slug") ?? "", lastModified: new Date(readNumber(row, "modified") ?? 0) })),
    publishedBetween: (since, now, limit) => records(statements.between.all(since, now, limit)),
    nextChange: (now) => readNumber(statements.next.get(now), "next") ?? Infinity,
    search: (plan, now, offset = 0, limit = MAX_RESULTS) => search(plan, now, offset, limit),
    close: () => db.close(),
  };
}

/** Search over a store at one instant, behind the same interface as the in-memory engine (lib/search-articles.ts). */
export function storeSearch(store: ContentStore, now: number): ArticleSearch {
  return {
    search: (plan) => {
      const found = store.search(planFtsQuery(plan.query), now);
      return { hits: found.hits.map(({ slug, terms }) => ({ slug, terms })), total: found.total, complete: !found.capped };
    },
  };
}
