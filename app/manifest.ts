import type { MetadataRoute } from "next";
import { getSite } from "./_data/content";
import { getLogo } from "./_data/seo";

export default function manifest(): MetadataRoute.Manifest {
  const site = getSite();
  const logo = getLogo();
  return {
    name: site.name,
    short_name: site.name,
    description: site.description,
    lang: "vi",
    start_url: "/",
    display: "browser",
    background_color: "#fffdf9",
    theme_color: "#8b1a1a",
    icons: [
      { src: "/icon.svg", type: "image/svg+xml", sizes: "any" },
      { src: logo.path, type: logo.type, sizes: `${logo.width}x${logo.height}` },
    ],
  };
}
