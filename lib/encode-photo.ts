import sharp, { type Sharp } from "sharp";
import { MAX_PIXELS } from "./check-photo";
import type { PhotoPlan, PhotoVariant } from "./plan-photo";
import { LEFTOVER_RASTER, stripDrawing } from "./strip-drawing";

// The fourth stage of the photo pipeline: sharp turns an original into its derived files.
// Each is turned upright by its EXIF orientation, converted to sRGB through the embedded
// ICC profile (CMYK through sharp's own), and written with no metadata at all: sharp
// drops EXIF (GPS included), XMP, IPTC and the profile unless asked to keep them, and
// nothing here asks. A drawing stays vector: its copy is its own markup less what can
// carry its author's details (lib/strip-drawing.ts).

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
    const bytes = stripDrawing(original);
    if (bytes === undefined) throw new PhotoEncodingError(plan.src, LEFTOVER_RASTER);
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

