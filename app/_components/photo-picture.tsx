import { renderPictureInner, type PictureOptions } from "@/lib/render-cards";
import type { ResponsivePicture } from "@/lib/photo-sources";
import { RenderedMarkup } from "./trusted-markup";

/**
 * A photo's derived files (lib/photo-sources.ts) as a plain `<picture>`: Next's image
 * optimiser is off (README, Decisions: "Photos"). CSS crops it to 3:2; `width` and
 * `height` give the browser that box before anything loads. Only a photo above the fold
 * on every screen (the front page's lead) is `eager`.
 */
export function PhotoPicture({ picture, options }: { picture: ResponsivePicture; options: PictureOptions }) {
  return <RenderedMarkup tag="picture" className={options.pictureClass} html={renderPictureInner(picture, options)} />;
}
