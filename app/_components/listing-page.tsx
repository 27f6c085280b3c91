import type { Metadata } from "next";
import { getSite } from "../_data/content";
import { getListing, type ListingKind } from "../_data/listings";
import { entityJsonLd, pageMetadata } from "../_data/seo";
import { ArticleList } from "./article-list";
import { MissingPage, PageFrame } from "./page-frame";
import { Pagination } from "./pagination";
import { EntityFacts } from "./entity-facts";
import { JsonLd } from "./trusted-markup";

/** Metadata of a listing page; each page of the pagination is its own canonical URL. */
export function listingMetadata(kind: ListingKind, slug: string, page: number): Metadata {
  const listing = getListing(kind, slug, page);
  if (listing === undefined) return {};
  const suffix = page > 1 ? ` (trang ${page})` : "";
  return pageMetadata({
    title: `${listing.kindLabel}: ${listing.name}${suffix}`,
    description: listing.description || `Các bài viết ${listing.kindLabel.toLowerCase()} ${listing.name} trên ${getSite().name}.`,
    path: listing.href(page),
    section: kind === "section" ? { name: listing.name, slug } : undefined,
  });
}

/** A section, tag or author page: heading, newest-first cards, pagination. */
export function ListingPage({ kind, slug, page }: { kind: ListingKind; slug: string; page: number }) {
  const listing = getListing(kind, slug, page);
  if (listing === undefined) return <MissingPage />;
  return (
    <PageFrame>
      {listing.entity ? <JsonLd json={entityJsonLd(listing.entity.kind, listing.entity.id, listing.name)} /> : null}
      {listing.details ? (
        <nav aria-label="Đường dẫn" className="breadcrumb">
          <ol>
            <li>
              <a href="/">Trang chủ</a>
            </li>
            <li>{listing.kindLabel}</li>
          </ol>
        </nav>
      ) : null}
      <p className="kicker">{listing.kindLabel}</p>
      <h1 className="page-title">
        {listing.name}
        {listing.page > 1 ? <span className="page-number"> (trang {listing.page})</span> : null}
      </h1>
      {listing.description ? <p className="listing-description">{listing.description}</p> : null}
      {listing.details ? <EntityFacts details={listing.details} /> : null}
      {listing.cards.length === 0 ? <p>Chưa có bài viết nào.</p> : <ArticleList cards={listing.cards} />}
      <Pagination page={listing.page} pageCount={listing.pageCount} href={listing.href} />
    </PageFrame>
  );
}
