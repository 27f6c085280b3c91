import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { findInlinedStylesheet } from "@/lib/inlined-stylesheet";
import { getSettings } from "../_data/settings";
import { prerenderedNotFoundPage } from "./not-found-page";

// The site's stylesheet for the pages written as text (the search page), once per process.
// A production build takes it from its prerendered 404 page, so it is the exact compiled
// CSS every React page inlines. The dev server prerenders nothing and reads the source.

let stylesheet: string | undefined;

/** The compiled stylesheet, as every page of this build inlines it; on the dev server, the source as it is now. */
export function getStylesheet(): string {
  // An editor of app/globals.css sees the change on the next search, as on every other page.
  if (getSettings().preview) return readStylesheet();
  stylesheet ??= readStylesheet();
  return stylesheet;
}

function readStylesheet(): string {
  const settings = getSettings();
  if (settings.preview) return readFileSync(path.join(/*turbopackIgnore: true*/ settings.paths.displayRoot, "app", "globals.css"), "utf8");
  const page = prerenderedNotFoundPage();
  const found = page === undefined ? undefined : findInlinedStylesheet(page);
  if (found !== undefined) return found;
  // Every build prerenders the 404 page with the stylesheet inlined: without it the build is
  // broken. Readers still get their results, unstyled, and the log says why, once.
  console.error(`Trang tìm kiếm: bản dựng trong ${settings.buildFolder} thiếu trang 404 dựng sẵn có bảng định kiểu (server/app/_not-found.html); hãy dựng lại trang (npm run build).`);
  return "";
}
