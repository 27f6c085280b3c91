import type { ArticleImage, ArticleRecord, Correction, Section } from "./article";
import type { ImageFacts } from "./load-content";
import { isRecord } from "./parse-front-matter";
import type { SiteConfig } from "./site-config";

// What crosses the content store's boundary. SQLite hands back rows as `unknown`, and a
// file on disk may be damaged or from another version, so every row is read by a small
// parse function that gives a typed value or undefined, never a cast.

/** Reads a string field, or undefined. */
export function readString(row: unknown, key: string): string | undefined {
  const value: unknown = isRecord(row) ? row[key] : undefined;
  return typeof value === "string" ? value : undefined;
}

/** Reads a finite number field (SQLite integers arrive as numbers), or undefined. */
export function readNumber(row: unknown, key: string): number | undefined {
  const value: unknown = isRecord(row) ? row[key] : undefined;
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

function readStrings(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((item) => typeof item === "string") ? value.filter((item) => typeof item === "string") : undefined;
}

function readDate(value: unknown): Date | undefined {
  return typeof value === "number" && Number.isFinite(value) ? new Date(value) : undefined;
}

/** A section as stored, or undefined. */
export function parseSection(value: unknown): Section | undefined {
  const name = readString(value, "name");
  const slug = readString(value, "slug");
  const description = readString(value, "description");
  return name === undefined || slug === undefined || description === undefined ? undefined : { name, slug, description };
}

function parseImage(value: unknown): ArticleImage | undefined {
  const src = readString(value, "src");
  const alt = readString(value, "alt");
  if (src === undefined || alt === undefined) return undefined;
  const caption = readString(value, "caption");
  return caption === undefined ? { src, alt } : { src, alt, caption };
}

function parseCorrection(value: unknown): Correction | undefined {
  const date = readDate(isRecord(value) ? value.date : undefined);
  const text = readString(value, "text");
  return date === undefined || text === undefined ? undefined : { date, text };
}

function parseAll<T>(value: unknown, parse: (item: unknown) => T | undefined): T[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const items = value.map(parse).filter((item) => item !== undefined);
  return items.length === value.length ? items : undefined;
}

/** An article record as JSON for the store: dates as milliseconds, optional fields left out. */
export function encodeRecord(record: ArticleRecord): string {
  return JSON.stringify({
    ...record,
    published: record.published.getTime(),
    updated: record.updated?.getTime(),
    corrections: record.corrections.map((correction) => ({ date: correction.date.getTime(), text: correction.text })),
  });
}

/** An article record from the store's JSON, or undefined when it is not one. */
export function parseRecord(json: unknown): ArticleRecord | undefined {
  if (typeof json !== "string") return undefined;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (!isRecord(value)) return undefined;
  const slug = readString(value, "slug");
  const file = readString(value, "file");
  const title = readString(value, "title");
  const published = readDate(value.published);
  const authors = readStrings(value.authors);
  const section = parseSection(value.section);
  const tags = readStrings(value.tags);
  const summary = readString(value, "summary");
  const images = parseAll(value.images, parseImage);
  const corrections = parseAll(value.corrections, parseCorrection);
  const updated = value.updated === undefined ? undefined : readDate(value.updated);
  const leadImage = value.leadImage === undefined ? undefined : parseImage(value.leadImage);
  const source = readString(value, "source");
  if (
    slug === undefined || file === undefined || title === undefined || published === undefined || authors === undefined ||
    section === undefined || tags === undefined || summary === undefined || images === undefined || corrections === undefined ||
    typeof value.draft !== "boolean" || typeof value.leadFromBody !== "boolean" ||
    (value.updated !== undefined && updated === undefined) || (value.leadImage !== undefined && leadImage === undefined)
  ) {
    return undefined;
  }
  return { slug, file, title, published, updated, authors, section, tags, summary, source, draft: value.draft, leadImage, leadFromBody: value.leadFromBody, images, corrections };
}

/** Image facts from a row of the store's `images` table, or undefined. */
export function parseImageFacts(row: unknown): ImageFacts | undefined {
  const width = readNumber(row, "width");
  const height = readNumber(row, "height");
  const bytes = readNumber(row, "bytes");
  const type = readString(row, "type");
  return width === undefined || height === undefined || bytes === undefined || type === undefined ? undefined : { width, height, bytes, type };
}

/** The site settings as the store keeps them (JSON), or undefined. */
export function parseSiteJson(json: unknown): SiteConfig | undefined {
  if (typeof json !== "string") return undefined;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }
  const name = readString(value, "name");
  const baseUrl = readString(value, "baseUrl");
  const description = readString(value, "description");
  const timeZone = readString(value, "timeZone");
  const publisher = readString(value, "publisher");
  if (name === undefined || baseUrl === undefined || description === undefined || timeZone === undefined || publisher === undefined) return undefined;
  return { name, baseUrl, description, timeZone, publisher };
}
