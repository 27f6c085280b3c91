import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { PhotoFacts } from "../../lib/parse-photo-header";
import { findVariant, JPEG_WIDTHS, keyOfVariantName, photoKey, PIPELINE_VERSION, planPhoto, planPhotos, plansByKey, WEBP_WIDTHS } from "../../lib/plan-photo";

const HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
const KEY = photoKey(HASH);
const camera = { format: "jpeg", width: 6000, height: 4000 } as const;

describe("planPhoto", () => {
  it("plans a camera photo as five WebP widths and three JPEG widths, named by content hash", () => {
    const plan = planPhoto("/images/2024/05/Hội nghị 1.jpg", camera, HASH);
    expect(plan).toMatchObject({ src: "/images/2024/05/Hội nghị 1.jpg", vector: false, width: 6000, height: 4000, key: KEY });
    expect(plan.variants.map((variant) => variant.name)).toEqual([
      ...[320, 480, 640, 960, 1280].map((width) => `hoi-nghi-1-${KEY}-${width}.webp`),
      ...[320, 640, 1200].map((width) => `hoi-nghi-1-${KEY}-${width}.jpg`),
    ]);
    expect(plan.variants.map((variant) => `${variant.width}×${variant.height} ${variant.type} ${variant.cacheName}`)).toEqual([
      `320×213 image/webp ${KEY}-320.webp`,
      `480×320 image/webp ${KEY}-480.webp`,
      `640×427 image/webp ${KEY}-640.webp`,
      `960×640 image/webp ${KEY}-960.webp`,
      `1280×853 image/webp ${KEY}-1280.webp`,
      `320×213 image/jpeg ${KEY}-320.jpg`,
      `640×427 image/jpeg ${KEY}-640.jpg`,
      `1200×800 image/jpeg ${KEY}-1200.jpg`,
    ]);
  });

  it.each([
    ["a portrait held sideways, by its upright size", { width: 4000, height: 6000 }, [320, 480, 640, 960, 1280], [320, 640, 1200]],
    ["an 800-pixel photo, never enlarged, with its own width last", { width: 800, height: 600 }, [320, 480, 640, 800], [320, 640, 800]],
    ["a photo exactly as wide as the widest size", { width: 1280, height: 720 }, [320, 480, 640, 960, 1280], [320, 640, 1200]],
    ["a tiny photo, at its own width only", { width: 300, height: 200 }, [300], [300]],
  ])("plans %s", (_name, size, webp, jpeg) => {
    const plan = planPhoto("/images/a.jpg", { format: "jpeg", ...size }, HASH);
    expect(plan.variants.filter((variant) => variant.format === "webp").map((variant) => variant.width)).toEqual(webp);
    expect(plan.variants.filter((variant) => variant.format === "jpeg").map((variant) => variant.width)).toEqual(jpeg);
  });

  it("plans a drawing as one SVG copy at its own size", () => {
    expect(planPhoto("/images/2017/04/btv-1.svg", { format: "svg", width: 1200, height: 800 }, HASH)).toEqual({
      src: "/images/2017/04/btv-1.svg",
      vector: true,
      width: 1200,
      height: 800,
      key: KEY,
      variants: [{ format: "svg", width: 1200, height: 800, name: `btv-1-${KEY}.svg`, cacheName: `${KEY}.svg`, type: "image/svg+xml" }],
    });
  });

  it("names a file whose name has no letter or digit after the photo itself", () => {
    expect(planPhoto("/images/---.jpg", camera, HASH).variants[0]?.name).toBe(`anh-${KEY}-320.webp`);
  });

  it("gives the same bytes the same key under any name, and other bytes another", () => {
    expect(planPhoto("/images/a.jpg", camera, HASH).key).toBe(planPhoto("/images/b/c.jpg", camera, HASH).key);
    expect(photoKey(HASH.replace("9", "8"))).not.toBe(KEY);
  });

  it("keeps every standard width list in increasing order", () => {
    for (const widths of [WEBP_WIDTHS, JPEG_WIDTHS]) expect([...widths].sort((a, b) => a - b)).toEqual(widths);
  });
});

