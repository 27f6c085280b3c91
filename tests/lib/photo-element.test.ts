import type { Element } from "hast";
import { describe, expect, it } from "vitest";
import { photoElement, type PhotoPlacement } from "../../lib/photo-element";
import { PHOTO_SIZES, type PhotoForm } from "../../lib/photo-sources";
import { photoKey, planPhoto } from "../../lib/plan-photo";

const HASH = "d".repeat(64);
const KEY = photoKey(HASH);
const PHOTO = planPhoto("/images/2024/05/hoi-nghi.jpg", { format: "jpeg", width: 4000, height: 6000 }, HASH);
const DRAWING = planPhoto("/images/2017/04/btv-1.svg", { format: "svg", width: 1200, height: 800 }, HASH);
const url = (width: number, extension: string) => `/anh/hoi-nghi-${KEY}-${width}.${extension}`;
const srcSet = (widths: readonly number[], extension: string) => widths.map((width) => `${url(width, extension)} ${width}w`).join(", ");
const PICTURE: PhotoForm = { kind: "picture" };
const LAZY: PhotoPlacement = { slot: "column", eager: false };
const element = (tagName: string, properties: Element["properties"], children: Element[] = []): Element => ({ type: "element", tagName, properties, children });

describe("photoElement", () => {
  it("writes a photo as a picture: WebP sources, the JPEG srcset on the img, sized as the upright original, fetched lazily", () => {
    expect(photoElement({ src: PHOTO.src, alt: "Hội nghị" }, PHOTO, PICTURE, LAZY)).toEqual(
      element("picture", {}, [
        element("source", { type: "image/webp", srcSet: srcSet([320, 480, 640, 960, 1280], "webp"), sizes: PHOTO_SIZES.column }),
        element("img", { src: url(640, "jpg"), srcSet: srcSet([320, 640, 1200], "jpg"), sizes: PHOTO_SIZES.column, alt: "Hội nghị", width: 4000, height: 6000, loading: "lazy", decoding: "async" }),
      ]),
    );
  });

  it("fetches the article page's first photo at once, with high priority, in its slot's sizes", () => {
    const img = photoElement({ src: PHOTO.src, alt: "" }, PHOTO, PICTURE, { slot: "gallery", eager: true }).children.at(-1);
    expect(img).toEqual(element("img", { src: url(640, "jpg"), srcSet: srcSet([320, 640, 1200], "jpg"), sizes: PHOTO_SIZES.gallery, alt: "", width: 4000, height: 6000, fetchPriority: "high" }));
  });

  it.each([
    ["one JPEG of the form's width, lazily even when first", PHOTO, { kind: "jpeg", width: 320 } as const, element("img", { src: url(320, "jpg"), alt: "", width: 320, height: 480, loading: "lazy", decoding: "async" })],
    ["a drawing as its one copy, with no sources", DRAWING, PICTURE, element("img", { src: `/anh/btv-1-${KEY}.svg`, alt: "", width: 1200, height: 800, fetchPriority: "high" })],
  ])("writes %s", (_name, plan, form, expected) => {
    expect(photoElement({ src: plan.src, alt: "" }, plan, form, { slot: "column", eager: true })).toEqual(expected);
  });

  it("keeps the written address when there is no plan (a render without the photo lookup)", () => {
    expect(photoElement({ src: "/images/a.jpg", alt: "Ảnh" }, undefined, PICTURE, LAZY)).toEqual(element("img", { src: "/images/a.jpg", alt: "Ảnh", loading: "lazy", decoding: "async" }));
  });
});
