import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { Feed } from "feed";
import type { ArticleSummary } from "./article";
import { absoluteUrl, articlePath, LOGO } from "./routes";
import type { SiteConfig } from "./site-config";

/** One feed item: an article summary with its sanitised body HTML. */
export interface FeedEntry {
  readonly article: ArticleSummary;
  readonly html: string;
  /** The lead photo's derived file (site-relative URL), its exact length and MIME type, for the RSS enclosure. */
  readonly enclosure?: { readonly url: string; readonly length: number; readonly type: string } | undefined;
}

/** What a feed is about: the whole site or one section. */
export interface FeedChannel {
  readonly title: string;
  readonly description: string;
  /** Site-relative path of the HTML page the feed mirrors. */
  readonly pagePath: string;
  /** Site-relative paths of this feed in each format, for rel="self". */
  readonly rssPath: string;
  readonly atomPath: string;
}

/** Items per feed: enough for aggregators, small enough to fetch often. */
export const FEED_SIZE = 50;

// The feed library prints dates with Date#toUTCString ("… GMT"). Feed readers in
// Vietnam show the raw header, so dates carry the paper's own offset (+0700) instead.
class ZonedDate extends Date {
  constructor(
    time: number,
    private readonly timeZone: string,
  ) {
    super(time);
  }

  override toUTCString(): string {
    return formatRfc822(this, this.timeZone);
  }
}

/**
 * Formats an instant as an RFC 822 date in the site's zone.
 *
 * @example formatRfc822(new Date("2017-04-20T11:02:00Z"), "Asia/Ho_Chi_Minh") // "Thu, 20 Apr 2017 18:02:00 +0700"
 */
export function formatRfc822(date: Date, timeZone: string): string {
  return format(new TZDate(date.getTime(), timeZone), "EEE, dd MMM yyyy HH:mm:ss xx");
}

function buildFeed(site: SiteConfig, channel: FeedChannel, entries: readonly FeedEntry[], format: "rss" | "atom"): Feed {
  const url = (path: string) => absoluteUrl(site.baseUrl, path);
  const newest = entries[0]?.article;
  const feed = new Feed({
    title: channel.title,
    description: channel.description,
    id: url(channel.pagePath),
    link: url(channel.pagePath),
    language: "vi",
    image: url(LOGO.path),
    favicon: url("/icon.svg"),
    copyright: `© ${site.publisher}`,
    // The library's options take no `undefined`: a field it should leave out is not passed.
    ...(newest === undefined ? {} : { updated: new ZonedDate((newest.updated ?? newest.published).getTime(), site.timeZone) }),
    generator: site.name,
    feedLinks: { rss: url(channel.rssPath), atom: url(channel.atomPath) },
  });
  for (const { article, html, enclosure } of entries.slice(0, FEED_SIZE)) {
    const link = url(articlePath(article.slug));
    feed.addItem({
      title: cdataSafe(article.title),
      id: link,
      link,
      description: cdataSafe(article.summary),
      content: cdataSafe(absolutise(html, site.baseUrl)),
      date: new ZonedDate((article.updated ?? article.published).getTime(), site.timeZone),
      published: new ZonedDate(article.published.getTime(), site.timeZone),
      category: [article.section.name, ...article.tags].map((name) => ({ name })),
      // The library's Atom writer guesses the MIME type from the file extension (image/svg,
      // image/jpg), so only RSS, which uses ours, carries the enclosure.
      ...(format === "rss" && enclosure ? { enclosure: { url: url(enclosure.url), length: enclosure.length, type: enclosure.type } } : {}),
      // RSS <author> must be an e-mail address, so RSS names authors with Dublin Core's
      // creator; Atom has a proper <author><name>.
      ...(format === "rss" ? { extensions: [{ name: "dc:creator", objects: { _text: article.authors.join(", ") } }] } : { author: article.authors.map((name) => ({ name })) }),
    });
  }
  return feed;
}

/** Renders an RSS 2.0 feed with full bodies in `content:encoded` and a self link. */
export function renderRss(site: SiteConfig, channel: FeedChannel, entries: readonly FeedEntry[]): string {
  return buildFeed(site, channel, entries, "rss").rss2();
}

/** Renders the same feed as Atom 1.0. */
export function renderAtom(site: SiteConfig, channel: FeedChannel, entries: readonly FeedEntry[]): string {
  return buildFeed(site, channel, entries, "atom").atom1();
}

// The library wraps titles and bodies in CDATA without splitting a literal "]]>", which
// would end the section early and let the rest be read as markup.
function cdataSafe(text: string): string {
  // xml-js (the library's writer) splits the first "]]>" itself but not the others, so
  // the first is left for it and every later one is split here.
  const [first = "", ...rest] = text.split("]]>");
  return rest.length === 0 ? first : `${first}]]>${rest.join("]]]]><![CDATA[>")}`;
}

// Bodies use site-relative links and images; feed readers need absolute ones. The HTML
// comes from the sanitiser, which always double-quotes attribute values.
function absolutise(html: string, baseUrl: string): string {
  return html.replace(/(\s(?:src|href|poster)=")\/(?!\/)/g, `$1${baseUrl}/`);
}
