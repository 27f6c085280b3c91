import { closeSync, copyFileSync, fsyncSync, openSync, renameSync, rmSync } from "node:fs";
import Database from "better-sqlite3";
import type { ArticleRecord, Section } from "./article";
import { ID_SLOTS } from "./article-ids";
import { openContentStore, STORE_SCHEMA, STORE_VERSION } from "./content-store";
import type { FrontPageChoice } from "./front-page";
import type { ImageFacts, MediaFacts } from "./load-content";
import { entityMemberships } from "./entity-memberships";
import type { Glossary } from "./parse-glossary";
import type { Registers } from "./registers";
import { photoKey } from "./plan-photo";
import { exactForm, foldedForm } from "./search-forms";
import type { SiteConfig } from "./site-config";
import { slugify } from "./slugify";
import { encodeValue, readNumber, readString } from "./store-rows";

// Writing the content store (schema and queries: lib/content-store.ts). A store is
// brought to the content by difference: rows whose source file and cache entry are
// unchanged stay, the rest are deleted and inserted. A new store is the difference from
// nothing; a build starts from a copy of the previous build's store, so publishing one
// article re-indexes one article, not the archive. The dev server updates its own store
// in place, in one transaction per change.

/** One article to store: its record, the file it came from and the cache entry it was read as. */
export interface StoreArticle {
  readonly record: ArticleRecord;
  /** The source file as shown to editors; one row per file. */
  readonly source: string;
  /** Changes whenever anything the row is made of changes (file, rules, images). */
  readonly entry: string;
}

/**
 * The parts of an article too large to keep in memory for the whole archive. The body is
 * kept as validated Markdown: each page renders it on first request in the form it needs
 * (page, lite page, feed; lib/render-markdown.ts) with the photo plans of the moment.
 */
export interface StoreBody {
  readonly markdown: string;
  readonly bodyExact: string;
  readonly bodyFolded: string;
}

/** Everything a store holds. */
export interface StoreContent {
  readonly build: string;
  /** The dev server's store: drafts included. */
  readonly preview: boolean;
  readonly site: SiteConfig;
  readonly sections: readonly Section[];
  readonly glossary: Glossary;
  readonly frontPage: FrontPageChoice;
  /** People, bodies, documents and places: their pages' facts, and which pages list an article. */
  readonly registers: Registers;
  readonly imageSizes: ReadonlyMap<string, ImageFacts>;
  /** SHA-256 of each photo's original, keyed like `imageSizes`: the key of its derived files. */
  readonly photoHashes: ReadonlyMap<string, string>;
  readonly mediaFiles: ReadonlyMap<string, MediaFacts>;
  /**
   * Every article, drafts included: a production store keeps drafts for preview links
   * only (never listed, searched or counted), the dev server's store lists them.
   */
  readonly articles: readonly StoreArticle[];
  /** Fetched only for the articles that are inserted. */
  readonly body: (article: StoreArticle) => StoreBody;
}

/** What an update did. */
export interface StoreChanges {
  readonly inserted: number;
  readonly removed: number;
}

/**
 * Writes a complete store at `file`: a copy of `base` when that is a whole store of this
 * version (else a new one) is brought to `content` under a temporary name of this
 * process, flushed, and only then renamed into place, so `file` is never half-written.
 */
