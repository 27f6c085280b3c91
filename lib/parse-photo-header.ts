import { imageSize } from "image-size";

// The first stage of the photo pipeline: what an original is, read from its header only.
// `npm run check` reads every photo an article uses; a newsroom's photos are 5–15 MB
// each, so the header is read by seeking from segment to segment (a few hundred bytes per
// photo), never by loading the file, and nothing is decoded. Sizes claimed by a header
// are checked here before any decoder sees them (lib/check-photo.ts refuses huge ones).

/** An original's bytes, read on demand: `read` returns fewer bytes at the end of the file. */
export interface ByteSource {
  readonly size: number;
  read(offset: number, length: number): Uint8Array;
}

/** The formats an article may use; HEIC is recognised so that it can be refused by name. */
export type PhotoFormat = "jpeg" | "png" | "gif" | "webp" | "avif" | "heic" | "svg";

/** What the pipeline needs to know about an original, from its header. */
export interface PhotoFacts {
  readonly format: PhotoFormat;
  /** Width and height as the photo is seen: EXIF orientations 5–8 (portraits held sideways) swap the stored ones. */
  readonly width: number;
  readonly height: number;
  /** EXIF orientation 1–8; 1 when absent. */
  readonly orientation: number;
  /** File size in bytes. */
  readonly bytes: number;
  readonly type: string;
  /** Colour model of the stored pixels; CMYK comes from print workflows. */
  readonly colour: "rgb" | "grey" | "cmyk";
  /** More than one frame: an animated GIF, PNG or WebP. */
  readonly animated: boolean;
  /** The file ends the way its format says it must; false for a copy cut short. */
  readonly complete: boolean;
}

/** The facts of an original, or why there are none. */
export type PhotoHeader =
  | { readonly ok: true; readonly facts: PhotoFacts }
  /** `foreign` names a file type that is not an image we take (TIFF, PDF, a video…). */
  | { readonly ok: false; readonly reason: "not-an-image" | "corrupt"; readonly foreign?: string };

const MIME: Readonly<Record<PhotoFormat, string>> = {
  jpeg: "image/jpeg",
  png: "image/png",
  gif: "image/gif",
  webp: "image/webp",
  avif: "image/avif",
  heic: "image/heic",
  svg: "image/svg+xml",
};

/**
 * Reads an original's format, oriented size, colour model, animation and completeness
 * from its header (and its last bytes), without decoding it.
 *
 * @example parsePhotoHeader(source).facts // { format: "jpeg", width: 4000, height: 6000, orientation: 6, … }
 */
