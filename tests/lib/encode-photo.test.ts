import { readFileSync } from "node:fs";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { encodeVariants, PhotoEncodingError } from "../../lib/encode-photo";
import { parsePhotoHeader } from "../../lib/parse-photo-header";
import { planPhoto, type PhotoPlan } from "../../lib/plan-photo";
import { cameraPhoto, GPS_DATUM, jpegHeaderClaiming, quadrants, XMP_CREATOR } from "../support/camera-photos";

type Colour = readonly [number, number, number];
const RED: Colour = [220, 30, 30];
const GREEN: Colour = [30, 200, 40];
const BLUE: Colour = [30, 40, 220];
const YELLOW: Colour = [230, 220, 30];

/** The plan of an original, from its own header, as the site makes it. */
function planOf(bytes: Buffer, src = "/images/a.jpg"): PhotoPlan {
  const header = parsePhotoHeader({ size: bytes.length, read: (offset, length) => bytes.subarray(offset, offset + length) });
  if (!header.ok) throw new Error(`${src} must have a readable header`);
  return planPhoto(src, header.facts, "c".repeat(64));
}

const variant = (plan: PhotoPlan, format: string, width: number) => {
  const found = plan.variants.find((candidate) => candidate.format === format && candidate.width === width);
  if (found === undefined) throw new Error(`no ${format} ${width} in the plan`);
  return found;
};

/**
 * Where EXIF orientation `k` says a stored pixel (x, y) of a `w` × `h` image is seen:
 * 2 and 4 mirror, 3 turns half round, 5 and 7 mirror across a diagonal, 6 and 8 turn a
 * quarter (clockwise, anticlockwise). Written from the EXIF specification, not sharp.
 */
function shownAt(orientation: number, x: number, y: number, w: number, h: number): [number, number] {
  switch (orientation) {
    case 2: return [w - 1 - x, y];
    case 3: return [w - 1 - x, h - 1 - y];
    case 4: return [x, h - 1 - y];
    case 5: return [y, x];
    case 6: return [h - 1 - y, x];
    case 7: return [h - 1 - y, w - 1 - x];
    case 8: return [y, w - 1 - x];
    default: return [x, y];
  }
}

/** Stores `upright` (width × height, RGB) the way a camera holding it at `orientation` does. */
function storedFor(orientation: number, upright: Buffer, width: number, height: number): { pixels: Buffer; width: number; height: number } {
  const sideways = orientation >= 5;
  const w = sideways ? height : width;
  const h = sideways ? width : height;
  const pixels = Buffer.alloc(w * h * 3);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const [ux, uy] = shownAt(orientation, x, y, w, h);
      upright.copy(pixels, (y * w + x) * 3, (uy * width + ux) * 3, (uy * width + ux) * 3 + 3);
    }
  }
  return { pixels, width: w, height: h };
}

async function pixelAt(bytes: Buffer, x: number, y: number): Promise<Colour> {
  const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * info.channels;
  return [data[at] ?? -1, data[at + 1] ?? -1, data[at + 2] ?? -1];
}

/** What an encode that must fail threw, as the photo it names and its message. */
async function refusal(encoding: Promise<unknown>): Promise<unknown> {
  const error = await encoding.then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  return error instanceof PhotoEncodingError ? { src: error.src, message: error.message } : error;
}

function near(colour: Colour, expected: Colour, tolerance = 40): boolean {
  return colour.every((value, index) => Math.abs(value - (expected[index] ?? 0)) <= tolerance);
}

