import sharp from "sharp";
import { createRandom } from "./random";

// Real JPEGs for tests and the benchmark, made with sharp from synthetic pixels: detail
// at every scale (so downscaled copies cost what real photos cost) plus sensor grain, and
// the metadata cameras and phones write: EXIF orientation, make and model, the GPS
// position, an XMP creator, a Display P3 profile. Nothing is ever downloaded.

/** What to make. */
export interface CameraPhotoOptions {
  readonly width: number;
  readonly height: number;
  readonly seed?: number;
  /** EXIF orientation tag to write (the pixels are stored as given). */
  readonly orientation?: number;
  /** Write make, model, GPS position and an XMP creator, as phones do. */
  readonly metadata?: boolean;
  /** Tag the pixels as Display P3 (converted into P3, with the profile embedded). */
  readonly displayP3?: boolean;
  /** Store CMYK, as print workflows do. */
  readonly cmyk?: boolean;
  readonly quality?: number;
}

/** A marker a test can find in a file that still carries the photographer's position. */
export const GPS_DATUM = "WGS-84-bao-tinh";
/** The XMP creator written into photos with metadata. */
export const XMP_CREATOR = "Phóng viên ảnh Báo Tỉnh";

const XMP = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator><rdf:Seq><rdf:li>${XMP_CREATOR}</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>`;

/** A camera-like JPEG: `width` × `height` stored pixels with the requested metadata. */
export async function cameraPhoto(options: CameraPhotoOptions): Promise<Buffer> {
  const { width, height } = options;
  const pixels = await syntheticPixels(width, height, options.seed ?? 1);
  let image = sharp(pixels, { raw: { width, height, channels: 3 } });
  if (options.cmyk === true) image = image.toColourspace("cmyk");
  if (options.displayP3 === true) image = image.withIccProfile("p3");
  if (options.orientation !== undefined) image = image.withMetadata({ orientation: options.orientation });
  if (options.metadata === true) {
    image = image
      .withExifMerge({
        IFD0: { Make: "Canon", Model: "EOS R6", Artist: "Hồng Nhung" },
        IFD3: { GPSLatitudeRef: "N", GPSLatitude: "20/1 57/1 1234/100", GPSLongitudeRef: "E", GPSLongitude: "107/1 4/1 5678/100", GPSMapDatum: GPS_DATUM },
      })
      .withXmp(XMP);
  }
  return image.jpeg({ quality: options.quality ?? 92 }).toBuffer();
}

/** Raw RGB pixels: octaves of smooth noise over a gradient, then per-pixel grain. */
export async function syntheticPixels(width: number, height: number, seed: number): Promise<Buffer> {
  const random = createRandom(seed);
  // Each octave is a small grid of random colours that sharp enlarges smoothly (fast, in
  // native code); the finest (8 to 24 camera pixels) survives the downscaling to
  // 320-1280, so derived files cost what a real photo's do (a 640-wide WebP of a
  // newsroom photo weighs some 30-60 KB). The grain is per pixel, as a sensor's.
  const octaves = await Promise.all(
    [
      { cell: 384, amplitude: 90 },
      { cell: 96, amplitude: 55 },
      { cell: 24, amplitude: 45 },
      { cell: 8, amplitude: 40 },
    ].map(async ({ cell, amplitude }) => {
      const columns = Math.ceil(width / cell) + 1;
      const rows = Math.ceil(height / cell) + 1;
      const grid = Buffer.from(Array.from({ length: columns * rows * 3 }, () => Math.floor(random() * 256)));
      const smooth = await sharp(grid, { raw: { width: columns, height: rows, channels: 3 } }).resize(width, height, { fit: "fill", kernel: "cubic" }).raw().toBuffer();
      return { smooth, scale: amplitude / 256 };
    }),
  );
  const pixels = Buffer.alloc(width * height * 3);
  let state = seed >>> 0;
  for (let y = 0, at = 0; y < height; y++) {
    const down = y / height;
    for (let x = 0; x < width; x++) {
      const across = x / width;
      for (let channel = 0; channel < 3; channel++, at++) {
        let value = channel === 0 ? 100 + 70 * down : channel === 1 ? 110 + 50 * across : 150 - 80 * down;
        for (const { smooth, scale } of octaves) value += ((smooth[at] ?? 128) - 128) * scale;
        state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
        pixels[at] = Math.max(0, Math.min(255, value + ((state >>> 24) % 17) - 8));
      }
    }
  }
  return pixels;
}

/** Raw RGB pixels in four flat quadrants, to see where each corner of a photo went. */
export function quadrants(width: number, height: number, colours: readonly (readonly [number, number, number])[]): Buffer {
  const pixels = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const colour = colours[(y < height / 2 ? 0 : 2) + (x < width / 2 ? 0 : 1)] ?? [0, 0, 0];
      pixels.set(colour, (y * width + x) * 3);
    }
  }
  return pixels;
}

/** A JPEG header (start of image, JFIF, frame header) that claims `width` × `height`, with no pixels behind it. */
export function jpegHeaderClaiming(width: number, height: number): Buffer {
  const sof = [0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01];
  const jfif = [0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00];
  // A scan header and an end marker, so the file is not also "truncated".
  const sos = [0xff, 0xda, 0x00, 0x0c, 0x03, 0x01, 0x00, 0x02, 0x11, 0x03, 0x11, 0x00, 0x3f, 0x00, 0xff, 0xd9];
  return Buffer.from([0xff, 0xd8, ...jfif, ...sof, ...sos]);
}

/** The start of an iPhone HEIC: an `ftyp` box with the heic brand, then a meta box with the image size. */
export function heicHeader(width: number, height: number): Buffer {
  const box = (type: string, ...parts: Buffer[]): Buffer => {
    const body = Buffer.concat(parts);
    const header = Buffer.alloc(8);
    header.writeUInt32BE(8 + body.length);
    header.write(type, 4, "latin1");
    return Buffer.concat([header, body]);
  };
  const ispe = Buffer.alloc(12);
  ispe.writeUInt32BE(width, 4);
  ispe.writeUInt32BE(height, 8);
  const ftyp = box("ftyp", Buffer.from("heic\0\0\0\0mif1heicmiaf", "latin1"));
  const meta = box("meta", Buffer.alloc(4), box("iprp", box("ipco", box("ispe", ispe))));
  return Buffer.concat([ftyp, meta, box("mdat", Buffer.alloc(64))]);
}
