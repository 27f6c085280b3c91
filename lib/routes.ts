import { slugify } from "./slugify";

/**
 * The site's URL scheme, in one place. Article URLs use the file name's slug, not the
 * title, so editing a headline never breaks a link.
 *
 * @example articlePath("btv-tinh-uy") // "/bai-viet/btv-tinh-uy"
 */
export function articlePath(slug: string): string {
  return `/${ARTICLE_SEGMENT}/${slug}`;
}

/** Path of an article's lite version: same words, no JavaScript, minimal bytes. */
export function litePath(slug: string): string {
  return `/lite/${ARTICLE_SEGMENT}/${slug}`;
}

/** Path of the signed link that opens a preview (`npm run preview-link`): checks the token, then redirects. */
export function previewLinkPath(token: string): string {
  return `/${PREVIEW_SEGMENT}?${new URLSearchParams({ [PREVIEW_TOKEN_PARAMETER]: token }).toString()}`;
}

/** Path of the preview page of an article, shown only with a valid preview link's cookies. */
export function previewPagePath(slug: string): string {
  return `/${PREVIEW_SEGMENT}/${slug}`;
}

/**
 * The slug of a preview page's path (`/xem-truoc/ky-hop` → `ky-hop`, as requested), or
 * undefined for any other path.
 */
export function parsePreviewPath(pathname: string): string | undefined {
  const [, first, slug, ...rest] = pathname.split("/");
  return first === PREVIEW_SEGMENT && slug !== undefined && slug !== "" && rest.length === 0 ? slug : undefined;
}

/** The query parameter of {@link previewLinkPath} that carries the token. */
export const PREVIEW_TOKEN_PARAMETER = "ma";

/** The dev server's stream of content changes (server-sent events); a 404 anywhere else. */
export const DEV_REFRESH_EVENTS_PATH = "/phat-trien/thay-doi";
/** The dev server's script that reloads the page on each content change; a 404 anywhere else. */
export const DEV_REFRESH_SCRIPT_PATH = "/phat-trien/tai-lai";

/** The dev refresh script's URL for a page showing content `version` (a change saved after it reloads the page). */
export function devRefreshScriptUrl(version: number): string {
  return `${DEV_REFRESH_SCRIPT_PATH}?tu=${version}`;
}

/** The health check nginx and the deploy ask (200 or 503, never cached); app/healthz/route.ts. */
export const HEALTH_PATH = "/healthz";

/** The search page's path, where nginx's request rate limit applies. */
export const SEARCH_PATH = "/tim-kiem";

/** Path of the search page for a query. */
export function searchPath(query: string, page = 1): string {
  const params = new URLSearchParams({ q: query });
  if (page > 1) params.set("trang", String(page));
  return `${SEARCH_PATH}?${params.toString()}`;
}

/**
 * The kinds of listing: the first segment of their URLs, their label, and whether a build
 * prerenders their first page (the rest is the archive, rendered on first request). The
 * one table every listing URL, the prerender plan, the proxy and the metadata code read; `proxy.ts`'s `config.matcher` must
 * be a literal for Next, and a unit test proves it equals {@link proxyMatcher}.
 */
export const LISTING_KINDS = {
  section: { segment: "chuyen-muc", label: "Chuyên mục", prerenderFirstPage: true },
  tag: { segment: "the", label: "Chủ đề", prerenderFirstPage: false },
  author: { segment: "tac-gia", label: "Tác giả", prerenderFirstPage: false },
  person: { segment: "nhan-vat", label: "Nhân vật", prerenderFirstPage: false },
  body: { segment: "co-quan", label: "Cơ quan", prerenderFirstPage: false },
  document: { segment: "van-ban", label: "Văn bản", prerenderFirstPage: false },
  place: { segment: "dia-danh", label: "Địa danh", prerenderFirstPage: false },
} as const;

/** A section, a tag, an author, or an entity of the registers (person, body, document, place). */
export type ListingKind = keyof typeof LISTING_KINDS;

/** Every listing kind, in the table's order. */
export const LISTING_KIND_NAMES: readonly ListingKind[] = ["section", "tag", "author", "person", "body", "document", "place"];

/** The listing kinds whose pages are the registers' entities. */
export type EntityKind = "person" | "body" | "document" | "place";

/** The entity kinds, in the table's order. */
export const ENTITY_KINDS: readonly EntityKind[] = ["person", "body", "document", "place"];

/**
 * Path of an entity's page, by its id in its register (a document the register lacks: its number's URL form).
 *
 * @example entityPath("person", "nguyen-van-doc") // "/nhan-vat/nguyen-van-doc"
 */
export function entityPath(kind: EntityKind, id: string, page = 1): string {
  return listingPath(kind, id, page);
}

const ARTICLE_SEGMENT = "bai-viet";
const PREVIEW_SEGMENT = "xem-truoc";

/**
 * Path of a listing page; page 1 has no page suffix so it has one canonical URL.
 *
 * @example listingPath("tag", "dan-van", 2) // "/the/dan-van/trang/2"
 */
export function listingPath(kind: ListingKind, slug: string, page = 1): string {
  const path = `/${LISTING_KINDS[kind].segment}/${slug}`;
  return page <= 1 ? path : `${path}/trang/${page}`;
}

/** Path of a section's listing. */
export function sectionPath(slug: string, page = 1): string {
  return listingPath("section", slug, page);
}

/** Path of a tag's listing. */
export function tagPath(slug: string, page = 1): string {
  return listingPath("tag", slug, page);
}

/** Path of an author's listing. */
export function authorPath(slug: string, page = 1): string {
  return listingPath("author", slug, page);
}