describe("encodeVariants", () => {
  // A 400 × 300 upright photo: red, green on top; blue, yellow below.
  const UPRIGHT = quadrants(400, 300, [RED, GREEN, BLUE, YELLOW]);

  it.each([1, 2, 3, 4, 5, 6, 7, 8])("turns a photo stored with EXIF orientation %i upright, alone and with other widths", async (orientation) => {
    const stored = storedFor(orientation, UPRIGHT, 400, 300);
    const original = await sharp(stored.pixels, { raw: { width: stored.width, height: stored.height, channels: 3 } }).withMetadata({ orientation }).jpeg({ quality: 95 }).toBuffer();
    const plan = planOf(original);
    expect([plan.width, plan.height]).toEqual([400, 300]);
    const alone = await encodeVariants(original, plan, [variant(plan, "webp", 320)]);
    const together = await encodeVariants(original, plan, [variant(plan, "webp", 320), variant(plan, "jpeg", 400)]);
    for (const { bytes } of [...alone, together[0]].filter((entry) => entry !== undefined)) {
      const { width, height } = await sharp(bytes).metadata();
      expect([width, height]).toEqual([320, 240]);
      const corners = await Promise.all([pixelAt(bytes, 80, 60), pixelAt(bytes, 240, 60), pixelAt(bytes, 80, 180), pixelAt(bytes, 240, 180)]);
      expect(corners.map((colour, index) => near(colour, [RED, GREEN, BLUE, YELLOW][index] ?? RED))).toEqual([true, true, true, true]);
    }
  });

  it("writes every derived file of a phone photo without EXIF, GPS, XMP, IPTC or a colour profile", async () => {
    const original = await cameraPhoto({ width: 1600, height: 1200, orientation: 6, metadata: true, displayP3: true });
    // What the phone wrote is really there, so its absence below means something.
    const before = await sharp(original).metadata();
    expect([before.exif?.includes(GPS_DATUM), before.exif?.includes("Canon"), before.xmpAsString?.includes(XMP_CREATOR), before.icc !== undefined]).toEqual([true, true, true, true]);

    const plan = planOf(original);
    const encoded = await encodeVariants(original, plan, plan.variants);
    expect(encoded.map((entry) => entry.variant.name)).toEqual(plan.variants.map((entry) => entry.name));
    for (const { variant: planned, bytes } of encoded) {
      const after = await sharp(bytes).metadata();
      expect({ format: after.format, width: after.width, height: after.height, space: after.space }).toEqual({
        format: planned.format,
        width: planned.width,
        height: planned.height,
        space: "srgb",
      });
      expect([after.exif, after.xmp, after.iptc, after.icc, after.orientation]).toEqual([undefined, undefined, undefined, undefined, undefined]);
      for (const marker of [GPS_DATUM, "Canon", "Hồng Nhung", XMP_CREATOR]) expect(bytes.includes(Buffer.from(marker))).toBe(false);
    }
  }, 60_000);

  it("converts Display P3 colours to sRGB through the embedded profile, not just drops the profile", async () => {
    // sRGB (255, 51, 51) stored as Display P3: different numbers, the same colour.
    const p3 = await sharp({ create: { width: 400, height: 300, channels: 3, background: { r: 255, g: 51, b: 51 } } }).withIccProfile("p3").jpeg({ quality: 98 }).toBuffer();
    const stored = await pixelAt(await sharp(p3, { ignoreIcc: true }).png().toBuffer(), 10, 10);
    expect(near(stored, [255, 51, 51], 10)).toBe(false);
    const plan = planOf(p3);
    const [webp] = await encodeVariants(p3, plan, [variant(plan, "webp", 320)]);
    expect(near(await pixelAt(webp?.bytes ?? Buffer.alloc(0), 10, 10), [255, 51, 51], 8)).toBe(true);
  });

  it("converts a CMYK JPEG to three-channel sRGB", async () => {
    const cmyk = await sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 200, g: 40, b: 40 } } }).toColourspace("cmyk").jpeg().toBuffer();
    expect((await sharp(cmyk).metadata()).space).toBe("cmyk");
    const plan = planOf(cmyk);
    for (const { bytes } of await encodeVariants(cmyk, plan, [variant(plan, "jpeg", 640), variant(plan, "webp", 320)])) {
      const after = await sharp(bytes).metadata();
      expect([after.space, after.channels]).toEqual(["srgb", 3]);
      const [red] = await pixelAt(bytes, 5, 5);
      expect(red).toBeGreaterThan(150);
    }
  });

  it("puts a screenshot's transparent parts on white in JPEG and keeps them transparent in WebP", async () => {
    const png = await sharp({ create: { width: 700, height: 400, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } }).png().toBuffer();
    const plan = planOf(png, "/images/chup-man-hinh.png");
    const [jpeg, webp] = await encodeVariants(png, plan, [variant(plan, "jpeg", 640), variant(plan, "webp", 640)]);
    expect(await pixelAt(jpeg?.bytes ?? Buffer.alloc(0), 10, 10)).toEqual([255, 255, 255]);
    expect((await sharp(webp?.bytes ?? Buffer.alloc(0)).metadata()).hasAlpha).toBe(true);
  });

  it("keeps only the first frame of an animated GIF", async () => {
    const frames = Buffer.alloc(700 * 300 * 3);
    for (let at = 0; at < frames.length; at++) frames[at] = at < frames.length / 3 ? 240 : 20;
    const gif = await sharp(frames, { raw: { width: 700, height: 300, channels: 3, pageHeight: 100 } }).gif().toBuffer();
    const plan = planOf(gif, "/images/dong.gif");
    const [webp] = await encodeVariants(gif, plan, [variant(plan, "webp", 640)]);
    const after = await sharp(webp?.bytes ?? Buffer.alloc(0), { animated: true }).metadata();
    expect([after.width, after.height, after.pages ?? 1]).toEqual([640, 91, 1]);
    expect(near(await pixelAt(webp?.bytes ?? Buffer.alloc(0), 320, 45), [240, 240, 240], 12)).toBe(true);
  });

  it("refuses a header claiming 20,000 × 15,000 pixels before allocating them", async () => {
    const huge = jpegHeaderClaiming(20_000, 15_000);
    const plan = planPhoto("/images/qua-lon.jpg", { format: "jpeg", width: 20_000, height: 15_000 }, "d".repeat(64));
    expect(await refusal(encodeVariants(huge, plan, [variant(plan, "webp", 320)]))).toEqual({
      src: "/images/qua-lon.jpg",
      message: "ảnh lớn hơn mức tối đa 50 triệu điểm ảnh; thu nhỏ ảnh để cạnh dài khoảng 6000 điểm ảnh rồi chép lại (sharp: Input image exceeds pixel limit)",
    });
  });

  it.each([
    ["one variant", 1],
    ["several variants", 3],
  ])("refuses a JPEG cut short inside its pixels, encoding %s", async (_name, count) => {
    const whole = await cameraPhoto({ width: 800, height: 600 });
    const cut = whole.subarray(0, Math.floor(whole.length * 0.6));
    const plan = planOf(whole);
    expect(await refusal(encodeVariants(cut, plan, plan.variants.slice(0, count)))).toEqual({
      src: "/images/a.jpg",
      message:
        "không giải mã được ảnh: tệp hỏng, bị cắt cụt hoặc không đúng định dạng phần đầu tệp ghi; mở thử tệp bằng trình xem ảnh, chép lại tệp gốc hoặc xuất lại thành JPEG (sharp: VipsJpeg: premature end of JPEG image)",
    });
  });

  it("refuses an original whose pixels are not the size its plan says", async () => {
    const original = await cameraPhoto({ width: 800, height: 600 });
    const plan = planPhoto("/images/a.jpg", { format: "jpeg", width: 800, height: 800 }, "e".repeat(64));
    expect(await refusal(encodeVariants(original, plan, plan.variants.slice(0, 2)))).toEqual({
      src: "/images/a.jpg",
      message: "ảnh giải mã ra 480×360 điểm ảnh, không cùng tỉ lệ với 800×800 mà phần đầu tệp ghi, nên tệp có thể đã hỏng; chép lại tệp gốc hoặc xuất lại thành JPEG",
    });
  });

});

