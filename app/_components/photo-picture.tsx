import type { ResponsivePicture } from "@/lib/photo-sources";

/**
 * A photo's derived files (lib/photo-sources.ts) as a plain `<picture>`: Next's image
 * optimiser is off (README, Decisions: "Photos"). CSS crops it to 3:2; `width` and
 * `height` give the browser that box before anything loads. Only a photo above the fold
 * on every screen (the front page's lead) is `eager`.
 */
export function PhotoPicture({
  picture,
  pictureClassName,
  imgClassName,
  width,
  height,
  eager = false,
}: {
  picture: ResponsivePicture;
  pictureClassName: string;
  imgClassName: string;
  width: number;
  height: number;
  eager?: boolean;
}) {
  return (
    <picture className={pictureClassName}>
      {picture.sources.map((source) => (
        <source key={source.type} type={source.type} srcSet={source.srcSet} sizes={source.sizes} />
      ))}
      <img
        className={imgClassName}
        src={picture.src}
        srcSet={picture.srcSet}
        sizes={picture.sizes}
        alt=""
        width={width}
        height={height}
        {...(eager ? { fetchPriority: "high" } : { loading: "lazy" })}
        decoding="async"
      />
    </picture>
  );
}
