import type { PhotoPlan, PhotoVariant, VariantFormat } from "./plan-photo";
import { photoPath } from "./routes";

// Which derived files each place shows: the article's <picture>, a card's thumbnail, the
// front page's lead photo, a video's poster, the lite page's one small JPEG, link
// previews and feeds. Every page takes its image URLs from here, so no page, feed or URL
// ever names an original.

/** Looks up the derived files of a photo by the address an article wrote. */
export type PhotoLookup = (src: string) => PhotoPlan | undefined;

/**
 * How photos are written: a responsive `<picture>` on the article page, or one JPEG of
 * about `width` pixels (320 on the lite page, 640 in feeds, whose readers rarely take
 * srcset or WebP).
 */
export type PhotoForm = { readonly kind: "picture" } | { readonly kind: "jpeg"; readonly width: number };

/**
 * The slots photos fill, as `sizes` attributes. They mirror app/globals.css: the column
 * is 40rem wide inside 1rem of padding, a gallery puts two photos side by side from 42rem,
 * a card's thumbnail is 12rem from 40rem, the full width below; on the front page the
 * lead photo takes three fifths of the 58rem page from 60rem, and the highlights two
 * columns from 40rem and four from 60rem.
 */
export const PHOTO_SIZES = {
  column: "(min-width: 42rem) 40rem, calc(100vw - 2rem)",
  gallery: "(min-width: 42rem) 20rem, calc(100vw - 2rem)",
  card: "(min-width: 40rem) 12rem, calc(100vw - 2rem)",
  lead: "(min-width: 60rem) 34.4rem, calc(100vw - 2rem)",
  highlight: "(min-width: 60rem) 13.6rem, (min-width: 40rem) calc(50vw - 1.7rem), calc(100vw - 2rem)",
} as const;

/** A slot's name in {@link PHOTO_SIZES}. */
export type PhotoSlot = keyof typeof PHOTO_SIZES;

/** The column's width in CSS pixels: the JPEG a `<video poster>` names on the article page. */
const POSTER_WIDTH = 640;

/** What a `<picture>` needs: WebP sources and the JPEG `<img>` with its size from the oriented original. */
export interface ResponsivePicture {
  readonly sources: readonly { readonly type: string; readonly srcSet: string; readonly sizes: string }[];
  readonly src: string;
  readonly srcSet?: string;
  readonly sizes?: string;
  readonly width: number;
  readonly height: number;
}

/** One derived file as a page or feed names it. */
export interface PhotoFile {
  readonly url: string;
  readonly width: number;
  readonly height: number;
  readonly type: string;
  readonly variant: PhotoVariant;
}

/**
 * The responsive picture for a slot: every WebP width as a source, every JPEG width as
 * the fallback's srcset (its src the 640-wide one), width and height of the oriented
 * original so the browser reserves the right box. A drawing (SVG) is one file.
 */
export function responsivePicture(plan: PhotoPlan, slot: PhotoSlot): ResponsivePicture {
  const sizes = PHOTO_SIZES[slot];
  if (plan.vector) return { sources: [], src: photoPath(plan.variants[0]?.name ?? ""), width: plan.width, height: plan.height };
  const webp = variantsOf(plan, "webp");
  const jpeg = variantsOf(plan, "jpeg");
  const fallback = nearest(jpeg, 640);
  return {
    sources: webp.length === 0 ? [] : [{ type: "image/webp", srcSet: srcSet(webp), sizes }],
    src: photoPath(fallback?.name ?? ""),
    srcSet: srcSet(jpeg),
    sizes,
    width: plan.width,
    height: plan.height,
  };
}

/**
 * The one JPEG (or the drawing) nearest `width`: 320 for the lite page, 640 in feeds,
 * 1200 for link previews. Undefined only for a plan with no files, which planPhoto never makes.
 */
export function fixedPhoto(plan: PhotoPlan, width: number): PhotoFile | undefined {
  const variant = plan.vector ? plan.variants[0] : nearest(variantsOf(plan, "jpeg"), width);
  return variant === undefined ? undefined : { url: photoPath(variant.name), width: variant.width, height: variant.height, type: variant.type, variant };
}

/**
 * The one file a video's poster names, as `poster` takes no srcset: the JPEG of the body's
 * form, on the article page the column's 640-wide one (a drawing: its copy).
 */
export function posterPhoto(plan: PhotoPlan, form: PhotoForm): PhotoFile | undefined {
  return fixedPhoto(plan, form.kind === "jpeg" ? form.width : POSTER_WIDTH);
}

/** The link-preview image (Open Graph, Twitter, JSON-LD): the 1200-wide JPEG; none for a drawing, which social networks do not show. */
export function socialPhoto(plan: PhotoPlan): PhotoFile | undefined {
  return plan.vector ? undefined : fixedPhoto(plan, 1200);
}

function variantsOf(plan: PhotoPlan, format: VariantFormat): PhotoVariant[] {
  return plan.variants.filter((variant) => variant.format === format);
}

// The widest variant not wider than `width`, or the narrowest one when all are wider.
function nearest(variants: readonly PhotoVariant[], width: number): PhotoVariant | undefined {
  return variants.filter((variant) => variant.width <= width).at(-1) ?? variants[0];
}

function srcSet(variants: readonly PhotoVariant[]): string {
  return variants.map((variant) => `${photoPath(variant.name)} ${variant.width}w`).join(", ");
}
