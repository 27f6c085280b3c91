import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { encodeVariants, PhotoEncodingError } from "./encode-photo";
import type { PhotoPlan, PhotoVariant } from "./plan-photo";
import { problemAt, type Problem } from "./problem";

// The last stage of the photo pipeline: derived files kept across builds, in a folder
// outside the build folder (PHOTO_CACHE_DIR, `.cache/photos` by default; lib/settings.ts).
// A file's name is its original's content hash with the pipeline version, its width and
// format (lib/plan-photo.ts), so a deploy encodes only photos that are new or changed,
// and the folder is safe to delete: whatever is missing is encoded again.
//
//   <dir>/<first two digits of the key>/<key>-<width>.<webp|jpg>   one derived file
//   <dir>/originals.json                                             content hashes of originals, by path, size and times

/** The cache file of one derived file. */
export function cachedFile(dir: string, variant: PhotoVariant): string {
  return path.join(/*turbopackIgnore: true*/ dir, variant.cacheName.slice(0, 2), variant.cacheName);
}

/** A derived file's bytes from the cache, or undefined when it has not been made yet. */
export function readCached(dir: string, variant: PhotoVariant): Buffer | undefined {
  const file = cachedFile(dir, variant);
  return existsSync(file) ? readFileSync(file) : undefined;
}

/** A derived file's size in bytes, or undefined when it has not been made yet. */
export function cachedBytes(dir: string, variant: PhotoVariant): number | undefined {
  const file = cachedFile(dir, variant);
  return existsSync(file) ? statSync(file).size : undefined;
}

/** Thrown when an original's bytes are no longer those its plan was made from. */
export class OriginalChangedError extends Error {
  constructor(readonly src: string) {
    super("tệp gốc đã đổi sau lần dựng trang; chạy lại npm run build (hoặc npm run deploy)");
    this.name = "OriginalChangedError";
  }
}

/** Thrown when an original cannot be read or a derived file cannot be written; the system's words follow in parentheses. */
export class PhotoFileError extends Error {
  constructor(
    readonly src: string,
    reason: string,
    cause: unknown,
  ) {
    super(`${reason} (${cause instanceof Error ? cause.message : String(cause)})`);
    this.name = "PhotoFileError";
  }
}

/**
 * The line an editor reads when a photo's derived files cannot be made: the original's
 * file, the address articles write, why, and what to do, in Vietnamese.
 *
 * @example photoFailure({ file: "content/images/a.jpg", src: "/images/a.jpg" }, new OriginalChangedError("/images/a.jpg")).message
 * // "không tạo được bản thu nhỏ cho ảnh /images/a.jpg: tệp gốc đã đổi sau lần dựng trang; chạy lại npm run build (hoặc npm run deploy)."
 */
export function photoFailure(place: { readonly file: string; readonly src: string }, error: unknown): Problem {
  const known = error instanceof OriginalChangedError || error instanceof PhotoEncodingError || error instanceof PhotoFileError;
  // Anything else is a fault in this program, not in the photo; its own words are kept.
  const reason = known ? error.message : `lỗi ngoài dự kiến của chương trình (${error instanceof Error ? error.message : String(error)})`;
  return problemAt({ file: place.file }, `không tạo được bản thu nhỏ cho ảnh ${place.src}: ${reason}.`);
}

/**
 * Makes sure the given variants of one original are in the cache, encoding only those
 * missing, and returns every one's size in bytes. The original is read only when
 * something is missing, and encoded only when it still has the hash its plan was made
 * from (a server never writes an older build's names over a newer original's files).
 */
export async function ensureCached(dir: string, plan: PhotoPlan, original: { readonly file: string; readonly hash: string }, variants: readonly PhotoVariant[]): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  const missing: PhotoVariant[] = [];
  for (const variant of variants) {
    const bytes = cachedBytes(dir, variant);
    if (bytes === undefined) missing.push(variant);
    else sizes.set(variant.name, bytes);
  }
  if (missing.length === 0) return sizes;
  const bytes = readOriginal(plan.src, original.file);
  if (sha256(bytes) !== original.hash) throw new OriginalChangedError(plan.src);
  for (const { variant, bytes: encoded } of await encodeVariants(bytes, plan, missing)) {
    try {
      writeCached(dir, variant, encoded);
    } catch (error) {
      throw new PhotoFileError(plan.src, `không ghi được vào thư mục ảnh ${dir}; xem quyền ghi và chỗ trống trên đĩa, hoặc đặt PHOTO_CACHE_DIR sang thư mục khác`, error);
    }
    sizes.set(variant.name, encoded.length);
  }
  return sizes;
}