export function parsePhotoHeader(source: ByteSource): PhotoHeader {
  const head = source.read(0, 64);
  try {
    if (starts(head, [0xff, 0xd8, 0xff])) return readJpeg(source);
    if (starts(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return readPng(source);
    if (ascii(head, 0, 6) === "GIF87a" || ascii(head, 0, 6) === "GIF89a") return readGif(source);
    if (ascii(head, 0, 4) === "RIFF" && ascii(head, 8, 4) === "WEBP") return readWebp(source);
    if (ascii(head, 4, 4) === "ftyp") return readIsoMedia(source);
    if (looksLikeSvg(head)) return readSvg(source);
  } catch (error) {
    // A header whose offsets point outside the file is damage, not a bug of ours.
    if (error instanceof RangeError) return { ok: false, reason: "corrupt" };
    throw error;
  }
  return { ok: false, reason: "not-an-image", ...foreignType(head) };
}

function facts(format: PhotoFormat, source: ByteSource, stored: { width: number; height: number }, rest: Partial<PhotoFacts>): PhotoHeader {
  if (!(stored.width > 0 && stored.height > 0)) return { ok: false, reason: "corrupt" };
  const orientation = rest.orientation ?? 1;
  const sideways = orientation >= 5 && orientation <= 8;
  return {
    ok: true,
    facts: {
      format,
      width: sideways ? stored.height : stored.width,
      height: sideways ? stored.width : stored.height,
      orientation,
      bytes: source.size,
      type: MIME[format],
      colour: rest.colour ?? "rgb",
      animated: rest.animated ?? false,
      complete: rest.complete ?? true,
    },
  };
}

// ---- JPEG: markers up to the frame header, EXIF orientation, Adobe colour transform ----

const START_OF_FRAME = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

function readJpeg(source: ByteSource): PhotoHeader {
  let offset = 2;
  let orientation = 1;
  let trailerExpected = false;
  let frame: { width: number; height: number; components: number } | undefined;
  while (offset + 4 <= source.size) {
    const [mark, code = 0, high = 0, low = 0] = source.read(offset, 4);
    if (mark !== 0xff) return { ok: false, reason: "corrupt" };
    // Fill bytes (0xFF repeated) may pad a marker.
    if (code === 0xff) {
      offset += 1;
      continue;
    }
    if (code === 0xd9 || code === 0xda) break;
    if (code === 0x01 || (code >= 0xd0 && code <= 0xd7)) {
      offset += 2;
      continue;
    }
    const length = (high << 8) | low;
    if (length < 2) return { ok: false, reason: "corrupt" };
    const body = offset + 4;
    if (START_OF_FRAME.has(code)) {
      const sof = source.read(body, 6);
      frame = { height: u16be(sof, 1), width: u16be(sof, 3), components: sof[5] ?? 0 };
    } else if (code === 0xe1) {
      const segment = source.read(body, Math.min(length - 2, 65_533));
      if (ascii(segment, 0, 6) === "Exif\0\0") orientation = exifOrientation(segment.subarray(6));
      // Phones that save "motion photos" append a video after the picture; the JPEG then
      // does not end with its end marker, and that is not damage.
      else if (/MotionPhoto|MicroVideo/.test(ascii(segment, 0, segment.length))) trailerExpected = true;
    }
    offset = body + length - 2;
  }
  if (frame === undefined) return { ok: false, reason: "corrupt" };
  const colour = frame.components === 4 ? "cmyk" : frame.components === 1 ? "grey" : "rgb";
  return facts("jpeg", source, frame, { orientation, colour, complete: trailerExpected || endsWithMarker(source, offset) });
}

// The end-of-image marker (FF D9) cannot occur inside the compressed data, so finding it
// in the last bytes after the scan began means the copy is whole. Some phones append a
// trailer after it, hence a window rather than the last two bytes: the last kilobyte
// first (almost always enough), then the last 64.
function endsWithMarker(source: ByteSource, scanStart: number): boolean {
  for (const window of [1024, 65_536]) {
    const from = Math.max(scanStart, source.size - window);
    const tail = source.read(from, source.size - from);
    for (let index = tail.length - 2; index >= 0; index--) if (tail[index] === 0xff && tail[index + 1] === 0xd9) return true;
    if (from === scanStart) break;
  }
  return false;
}

function exifOrientation(tiff: Uint8Array): number {
  const little = ascii(tiff, 0, 2) === "II";
  if (!little && ascii(tiff, 0, 2) !== "MM") return 1;
  const u16 = (at: number): number => (little ? u16le(tiff, at) : u16be(tiff, at));
  const u32 = (at: number): number => (little ? u32le(tiff, at) : u32be(tiff, at));
  const ifd = u32(4);
  if (ifd + 2 > tiff.length) return 1;
  const entries = u16(ifd);
  for (let index = 0; index < entries; index++) {
    const entry = ifd + 2 + index * 12;
    if (entry + 12 > tiff.length) break;
    if (u16(entry) === 0x0112) {
      const value = u16(entry + 8);
      return value >= 1 && value <= 8 ? value : 1;
    }
  }
  return 1;
}

// ---- PNG: IHDR, and acTL (an animated PNG) before the image data ----

function readPng(source: ByteSource): PhotoHeader {
  const ihdr = source.read(8, 25);
  if (ascii(ihdr, 4, 4) !== "IHDR") return { ok: false, reason: "corrupt" };
  const stored = { width: u32be(ihdr, 8), height: u32be(ihdr, 12) };
  const colourType = ihdr[17] ?? 2;
  let animated = false;
  for (let offset = 8; offset + 8 <= source.size; ) {
    const chunk = source.read(offset, 12);
    const type = ascii(chunk, 4, 4);
    if (type === "acTL") animated = u32be(chunk, 8) > 1;
    if (type === "IDAT" || type === "IEND") break;
    offset += 12 + u32be(chunk, 0);
  }
  const end = source.read(source.size - 8, 8);
  return facts("png", source, stored, { colour: colourType === 0 || colourType === 4 ? "grey" : "rgb", animated, complete: ascii(end, 0, 4) === "IEND" });
}

// ---- GIF: the block structure, to count frames (GIFs are small; read whole) ----

function readGif(source: ByteSource): PhotoHeader {
  const gif = source.read(0, source.size);
  const stored = { width: u16le(gif, 6), height: u16le(gif, 8) };
  let offset = 13 + colourTableBytes(gif[10] ?? 0);
  let frames = 0;
  let complete = false;
  while (offset < gif.length) {
    const block = gif[offset];
    if (block === 0x3b) {
      complete = true;
      break;
    }
    if (block === 0x2c) {
      frames += 1;
      offset += 10 + colourTableBytes(gif[offset + 9] ?? 0) + 1;
    } else if (block === 0x21) {
      offset += 2;
    } else {
      break;
    }
    // Data sub-blocks: a length byte, that many bytes, until a zero length.
    while (offset < gif.length && gif[offset] !== 0) offset += (gif[offset] ?? 0) + 1;
    offset += 1;
  }
  return facts("gif", source, stored, { animated: frames > 1, complete });
}

function colourTableBytes(flags: number): number {
  return (flags & 0x80) === 0 ? 0 : 3 * 2 ** ((flags & 0x07) + 1);
}

// ---- WebP: the first chunk says lossy, lossless or extended (with an animation flag) ----

function readWebp(source: ByteSource): PhotoHeader {
  const head = source.read(0, 30);
  const chunk = ascii(head, 12, 4);
  const complete = u32le(head, 4) + 8 <= source.size;
  if (chunk === "VP8 ") return facts("webp", source, { width: u16le(head, 26) & 0x3fff, height: u16le(head, 28) & 0x3fff }, { complete });
  if (chunk === "VP8L") {
    const bits = u32le(head, 21);
    return facts("webp", source, { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 }, { complete });
  }
  if (chunk === "VP8X") {
    const width = 1 + ((head[24] ?? 0) | ((head[25] ?? 0) << 8) | ((head[26] ?? 0) << 16));
    const height = 1 + ((head[27] ?? 0) | ((head[28] ?? 0) << 8) | ((head[29] ?? 0) << 16));
    return facts("webp", source, { width, height }, { animated: ((head[20] ?? 0) & 0x02) !== 0, complete });
  }
  return { ok: false, reason: "corrupt" };
}

// ---- HEIF family (HEIC from iPhones, AVIF): brands, then the image size properties ----

const HEIC_BRANDS = new Set(["heic", "heix", "heim", "heis", "hevc", "hevx", "hevm", "hevs"]);

function readIsoMedia(source: ByteSource): PhotoHeader {
  const ftypSize = u32be(source.read(0, 4), 0);
  const ftyp = source.read(0, Math.min(Math.max(ftypSize, 16), 256));
  const brands = [ascii(ftyp, 8, 4)];
  for (let at = 16; at + 4 <= ftyp.length; at += 4) brands.push(ascii(ftyp, at, 4));
  const format = brands.includes("avif") || brands.includes("avis") ? "avif" : brands.some((brand) => HEIC_BRANDS.has(brand)) ? "heic" : undefined;
  if (format === undefined) return { ok: false, reason: "not-an-image", foreign: brands.includes("mif1") ? "HEIF" : "video (MP4/MOV)" };
  let size = { width: 0, height: 0 };
  let rotated = false;
  let end = 0;
  for (const box of boxes(source, 0, source.size)) {
    end = box.end;
    if (box.type !== "meta") continue;
    // meta is a full box: four bytes of version and flags before its children.
    for (const child of boxes(source, box.body + 4, box.end)) {
      if (child.type !== "iprp") continue;
      for (const container of boxes(source, child.body, child.end)) {
        if (container.type !== "ipco") continue;
        for (const property of boxes(source, container.body, container.end)) {
          const data = source.read(property.body, 12);
          // The largest size is the primary image's; thumbnails have their own, smaller one.
          if (property.type === "ispe" && u32be(data, 4) * u32be(data, 8) > size.width * size.height) size = { width: u32be(data, 4), height: u32be(data, 8) };
          if (property.type === "irot") rotated = ((data[0] ?? 0) & 1) === 1;
        }
      }
    }
  }
  // A decoder applies the rotation property itself, so the shown size is the rotated one.
  const shown = rotated ? { width: size.height, height: size.width } : size;
  return facts(format, source, shown, { complete: end === source.size });
}

function* boxes(source: ByteSource, start: number, end: number): Generator<{ type: string; body: number; end: number }> {
  let offset = start;
  while (offset + 8 <= end) {
    const header = source.read(offset, 16);
    const size32 = u32be(header, 0);
    const type = ascii(header, 4, 4);
    const headerBytes = size32 === 1 ? 16 : 8;
    const size = size32 === 1 ? u32be(header, 8) * 2 ** 32 + u32be(header, 12) : size32 === 0 ? end - offset : size32;
    if (size < headerBytes) throw new RangeError(`box ${type} is too small`);
    yield { type, body: offset + headerBytes, end: offset + size };
    offset += size;
  }
}

// ---- SVG: a drawing, measured from its width, height or viewBox ----

function looksLikeSvg(head: Uint8Array): boolean {
  const text = ascii(head, 0, head.length).replace(/^\ufeff|^\xef\xbb\xbf/, "").trimStart();
  return text.startsWith("<svg") || text.startsWith("<?xml") || text.startsWith("<!--") || text.startsWith("<!DOCTYPE svg");
}

function readSvg(source: ByteSource): PhotoHeader {
  const text = source.read(0, Math.min(source.size, 65_536));
  if (!ascii(text, 0, text.length).includes("<svg")) return { ok: false, reason: "not-an-image", foreign: "XML" };
  try {
    const size = imageSize(text);
    return facts("svg", source, { width: size.width, height: size.height }, {});
  } catch {
    return { ok: false, reason: "corrupt" };
  }
}

// ---- what a file that is not one of ours looks like, for the editor's message ----

function foreignType(head: Uint8Array): { foreign?: string } {
  if (ascii(head, 0, 4) === "II*\0" || ascii(head, 0, 4) === "MM\0*") return { foreign: "TIFF" };
  if (ascii(head, 0, 2) === "BM") return { foreign: "BMP" };
  if (ascii(head, 0, 4) === "8BPS") return { foreign: "Photoshop (PSD)" };
  if (ascii(head, 0, 4) === "%PDF") return { foreign: "PDF" };
  if (starts(head, [0x50, 0x4b, 0x03, 0x04])) return { foreign: "ZIP (có thể là tệp Word)" };
  return {};
}

function starts(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function ascii(bytes: Uint8Array, offset: number, length: number): string {
  let text = "";
  for (let index = offset; index < Math.min(bytes.length, offset + length); index++) text += String.fromCharCode(bytes[index] ?? 0);
  return text;
}

// Reading past the bytes we have means the header lied about an offset: that is damage.
function byte(bytes: Uint8Array, at: number): number {
  const value = bytes[at];
  if (value === undefined) throw new RangeError(`offset ${at} is outside the header`);
  return value;
}

function u16be(bytes: Uint8Array, at: number): number {
  return (byte(bytes, at) << 8) | byte(bytes, at + 1);
}

function u16le(bytes: Uint8Array, at: number): number {
  return byte(bytes, at) | (byte(bytes, at + 1) << 8);
}

function u32be(bytes: Uint8Array, at: number): number {
  return byte(bytes, at) * 0x1000000 + ((byte(bytes, at + 1) << 16) | (byte(bytes, at + 2) << 8) | byte(bytes, at + 3));
}

function u32le(bytes: Uint8Array, at: number): number {
  return byte(bytes, at + 3) * 0x1000000 + ((byte(bytes, at + 2) << 16) | (byte(bytes, at + 1) << 8) | byte(bytes, at));
}
