import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Section } from "../article";
import { showPath, type ContentPaths } from "../content-paths";
import { parseSettings, SettingsError, type Settings } from "../settings";
import { findArticleFile, readSettings } from "../load-content";
import { findSection } from "../find-section";
import { parseArticle } from "../parse-article";
import { fail, succeed, type ParseResult } from "../parse-result";
import { problemAt, type Problem } from "../problem";
import { parseSections, parseSiteConfig, type SiteConfig } from "../site-config";

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

/** Site settings and sections, the two a new article depends on. */
export interface SiteSettings {
  readonly site: SiteConfig;
  readonly sections: readonly Section[];
}

/** Reads `site.yaml` and `sections.yaml`, or names the problems in them. */
export function loadSettings(paths: ContentPaths): ParseResult<SiteSettings> {
  const problems: Problem[] = [];
  const show = (absolute: string): string => showPath(paths, absolute);
  const site = readSettings(path.join(paths.contentDir, "site.yaml"), show, parseSiteConfig, problems);
  const sections = readSettings(path.join(paths.contentDir, "sections.yaml"), show, parseSections, problems);
  if (site === undefined || sections === undefined) return fail(problems);
  return succeed({ site, sections });
}

/** The section the editor named with `--category`, or the first declared one when none was named. */
export function pickSection(sections: readonly Section[], wanted: string | undefined, file: string): ParseResult<Section> {
  const first = sections[0];
  if (wanted === undefined && first !== undefined) return succeed(first);
  return findSection(sections, wanted ?? "", { file, field: "category" });
}

/**
 * Checks a new article as the site will, then writes it, giving back the file as the editor
 * sees it. Refuses to overwrite a file, or to add one whose URL another article already has
 * (in any year or month).
 */
export function writeNewArticle(
  paths: ContentPaths,
  settings: SiteSettings,
  article: { readonly relativePath: string; readonly slug: string; readonly text: string },
): ParseResult<string> {
  const absolute = path.join(paths.contentDir, article.relativePath);
  const file = showPath(paths, absolute);
  if (existsSync(absolute)) {
    return fail([problemAt({ file }, "tệp này đã có; không ghi đè. Sửa tệp đó, hoặc đổi tiêu đề để có tên tệp khác.")]);
  }
  const clash = findArticleFile(path.join(paths.contentDir, "articles"), article.slug);
  if (clash !== undefined) {
    return fail([problemAt({ file }, `đã có bài với đường dẫn /bai-viet/${article.slug} ở ${showPath(paths, clash)}; không tạo bài trùng. Đổi tiêu đề hoặc sửa bài đó.`)]);
  }
  const parsed = parseArticle(article.text, file, article.slug, { timeZone: settings.site.timeZone, sections: settings.sections });
  if (!parsed.ok) return parsed;
  mkdirSync(path.dirname(absolute), { recursive: true });
  try {
    // "wx" fails if the file appeared since the check above: never overwrite.
    writeFileSync(absolute, article.text, { encoding: "utf8", flag: "wx" });
  } catch {
    return fail([problemAt({ file }, "không ghi được tệp (đã có tệp trùng tên, hoặc không có quyền ghi vào thư mục).")]);
  }
  return succeed(file);
}
