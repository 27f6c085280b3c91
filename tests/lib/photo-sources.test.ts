import { describe, expect, it } from "vitest";
import { fixedPhoto, PHOTO_SIZES, posterPhoto, responsivePicture, socialPhoto } from "../../lib/photo-sources";
import { photoKey, planPhoto } from "../../lib/plan-photo";

const HASH = "b".repeat(64);
const KEY = photoKey(HASH);
const PHOTO = planPhoto("/images/2024/05/hoi-nghi.jpg", { format: "jpeg", width: 4000, height: 6000 }, HASH);
const DRAWING = planPhoto("/images/2017/04/btv-1.svg", { format: "svg", width: 1200, height: 800 }, HASH);
const url = (width: number, extension: string) => `/anh/hoi-nghi-${KEY}-${width}.${extension}`;

describe("responsivePicture", () => {
  it("offers every WebP width as a source and the JPEGs as the fallback, sized as the upright original", () => {
    expect(responsivePicture(PHOTO, "column")).toEqual({
      sources: [{ type: "image/webp", srcSet: [320, 480, 640, 960, 1280].map((width) => `${url(width, "webp")} ${width}w`).join(", "), sizes: PHOTO_SIZES.column }],
      src: url(640, "jpg"),
      srcSet: [320, 640, 1200].map((width) => `${url(width, "jpg")} ${width}w`).join(", "),
      sizes: PHOTO_SIZES.column,
      width: 4000,
      height: 6000,
    });
  });

  it.each(["gallery", "card", "lead", "highlight"] as const)("gives the %s slot its own sizes", (slot) => {
    const picture = responsivePicture(PHOTO, slot);
    expect([picture.sizes, picture.sources[0]?.sizes]).toEqual([PHOTO_SIZES[slot], PHOTO_SIZES[slot]]);
  });

  it("falls back to the original's own width when it is narrower than 640", () => {
    expect(responsivePicture(planPhoto("/images/a.jpg", { format: "jpeg", width: 500, height: 400 }, HASH), "column").src).toBe(`/anh/a-${KEY}-500.jpg`);
  });

  it("shows a drawing as its one copy", () => {
    expect(responsivePicture(DRAWING, "card")).toEqual({ sources: [], src: `/anh/btv-1-${KEY}.svg`, width: 1200, height: 800 });
  });
});

describe("fixedPhoto and socialPhoto", () => {
  it.each([
    [320, 320, 480],
    [640, 640, 960],
    [1200, 1200, 1800],
    [100, 320, 480],
    [5000, 1200, 1800],
  ])("picks for %i pixels the %i-wide JPEG", (asked, width, height) => {
    expect(fixedPhoto(PHOTO, asked)).toMatchObject({ url: url(width, "jpg"), width, height, type: "image/jpeg" });
  });

  it("previews a photo by its 1200-wide JPEG and a drawing by nothing, for social networks do not show SVG", () => {
    expect(socialPhoto(PHOTO)).toMatchObject({ url: url(1200, "jpg"), width: 1200, height: 1800, type: "image/jpeg" });
    expect(socialPhoto(DRAWING)).toBeUndefined();
    expect(fixedPhoto(DRAWING, 1200)).toMatchObject({ url: `/anh/btv-1-${KEY}.svg`, type: "image/svg+xml" });
  });
});

describe("posterPhoto", () => {
  it.each([
    ["the article page's column-wide JPEG", { kind: "picture" } as const, 640],
    ["a feed's 640-wide JPEG", { kind: "jpeg", width: 640 } as const, 640],
    ["the lite form's 320-wide JPEG", { kind: "jpeg", width: 320 } as const, 320],
  ])("names %s, as a video's poster takes one file", (_name, form, width) => {
    expect(posterPhoto(PHOTO, form)?.url).toBe(url(width, "jpg"));
  });

  it("names a drawing's copy", () => {
    expect(posterPhoto(DRAWING, { kind: "picture" })?.url).toBe(`/anh/btv-1-${KEY}.svg`);
  });
});