/** Path of a tag's listing from the tag as an editor wrote it (`Dân vận` → `/the/dan-van`). */
export function tagPathOf(name: string): string {
  return tagPath(slugify(name));
}

/** Path of an author's listing from the name in a byline (`Hồng Nhung` → `/tac-gia/hong-nhung`). */
export function authorPathOf(name: string): string {
  return authorPath(slugify(name));
}

/** The feed formats we publish. */
export type FeedFormat = "rss" | "atom";

/**
 * Path of the site's feed, or a section's when its slug is given.
 *
 * @example feedPath("rss", "chinh-tri") // "/chuyen-muc/chinh-tri/rss.xml"
 */
export function feedPath(format: FeedFormat, sectionSlug?: string): string {
  const file = `${format}.xml`;
  return sectionSlug === undefined ? `/${file}` : `${sectionPath(sectionSlug)}/${file}`;
}

/** File name of part `n` (1-based) of a sitemap split past 50,000 URLs. */
export function sitemapPartFileName(part: number): string {
  return `${part}.xml`;
}

/** Path of part `n` (1-based) of a split sitemap. */
export function sitemapPartPath(part: number): string {
  return `/sitemaps/${sitemapPartFileName(part)}`;
}

/** The part number in a sitemap part's file name (`3.xml` → 3), or undefined. */
export function parseSitemapPart(fileName: string): number | undefined {
  const match = /^([1-9]\d{0,4})\.xml$/.exec(fileName);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/** The folder derived photo files are served from (the originals never are). */
export const PHOTO_SEGMENT = "anh";

/**
 * Path of a derived photo file, by its content-hashed name (lib/plan-photo.ts).
 *
 * @example photoPath("hoi-nghi-3f2a9c0d1b4e5f60-640.webp") // "/anh/hoi-nghi-3f2a9c0d1b4e5f60-640.webp"
 */
export function photoPath(name: string): string {
  return `/${PHOTO_SEGMENT}/${name}`;
}

/** The site's logo: the publisher's image in structured data, feeds, the manifest and link previews. */
export const LOGO = { path: "/logo.png", width: 512, height: 512, type: "image/png" } as const;

/** Joins the site's base URL and a path into an absolute URL. */
export function absoluteUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, "")}${path.startsWith("/") ? path : `/${path}`}`;
}


/**
 * A URL of the archive: pages that are not all prerendered but rendered on first request
 * (an article, a tag's or an author's page, page 2 and later of any listing). Segments
 * are as requested, not checked.
 */
export type ArchivePath =
  | { readonly kind: "article"; readonly slug: string }
  /** A listing page; `page` is undefined for the first page (a tag's or an author's). */
  | { readonly kind: ListingKind; readonly slug: string; readonly page?: string };

/**
 * Recognises an archive URL from its path as requested (still percent-encoded), so that
 * the server can tell a page that exists from a made-up one before anything is rendered.
 * Segments are split first and decoded after, as the router does: `..%2F` stays inside
 * its segment. A segment that does not decode is returned as it came (no slug matches it).
 *
 * @example parseArchivePath("/the/dan-van/trang/2") // { kind: "tag", slug: "dan-van", page: "2" }
 */
export function parseArchivePath(pathname: string): ArchivePath | undefined {
  const [, first, slug, trang, page, ...rest] = pathname.split("/");
  if (first === undefined || slug === undefined || slug === "" || rest.length > 0) return undefined;
  if (first === ARTICLE_SEGMENT) return trang === undefined ? { kind: "article", slug: decodeSegment(slug) } : undefined;
  const kind = LISTING_KIND_NAMES.find((name) => LISTING_KINDS[name].segment === first);
  if (kind === undefined) return undefined;
  if (trang === undefined) return !LISTING_KINDS[kind].prerenderFirstPage ? { kind, slug: decodeSegment(slug) } : undefined;
  if (trang !== "trang" || page === undefined || page === "") return undefined;
  return { kind, slug: decodeSegment(slug), page: decodeSegment(page) };
}

/**
 * For an article or listing URL typed with a name instead of its slug (`/the/Dân vận`,
 * already decoded), the canonical path (`/the/dan-van`); undefined when the path is
 * already canonical, is another kind of URL, or names nothing (a slug with no letters).
 */
export function canonicalSlugPath(decodedPath: string): string | undefined {
  const [, first, name, ...rest] = decodedPath.split("/");
  if (first === undefined || name === undefined || name === "" || rest.length > 0) return undefined;
  const known = first === ARTICLE_SEGMENT || LISTING_KIND_NAMES.some((kind) => LISTING_KINDS[kind].segment === first);
  const slug = slugify(name);
  return known && slug !== "" && slug !== name ? `/${first}/${slug}` : undefined;
}

/**
 * The paths `proxy.ts` must see: any path with a percent sign (a malformed escape is
 * refused before routing), articles, the listing pages of the archive, and preview pages. Next needs
 * `config.matcher` as a literal; a unit test proves that literal equals this list.
 */
export function proxyMatcher(): string[] {
  const segments = LISTING_KIND_NAMES.map((kind) => LISTING_KINDS[kind].segment);
  const archiveFirst = LISTING_KIND_NAMES.filter((kind) => !LISTING_KINDS[kind].prerenderFirstPage).map((kind) => LISTING_KINDS[kind].segment);
  return ["/(.*%.*)", `/${ARTICLE_SEGMENT}/:slug`, `/(${archiveFirst.join("|")})/:slug`, `/(${segments.join("|")})/:slug/trang/:page`, `/${PREVIEW_SEGMENT}/:slug`];
}

function decodeSegment(segment: string): string {
  return tryDecode(segment) ?? segment;
}

/** `decodeURIComponent`, or undefined for a malformed escape (`%E0%A4%A`) instead of a throw. */
export function tryDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
