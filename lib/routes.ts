/**
 * The site's URL scheme, in one place. Article URLs use the file name's slug, not the
 * title, so editing a headline never breaks a link.
 *
 * @example articlePath("btv-tinh-uy") // "/bai-viet/btv-tinh-uy"
 */
export function articlePath(slug: string): string {
  return `/bai-viet/${slug}`;
}

/** Path of an article's lite version: same words, no JavaScript, minimal bytes. */
export function litePath(slug: string): string {
  return `/lite/bai-viet/${slug}`;
}

/** Path of the search page for a query. */
export function searchPath(query: string, page = 1): string {
  const params = new URLSearchParams({ q: query });
  if (page > 1) params.set("trang", String(page));
  return `/tim-kiem?${params.toString()}`;
}

/** Path of a section's listing; page 1 has no page suffix so it has one canonical URL. */
export function sectionPath(slug: string, page = 1): string {
  return withPage(`/chuyen-muc/${slug}`, page);
}

/** Path of a tag's listing. */
export function tagPath(slug: string, page = 1): string {
  return withPage(`/the/${slug}`, page);
}

/** Path of an author's listing. */
export function authorPath(slug: string, page = 1): string {
  return withPage(`/tac-gia/${slug}`, page);
}

/** Joins the site's base URL and a path into an absolute URL. */
export function absoluteUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, "")}${path.startsWith("/") ? path : `/${path}`}`;
}

function withPage(path: string, page: number): string {
  return page <= 1 ? path : `${path}/trang/${page}`;
}

/** The kinds of listing, by the first segment of their URLs. */
const LISTING_SEGMENTS = { "chuyen-muc": "section", the: "tag", "tac-gia": "author" } as const;

/**
 * A URL of the archive: pages that are not all prerendered but rendered on first request
 * (an article, a tag's or an author's page, page 2 and later of any listing). Segments
 * are as requested, not checked.
 */
export type ArchivePath =
  | { readonly kind: "article"; readonly slug: string }
  /** A listing page; `page` is undefined for the first page (a tag's or an author's). */
  | { readonly kind: "section" | "tag" | "author"; readonly slug: string; readonly page?: string };

/**
 * Recognises an archive URL from its path as requested (still percent-encoded), so that
 * the server can tell a page that exists from a made-up one before anything is rendered.
 * Segments are split first and decoded after, as the router does: `..%2F` stays inside
 * its segment. A segment that does not decode is returned as it came (no slug matches it).
 *
 * @example parseArchivePath("/the/dan-van/trang/2") // { kind: "tag", slug: "dan-van", page: "2" }
 */
export function parseArchivePath(pathname: string): ArchivePath | undefined {
  const article = /^\/bai-viet\/([^/]+)$/.exec(pathname);
  if (article?.[1] !== undefined) return { kind: "article", slug: decodeSegment(article[1]) };
  const first = /^\/(the|tac-gia)\/([^/]+)$/.exec(pathname);
  const later = /^\/(chuyen-muc|the|tac-gia)\/([^/]+)\/trang\/([^/]+)$/.exec(pathname);
  const [, segment, slug, page] = first ?? later ?? [];
  if (segment === undefined || slug === undefined) return undefined;
  for (const [name, kind] of Object.entries(LISTING_SEGMENTS)) {
    if (name === segment) return { kind, slug: decodeSegment(slug), ...(page === undefined ? {} : { page: decodeSegment(page) }) };
  }
  return undefined;
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
