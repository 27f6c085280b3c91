import { escapeHtml } from "./escape-html";
import type { Segment } from "./highlight";
import type { ResponsivePicture } from "./photo-sources";
import type { ArticleCard } from "./present-article";

// Lists of articles as HTML text: the cards every listing, the front page and the search
// page print, their photos and the paging under them. One renderer for the React pages
// (app/_components set it as inner HTML) and the text-rendered search page alike.

const text = escapeHtml;

/** How a photo's `<picture>` is shown. */
export interface PictureOptions {
  readonly pictureClass: string;
  readonly imgClass: string;
  /** The box the browser reserves before anything loads; CSS crops the photo to 3:2. */
  readonly width: number;
  readonly height: number;
  /** Above the fold on every screen (the front page's lead): fetched at once, with priority, not lazily. */
  readonly eager?: boolean;
}

/**
 * The inside of a photo's `<picture>` (lib/photo-sources.ts): its WebP sources, then the
 * JPEG `<img>`. Next's image optimiser is off (README, Decisions: "Photos").
 */
export function renderPictureInner(picture: ResponsivePicture, options: PictureOptions): string {
  const sources = picture.sources.map((source) => `<source type="${text(source.type)}" srcset="${text(source.srcSet)}" sizes="${text(source.sizes)}">`).join("");
  const responsive = picture.srcSet === undefined ? "" : ` srcset="${text(picture.srcSet)}"`;
  const sizes = picture.sizes === undefined ? "" : ` sizes="${text(picture.sizes)}"`;
  const loading = options.eager === true ? ' fetchpriority="high"' : ' loading="lazy"';
  return `${sources}<img class="${text(options.imgClass)}" src="${text(picture.src)}"${responsive}${sizes} alt="" width="${options.width}" height="${options.height}"${loading} decoding="async">`;
}

/** A photo's whole `<picture>` element. */
export function renderPicture(picture: ResponsivePicture, options: PictureOptions): string {
  return `<picture class="${text(options.pictureClass)}">${renderPictureInner(picture, options)}</picture>`;
}

/** The inside of a card's `<p class="card-meta">`: its section link, date and (in preview) status, as every list prints them. */
export function renderCardMetaInner(card: ArticleCard): string {
  const status = card.status === undefined || card.status === "" ? "" : `<strong class="status"> · ${text(card.status)}</strong>`;
  return `<a href="${text(card.section.href)}">${text(card.section.label)}</a> · <time datetime="${text(card.published.iso)}">${text(card.published.text)}</time>${status}`;
}

/** Text with the matched search words in `<mark>`, every segment escaped. */
export function renderHighlighted(segments: readonly Segment[]): string {
  return segments.map((segment) => (segment.match ? `<mark>${text(segment.text)}</mark>` : text(segment.text))).join("");
}

/** How a list of cards is printed. */
export interface CardListOptions {
  readonly headingLevel: 2 | 3;
  /** The title's and sapo's HTML in place of their plain text (search results mark the matched words). */
  readonly marked?: (index: number) => { readonly title: string; readonly summary: string } | undefined;
}

/** The `<li>` cards of an `<ol class="article-list">`, in the order given: photo, linked title, meta, note, sapo. */
export function renderCardItems(cards: readonly ArticleCard[], options: CardListOptions): string {
  const heading = `h${options.headingLevel}`;
  return cards
    .map((card, index) => {
      const marked = options.marked?.(index);
      const photo = card.thumbnail === undefined ? "" : renderPicture(card.thumbnail, { pictureClass: "card-picture", imgClass: "card-thumb", width: 240, height: 160 });
      const note = card.note === undefined || card.note === "" ? "" : `<p class="card-note">${text(card.note)}</p>`;
      return (
        `<li class="card">${photo}<div class="card-text">` +
        `<${heading} class="card-title"><a href="${text(card.href)}">${marked?.title ?? text(card.title)}</a></${heading}>` +
        `<p class="card-meta">${renderCardMetaInner(card)}</p>${note}<p class="card-summary">${marked?.summary ?? text(card.summary)}</p></div></li>`
      );
    })
    .join("");
}

/**
 * The inside of the `<nav class="pagination" aria-label="Phân trang">` under a list:
 * previous and next links around the page's position. Empty for a single page, where the
 * caller prints no nav at all.
 */
export function renderPaginationInner(page: number, pageCount: number, href: (page: number) => string): string {
  if (pageCount <= 1) return "";
  const previous = page > 1 ? `<a href="${text(href(page - 1))}" rel="prev">‹ Trang trước</a>` : "";
  const next = page < pageCount ? `<a href="${text(href(page + 1))}" rel="next">Trang sau ›</a>` : "";
  return `${previous}<span>Trang ${page}/${pageCount}</span>${next}`;
}

/** The paging under a list as a labelled navigation landmark, or nothing for a single page. */
export function renderPagination(page: number, pageCount: number, href: (page: number) => string): string {
  const inner = renderPaginationInner(page, pageCount, href);
  return inner === "" ? "" : `<nav class="pagination" aria-label="Phân trang">${inner}</nav>`;
}
