import type { ArticleRecord } from "./article";
import { formatIsoDateTime } from "./format-dateline";
import { absoluteUrl, articlePath, authorPathOf, LOGO, sectionPath } from "./routes";
import type { SiteConfig } from "./site-config";

/** A JSON-LD node: plain JSON values only. */
export type JsonLd = { readonly [key: string]: JsonValue };
type JsonValue = string | number | boolean | null | JsonLd | readonly JsonValue[];

/**
 * Schema.org `NewsArticle` for an article page, with dates in the site's offset
 * (`2017-04-20T18:02:00+07:00`), authors as `Person` and the paper as `NewsMediaOrganization`.
 */
export function newsArticleJsonLd(article: ArticleRecord, site: SiteConfig): JsonLd {
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
    publisher: {
      "@type": "NewsMediaOrganization",
      name: site.publisher,
      url: site.baseUrl,
      logo: { "@type": "ImageObject", url: absoluteUrl(site.baseUrl, LOGO.path), width: LOGO.width, height: LOGO.height },
    },
    image: article.images.map((image) => absoluteUrl(site.baseUrl, image.src)),
    articleSection: article.section.name,
    keywords: article.tags.join(", "),
    inLanguage: "vi",
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    url,
  };
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
