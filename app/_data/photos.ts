import "server-only";
import sharp from "sharp";
import { resolveOriginal, showPath } from "@/lib/content-paths";
import type { ContentStore, StoredPhoto } from "@/lib/content-store";
import { cachedBytes, ensureCached, photoFailure, readCached } from "@/lib/photo-cache";
import { fixedPhoto, responsivePicture, socialPhoto, type PhotoFile, type PhotoLookup, type PhotoSlot, type ResponsivePicture } from "@/lib/photo-sources";
import { findVariant, keyOfVariantName, planPhoto, plansByKey, type PhotoPlan, type PhotoVariant } from "@/lib/plan-photo";
import { formatProblem } from "@/lib/problem";
import { getStore, remember } from "./content";
import { getSettings } from "./settings";

// Photos: the plan of every photo the content uses (lib/plan-photo.ts), the derived
// files pages and feeds name, and serving those files from the cache (README, Decisions:
// "Photos"). A derived file not yet in the cache is encoded on its first request; only
// names in a plan exist, so anything else is a 404 and costs a map lookup.

// One encode at a time, each on one libvips thread, so that a burst of first requests for
// archive photos leaves the other core to pages; a bounded queue behind it answers 503.
sharp.concurrency(1);
sharp.cache(false);
const ENCODING_SLOTS = 1;
const MAX_WAITING = 32;

/** Thrown when the encoding queue is full: the route answers 503 and the browser retries later. */
export class PhotoBusyError extends Error {
  constructor() {
    super("too many photos waiting to be encoded");
    this.name = "PhotoBusyError";
  }
}

/** Photo plans by the address articles write, least recently used first; bounded like the other caches. */
const plans = new Map<string, PhotoPlan | null>();
/** The store the plans were made from: a new store (the dev server's next) starts them afresh. */
let plannedFrom: ContentStore | undefined;

function planOf(photo: StoredPhoto): PhotoPlan | undefined {
  return photo.hash === undefined ? undefined : planPhoto(photo.src, photo.facts, photo.hash);
}

/** The derived files of a photo, by the address an article wrote. */
export function getPhotoPlan(src: string): PhotoPlan | undefined {
  const store = getStore();
  if (plannedFrom !== store) {
    plans.clear();
    plannedFrom = store;
  }
  const known = plans.get(src);
  if (known !== undefined) return remember(plans, src, known) ?? undefined;
  const stored = store.photo(src);
  const plan = stored === undefined ? undefined : planOf(stored);
  return remember(plans, src, plan ?? null) ?? undefined;
}

/** The lookup lib/render-markdown.ts takes. */
export function getPhotoLookup(): PhotoLookup {
  return getPhotoPlan;
}

/** A photo as a responsive picture for a slot (a card's thumbnail), or undefined. */
export function getPicture(src: string, slot: PhotoSlot): ResponsivePicture | undefined {
  const plan = getPhotoPlan(src);
  return plan === undefined ? undefined : responsivePicture(plan, slot);
}

/** The link-preview image of a photo (its 1200-wide JPEG), or undefined for a drawing. */
export function getSocialPhoto(src: string): PhotoFile | undefined {
  const plan = getPhotoPlan(src);
  return plan === undefined ? undefined : socialPhoto(plan);
}

/** A photo's 1200-wide JPEG, or a drawing's copy: what feeds enclose and structured data lists. */
export function getPreviewFile(src: string): PhotoFile | undefined {
  const plan = getPhotoPlan(src);
  return plan === undefined ? undefined : fixedPhoto(plan, 1200);
}

/**
 * The size in bytes of a derived file, encoding it first if it is not in the cache yet
 * (a feed's enclosure must say its length). Undefined when it cannot be made.
 */
export async function getPhotoFileBytes(src: string, file: PhotoFile): Promise<number | undefined> {
  const plan = getPhotoPlan(src);
  if (plan === undefined) return undefined;
  // A file already made is a stat, never a wait behind the encoding queue.
  const dir = getSettings().photoCacheDir;
  const made = cachedBytes(dir, file.variant);
  if (made !== undefined) return made;
  return (await encodeOnce(plan, file.variant)) ? cachedBytes(dir, file.variant) : undefined;
}

/**
 * The bytes of a derived file by its name: from the cache, or encoded now on its first
 * request. Undefined for a name no plan has, or an original that is gone or changed.
 */
export async function getPhotoFile(name: string): Promise<{ readonly bytes: Buffer; readonly variant: PhotoVariant } | undefined> {
  const key = keyOfVariantName(name);
  const candidates = key === undefined ? [] : getStore().photosWithKey(key).flatMap((photo) => planOf(photo) ?? []);
  const found = findVariant(plansByKey(candidates), name);
  if (found === undefined) return undefined;
  const { plan, variant } = found;
  const dir = getSettings().photoCacheDir;
  const cached = readCached(dir, variant);
  if (cached !== undefined) return { bytes: cached, variant };
  const bytes = (await encodeOnce(plan, variant)) ? readCached(dir, variant) : undefined;
  return bytes === undefined ? undefined : { bytes, variant };
}

const inFlight = new Map<string, Promise<boolean>>();
let active = 0;
const waiting: (() => void)[] = [];

// Two requests for the same file share one encode, also under the names of two originals
// with the same bytes, which share the file. True once the file is in the cache.
function encodeOnce(plan: PhotoPlan, variant: PhotoVariant): Promise<boolean> {
  const running = inFlight.get(variant.cacheName);
  if (running !== undefined) return running;
  const work = withSlot(() => encode(plan, variant)).finally(() => inFlight.delete(variant.cacheName));
  inFlight.set(variant.cacheName, work);
  return work;
}

async function encode(plan: PhotoPlan, variant: PhotoVariant): Promise<boolean> {
  const settings = getSettings();
  const file = resolveOriginal(settings.paths, plan.src);
  const hash = getStore().photo(plan.src)?.hash;
  if (file === undefined || hash === undefined) return false;
  try {
    await ensureCached(settings.photoCacheDir, plan, { file, hash }, [variant]);
    return true;
  } catch (error) {
    // The original was removed or changed after the build, or is damaged past its header:
    // the file cannot be made, and the reader gets a 404, as for any unknown name.
    console.warn(`/anh/${variant.name}: ${formatProblem(photoFailure({ file: showPath(settings.paths, file), src: plan.src }, error))}`);
    return false;
  }
}

async function withSlot<T>(work: () => Promise<T>): Promise<T> {
  if (active < ENCODING_SLOTS) active += 1;
  else if (waiting.length >= MAX_WAITING) throw new PhotoBusyError();
  else await new Promise<void>((resolve) => waiting.push(resolve));
  try {
    return await work();
  } finally {
    // The slot passes straight to the next in line, so no newcomer can slip past the limit.
    const next = waiting.shift();
    if (next === undefined) active -= 1;
    else next();
  }
}
