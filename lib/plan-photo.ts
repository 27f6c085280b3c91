import { createHash } from "node:crypto";
import path from "node:path";
import type { PhotoFacts } from "./parse-photo-header";
import { slugify } from "./slugify";

// The third stage of the photo pipeline: which derived files an original becomes, and
// their names. Pure: the same original (by content hash) always plans the same files, so
// a page can name them before any is encoded, and a request for anything not in a plan
// is refused.

/**
 * Bumped whenever what the encoder writes changes (widths, formats, quality, the sharp
 * release): it is part of every derived file's name, so browsers holding year-long
 * cached copies get new URLs. A test keeps the sharp release in step with package.json.
 */
export const PIPELINE_VERSION = "2/sharp-0.35.5";

/**
 * WebP widths: the article column is at most 640 CSS pixels (twice that on a phone's
 * dense screen), a card thumbnail 192 or the phone's width. Every browser we serve reads
 * WebP; AVIF was measured (README, Decisions: "Photos") and not worth its encoding time.
 */
export const WEBP_WIDTHS: readonly number[] = [320, 480, 640, 960, 1280];
/** JPEG widths: the fallback for browsers without WebP, the lite page (320), feeds (640), link previews (1200). */
export const JPEG_WIDTHS: readonly number[] = [320, 640, 1200];

/** A derived file's format. An SVG drawing is vector: one copy, never resized. */
export type VariantFormat = "webp" | "jpeg" | "svg";

/** One derived file. */
export interface PhotoVariant {
  readonly format: VariantFormat;
  readonly width: number;
  readonly height: number;
  /** Its URL segment: `<name of the original>-<key>-<width>.<ext>`. */
  readonly name: string;
  /** Its file in the cache, `<key>-<width>.<ext>`: two originals with the same bytes share it. */
  readonly cacheName: string;
  readonly type: string;
}

/** Everything derived from one original. */
export interface PhotoPlan {
  /** The address articles write, `/images/…`. */
  readonly src: string;
  readonly vector: boolean;
  /** The original's size as seen (EXIF orientation applied), for width and height attributes. */
  readonly width: number;
  readonly height: number;
  /** 16 hex digits from the original's content hash and {@link PIPELINE_VERSION}. */
  readonly key: string;
  readonly variants: readonly PhotoVariant[];
}

const EXTENSIONS: Readonly<Record<VariantFormat, string>> = { webp: "webp", jpeg: "jpg", svg: "svg" };
const TYPES: Readonly<Record<VariantFormat, string>> = { webp: "image/webp", jpeg: "image/jpeg", svg: "image/svg+xml" };

/**
 * The derived files of one original: each standard width narrower than the original plus
 * the original's own width when it is narrower than the widest (photos are never
 * enlarged), in WebP and JPEG; or one copy of an SVG.
 *
 * @example planPhoto("/images/2017/04/hoi-nghi.jpg", facts, "9f86d0…").variants[0].name // "hoi-nghi-1c4a…-320.webp"
 */
export function planPhoto(src: string, facts: Pick<PhotoFacts, "format" | "width" | "height">, hash: string): PhotoPlan {
  const key = photoKey(hash);
  const base = `${slugify(path.posix.basename(src, path.posix.extname(src))).slice(0, 60).replace(/-+$/, "") || "anh"}-${key}`;
  const variant = (format: VariantFormat, width: number): PhotoVariant => {
    const suffix = format === "svg" ? ".svg" : `-${width}.${EXTENSIONS[format]}`;
    return {
      format,
      width,
      height: Math.max(1, Math.round((width * facts.height) / facts.width)),
      name: `${base}${suffix}`,
      cacheName: `${key}${suffix}`,
      type: TYPES[format],
    };
  };
  const vector = facts.format === "svg";
  const variants = vector
    ? [variant("svg", facts.width)]
    : [...widthsFor(WEBP_WIDTHS, facts.width).map((width) => variant("webp", width)), ...widthsFor(JPEG_WIDTHS, facts.width).map((width) => variant("jpeg", width))];
  return { src, vector, width: facts.width, height: facts.height, key, variants };
}

/**
 * The plans of every photo the content uses whose original has a hash, by the address
 * articles write: what the site serves, the build encodes and the benchmark renders with.
 */
export function planPhotos(facts: ReadonlyMap<string, Pick<PhotoFacts, "format" | "width" | "height">>, hashes: ReadonlyMap<string, string>): Map<string, PhotoPlan> {
  const plans = new Map<string, PhotoPlan>();
  for (const [src, photo] of facts) {
    const hash = hashes.get(src);
    if (hash !== undefined) plans.set(src, planPhoto(src, photo, hash));
  }
  return plans;
}

/** The part of a derived file's name that identifies its original and the pipeline. */
export function photoKey(hash: string): string {
  return createHash("sha256").update(`${PIPELINE_VERSION}\n${hash}`).digest("hex").slice(0, 16);
}

/**
 * The key inside a derived file's name, or undefined for a name no plan could have made.
 *
 * @example keyOfVariantName("hoi-nghi-0123456789abcdef-640.webp") // "0123456789abcdef"
 */
export function keyOfVariantName(name: string): string | undefined {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*-([0-9a-f]{16})(?:-[1-9]\d{1,4})?\.(?:webp|jpg|svg)$/.exec(name)?.[1];
}

/** A derived file and the plan it belongs to. */
export interface PlannedVariant {
  readonly plan: PhotoPlan;
  readonly variant: PhotoVariant;
}

/**
 * Every plan by its key. Two originals with the same bytes have the same key (and share
 * their files in the cache) but keep their own names, so one key can have several plans.
 */
export function plansByKey(plans: Iterable<PhotoPlan>): Map<string, readonly PhotoPlan[]> {
  const byKey = new Map<string, PhotoPlan[]>();
  for (const plan of plans) {
    const known = byKey.get(plan.key);
    if (known === undefined) byKey.set(plan.key, [plan]);
    else known.push(plan);
  }
  return byKey;
}

/**
 * The derived file a name under /anh/ stands for, or undefined for a name no plan has.
 * Indexed by key rather than by every name: a name per plan instead of eight keeps the
 * index of 100,000 photos at about 10 MB instead of 60.
 *
 * @example findVariant(plansByKey(plans.values()), "hoi-nghi-0123456789abcdef-640.webp")?.variant.width // 640
 */
export function findVariant(byKey: ReadonlyMap<string, readonly PhotoPlan[]>, name: string): PlannedVariant | undefined {
  const key = keyOfVariantName(name);
  for (const plan of (key === undefined ? undefined : byKey.get(key)) ?? []) {
    const variant = plan.variants.find((candidate) => candidate.name === name);
    if (variant !== undefined) return { plan, variant };
  }
  return undefined;
}

function widthsFor(standard: readonly number[], original: number): number[] {
  const widest = standard.at(-1) ?? original;
  return [...standard.filter((width) => width < original), ...(original < widest ? [original] : [widest])].filter((width, index, all) => all.indexOf(width) === index);
}
