import type { ArticleRecord, ArticleSummary } from "./article";
import type { ResponsivePicture } from "./photo-sources";
import { formatDateline, formatIsoDateTime, formatShortDate } from "./format-dateline";
import { joinAbbreviations } from "./non-breaking-hyphens";
import { articlePath, litePath, sectionPath } from "./routes";
import type { ShareLinks } from "./share-links";

/** An instant as the page prints it: the papers' dateline and the machine-readable form. */
export interface Stamp {
  readonly text: string;
  readonly iso: string;
}

/** A link with its visible label. */
export interface Link {
  readonly label: string;
  readonly href: string;
}

/** What a list item shows. */
export interface ArticleCard {
  readonly href: string;
  readonly title: string;
  readonly summary: string;
  readonly published: Stamp;
  readonly section: Link;
  /** The lead photo's small derived files (lib/photo-sources.ts); never the original. */
  readonly thumbnail?: ResponsivePicture | undefined;
  /** "Bản nháp" or "Hẹn giờ đăng", shown only in preview. */
  readonly status?: string | undefined;
  /** A line a list adds about this article (on a person's page, the office held that day). */
  readonly note?: string | undefined;
}

/** What an article page shows, every string already formatted. */
export interface ArticleView extends ArticleCard {
  /** Site-relative URL of the lite (zero-JavaScript) version. */
  readonly liteHref: string;
  /** True when the body's first paragraph is the sapo, so the page must not print it twice. */
  readonly sapoInBody: boolean;
  readonly updated?: Stamp | undefined;
  readonly authors: readonly Link[];
  readonly tags: readonly Link[];
  /** The places the article is tagged with, each linking to its page. */
  readonly places: readonly Link[];
  readonly source?: string | undefined;
  readonly corrections: readonly { readonly date: string; readonly text: string }[];
  /** Facebook and email links and the address to copy for Zalo; the address is also printed. */
  readonly share: ShareLinks;
}

/** Turns a summary into the card a list shows, with the thumbnail the caller picked from its lead photo's plan. */
export function presentCard(article: ArticleSummary, timeZone: string, now: Date, thumbnail?: ResponsivePicture): ArticleCard {
  return {
    href: articlePath(article.slug),
    title: joinAbbreviations(article.title),
    summary: joinAbbreviations(article.summary),
    published: stamp(article.published, timeZone),
    section: { label: article.section.name, href: sectionPath(article.section.slug) },
    thumbnail,
    status: article.draft ? "Bản nháp" : article.published.getTime() > now.getTime() ? "Hẹn giờ đăng" : undefined,
  };
}

/** Turns an article into what its page shows; links for tags, authors and sharing (and its card's thumbnail) are supplied by the caller. */
export function presentArticle(
  article: ArticleRecord,
  timeZone: string,
  now: Date,
  links: { readonly tags: readonly Link[]; readonly authors: readonly Link[]; readonly places?: readonly Link[]; readonly share: ShareLinks; readonly thumbnail?: ResponsivePicture | undefined },
): ArticleView {
  return {
    ...presentCard(article, timeZone, now, links.thumbnail),
    liteHref: litePath(article.slug),
    sapoInBody: article.leadFromBody,
    updated: article.updated === undefined ? undefined : stamp(article.updated, timeZone),
    authors: links.authors,
    tags: links.tags,
    places: links.places ?? [],
    source: article.source,
    corrections: article.corrections.map((correction) => ({ date: formatShortDate(correction.date, timeZone), text: correction.text })),
    share: links.share,
  };
}

function stamp(date: Date, timeZone: string): Stamp {
  return { text: formatDateline(date, timeZone), iso: formatIsoDateTime(date, timeZone) };
}

/** Everything an article page shows: its formatted view, sanitised body and related cards. */
export interface ArticlePage {
  readonly view: ArticleView;
  readonly html: string;
  readonly related: readonly ArticleCard[];
  readonly article: ArticleRecord;
}