function readOriginal(src: string, file: string): Buffer {
  try {
    return readFileSync(/*turbopackIgnore: true*/ file);
  } catch (error) {
    // Deleted or moved since the build read it, most often.
    throw new PhotoFileError(src, "không đọc được tệp gốc; tệp có thể đã bị xóa hoặc chuyển đi sau lần dựng trang", error);
  }
}

// Written whole and renamed into place: a reader (or a second build) never sees half a file.
function writeCached(dir: string, variant: PhotoVariant, bytes: Buffer): void {
  const file = cachedFile(dir, variant);
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temporary, bytes);
  renameSync(temporary, file);
}

/** An original to hash: the address articles write and its file. */
export interface OriginalFile {
  readonly src: string;
  readonly file: string;
}

type Memo = Record<string, readonly [size: number, mtimeMs: number, ctimeMs: number, ino: number, hash: string]>;
const MEMO_FILE = "originals.json";

/**
 * SHA-256 of each original, by address. Hashing reads every byte, so the hash of a file
 * whose size, times and inode are unchanged since the last build is taken from the
 * cache's memo instead: a deploy reads only new or changed originals (a fresh clone, whose
 * files are all new to this machine, reads them all once).
 */
export function hashOriginals(dir: string, originals: readonly OriginalFile[]): Map<string, string> {
  const memoFile = path.join(/*turbopackIgnore: true*/ dir, MEMO_FILE);
  const memo = readMemo(memoFile);
  const next: Memo = {};
  const hashes = new Map<string, string>();
  let changed = false;
  for (const { src, file } of originals) {
    const stat = statSync(/*turbopackIgnore: true*/ file);
    const known = memo[file];
    const fresh = known !== undefined && known[0] === stat.size && known[1] === stat.mtimeMs && known[2] === stat.ctimeMs && known[3] === stat.ino;
    const hash = fresh ? known[4] : sha256(readFileSync(/*turbopackIgnore: true*/ file));
    changed ||= !fresh;
    next[file] = [stat.size, stat.mtimeMs, stat.ctimeMs, stat.ino, hash];
    hashes.set(src, hash);
  }
  if (changed || Object.keys(memo).length !== Object.keys(next).length) {
    mkdirSync(dir, { recursive: true });
    const temporary = `${memoFile}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(next));
    renameSync(temporary, memoFile);
  }
  return hashes;
}

function readMemo(file: string): Memo {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, "utf8"));
    const memo: Memo = {};
    if (typeof parsed !== "object" || parsed === null) return memo;
    for (const [key, value] of Object.entries(parsed)) {
      const parts: readonly unknown[] = Array.isArray(value) ? value : [];
      const [size, mtime, ctime, ino, hash] = parts;
      if (typeof size === "number" && typeof mtime === "number" && typeof ctime === "number" && typeof ino === "number" && typeof hash === "string") {
        memo[key] = [size, mtime, ctime, ino, hash];
      }
    }
    return memo;
  } catch {
    // No memo yet, or a damaged one: every original is hashed again.
    return {};
  }
}

/** How many derived files the cache holds and their total size, for the benchmark and the README. */
export function measureCache(dir: string): { readonly files: number; readonly bytes: number } {
  if (!existsSync(dir)) return { files: 0, bytes: 0 };
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name === MEMO_FILE || entry.name.endsWith(".tmp")) continue;
    files += 1;
    bytes += statSync(path.join(/*turbopackIgnore: true*/ entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

/** The SHA-256 of some bytes, in hex. */
export function sha256(bytes: Buffer): string {
  return createHash("sha256").update(bytes).digest("hex");
}