describe("planPhotos", () => {
  it("plans every photo whose original has a hash, by the address articles write, and none without", () => {
    const facts = new Map<string, Pick<PhotoFacts, "format" | "width" | "height">>([
      ["/images/a.jpg", camera],
      ["/images/b.svg", { format: "svg", width: 1200, height: 800 }],
      ["/images/chua-bam.jpg", camera],
    ]);
    const plans = planPhotos(facts, new Map([["/images/a.jpg", HASH], ["/images/b.svg", HASH]]));
    expect([...plans.keys()]).toEqual(["/images/a.jpg", "/images/b.svg"]);
    expect(plans.get("/images/a.jpg")).toEqual(planPhoto("/images/a.jpg", camera, HASH));
    expect(plans.get("/images/b.svg")?.vector).toBe(true);
  });
});

describe("findVariant", () => {
  // The same bytes under two names, as when an editor copies a photo for a second article.
  const first = planPhoto("/images/2017/04/btv-tinh-uy-lam-viec-1.svg", { format: "svg", width: 1200, height: 800 }, HASH);
  const copy = planPhoto("/images/2017/04/ban-sao.svg", { format: "svg", width: 1200, height: 800 }, HASH);
  const photo = planPhoto("/images/2024/05/hoi-nghi.jpg", camera, HASH);
  const other = planPhoto("/images/2024/05/khac.jpg", camera, HASH.replace("9", "8"));
  const byKey = plansByKey([first, copy, photo, other]);

  it("keeps every plan of the same bytes under their shared key, none overwriting another", () => {
    expect([...byKey].map(([key, plans]) => [key, plans.map((plan) => plan.src)])).toEqual([
      [KEY, [first.src, copy.src, photo.src]],
      [other.key, [other.src]],
    ]);
  });

  it.each([
    [`btv-tinh-uy-lam-viec-1-${KEY}.svg`, "/images/2017/04/btv-tinh-uy-lam-viec-1.svg", "svg", 1200],
    [`ban-sao-${KEY}.svg`, "/images/2017/04/ban-sao.svg", "svg", 1200],
    [`hoi-nghi-${KEY}-640.webp`, "/images/2024/05/hoi-nghi.jpg", "webp", 640],
    [`hoi-nghi-${KEY}-1200.jpg`, "/images/2024/05/hoi-nghi.jpg", "jpeg", 1200],
    [`khac-${photoKey(HASH.replace("9", "8"))}-320.webp`, "/images/2024/05/khac.jpg", "webp", 320],
  ])("finds %s in the plan of %s", (name, src, format, width) => {
    const found = findVariant(byKey, name);
    expect([found?.plan.src, found?.variant.format, found?.variant.width, found?.variant.name]).toEqual([src, format, width, name]);
  });

  it.each([
    ["a name under another photo's key", `khac-${KEY}-640.webp`],
    ["a name of no photo under a shared key", `ban-sao-2-${KEY}.svg`],
    ["a width no plan has", `hoi-nghi-${KEY}-481.webp`],
    ["a format no plan has", `hoi-nghi-${KEY}-640.png`],
    ["a drawing's name with a width", `ban-sao-${KEY}-640.svg`],
    ["a key no photo has", "hoi-nghi-0123456789abcdef-640.webp"],
    ["a path leaving the folder", `../hoi-nghi-${KEY}-640.webp`],
  ])("finds nothing for %s", (_name, name) => {
    expect(findVariant(byKey, name)).toBeUndefined();
  });
});

describe("PIPELINE_VERSION", () => {
  it("names the sharp release package.json pins, so that upgrading sharp changes every derived URL", () => {
    const pinned: unknown = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
    const sharp = typeof pinned === "object" && pinned !== null ? Reflect.get(Reflect.get(pinned, "dependencies") ?? {}, "sharp") : undefined;
    expect(PIPELINE_VERSION).toMatch(new RegExp(`/sharp-${String(sharp).replace(/\./g, "\\.")}$`));
  });
});

describe("keyOfVariantName", () => {
  it.each([
    [`hoi-nghi-1-${KEY}-640.webp`, KEY],
    [`hoi-nghi-1-${KEY}-1200.jpg`, KEY],
    [`btv-1-${KEY}.svg`, KEY],
    [`hoi-nghi-${KEY}-640.png`, undefined],
    [`hoi-nghi-${KEY}-0640.webp`, undefined],
    [`hoi-nghi-${KEY.slice(1)}-640.webp`, undefined],
    [`Hoi-Nghi-${KEY}-640.webp`, undefined],
    [`../${KEY}-640.webp`, undefined],
    [`${KEY}-640.webp`, undefined],
  ])("reads %s as %s", (name, key) => {
    expect(keyOfVariantName(name)).toBe(key);
  });
});
