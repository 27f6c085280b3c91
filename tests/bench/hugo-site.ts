// The same corpus as a minimal, theme-less Hugo site: the yardstick for our build time.
// Front matter is mapped to Hugo's: `date: 2017-04-20 18:02` (GMT+7 wall time) becomes
// 2017-04-20T18:02:00+07:00, `category` a `categories` taxonomy, `author` an `authors`
// one, `tags` stays; listings paginate by 20 like ours. RSS and sitemaps are off: our
// build makes neither for every listing.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { makeTempDir } from "./temp-dirs";

/** Debian's hugo; BENCH_HUGO points elsewhere (or at nothing, to check the skip). */
export const HUGO = process.env.BENCH_HUGO ?? "/usr/bin/hugo";

const CONFIG = `baseURL: https://baotinh.vn/
languageCode: vi
title: Báo Tỉnh
timeZone: Asia/Ho_Chi_Minh
disableKinds: [RSS, sitemap, robotsTXT]
paginate: 20
removePathAccents: true
taxonomies:
  category: categories
  tag: tags
  author: authors
permalinks:
  bai-viet: /bai-viet/:slug/
`;

const HEAD = `<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{ .Title }}</title></head><body>`;
const CARD = `<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time datetime="{{ .Date.Format "2006-01-02T15:04:05-07:00" }}">{{ .Date.Format "02/01/2006 15:04" }}</time><p>{{ .Summary | plainify }}</p></li>`;

const LAYOUTS: Readonly<Record<string, string>> = {
  "_default/single.html": `${HEAD}<article><h1>{{ .Title }}</h1><time datetime="{{ .Date.Format "2006-01-02T15:04:05-07:00" }}">{{ .Date.Format "02/01/2006 15:04" }}</time><p>{{ .Summary | plainify }}</p>{{ .Content }}<p>{{ delimit (.Params.authors | default (slice)) ", " }}</p></article></body></html>\n`,
  "_default/list.html": `${HEAD}<h1>{{ .Title }}</h1><ul>{{ range .Paginator.Pages }}${CARD}{{ end }}</ul>{{ with .Paginator.Next }}<a href="{{ .URL }}">Trang sau</a>{{ end }}</body></html>\n`,
  "index.html": `${HEAD}<h1>{{ .Site.Title }}</h1><ul>{{ range first 10 (where .Site.RegularPages "Section" "bai-viet") }}${CARD}{{ end }}</ul></body></html>\n`,
};

/** Writes a Hugo site for the articles in `contentDir`; returns the site folder. */
export function writeHugoSite(contentDir: string, publicDir: string): string {
  const site = makeTempDir("bao-tinh-bench-hugo-");
  writeFileSync(path.join(site, "config.yaml"), CONFIG);
  for (const [file, text] of Object.entries(LAYOUTS)) {
    mkdirSync(path.dirname(path.join(site, "layouts", file)), { recursive: true });
    writeFileSync(path.join(site, "layouts", file), text);
  }
  copyTree(path.join(publicDir, "images"), path.join(site, "static", "images"));
  const out = path.join(site, "content", "bai-viet");
  mkdirSync(out, { recursive: true });
  for (const entry of readdirSync(path.join(contentDir, "articles"), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".md")) continue;
    const text = readFileSync(path.join(entry.parentPath, entry.name), "utf8");
    writeFileSync(path.join(out, entry.name), toHugo(text, path.basename(entry.name, ".md")));
  }
  return site;
}

/** Rewrites one article's front matter in Hugo's terms; the body is left as it is. */
export function toHugo(text: string, slug: string): string {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text.replace(/\r\n?/g, "\n"));
  if (match === null) throw new Error(`${slug}: no front matter`);
  const front: unknown = parse(match[1] ?? "");
  const data: Record<string, unknown> = typeof front === "object" && front !== null && !Array.isArray(front) ? { ...front } : {};
  const hugo: Record<string, unknown> = { title: data.title, slug };
  hugo.date = hugoDate(data.date);
  if (data.updated !== undefined) hugo.lastmod = hugoDate(data.updated);
  hugo.categories = [data.category];
  hugo.tags = data.tags ?? [];
  hugo.authors = Array.isArray(data.author) ? data.author : [data.author];
  if (data.summary !== undefined) hugo.summary = data.summary;
  if (data.draft === true) hugo.draft = true;
  const lines = Object.entries(hugo).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  return `---\n${lines.join("\n")}\n---\n${text.slice(match[0].length)}`;
}

/** `2017-04-20 18:02` (Vietnam wall time) → `2017-04-20T18:02:00+07:00`; other forms pass through. */
export function hugoDate(value: unknown): string {
  const text = String(value);
  const wall = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})$/.exec(text);
  return wall === null ? text : `${wall[1]}T${wall[2]}:00+07:00`;
}

function copyTree(from: string, to: string): void {
  if (!existsSync(from)) return;
  for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const source = path.join(entry.parentPath, entry.name);
    const target = path.join(to, path.relative(from, source));
    mkdirSync(path.dirname(target), { recursive: true });
    copyFileSync(source, target);
  }
}
