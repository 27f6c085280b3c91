import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Section } from "../article";
import { showPath, type ContentPaths } from "../content-paths";
import { parseSettings, SettingsError, type Settings } from "../settings";
import { findArticleFile, readSettings } from "../load-content";
import { parseArticle } from "../parse-article";
import { expected, problemAt, type Problem } from "../problem";
import { parseSections, parseSiteConfig, type SiteConfig } from "../site-config";
import { slugify } from "../slugify";

// What the editors' commands share: where content is, reading the settings, and writing
// a new article without ever overwriting one or publishing a file the check would refuse.

/**
 * The commands' settings from the environment (lib/settings.ts). A bad variable ends the
 * command with its message and exit code 1, as the site's build would fail on it.
 */
export function commandSettings(env: Readonly<Record<string, string | undefined>> = process.env, cwd: string = process.cwd()): Settings {
  try {
    return parseSettings(env, cwd);
  } catch (error) {
    if (!(error instanceof SettingsError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

/** Site settings and sections, or the problems in `site.yaml` and `sections.yaml`. */
export type SettingsResult =
  | { readonly ok: true; readonly site: SiteConfig; readonly sections: readonly Section[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** Reads `site.yaml` and `sections.yaml`, the two settings a new article depends on. */
export function loadSettings(paths: ContentPaths): SettingsResult {
  const problems: Problem[] = [];
  const show = (absolute: string): string => showPath(paths, absolute);
  const site = readSettings(path.join(paths.contentDir, "site.yaml"), show, parseSiteConfig, problems);
  const sections = readSettings(path.join(paths.contentDir, "sections.yaml"), show, parseSections, problems);
  if (site === undefined || sections === undefined) return { ok: false, problems };
  return { ok: true, site, sections };
}

/** The section the editor named with `--category`, or the first declared one when none was named. */
export function pickSection(sections: readonly Section[], wanted: string | undefined, file: string): { ok: true; section: Section } | { ok: false; problems: readonly Problem[] } {
  const found = wanted === undefined ? sections[0] : sections.find((section) => section.slug === slugify(wanted));
  if (found !== undefined) return { ok: true, section: found };
  const names = sections.map((section) => section.name).join(", ");
  return { ok: false, problems: [expected({ file, field: "category" }, `một chuyên mục đã khai báo trong content/sections.yaml (${names})`, JSON.stringify(wanted ?? ""))] };
}

/**
 * Checks a new article as the site will, then writes it. Refuses to overwrite a file, or
 * to add one whose URL another article already has (in any year or month).
 */
export function writeNewArticle(
  paths: ContentPaths,
  settings: { readonly site: SiteConfig; readonly sections: readonly Section[] },
  article: { readonly relativePath: string; readonly slug: string; readonly text: string },
): { ok: true; file: string } | { ok: false; problems: readonly Problem[] } {
  const absolute = path.join(paths.contentDir, article.relativePath);
  const file = showPath(paths, absolute);
  if (existsSync(absolute)) {
    return { ok: false, problems: [problemAt({ file }, "tệp này đã có; không ghi đè. Sửa tệp đó, hoặc đổi tiêu đề để có tên tệp khác.")] };
  }
  const clash = findArticleFile(path.join(paths.contentDir, "articles"), article.slug);
  if (clash !== undefined) {
    return { ok: false, problems: [problemAt({ file }, `đã có bài với đường dẫn /bai-viet/${article.slug} ở ${showPath(paths, clash)}; không tạo bài trùng. Đổi tiêu đề hoặc sửa bài đó.`)] };
  }
  const parsed = parseArticle(article.text, file, article.slug, { timeZone: settings.site.timeZone, sections: settings.sections });
  if (!parsed.ok) return parsed;
  mkdirSync(path.dirname(absolute), { recursive: true });
  try {
    // "wx" fails if the file appeared since the check above: never overwrite.
    writeFileSync(absolute, article.text, { encoding: "utf8", flag: "wx" });
  } catch {
    return { ok: false, problems: [problemAt({ file }, "không ghi được tệp (đã có tệp trùng tên, hoặc không có quyền ghi vào thư mục).")] };
  }
  return { ok: true, file };
}