export function writeContentStore(file: string, content: StoreContent, base?: string): StoreChanges & { readonly fromBase: boolean } {
  const temporary = `${file}.${process.pid}.tmp`;
  rmSync(temporary, { force: true });
  const fromBase = base !== undefined && isWholeStore(base);
  try {
    if (fromBase) copyFileSync(base, temporary);
    const changes = updateContentStore(temporary, content, { scratch: true });
    const fd = openSync(temporary, "r+");
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, file);
    return { ...changes, fromBase };
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

function isWholeStore(file: string): boolean {
  try {
    openContentStore(file).close();
    return true;
  } catch {
    return false;
  }
}

/**
 * Brings the store at `file` (created when missing) to `content` in one transaction.
 * `scratch` marks a file no one reads until it is renamed: no journal is kept, and a
 * large change merges the search index (see mergeSearchIndex).
 */
export function updateContentStore(file: string, content: StoreContent, options: { readonly scratch?: boolean } = {}): StoreChanges {
  const db = new Database(file);
  try {
    db.pragma(options.scratch === true ? "journal_mode = OFF" : "journal_mode = DELETE");
    if (options.scratch === true) db.pragma("synchronous = OFF");
    const hasSchema = db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'articles'").get() !== undefined;
    if (hasSchema && db.pragma("user_version", { simple: true }) !== STORE_VERSION) throw new Error(`${file}: not a store of version ${STORE_VERSION}`);
    return db.transaction(() => {
      if (!hasSchema) db.exec(STORE_SCHEMA);
      const changes = applyArticles(db, content);
      if (!hasSchema || changes.inserted + changes.removed > 0) refreshSearchTerms(db);
      if (options.scratch === true && (!hasSchema || changes.inserted + changes.removed >= content.articles.length / 10)) mergeSearchIndex(db);
      writeSettings(db, content);
      return changes;
    })();
  } finally {
    db.close();
  }
}

function applyArticles(db: Database.Database, content: StoreContent): StoreChanges {
  const existing = new Map<string, { id: number; entry: string; slug: string }>();
  for (const row of db.prepare("SELECT id, slug, source, entry FROM articles").all()) {
    const id = readNumber(row, "id");
    const source = readString(row, "source");
    if (id !== undefined && source !== undefined) existing.set(source, { id, entry: readString(row, "entry") ?? "", slug: readString(row, "slug") ?? "" });
  }
  // A row is kept when its file's entry is unchanged and it is listed as before: a draft
  // is listed in the dev server's store and not in a build's, so a dev store made from a
  // copy of the build's re-inserts the drafts alone.
  const listedIn = (article: StoreArticle): boolean => content.preview || !article.record.draft;
  const rowEntry = (article: StoreArticle): string => (listedIn(article) ? article.entry : `${article.entry} unlisted`);
  const wanted = new Map(content.articles.map((article) => [article.source, rowEntry(article)]));
  const remove = {
    search: SEARCH_TABLES.map((table) => db.prepare(`DELETE FROM ${table} WHERE rowid = ?`)),
    body: db.prepare("DELETE FROM bodies WHERE id = ?"),
    members: db.prepare("DELETE FROM members WHERE article = ?"),
    article: db.prepare("DELETE FROM articles WHERE id = ?"),
  };
  let removed = 0;
  // Every removal before any insert: a renamed file's slug, or a slug passed from one file
  // to another, must be free again before it is inserted.
  for (const [source, row] of existing) {
    if (wanted.get(source) === row.entry) continue;
    for (const statement of remove.search) statement.run(row.id);
    remove.body.run(row.id);
    remove.members.run(row.slug);
    remove.article.run(row.id);
    removed++;
  }
  const insert = inserter(db);
  let inserted = 0;
  for (const article of content.articles) {
    if (existing.get(article.source)?.entry === rowEntry(article)) continue;
    insert({ ...article, entry: rowEntry(article) }, content.body(article), listedIn(article), content.registers);
    inserted++;
  }
  db.exec("DELETE FROM groups; INSERT INTO groups (kind, slug, total) SELECT kind, slug, count(*) FROM members GROUP BY kind, slug;");
  return { inserted, removed };
}

/** Ids order articles by publication (a second's worth of slots), so rowid order is newest first. */
const SLOTS = ID_SLOTS;

function inserter(db: Database.Database): (article: StoreArticle, body: StoreBody, listed: boolean, registers: Registers) => void {
  const lastInSecond = db.prepare("SELECT max(id) AS id FROM articles WHERE id >= ? AND id < ?");
  const lastOfAll = db.prepare("SELECT max(id) AS id FROM articles");
  const article = db.prepare("INSERT INTO articles (id, slug, published, modified, listed, source, entry, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  const body = db.prepare("INSERT INTO bodies (id, markdown) VALUES (?, ?)");
  const member = db.prepare("INSERT OR IGNORE INTO members (kind, slug, published, article, name, section) VALUES (?, ?, ?, ?, ?, ?)");
  const search = {
    exact: db.prepare("INSERT INTO search_exact (rowid, words) VALUES (?, ?)"),
    folded: db.prepare("INSERT INTO search_folded (rowid, words) VALUES (?, ?)"),
    headsExact: db.prepare("INSERT INTO heads_exact (rowid, title, meta, summary) VALUES (?, ?, ?, ?)"),
    headsFolded: db.prepare("INSERT INTO heads_folded (rowid, title, meta, summary) VALUES (?, ?, ?, ?)"),
  };
  return ({ record, source, entry }, { markdown, bodyExact, bodyFolded }, listed, registers) => {
    const published = record.published.getTime();
    const first = Math.floor(published / 1000) * SLOTS;
    const last = readNumber(lastInSecond.get(first, first + SLOTS), "id");
    const id = last === undefined ? first : last + 1 < first + SLOTS ? last + 1 : (readNumber(lastOfAll.get(), "id") ?? first) + 1;
    article.run(id, record.slug, published, (record.updated ?? record.published).getTime(), listed ? 1 : 0, source, entry, encodeValue(record));
    body.run(id, markdown);
    // An unlisted draft is for its preview link alone: in no listing and no search.
    if (!listed) return;
    const section = record.section.slug;
    member.run("section", section, published, record.slug, record.section.name, section);
    for (const [kind, names] of [["tag", record.tags], ["author", record.authors]] as const) {
      for (const name of names) {
        const slug = slugify(name);
        if (slug !== "") member.run(kind, slug, published, record.slug, name, section);
      }
    }
    for (const row of entityMemberships(record, registers)) member.run(row.kind, row.slug, published, record.slug, row.name, section);
    const heads = [record.title, [...record.tags, ...record.authors].join(" "), record.summary];
    const [exact, folded] = [heads.map(exactForm), heads.map(foldedForm)];
    // A line between fields: no phrase or word runs from one field into the next.
    search.exact.run(id, [...exact, bodyExact].join("\n"));
    search.folded.run(id, [...folded, bodyFolded].join("\n"));
    search.headsExact.run(id, ...exact);
    search.headsFolded.run(id, ...folded);
  };
}

/**
 * Merges each full-text index into one segment. Writing an archive leaves a dozen or so,
 * and a query looks each word up in every one: merged, a search costs about half as much
 * at 100,000 articles. It takes about a second per index there, so it is done when a
 * build writes a store anew or changes a tenth of it, not for the few articles of a
 * publish (FTS5 keeps merging the small segments they add) nor by the dev server.
 */
function mergeSearchIndex(db: Database.Database): void {
  for (const table of SEARCH_TABLES) db.exec(`INSERT INTO ${table} (${table}) VALUES ('optimize')`);
}

/** The full-text tables, all keyed by article id. */
const SEARCH_TABLES = ["search_exact", "search_folded", "heads_exact", "heads_folded"] as const;

/**
 * Rebuilds `search_terms` from the folded index's vocabulary: a scan of that index, well
 * under a second at 100,000 articles since it holds no positions.
 */
function refreshSearchTerms(db: Database.Database): void {
  db.exec(`
    CREATE VIRTUAL TABLE temp.folded_vocabulary USING fts5vocab(main, search_folded, row);
    DELETE FROM search_terms;
    INSERT INTO search_terms (term, articles) SELECT term, doc FROM temp.folded_vocabulary;
    DROP TABLE temp.folded_vocabulary;
  `);
}

function writeSettings(db: Database.Database, content: StoreContent): void {
  db.exec("DELETE FROM sections; DELETE FROM images; DELETE FROM media; DELETE FROM settings; DELETE FROM meta;");
  const section = db.prepare("INSERT INTO sections (position, slug, name, description) VALUES (?, ?, ?, ?)");
  content.sections.forEach((entry, position) => section.run(position, entry.slug, entry.name, entry.description));
  const image = db.prepare("INSERT INTO images (src, hash, key, facts) VALUES (?, ?, ?, ?)");
  for (const [src, facts] of content.imageSizes) {
    const hash = content.photoHashes.get(src);
    image.run(src, hash ?? null, hash === undefined ? null : photoKey(hash), encodeValue(facts));
  }
  const media = db.prepare("INSERT INTO media (src, bytes, type) VALUES (?, ?, ?)");
  for (const [src, facts] of content.mediaFiles) media.run(src, facts.bytes, facts.type);
  const setting = db.prepare("INSERT INTO settings (key, value) VALUES (?, ?)");
  for (const [key, value] of [
    ["site", content.site],
    ["glossary", content.glossary],
    ["frontPage", content.frontPage],
    ["registers", content.registers],
  ] as const) {
    setting.run(key, encodeValue(value));
  }
  const meta = db.prepare("INSERT INTO meta (key, value) VALUES (?, ?)");
  const count = readNumber(db.prepare("SELECT count(*) AS n FROM articles").get(), "n") ?? 0;
  for (const [key, value] of [
    ["build", content.build],
    ["articles", String(count)],
    ["preview", content.preview ? "1" : "0"],
    ["complete", "1"],
  ]) {
    meta.run(key, value);
  }
  db.pragma(`user_version = ${STORE_VERSION}`);
}
