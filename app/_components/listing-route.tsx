import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getListingParams, parsePageParam, type ListingKind } from "../_data/listings";
import { ListingPage, listingMetadata } from "./listing-page";

type FirstProps = { params: Promise<{ slug: string }> };
type RestProps = { params: Promise<{ slug: string; page: string }> };

/**
 * The two routes every listing has: `/<kind>/<slug>` and `/<kind>/<slug>/trang/<n>`.
 * Section, tag and author folders re-export these so their pages cannot drift apart.
 */
export function listingRoutes(kind: ListingKind) {
  const pageNumber = async (params: RestProps["params"]) => {
    const { slug, page } = await params;
    return { slug, page: parsePageParam(page) };
  };
  return {
    first: {
      generateStaticParams: () => getListingParams(kind, "first"),
      generateMetadata: async ({ params }: FirstProps): Promise<Metadata> => listingMetadata(kind, (await params).slug, 1),
      Page: async function ListingFirstPage({ params }: FirstProps) {
        return <ListingPage kind={kind} slug={(await params).slug} page={1} />;
      },
    },
    rest: {
      generateStaticParams: () => getListingParams(kind, "rest"),
      generateMetadata: async ({ params }: RestProps): Promise<Metadata> => {
        const { slug, page } = await pageNumber(params);
        return page === undefined ? {} : listingMetadata(kind, slug, page);
      },
      Page: async function ListingRestPage({ params }: RestProps) {
        const { slug, page } = await pageNumber(params);
        if (page === undefined) notFound();
        return <ListingPage kind={kind} slug={slug} page={page} />;
      },
    },
  };
}
