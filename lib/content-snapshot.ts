import { deserialize, serialize } from "node:v8";
import { gunzipSync, gzipSync } from "node:zlib";
import type { Content } from "./load-content";

// The build reads and validates every article once; a production server then starts from
// what the build read, encoded here, instead of reading the content folder again. It
// serves exactly the content that was built (an archive page rendered on request matches
// the prerendered ones even if content/ has changed since), and it starts in seconds:
// decoding 20,000 articles takes about 2 s where reading and validating them takes 20-30.

/** Bumped whenever `Content` changes shape, so a server never trusts an older snapshot. */
export const SNAPSHOT_FORMAT = 1;

/** Content as a compact buffer (V8's structured clone keeps Dates and Maps; gzip level 1 is fast). */
export function encodeSnapshot(content: Content): Buffer {
  return gzipSync(serialize({ format: SNAPSHOT_FORMAT, content }), { level: 1 });
}

/** The content in a snapshot, or undefined when it is damaged or of another format. */
export function decodeSnapshot(buffer: Buffer): Content | undefined {
  let value: unknown;
  try {
    value = deserialize(gunzipSync(buffer));
  } catch {
    return undefined;
  }
  return isSnapshot(value) ? value.content : undefined;
}

function isSnapshot(value: unknown): value is { format: number; content: Content } {
  if (typeof value !== "object" || value === null) return false;
  if (Reflect.get(value, "format") !== SNAPSHOT_FORMAT) return false;
  const content: unknown = Reflect.get(value, "content");
  if (typeof content !== "object" || content === null) return false;
  const articles: unknown = Reflect.get(content, "articles");
  const site: unknown = Reflect.get(content, "site");
  return (
    Array.isArray(articles) &&
    articles.every((article: unknown) => typeof article === "object" && article !== null && Reflect.get(article, "published") instanceof Date) &&
    Array.isArray(Reflect.get(content, "sections")) &&
    typeof site === "object" &&
    site !== null &&
    Reflect.get(content, "imageSizes") instanceof Map &&
    Reflect.get(content, "glossary") instanceof Map
  );
}
