import sharp, { type Sharp } from "sharp";
import { MAX_PIXELS } from "./check-photo";
import type { PhotoPlan, PhotoVariant } from "./plan-photo";

// The fourth stage of the photo pipeline: sharp turns an original into its derived files.
// Each is turned upright by its EXIF orientation, converted to sRGB through the embedded
// ICC profile (CMYK through sharp's own), and written with no metadata at all: sharp
// drops EXIF (GPS included), XMP, IPTC and the profile unless asked to keep them, and
// nothing here asks.

/** One derived file, encoded. */
export interface EncodedVariant {
  readonly variant: PhotoVariant;
  readonly bytes: Buffer;
}

/** Thrown when an original cannot be encoded (damaged past its header, or not what its header said). */
export class PhotoEncodingError extends Error {
  constructor(
    readonly src: string,
    message: string,
  ) {
    super(`${src}: ${message}`);
    this.name = "PhotoEncodingError";
  }
}

const WEBP = { quality: 72, effort: 4 } as const;
const JPEG = { quality: 78, mozjpeg: true } as const;

/**
 * Encodes some of an original's planned variants. One variant is resized straight from
 * the original, letting the JPEG decoder shrink while decoding (fast, for a first
 * request); several share one decode into an upright sRGB intermediate at the widest.
 */
export async function encodeVariants(original: Buffer, plan: PhotoPlan, variants: readonly PhotoVariant[]): Promise<EncodedVariant[]> {
  // A drawing has no pixels to resize and no camera metadata: its copy is its bytes.
  if (plan.vector) return variants.map((variant) => ({ variant, bytes: original }));
  try {
    const [only] = variants;
    if (variants.length === 1 && only !== undefined) return [{ variant: only, bytes: await output(upright(original, only.width), only) }];
    const widest = Math.max(...variants.map((variant) => variant.width));
    const { data, info } = await upright(original, widest).raw().toBuffer({ resolveWithObject: true });
    if (Math.abs(info.height - Math.round((info.width * plan.height) / plan.width)) > 1) {
      throw new PhotoEncodingError(plan.src, `decoded as ${info.width}×${info.height}, the header said ${plan.width}×${plan.height}`);
    }
    const raw = { width: info.width, height: info.height, channels: info.channels };
    const encoded: EncodedVariant[] = [];
    for (const variant of variants) encoded.push({ variant, bytes: await output(sharp(data, { raw }).resize({ width: variant.width }), variant) });
    return encoded;
  } catch (error) {
    if (error instanceof PhotoEncodingError) throw error;
    throw new PhotoEncodingError(plan.src, error instanceof Error ? error.message : String(error));
  }
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
