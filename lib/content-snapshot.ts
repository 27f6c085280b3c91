import path from "node:path";
import { deserialize, serialize } from "node:v8";
import { gunzipSync, gzipSync } from "node:zlib";
import type { Article } from "./article";
import type { Content } from "./load-content";
import type { Settings } from "./settings";

// The build reads and validates every article once; a production server then starts from
// what the build read, encoded here, instead of reading the content folder again. It
// serves exactly the content that was built (an archive page rendered on request matches
// the prerendered ones even if content/ has changed since), and it starts in seconds:
// decoding 20,000 articles takes about 2 s where reading and validating them takes 20-30.
//
// Layout: a header chunk (format, settings, article count), then the articles in chunks
// of CHUNK_SIZE. Each chunk is V8's structured clone (Dates and Maps survive), gzipped
// at level 1 and prefixed by its length. Chunks keep memory flat: neither side ever holds
// the whole uncompressed archive as one buffer (1.7 GB at 100,000 articles).

/** The snapshot's name inside the build folder (which Next empties at the start of each build). */
const SNAPSHOT_FILE_NAME = "bao-tinh-content.snapshot";

/** Bumped whenever `Content` changes shape, so a server never trusts an older snapshot. */
export const SNAPSHOT_FORMAT = 4;

const CHUNK_SIZE = 1000;

interface Header {
  readonly format: number;
  readonly count: number;
  readonly content: Omit<Content, "articles">;
}

/** Where a build's snapshot lies, for the server that serves it and `npm run photos`, which encodes its photos. */
export function snapshotFile(settings: Pick<Settings, "paths" | "buildFolder">): string {
  // Read at run time, not bundled: the comment keeps the tracer from pulling the project into the output.
  return path.resolve(/*turbopackIgnore: true*/ settings.paths.displayRoot, settings.buildFolder, SNAPSHOT_FILE_NAME);
}

/** Content as a compact buffer. */
export function encodeSnapshot(content: Content): Buffer {
  const { articles, ...settings } = content;
  const header: Header = { format: SNAPSHOT_FORMAT, count: articles.length, content: settings };
  const chunks = [chunk(header)];
  for (let start = 0; start < articles.length; start += CHUNK_SIZE) chunks.push(chunk(articles.slice(start, start + CHUNK_SIZE)));
  return Buffer.concat(chunks);
}

function chunk(value: unknown): Buffer {
  const body = gzipSync(serialize(value), { level: 1 });
  const length = Buffer.alloc(4);
  length.writeUInt32BE(body.length);
  return Buffer.concat([length, body]);
}

/** The content in a snapshot, or undefined when it is damaged, incomplete or of another format. */
export function decodeSnapshot(buffer: Buffer): Content | undefined {
  try {
    const values = readChunks(buffer);
    const [header, ...rest] = values;
    if (!isHeader(header)) return undefined;
    const articles: Article[] = [];
    for (const value of rest) {
      if (!Array.isArray(value) || !value.every(isArticle)) return undefined;
      articles.push(...value);
    }
    return articles.length === header.count ? { ...header.content, articles } : undefined;
  } catch {
    return undefined;
  }
}

function readChunks(buffer: Buffer): unknown[] {
  const values: unknown[] = [];
  let offset = 0;
  while (offset < buffer.length) {
    const length = buffer.readUInt32BE(offset);
    const end = offset + 4 + length;
    if (end > buffer.length) throw new RangeError("snapshot truncated");
    values.push(deserialize(gunzipSync(buffer.subarray(offset + 4, end))));
    offset = end;
  }
  return values;
}

function isHeader(value: unknown): value is Header {
  if (typeof value !== "object" || value === null) return false;
  if (Reflect.get(value, "format") !== SNAPSHOT_FORMAT || typeof Reflect.get(value, "count") !== "number") return false;
  const content: unknown = Reflect.get(value, "content");
  if (typeof content !== "object" || content === null) return false;
  const site: unknown = Reflect.get(content, "site");
  return (
    Array.isArray(Reflect.get(content, "sections")) &&
    typeof site === "object" &&
    site !== null &&
    Reflect.get(content, "imageSizes") instanceof Map &&
    Reflect.get(content, "photoHashes") instanceof Map &&
    Reflect.get(content, "glossary") instanceof Map
  );
}

// A light check: the snapshot was written by our own build; this catches damage and
// version skew, not forgery (whoever can write the build folder can change the site).
function isArticle(value: unknown): value is Article {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof Reflect.get(value, "slug") === "string" &&
    typeof Reflect.get(value, "markdown") === "string" &&
    Reflect.get(value, "published") instanceof Date
  );
}
