import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { parsePhotoHeader, type ByteSource } from "../../lib/parse-photo-header";
import { cameraPhoto, heicHeader, jpegHeaderClaiming } from "../support/camera-photos";

/** A source over bytes in memory that counts how many bytes the parser asked for. */
function source(bytes: Buffer): ByteSource & { readonly asked: () => number } {
  let asked = 0;
  return {
    size: bytes.length,
    read(offset, length) {
      const slice = bytes.subarray(offset, Math.min(bytes.length, offset + length));
      asked += slice.length;
      return slice;
    },
    asked: () => asked,
  };
}

const parse = (bytes: Buffer) => parsePhotoHeader(source(bytes));
const flat = (width: number, height: number, channels: 3 | 4 = 3) => sharp({ create: { width, height, channels, background: { r: 200, g: 100, b: 50, alpha: 0.5 } } });

describe("parsePhotoHeader", () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])("gives a 600 × 400 JPEG with EXIF orientation %i its size as seen", async (orientation) => {
    const result = parse(await cameraPhoto({ width: 600, height: 400, orientation }));
    const sideways = orientation >= 5;
    expect(result).toMatchObject({ ok: true, facts: { format: "jpeg", orientation, width: sideways ? 400 : 600, height: sideways ? 600 : 400 } });
  });

  it("reads a 6000 × 4000 camera JPEG's facts from a few kilobytes of it", async () => {
    const photo = await cameraPhoto({ width: 6000, height: 4000, orientation: 6, metadata: true });
    const counted = source(photo);
    expect(parsePhotoHeader(counted)).toEqual({
      ok: true,
      facts: { format: "jpeg", width: 4000, height: 6000, orientation: 6, bytes: photo.length, type: "image/jpeg", colour: "rgb", animated: false, complete: true },
    });
    // The segments' headers, the EXIF and XMP segments, and the last kilobyte: not the megabytes between.
    expect(counted.asked()).toBeLessThan(8_192);
    expect(photo.length).toBeGreaterThan(3_000_000);
  }, 60_000);

  it.each([
    ["a PNG screenshot with transparency", async () => flat(1280, 800, 4).png().toBuffer(), { format: "png", width: 1280, height: 800, colour: "rgb", animated: false }],
    ["a WebP", async () => flat(640, 480).webp().toBuffer(), { format: "webp", width: 640, height: 480 }],
    ["a lossless WebP", async () => flat(641, 479).webp({ lossless: true }).toBuffer(), { format: "webp", width: 641, height: 479 }],
    ["a WebP with transparency", async () => flat(300, 200, 4).webp().toBuffer(), { format: "webp", width: 300, height: 200 }],
    ["an AVIF", async () => flat(320, 240).avif().toBuffer(), { format: "avif", width: 320, height: 240, complete: true }],
    ["a still GIF", async () => flat(30, 20).gif().toBuffer(), { format: "gif", width: 30, height: 20, animated: false, complete: true }],
    ["a grey JPEG", async () => flat(100, 80).toColourspace("b-w").jpeg().toBuffer(), { format: "jpeg", colour: "grey" }],
    ["a CMYK JPEG", async () => cameraPhoto({ width: 200, height: 100, cmyk: true }), { format: "jpeg", colour: "cmyk", width: 200, height: 100 }],
    ["an iPhone HEIC", async () => heicHeader(4032, 3024), { format: "heic", width: 4032, height: 3024 }],
    ["an SVG drawing", async () => Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1200 800"></svg>'), { format: "svg", width: 1200, height: 800 }],
    ["a header claiming 20,000 × 15,000 pixels", async () => jpegHeaderClaiming(20_000, 15_000), { format: "jpeg", width: 20_000, height: 15_000, complete: true }],
  ])("reads %s", async (_name, make, facts) => {
    expect(parse(await make())).toMatchObject({ ok: true, facts });
  });

  it("sees an animated GIF by its frames", async () => {
    const frames = Buffer.alloc(40 * 60 * 3);
    for (let at = 0; at < frames.length; at++) frames[at] = at < frames.length / 2 ? 250 : 10;
    const gif = await sharp(frames, { raw: { width: 40, height: 60, channels: 3, pageHeight: 20 } }).gif().toBuffer();
    expect(parse(gif)).toMatchObject({ ok: true, facts: { format: "gif", width: 40, height: 20, animated: true } });
  });

  it.each([
    ["a JPEG", async () => cameraPhoto({ width: 800, height: 600 })],
    ["a PNG", async () => flat(800, 600).png().toBuffer()],
    ["a GIF", async () => flat(80, 60).gif().toBuffer()],
    ["a WebP", async () => flat(800, 600).webp().toBuffer()],
    ["an AVIF", async () => sharp(await cameraPhoto({ width: 400, height: 300 })).avif().toBuffer()],
  ])("tells %s cut short from a whole one", async (_name, make) => {
    const whole = await make();
    expect(parse(whole)).toMatchObject({ ok: true, facts: { complete: true } });
    expect(parse(whole.subarray(0, Math.floor(whole.length * 0.7)))).toMatchObject({ ok: true, facts: { complete: false } });
  });

  it("takes a JPEG followed by a phone's motion-photo video as whole", async () => {
    const jpeg = await sharp(await cameraPhoto({ width: 400, height: 300 }))
      .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:GCamera="http://ns.google.com/photos/1.0/camera/" GCamera:MotionPhoto="1"/></rdf:RDF></x:xmpmeta>')
      .jpeg()
      .toBuffer();
    const video = Buffer.alloc(200_000, 7);
    expect(parse(Buffer.concat([jpeg, video]))).toMatchObject({ ok: true, facts: { complete: true } });
  });

  it.each([
    ["text", Buffer.from("Đây là ghi chú.\n"), undefined],
    ["an empty file", Buffer.alloc(0), undefined],
    ["a TIFF", Buffer.from("II*\0\x08\0\0\0", "latin1"), "TIFF"],
    ["a PDF", Buffer.from("%PDF-1.7\n"), "PDF"],
    ["a Word document (a ZIP)", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]), "ZIP (có thể là tệp Word)"],
    ["an MP4 video", Buffer.from("\0\0\0\x18ftypisom\0\0\x02\0isomiso2", "latin1"), "video (MP4/MOV)"],
  ])("says that %s is not an image", (_name, bytes, foreign) => {
    expect(parse(bytes)).toEqual({ ok: false, reason: "not-an-image", ...(foreign === undefined ? {} : { foreign }) });
  });

  it.each([
    ["a JPEG with no frame header", Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x00, 0x00, 0x12, 0x34, 0x56, 0x78])],
    ["a JPEG whose first marker is garbage", Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0x00, 0x01, 0x00])],
    ["a PNG without IHDR", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0, 0x49, 0x44, 0x41, 0x54])],
    ["a JPEG frame of 0 × 0", jpegHeaderClaiming(0, 0)],
    ["an AVIF whose box is shorter than its header", Buffer.from("\0\0\0\x14ftypavif\0\0\0\0avif\0\0\0\x04meta", "latin1")],
  ])("says that %s is damaged", (_name, bytes) => {
    expect(parse(bytes)).toEqual({ ok: false, reason: "corrupt" });
  });
});
