import path from "node:path";
import { editDistance } from "./suggest-field";

const IMAGE_EXTENSIONS = /\.(jpe?g|png|webp|gif|svg|avif)$/i;

// How editors miss the photo address: the old folder (`/public/images/…`), the folder on
// disk (`/content/images/…`), a relative path (`images/…`, `../../images/…`), a capital
// (`/Images/…`). Each names `/images/…` as surely as if it were written so.
const NEAR_MISS = /^(?:\.{1,2}\/)*\/?(?:(?:public|content)\/)?images\//i;

/**
 * The existing original a photo address that matches none probably meant: the same path
 * once a near miss of its `/images/` prefix is mended, in other capitals or with another
 * image extension (`.jpg`/`.jpeg`), the file of the same name in another folder, or the
 * nearest name in the same folder (at most two typing mistakes, a quarter of the name).
 *
 * @param files every original under content/images/, as addresses (`/images/2017/04/anh-1.jpg`)
 * @example suggestFile("/images/2017/04/anh-1.jgp", ["/images/2017/04/anh-1.jpg"]) // "/images/2017/04/anh-1.jpg"
 */
export function suggestFile(url: string, files: readonly string[]): string | undefined {
  const meant = url.replace(NEAR_MISS, "/images/");
  const others = files.filter((file) => file !== url);
  const folded = (file: string): string => file.toLowerCase().replace(IMAGE_EXTENSIONS, ".*");
  const same = others.find((file) => file === meant) ?? others.find((file) => folded(file) === folded(meant));
  if (same !== undefined) return same;
  const name = path.posix.basename(meant).toLowerCase();
  const elsewhere = others.filter((file) => path.posix.basename(file).toLowerCase() === name);
  if (elsewhere.length === 1) return elsewhere[0];
  const folder = path.posix.dirname(meant);
  const limit = Math.min(2, Math.floor(name.length / 4));
  let best: { file: string; distance: number } | undefined;
  for (const file of others) {
    if (path.posix.dirname(file) !== folder) continue;
    const distance = editDistance(path.posix.basename(file).toLowerCase(), name);
    if (distance <= limit && (best === undefined || distance < best.distance)) best = { file, distance };
  }
  return best?.file;
}