describe("encodeVariants for a drawing", () => {
  const plan = planPhoto("/images/2024/05/ban-do.svg", { format: "svg", width: 1200, height: 800 }, "f".repeat(64));

  it("copies a drawing with nothing to leave out byte for byte (the seed's placeholder)", async () => {
    const seed = readFileSync("content/images/2017/04/btv-tinh-uy-lam-viec-1.svg");
    expect(await encodeVariants(seed, plan, plan.variants)).toEqual([{ variant: plan.variants[0], bytes: seed }]);
  });

  it("leaves out <metadata>, comments and embedded rasters, and keeps every other byte", async () => {
    const jpeg = await cameraPhoto({ width: 64, height: 48, metadata: true });
    // What the phone wrote is really inside the embedded photo, so its absence below means something.
    expect(jpeg.includes(Buffer.from(GPS_DATUM))).toBe(true);
    const data = `data:image/jpeg;base64,${jpeg.toString("base64")}`;
    const drawing = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      "<!-- Generator: Adobe Illustrator 28.0, SVG Export Plug-In . SVG Version: 6.00 -->",
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:svg="http://www.w3.org/2000/svg" width="1200" height="800">',
      '  <metadata id="m"><rdf:RDF><dc:creator>Hồng Nhung</dc:creator><metadata>lồng <!-- </metadata> --> trong</metadata>GPS</rdf:RDF></metadata>',
      "  <svg:metadata/>",
      '  <filter id="f"><feImage href="#nen"/><feImage xlink:href="' + data + '"/></filter>',
      '  <rect id="nen" width="1200" height="800" fill="#e8e4dc" data-ghi-chu="a > b"/>',
      '  <image x="0" y="0" width="64" height="48" xlink:href="' + data + '"/>',
      "  <image href='" + data + "' width=\"64\"><title>Ảnh nhúng</title></image>",
      '  <image href="https://baotinh.vn/anh.jpg" width="64"/>',
      '  <text x="600" y="400">Bản đồ khu vực — “Hạ Long”</text>',
      "</svg>",
    ].join("\n");
    const [copy] = await encodeVariants(Buffer.from(drawing), plan, plan.variants);
    expect(copy?.bytes.toString("utf8")).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "",
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:svg="http://www.w3.org/2000/svg" width="1200" height="800">',
        "  ",
        "  ",
        '  <filter id="f"><feImage href="#nen"/></filter>',
        '  <rect id="nen" width="1200" height="800" fill="#e8e4dc" data-ghi-chu="a > b"/>',
        "  ",
        "  ",
        "  ",
        '  <text x="600" y="400">Bản đồ khu vực — “Hạ Long”</text>',
        "</svg>",
      ].join("\n"),
    );
  });

  it("keeps the bytes of a drawing in another encoding as they were", async () => {
    const latin1 = Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><!-- x --><svg xmlns="http://www.w3.org/2000/svg"><text>Caf\xe9</text></svg>', "latin1");
    const [copy] = await encodeVariants(latin1, plan, plan.variants);
    expect(copy?.bytes).toEqual(Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><svg xmlns="http://www.w3.org/2000/svg"><text>Caf\xe9</text></svg>', "latin1"));
  });

  it.each([
    ["inside foreignObject", '<foreignObject width="64" height="48"><img xmlns="http://www.w3.org/1999/xhtml" src="data:image/jpeg;base64,/9j/4AAQ"/></foreignObject>'],
    ["in a stylesheet", "<style>rect { fill: url(DATA:image/png;base64,iVBORw0KGgo=) }</style>"],
  ])("refuses a drawing with a raster embedded %s, which it cannot leave out", async (_name, embedded) => {
    const drawing = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="800">${embedded}</svg>`);
    expect(await refusal(encodeVariants(drawing, plan, plan.variants))).toEqual({
      src: "/images/2024/05/ban-do.svg",
      message: "bản vẽ SVG còn ảnh nhúng (data:image/…) ở chỗ không gỡ ra được, ngoài thẻ <image>; xuất lại bản vẽ mà không nhúng ảnh, hoặc đưa ảnh vào bài thành một ảnh riêng",
    });
  });
});
