import { deserialize, serialize } from "node:v8";
import type { ArticleRecord, Section } from "./article";
import { isRecord } from "./parse-front-matter";

// What crosses the content store's boundary. SQLite hands back rows as `unknown`, and a
// file on disk may be damaged, so every row is read by a small parse function that gives
// a typed value or undefined, never a cast.

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

/** Reads a binary field (a BLOB), or undefined. */
export function readBlob(row: unknown, key: string): Uint8Array | undefined {
  const value: unknown = isRecord(row) ? row[key] : undefined;
  return value instanceof Uint8Array ? value : undefined;
}

/** A section as stored, or undefined. */
export function parseSection(value: unknown): Section | undefined {
  const name = readString(value, "name");
  const slug = readString(value, "slug");
  const description = readString(value, "description");
  return name === undefined || slug === undefined || description === undefined ? undefined : { name, slug, description };
}

/**
 * A value as the store keeps it: V8's structured clone, so Dates and Maps survive and a
 * record costs no hand-written encoder per field.
 */
export function encodeValue(value: unknown): Buffer {
  return serialize(value);
}

/**
 * A value the store wrote, or undefined when the bytes do not decode or `guard` refuses
 * it. The store's version (PRAGMA user_version) keys out other code's rows, so guards
 * check for damage, not for every field.
 */
export function decodeValue<T>(blob: unknown, guard: (value: unknown) => value is T): T | undefined {
  if (!(blob instanceof Uint8Array)) return undefined;
  try {
    const value: unknown = deserialize(blob);
    return guard(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** An article record as stored, by shape. */
export function isArticleRecord(value: unknown): value is ArticleRecord {
  return (
    isRecord(value) &&
    typeof value.slug === "string" &&
    typeof value.title === "string" &&
    value.published instanceof Date &&
    Array.isArray(value.tags) &&
    Array.isArray(value.authors) &&
    Array.isArray(value.images) &&
    Array.isArray(value.media) &&
    isRecord(value.section)
  );
}

/** An article record from the store's `record` column, or undefined when it is not one. */
export function parseRecord(blob: unknown): ArticleRecord | undefined {
  return decodeValue(blob, isArticleRecord);
}

