import sharp, { type Sharp } from "sharp";
import { MAX_PIXELS } from "./check-photo";
import type { PhotoPlan, PhotoVariant } from "./plan-photo";

// The fourth stage of the photo pipeline: sharp turns an original into its derived files.
// Each is turned upright by its EXIF orientation, converted to sRGB through the embedded
// ICC profile (CMYK through sharp's own), and written with no metadata at all: sharp
// drops EXIF (GPS included), XMP, IPTC and the profile unless asked to keep them, and
// nothing here asks. A drawing stays vector: its copy is its own markup less what can
// carry its author's details (see stripDrawing).

/** One derived file, encoded. */
export interface EncodedVariant {
  readonly variant: PhotoVariant;
  readonly bytes: Buffer;
}

/**
 * Thrown when an original cannot be encoded (damaged past its header, or not what its
 * header said). Its message is for editors, in Vietnamese: what went wrong and what to
 * do, then sharp's own words, when they are the cause, in parentheses.
 */
export class PhotoEncodingError extends Error {
  constructor(
    readonly src: string,
    reason: string,
    sharpMessage?: string,
  ) {
    super(sharpMessage === undefined ? reason : `${reason} (sharp: ${sharpMessage})`);
    this.name = "PhotoEncodingError";
  }
}

const WEBP = { quality: 72, effort: 4 } as const;
const JPEG = { quality: 78, mozjpeg: true } as const;
const RECOPY = "chép lại tệp gốc hoặc xuất lại thành JPEG";

/**
 * Encodes some of an original's planned variants. One variant is resized straight from
 * the original, letting the JPEG decoder shrink while decoding (fast, for a first
 * request); several share one decode into an upright sRGB intermediate at the widest.
 */
export async function encodeVariants(original: Buffer, plan: PhotoPlan, variants: readonly PhotoVariant[]): Promise<EncodedVariant[]> {
  if (plan.vector) {
    const bytes = stripDrawing(original, plan.src);
    return variants.map((variant) => ({ variant, bytes }));
  }
  try {
    const [only] = variants;
    if (variants.length === 1 && only !== undefined) return [{ variant: only, bytes: await output(upright(original, only.width), only) }];
    const widest = Math.max(...variants.map((variant) => variant.width));
    const { data, info } = await upright(original, widest).raw().toBuffer({ resolveWithObject: true });
    if (Math.abs(info.height - Math.round((info.width * plan.height) / plan.width)) > 1) {
      throw new PhotoEncodingError(plan.src, `ảnh giải mã ra ${info.width}×${info.height} điểm ảnh, không cùng tỉ lệ với ${plan.width}×${plan.height} mà phần đầu tệp ghi, nên tệp có thể đã hỏng; ${RECOPY}`);
    }
    const raw = { width: info.width, height: info.height, channels: info.channels };
    const encoded: EncodedVariant[] = [];
    for (const variant of variants) encoded.push({ variant, bytes: await output(sharp(data, { raw }).resize({ width: variant.width }), variant) });
    return encoded;
  } catch (error) {
    if (error instanceof PhotoEncodingError) throw error;
    throw sharpFailure(plan.src, error instanceof Error ? error.message : String(error));
  }
}

// sharp says what failed in English; the editor reads what it means first. Its words for
// the pixel limit are matched as sharp 0.35.5 writes them (a test holds them to it).
function sharpFailure(src: string, message: string): PhotoEncodingError {
  if (/exceeds pixel limit/i.test(message)) {
    return new PhotoEncodingError(src, `ảnh lớn hơn mức tối đa ${MAX_PIXELS / 1_000_000} triệu điểm ảnh; thu nhỏ ảnh để cạnh dài khoảng 6000 điểm ảnh rồi chép lại`, message);
  }
  return new PhotoEncodingError(src, `không giải mã được ảnh: tệp hỏng, bị cắt cụt hoặc không đúng định dạng phần đầu tệp ghi; mở thử tệp bằng trình xem ảnh, ${RECOPY}`, message);
}

