import path from "node:path";
import { editDistance } from "./suggest-field";

const IMAGE_EXTENSIONS = /\.(jpe?g|png|webp|gif|svg|avif)$/i;

/**
 * The existing public file a photo path that matches none probably meant: the same path
 * in other capitals or with another image extension (`.jpg`/`.jpeg`), the same path
 * without a leading `/public`, the file of the same name in another folder, or the
 * nearest name in the same folder (at most two typing mistakes, a quarter of the name).
 *
 * @param files every file under public/, as URL paths (`/images/2017/04/anh-1.jpg`)
 * @example suggestFile("/images/2017/04/anh-1.jgp", ["/images/2017/04/anh-1.jpg"]) // "/images/2017/04/anh-1.jpg"
 */
export function suggestFile(url: string, files: readonly string[]): string | undefined {
  const others = files.filter((file) => file !== url);
  const folded = (file: string): string => file.toLowerCase().replace(IMAGE_EXTENSIONS, ".*");
  const same = others.find((file) => folded(file) === folded(url)) ?? others.find((file) => folded(file) === folded(url.replace(/^\/public(?=\/)/i, "")));
  if (same !== undefined) return same;
  const name = path.posix.basename(url).toLowerCase();
  const elsewhere = others.filter((file) => path.posix.basename(file).toLowerCase() === name);
  if (elsewhere.length === 1) return elsewhere[0];
  const folder = path.posix.dirname(url);
  const limit = Math.min(2, Math.floor(name.length / 4));
  let best: { file: string; distance: number } | undefined;
  for (const file of others) {
    if (path.posix.dirname(file) !== folder) continue;
    const distance = editDistance(path.posix.basename(file).toLowerCase(), name);
    if (distance <= limit && (best === undefined || distance < best.distance)) best = { file, distance };
  }
  return best?.file;
}
