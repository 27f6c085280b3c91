import type { ArticleRecord } from "./article";
import { formatIsoDateTime } from "./format-dateline";
import { mediaTypeOf } from "./parse-media";
import { EMPTY_REGISTERS, type Registers } from "./registers";
import { absoluteUrl, articlePath, authorPathOf, entityPath, LOGO, sectionPath, type EntityKind } from "./routes";
import type { SiteConfig } from "./site-config";

/** The site-relative URL of a photo's preview file, by the address an article wrote; undefined for none. */
export type PreviewUrl = (src: string) => string | undefined;

/** A JSON-LD node: plain JSON values only. */
export type JsonLd = { readonly [key: string]: JsonValue };
type JsonValue = string | number | boolean | null | JsonLd | readonly JsonValue[];

/**
 * Schema.org `NewsArticle` for an article page, with dates in the site's offset
 * (`2017-04-20T18:02:00+07:00`), authors as `Person` and the paper as `NewsMediaOrganization`.
 * Photos and video posters are named by `previewUrl`: the site-relative URL of a photo's
 * preview file (its 1200-wide JPEG or a drawing's copy, lib/photo-sources.ts), never the original.
 */
export function newsArticleJsonLd(article: ArticleRecord, site: SiteConfig, previewUrl: PreviewUrl, registers: Registers = EMPTY_REGISTERS): JsonLd {
  const url = absoluteUrl(site.baseUrl, articlePath(article.slug));
  const published = formatIsoDateTime(article.published, site.timeZone);
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.title,
    description: article.summary,
    datePublished: published,
    dateModified: article.updated === undefined ? published : formatIsoDateTime(article.updated, site.timeZone),
    author: article.authors.map((name) => ({ "@type": "Person", name, url: absoluteUrl(site.baseUrl, authorPathOf(name)) })),
    publisher: publisherJsonLd(site),
    image: article.images.flatMap((image) => previewUrl(image.src) ?? []).map((path) => absoluteUrl(site.baseUrl, path)),
    ...videoJsonLd(article, site, published, previewUrl),
    articleSection: article.section.name,
    keywords: article.tags.join(", "),
    ...entitiesJsonLd(article, site, registers),
    inLanguage: "vi",
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    url,
  };
}

/**
 * Schema.org `NewsMediaOrganization` for the paper, with the legal masthead's address,
 * newsroom contact, governing body and editorial principles where site.yaml gives them.
 */
export function publisherJsonLd(site: SiteConfig): JsonLd {
  const { address, phone, email, governingBody, publishingPrinciples } = site.masthead;
  const contact = { ...(phone === undefined ? {} : { telephone: phone }), ...(email === undefined ? {} : { email }) };
  return {
    "@type": "NewsMediaOrganization",
    name: site.publisher,
    url: site.baseUrl,
    logo: { "@type": "ImageObject", url: absoluteUrl(site.baseUrl, LOGO.path), width: LOGO.width, height: LOGO.height },
    ...(address === undefined ? {} : { address: { "@type": "PostalAddress", streetAddress: address, addressCountry: "VN" } }),
    ...(Object.keys(contact).length === 0 ? {} : { contactPoint: { "@type": "ContactPoint", contactType: "newsroom", ...contact } }),
    ...(governingBody === undefined ? {} : { parentOrganization: { "@type": "Organization", name: governingBody } }),
    ...(publishingPrinciples === undefined ? {} : { publishingPrinciples: absoluteUrlOf(site.baseUrl, publishingPrinciples) }),
  };
}

/**
 * Schema.org `VideoObject`s for the article's self-hosted videos (a video on another site
 * is that site's to describe), with the poster as thumbnail and the article's date as
 * upload date. Empty, so left out, when there are none.
 */