function upright(original: Buffer, width: number): Sharp {
  // limitInputPixels refuses a huge image from its header before decoding it (the check
  // refuses it first; this guards whatever gets past the check). One frame of an animation.
  return sharp(original, { limitInputPixels: MAX_PIXELS, failOn: "error", pages: 1, sequentialRead: true })
    .rotate()
    .resize({ width, withoutEnlargement: true })
    .toColourspace("srgb");
}

function output(image: Sharp, variant: PhotoVariant): Promise<Buffer> {
  // JPEG has no transparency: a screenshot's transparent parts become white, as on the page.
  if (variant.format === "jpeg") return image.flatten({ background: "#ffffff" }).jpeg(JPEG).toBuffer();
  return image.webp(WEBP).toBuffer();
}

// What a drawing's copy leaves out. Design tools write the author's details into
// <metadata> (RDF: names, dates, software) and comments, and embed a raster as
// <image href="data:…">, which keeps the camera's EXIF, GPS included.
//
// Regular expressions suffice here, and are safe, because they only ever remove markup:
// the copy can do nothing its original could not, and it is served only under the
// drawing policy (app/anh/[name]/route.ts: sandbox, no script, nothing loaded from
// anywhere) and shown through <img>, which runs and loads nothing either. Start tags are
// matched attribute by attribute, with the quotes XML requires and without the "<" it
// forbids in a value, so a ">" inside a value cannot end a match early. Markup written to
// fool them (a comment inside CDATA, a character reference in an href) can at worst break
// the drawing, which is the editor's own. Editors are trusted and their tools do not write
// such markup: this is against what a tool leaves behind, not against a hostile file.
//
// Every <image> goes, whatever its href: under <img> and under that policy only an
// embedded data: raster could ever show; an <feImage> too unless it refers to an element
// of the drawing ("#…"). A data: raster left anywhere else (a stylesheet, foreignObject)
// is refused rather than served.
const SPACE = "[ \\t\\r\\n]";
const NAME_PREFIX = "(?:[A-Za-z_][\\w.-]*:)?";
const ATTRIBUTES = `(?:${SPACE}+[^ \\t\\r\\n=/>]+${SPACE}*=${SPACE}*(?:"[^"]*"|'[^']*'))*${SPACE}*`;
const COMMENT = /<!--[\s\S]*?-->/g;
// Innermost first (no <metadata> opens inside a match), so one nested in another goes too.
const METADATA = new RegExp(`<(${NAME_PREFIX}metadata)${ATTRIBUTES}(?:/>|>(?:(?!<${NAME_PREFIX}metadata[ \\t\\r\\n/>])[\\s\\S])*?</\\1${SPACE}*>)`, "g");
const EMBEDDED = new RegExp(`<(${NAME_PREFIX}(image|feImage))(${ATTRIBUTES})(?:/>|>[\\s\\S]*?</\\1${SPACE}*>)`, "g");
const FRAGMENT_HREF = new RegExp(`${SPACE}${NAME_PREFIX}href${SPACE}*=${SPACE}*["']#`);
const DATA_RASTER = /data:image\//i;

function stripDrawing(original: Buffer, src: string): Buffer {
  // latin1 maps each byte to one character and back, so text in any encoding keeps its
  // bytes; the markup matched is ASCII, which no byte of a multi-byte UTF-8 character is.
  let text = original.toString("latin1").replace(COMMENT, "");
  for (let before = ""; before !== text; ) {
    before = text;
    text = text.replace(METADATA, "");
  }
  text = text.replace(EMBEDDED, (element: string, _name: string, local: string, attributes: string) => (local === "feImage" && FRAGMENT_HREF.test(attributes) ? element : ""));
  if (DATA_RASTER.test(text)) {
    throw new PhotoEncodingError(src, "bản vẽ SVG còn ảnh nhúng (data:image/…) ở chỗ không gỡ ra được, ngoài thẻ <image>; xuất lại bản vẽ mà không nhúng ảnh, hoặc đưa ảnh vào bài thành một ảnh riêng");
  }
  return Buffer.from(text, "latin1");
}
