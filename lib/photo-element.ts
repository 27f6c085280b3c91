import type { Element, ElementContent } from "hast";
import { fixedPhoto, responsivePicture, type PhotoForm, type PhotoSlot } from "./photo-sources";
import type { PhotoPlan } from "./plan-photo";

// One photo as HTML, the same wherever a body shows it: a figure of the article, an image
// inside text, the poster of a video on another site. The URLs come from
// lib/photo-sources.ts, so the original is never named.

/** How one photo is shown: the slot its `sizes` describe, and whether it is fetched at once. */
export interface PhotoPlacement {
  readonly slot: PhotoSlot;
  /** The article page's first photo, often what a reader sees first: fetched at once, with priority. */
  readonly eager: boolean;
}

/**
 * `<picture>` with WebP sources and a JPEG `<img>` sized as the upright original, or in
 * the one-JPEG form a single `<img>`. Without a plan (renderMarkdown called with no photo
 * lookup) the `<img>` keeps the address the article wrote.
 *
 * @example photoElement({ src: "/images/a.jpg", alt: "Ảnh" }, undefined, { kind: "picture" }, { slot: "column", eager: false })
 * // <img src="/images/a.jpg" alt="Ảnh" loading="lazy" decoding="async">
 */
export function photoElement(photo: { readonly src: string; readonly alt: string }, plan: PhotoPlan | undefined, form: PhotoForm, placement: PhotoPlacement): Element {
  const { alt } = photo;
  const loading: Record<string, string> = placement.eager && form.kind === "picture" ? { fetchPriority: "high" } : { loading: "lazy", decoding: "async" };
  if (plan === undefined) return img({ src: photo.src, alt, ...loading });
  if (form.kind === "jpeg") {
    const file = fixedPhoto(plan, form.width);
    return img({ src: file?.url ?? "", alt, width: file?.width ?? plan.width, height: file?.height ?? plan.height, loading: "lazy", decoding: "async" });
  }
  const picture = responsivePicture(plan, placement.slot);
  const fallback = img({
    src: picture.src,
    ...(picture.srcSet === undefined || picture.sizes === undefined ? {} : { srcSet: picture.srcSet, sizes: picture.sizes }),
    alt,
    width: picture.width,
    height: picture.height,
    ...loading,
  });
  if (picture.sources.length === 0) return fallback;
  const sources: ElementContent[] = picture.sources.map((source) => ({ type: "element", tagName: "source", properties: { type: source.type, srcSet: source.srcSet, sizes: source.sizes }, children: [] }));
  return { type: "element", tagName: "picture", properties: {}, children: [...sources, fallback] };
}

function img(properties: Record<string, string | number>): Element {
  return { type: "element", tagName: "img", properties, children: [] };
}
