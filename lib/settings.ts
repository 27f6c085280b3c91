import path from "node:path";
import { contentPathsUnder, type ContentPaths } from "./content-paths";
import { MIN_SECRET_LENGTH } from "./preview-link";
import { DEFAULT_PRERENDER_ARTICLES, PRERENDER_SETTING, parsePrerenderSetting } from "./prerender-plan";

// The environment is read here and nowhere else: next.config.ts, the server (app/_data),
// instrumentation.ts and the editors' commands all turn `process.env` into this one record,
// so a bad value is the same clear message wherever it is read.

/** The environment as the site, the build and the commands use it. */
export interface Settings {
  /** Where content and photos are read from, and how their paths are shown. */
  readonly paths: ContentPaths;
  /** The folder Next builds into and serves from, as given (relative to the root): `NEXT_DIST_DIR`, or `.next`. */
  readonly buildFolder: string;
  /**
   * Where the content cache lives (absolute): `CONTENT_CACHE_DIR`, or `.cache/content` at
   * the root; outside every build folder, which Next empties, and safe to delete.
   */
  readonly contentCacheDir: string;
  /**
   * Where compiled builds are kept for reuse (`COMPILE_CACHE_DIR`, or `.cache/compiled` at
   * the root): a build whose code has not changed since one of them copies it and only
   * renders content again (lib/compiled-build.ts); safe to delete.
   */
  readonly compileCacheDir: string;
  /** `next dev`: drafts and scheduled articles are shown and content is re-read when it changes. */
  readonly preview: boolean;
  /** `next start` or a production build (`NODE_ENV=production`). */
  readonly production: boolean;
  /** Inside `next build` (`NEXT_PHASE=phase-production-build`). */
  readonly building: boolean;
  /**
   * The derived-photo cache (`PHOTO_CACHE_DIR`, default `.cache/photos` under the root):
   * outside the build folder, which Next empties, so photos are encoded once across
   * builds; safe to delete (lib/photo-cache.ts).
   */
  readonly photoCacheDir: string;
  /** How many of the newest articles a build prerenders (`PRERENDER_ARTICLES`; Infinity for `all`). */
  readonly prerenderArticles: number;
  /** An instant that replaces the clock (`BAO_TINH_NOW`, for tests of scheduled publishing). */
  readonly pinnedNow?: Date;
  /** A file that counts Markdown renders per process (`BAO_TINH_TRACE`, for tests). */
  readonly traceFile?: string;
  /**
   * The secret that signs preview links (`PREVIEW_SECRET`, lib/preview-link.ts); unset,
   * preview links are off: the command refuses to make one and the server answers 404.
   */
  readonly previewLinkSecret?: string;
}

/** Thrown for a bad environment: every bad variable, one line each. */
export class SettingsError extends Error {
  constructor(readonly lines: readonly string[]) {
    super(`Biến môi trường không hợp lệ:\n${lines.join("\n")}`);
    this.name = "SettingsError";
  }
}

type Environment = Readonly<Record<string, string | undefined>>;

/**
 * Reads the settings from an environment, resolving folders under `root`. Throws a
 * {@link SettingsError} listing every bad value; an unset variable takes its default.
 *
 * @example parseSettings({ PRERENDER_ARTICLES: "all" }, "/srv/bao").prerenderArticles // Infinity
 */
export function parseSettings(env: Environment, root: string): Settings {
  const problems: string[] = [];
  const prerenderArticles = attempt(() => parsePrerenderSetting(env[PRERENDER_SETTING]), DEFAULT_PRERENDER_ARTICLES, problems);
  const pinnedNow = parsePinnedNow(env.BAO_TINH_NOW, problems);
  const traceFile = nonEmpty(env.BAO_TINH_TRACE);
  const previewLinkSecret = parsePreviewSecret(env.PREVIEW_SECRET, problems);
  if (problems.length > 0) throw new SettingsError(problems);
  return {
    paths: contentPathsUnder(root, nonEmpty(env.CONTENT_DIR) ?? "content"),
    buildFolder: nonEmpty(env.NEXT_DIST_DIR) ?? ".next",
    photoCacheDir: path.resolve(/*turbopackIgnore: true*/ root, nonEmpty(env.PHOTO_CACHE_DIR) ?? path.join(/*turbopackIgnore: true*/ ".cache", "photos")),
    contentCacheDir: path.resolve(/*turbopackIgnore: true*/ root, nonEmpty(env.CONTENT_CACHE_DIR) ?? path.join(/*turbopackIgnore: true*/ ".cache", "content")),
    compileCacheDir: path.resolve(/*turbopackIgnore: true*/ root, nonEmpty(env.COMPILE_CACHE_DIR) ?? path.join(/*turbopackIgnore: true*/ ".cache", "compiled")),
    preview: env.NODE_ENV === "development",
    production: env.NODE_ENV === "production",
    building: env.NEXT_PHASE === "phase-production-build",
    prerenderArticles,
    ...(pinnedNow === undefined ? {} : { pinnedNow }),
    ...(traceFile === undefined ? {} : { traceFile: path.resolve(/*turbopackIgnore: true*/ root, traceFile) }),
    ...(previewLinkSecret === undefined ? {} : { previewLinkSecret }),
  };
}

/** The current time, or the pinned instant when `BAO_TINH_NOW` is set. */
export function currentTime(settings: Pick<Settings, "pinnedNow">): Date {
  return settings.pinnedNow === undefined ? new Date() : new Date(settings.pinnedNow.getTime());
}

// A pinned clock that does not parse would silently run the site at "Invalid Date"
// (every article scheduled, or none): refused instead.
function parsePinnedNow(value: string | undefined, problems: string[]): Date | undefined {
  const text = nonEmpty(value);
  if (text === undefined) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.exec(text);
  const [, year, month, day] = match ?? [];
  // Date would roll 30 February over into March; the calendar day must exist as written.
  const calendar = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const real = calendar.getUTCFullYear() === Number(year) && calendar.getUTCMonth() === Number(month) - 1 && calendar.getUTCDate() === Number(day);
  const date = new Date(text);
  if (match !== null && real && !Number.isNaN(date.getTime())) return date;
  problems.push(`BAO_TINH_NOW: cần thời điểm ISO 8601 có múi giờ, ví dụ 2024-05-10T03:00:00Z, nhận được ${JSON.stringify(value)}`);
  return undefined;
}

// A short secret can be guessed, and a guessed secret opens every draft: refused, with
// the way to make a good one.
function parsePreviewSecret(value: string | undefined, problems: string[]): string | undefined {
  const secret = nonEmpty(value);
  if (secret === undefined || secret.length >= MIN_SECRET_LENGTH) return secret;
  problems.push(
    `PREVIEW_SECRET: cần chuỗi bí mật dài ít nhất ${MIN_SECRET_LENGTH} ký tự (tạo bằng lệnh: openssl rand -base64 32), hoặc bỏ trống để tắt đường dẫn xem trước, nhận được ${secret.length} ký tự`,
  );
  return undefined;
}

function attempt<T>(read: () => T, fallback: T, problems: string[]): T {
  try {
    return read();
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
    return fallback;
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  const text = value?.trim();
  return text === undefined || text === "" ? undefined : text;
}
