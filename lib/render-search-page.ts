import { escapeHtml } from "./escape-html";
import type { EntityHit } from "./find-entity-pages";
import type { Segment } from "./highlight";
import type { ArticleCard } from "./present-article";
import { renderCardItems, renderHighlighted, renderPagination } from "./render-cards";
import { MAIN_ID, renderContentProblems, renderFooter, renderMasthead, SKIP_LINK_TEXT, type ContentProblemsView, type FooterView, type MastheadView } from "./render-furniture";

// The search results page as one HTML document written as text. Every other page is a
// React page; this one is asked for with a new query each time, so nothing can be
// prerendered or cached, and Next's dynamic render (the page, then its RSC payload, then
// the HTML from that payload) cost about 9 ms a request: about 110 searches a second per
// process at 100,000 articles, against the FTS5 query's one millisecond. Written as text,
// with the same furniture and cards as the React pages (lib/render-furniture.ts,
// lib/render-cards.ts) and the same inlined stylesheet, it carries no script at all (but the
// dev server's refresh), like the lite pages: a search page has nothing to hydrate (README, Decisions: "The search page
// is written as text").

/** The document's head: what Next's metadata API writes for every other page. */
export interface SearchPageHead {
  /** The `<title>`, with the site's name (`Tìm kiếm: dan van · Báo Tỉnh`). */
  readonly title: string;
  /** The title for link previews, without the site's name. */
  readonly shareTitle: string;
  readonly description: string;
  readonly siteName: string;
  /** Absolute URL of the search page, without the query: result pages are endless and thin. */
  readonly canonical: string;
  /** An empty result page is never indexed. */
  readonly noindex: boolean;
  /** The site's feeds, linked with rel="alternate" like on every page. */
  readonly feeds: readonly { readonly type: string; readonly href: string; readonly title: string }[];
  /** The logo, as the link-preview image of a page without a photo of its own. */
  readonly image: { readonly url: string; readonly width: number; readonly height: number; readonly alt: string };
  readonly themeColor: string;
  /** The site's compiled stylesheet, inlined as every page inlines it. */
  readonly stylesheet: string;
}

/** One result: the card, with its title and sapo split where the query's words matched. */
export interface SearchPageResult {
  readonly card: ArticleCard;
  readonly title: readonly Segment[];
  readonly summary: readonly Segment[];
}

/** Everything the search page shows. */
export interface SearchPageInput {
  readonly head: SearchPageHead;
  readonly masthead: MastheadView;
  readonly footer: FooterView;
  /** The cleaned query (lib/plan-fts-query.ts), as the search box shows it again. */
  readonly query: string;
  /** People, bodies, documents and places the query names exactly, listed before the articles. */
  readonly entities: readonly EntityHit[];
  readonly total: number;
  /** What the page says it found (lib/format-search-status.ts). */
  readonly status: string;
  readonly results: readonly SearchPageResult[];
  readonly page: number;
  readonly pageCount: number;
  readonly href: (page: number) => string;
  /** The dev server's list of content problems; never set in production. */
  readonly problems?: ContentProblemsView | undefined;
  /** The dev server's refresh script (lib/routes.ts: devRefreshScriptUrl), as the React pages' layout adds it; never set in production. */
  readonly devRefreshScript?: string | undefined;
}

const text = escapeHtml;

/** The whole search page: the site's head, masthead and footer around the query's results. */
export function renderSearchPage(input: SearchPageInput): string {
  const problems = input.problems === undefined ? "" : renderContentProblems(input.problems);
  const content = input.problems?.blocking === true ? "" : renderResults(input);
  return (
    `<!DOCTYPE html><html lang="vi"><head>${renderHead(input.head)}</head><body>` +
    `<a class="skip-link" href="#${MAIN_ID}">${SKIP_LINK_TEXT}</a>` +
    `<header class="site-header">${renderMasthead(input.masthead, true)}</header>` +
    `<main id="${MAIN_ID}" tabindex="-1">${problems}${content}</main>` +
    `<footer class="site-footer">${renderFooter(input.footer)}</footer>` +
    (input.devRefreshScript === undefined ? "" : `<script src="${text(input.devRefreshScript)}" async></script>`) +
    "</body></html>"
  );
}

function renderHead(head: SearchPageHead): string {
  const meta = (attribute: "name" | "property", key: string, value: string | number) => `<meta ${attribute}="${key}" content="${text(String(value))}">`;
  return [
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<style>${head.stylesheet}</style>`,
    meta("name", "theme-color", head.themeColor),
    `<title>${text(head.title)}</title>`,
    meta("name", "description", head.description),
    meta("name", "application-name", head.siteName),
    head.noindex ? meta("name", "robots", "noindex, follow") : "",
    '<link rel="manifest" href="/manifest.webmanifest">',
    `<link rel="canonical" href="${text(head.canonical)}">`,
    ...head.feeds.map((feed) => `<link rel="alternate" type="${text(feed.type)}" href="${text(feed.href)}" title="${text(feed.title)}">`),
    meta("property", "og:title", head.shareTitle),
    meta("property", "og:description", head.description),
    meta("property", "og:url", head.canonical),
    meta("property", "og:site_name", head.siteName),
    meta("property", "og:locale", "vi_VN"),
    meta("property", "og:image", head.image.url),
    meta("property", "og:image:width", head.image.width),
    meta("property", "og:image:height", head.image.height),
    meta("property", "og:image:alt", head.image.alt),
    meta("property", "og:type", "website"),
    meta("name", "twitter:card", "summary"),
    meta("name", "twitter:title", head.shareTitle),
    meta("name", "twitter:description", head.description),
    meta("name", "twitter:image", head.image.url),
    meta("name", "twitter:image:alt", head.image.alt),
    meta("name", "twitter:image:width", head.image.width),
    meta("name", "twitter:image:height", head.image.height),
    '<link rel="icon" href="/icon.svg" sizes="any" type="image/svg+xml">',
  ].join("");
}

function renderResults(input: SearchPageInput): string {
  const form =
    '<h1 class="page-title">Tìm kiếm</h1><form action="/tim-kiem" method="get" role="search" class="search-form"><label for="q">Từ khóa</label>' +
    `<input id="q" name="q" type="search" value="${text(input.query)}" maxlength="200"><button type="submit">Tìm</button></form>`;
  const entities =
    input.entities.length === 0
      ? ""
      : `<section aria-labelledby="trang-rieng" class="entity-hits"><h2 id="trang-rieng">Trang riêng</h2><ul>${input.entities
          .map((hit) => `<li>${text(hit.label)}: <a href="${text(hit.href)}">${text(hit.name)}</a></li>`)
          .join("")}</ul></section>`;
  if (input.query === "") return `${form}${entities}<p>Nhập từ khóa, có dấu hoặc không dấu (ví dụ: dan van, Đảng bộ).</p>`;
  const status = `<p role="status">${text(input.status)}</p>`;
  if (input.total === 0) return `${form}${entities}${status}`;
  const cards = renderCardItems(
    input.results.map((result) => result.card),
    {
      headingLevel: 2,
      marked: (index) => {
        const result = input.results[index];
        return result === undefined ? undefined : { title: renderHighlighted(result.title), summary: renderHighlighted(result.summary) };
      },
    },
  );
  return `${form}${entities}${status}<ol class="article-list">${cards}</ol>${renderPagination(input.page, input.pageCount, input.href)}`;
}
