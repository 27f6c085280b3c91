import { statSync } from "node:fs";
import Database from "better-sqlite3";
import type { ArticleRecord, Section } from "./article";
import type { ImageFacts } from "./load-content";
import { planFtsQuery, type FtsPlan } from "./plan-fts-query";
import type { ListingKind } from "./routes";
import type { ArticleSearch } from "./search-articles";
import type { SiteConfig } from "./site-config";
import { MAX_RESULTS, prepareSearch, type StoreSearchResult } from "./store-search";
import { parseImageFacts, parseRecord, parseSection, parseSiteJson, readNumber, readString } from "./store-rows";

// The content store: what a build read and validated (article records, rendered bodies,
// listings, the search index), in one SQLite file in the build folder. Servers open it
// read-only and read what a request needs; processes on one machine share its pages
// through the operating system's page cache, so no process holds the archive. README,
// Decisions: "A server serves its build's store". lib/write-content-store.ts writes it.

/** Bumped whenever the schema or a row's meaning changes; kept in `PRAGMA user_version`. */
export const STORE_VERSION = 2;

/** The store's name inside a build folder. */
export const STORE_FILE = "bao-tinh-content.sqlite";

/** Letters and digits are words; tone marks are kept, as both forms are made before indexing. */
const TOKENIZE = `tokenize = "unicode61 remove_diacritics 0 categories 'L* N*'"`;

/**
 * The schema. Article ids order articles by publication time (lib/article-ids.ts), so
 * the search index's rowid order is newest first and a capped walk finds the newest
 * matches. Lists read `articles.record` only; bodies live apart. Search has, in each
 * form (exact and folded), every word of an article (title, tags and authors, sapo,
 * body) with no positions, which is what finding costs, and the short fields with
 * positions, which is what ranking needs; `search_terms` is the folded index's words and
 * how many articles hold each, to complete a last word typed in part (lib/store-search.ts).
 */
export const STORE_SCHEMA = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE sections (position INTEGER PRIMARY KEY, slug TEXT NOT NULL UNIQUE, name TEXT NOT NULL, description TEXT NOT NULL);
CREATE TABLE images (src TEXT PRIMARY KEY, width INTEGER NOT NULL, height INTEGER NOT NULL, bytes INTEGER NOT NULL, type TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE articles (
  id INTEGER PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE,
  published INTEGER NOT NULL,
  modified INTEGER NOT NULL,
  source TEXT NOT NULL UNIQUE,
  entry TEXT NOT NULL,
  record TEXT NOT NULL
);
CREATE INDEX articles_by_date ON articles (published DESC, slug);
CREATE TABLE bodies (id INTEGER PRIMARY KEY, html TEXT NOT NULL);
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
  readonly lastModified?: Date;
}

/** An open, read-only content store and the queries pages need; `now` is milliseconds. */
export interface ContentStore {
  readonly file: string;
  readonly meta: StoreMeta;
  readonly site: SiteConfig;
  readonly sections: readonly Section[];
  imageFacts(src: string): ImageFacts | undefined;
  article(slug: string, now: number): ArticleRecord | undefined;
  bodyHtml(slug: string): string | undefined;
  /** The newest visible articles, of the whole site or of one section. */
  newest(now: number, limit: number, section?: string): ArticleRecord[];
  /** One page of a listing, newest first. */
  listing(kind: ListingKind, slug: string, now: number, limit: number, offset: number): ArticleRecord[];
  group(kind: ListingKind, slug: string, now: number): GroupInfo | undefined;
  /** Every listing of a kind with visible articles (every declared section, even empty). */
  groups(kind: ListingKind, now: number): GroupInfo[];
  related(article: ArticleRecord, now: number, limit: number): ArticleRecord[];
  /** Slugs of the `limit` newest articles, scheduled ones included (drafts are never in a production store). */
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
    size = statSync(file).size;
  } catch {
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
  const site = parseSiteJson(meta.get("site"));
  const articleCount = Number(meta.get("articles"));
  const counted = readNumber(db.prepare("SELECT count(*) AS n FROM articles").get(), "n");
  if (meta.get("complete") !== "1" || site === undefined || !Number.isInteger(articleCount) || counted !== articleCount) {
    throw damaged(`bảng meta: complete=${meta.get("complete") ?? "không có"}, ${String(counted)}/${meta.get("articles") ?? "?"} bài`);
  }
  const sections = db
    .prepare("SELECT slug, name, description FROM sections ORDER BY position")
    .all()
    .map(parseSection)
    .filter((section) => section !== undefined);
  return queries(db, file, { build: meta.get("build") ?? "", articles: articleCount, preview: meta.get("preview") === "1" }, site, sections);
}

function records(rows: readonly unknown[]): ArticleRecord[] {
  return rows.map((row) => parseRecord(readString(row, "record"))).filter((record) => record !== undefined);
}

function queries(db: Database.Database, file: string, meta: StoreMeta, site: SiteConfig, sections: readonly Section[]): ContentStore {
  const statements = {
    image: db.prepare("SELECT width, height, bytes, type FROM images WHERE src = ?"),
    article: db.prepare("SELECT record FROM articles WHERE slug = ? AND published <= ?"),
    body: db.prepare("SELECT b.html AS html FROM articles a JOIN bodies b ON b.id = a.id WHERE a.slug = ?"),
    newest: db.prepare("SELECT record FROM articles WHERE published <= ? ORDER BY published DESC, slug LIMIT ?"),
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
    newestSlugs: db.prepare("SELECT slug FROM articles ORDER BY published DESC, slug LIMIT ?"),
    visible: db.prepare("SELECT count(*) AS n FROM articles WHERE published <= ?"),
    dates: db.prepare("SELECT slug, modified FROM articles WHERE published <= ? ORDER BY published DESC, slug LIMIT ? OFFSET ?"),
    between: db.prepare("SELECT record FROM articles WHERE published >= ? AND published <= ? ORDER BY published DESC, slug LIMIT ?"),
    next: db.prepare("SELECT min(published) AS next FROM articles WHERE published > ?"),
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

  return {
    file,
    meta,
    site,
    sections,
    imageFacts: (src) => parseImageFacts(statements.image.get(src)),
    article: (slug, now) => parseRecord(readString(statements.article.get(slug, now), "record")),
    bodyHtml: (slug) => readString(statements.body.get(slug), "html"),
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

/** Search over a store at one instant, behind the same interface as the in-memory engine. */
export function storeSearch(store: ContentStore, now: number): ArticleSearch {
  return { search: (query) => store.search(planFtsQuery(query), now).hits.map(({ slug, terms }) => ({ slug, terms })) };
}
