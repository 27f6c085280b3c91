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