function videoJsonLd(article: ArticleRecord, site: SiteConfig, published: string, previewUrl: PreviewUrl): { video?: readonly JsonLd[] } {
  const videos = article.media.filter((clip) => clip.kind === "video" && !clip.external);
  if (videos.length === 0) return {};
  return {
    video: videos.map((clip) => {
      const type = mediaTypeOf(clip.kind, clip.src);
      const thumbnail = clip.poster === undefined ? undefined : previewUrl(clip.poster);
      return {
        "@type": "VideoObject",
        name: clip.caption,
        description: clip.caption,
        ...(thumbnail === undefined ? {} : { thumbnailUrl: absoluteUrl(site.baseUrl, thumbnail) }),
        uploadDate: published,
        contentUrl: absoluteUrl(site.baseUrl, clip.src),
        ...(type === undefined ? {} : { encodingFormat: type }),
        ...(clip.credit === undefined ? {} : { creditText: clip.credit }),
      };
    }),
  };
}

// Who and what the article names, each with its page on the site: people as `Person`, bodies
// as `Organization`, documents as `Legislation`; the places it is tagged with as `Place`.
// Empty lists are left out.
function entitiesJsonLd(article: ArticleRecord, site: SiteConfig, registers: Registers): { mentions?: readonly JsonLd[]; contentLocation?: readonly JsonLd[] } {
  const types = { person: "Person", body: "Organization", document: "Legislation" } as const;
  const mentions = article.mentions.map((mention) => ({ "@type": types[mention.kind], name: mention.name, url: absoluteUrl(site.baseUrl, entityPath(mention.kind, mention.id)) }));
  const places = article.places.flatMap((id) => {
    const place = registers.places.get(id);
    return place === undefined ? [] : [{ "@type": "Place", name: `${place.type} ${place.name}`, url: absoluteUrl(site.baseUrl, entityPath("place", id)) }];
  });
  return { ...(mentions.length === 0 ? {} : { mentions }), ...(places.length === 0 ? {} : { contentLocation: places }) };
}

/**
 * Schema.org JSON-LD of a person's, body's, document's or place's page: a `CollectionPage`
 * about that `Person`, `Organization`, `Legislation` or `Place`, and its `BreadcrumbList`
 * (home, the page).
 */
export function entityPageJsonLd(kind: EntityKind, id: string, name: string, site: SiteConfig): JsonLd[] {
  const types = { person: "Person", body: "Organization", document: "Legislation", place: "Place" } as const;
  const url = absoluteUrl(site.baseUrl, entityPath(kind, id));
  const crumbs = [
    { name: site.name, item: absoluteUrl(site.baseUrl, "/") },
    { name, item: url },
  ];
  return [
    { "@context": "https://schema.org", "@type": "CollectionPage", name, url, inLanguage: "vi", about: { "@type": types[kind], name, url } },
    { "@context": "https://schema.org", "@type": "BreadcrumbList", itemListElement: crumbs.map((crumb, index) => ({ "@type": "ListItem", position: index + 1, ...crumb })) },
  ];
}

/** Schema.org `BreadcrumbList`: home, section, article. */
export function breadcrumbJsonLd(article: ArticleRecord, site: SiteConfig): JsonLd {
  const crumbs = [
    { name: site.name, path: "/" },
    { name: article.section.name, path: sectionPath(article.section.slug) },
    { name: article.title, path: articlePath(article.slug) },
  ];
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: crumbs.map((crumb, index) => ({
      "@type": "ListItem",
      position: index + 1,
      name: crumb.name,
      item: absoluteUrl(site.baseUrl, crumb.path),
    })),
  };
}

/**
 * Serialises JSON-LD for a `<script>` element. `<`, `>` and `&` become JSON escapes so a
 * title containing `</script>` or `<!--` cannot end the script; U+2028/2029 are escaped
 * for old parsers. The result is still exactly the same JSON value.
 */
export function serializeJsonLd(data: JsonLd | readonly JsonLd[]): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

function absoluteUrlOf(baseUrl: string, address: string): string {
  return address.startsWith("/") ? absoluteUrl(baseUrl, address) : address;
}
