import type { NextRequest } from "next/server";
import { renderSearchPage } from "@/lib/render-search-page";
import { devRefreshScriptUrl } from "@/lib/routes";
import { getContentReport, getContentVersion } from "../_data/content";
import { getFooter, getMasthead } from "../_data/masthead";
import { getSearchResults } from "../_data/search";
import { searchPageHead } from "../_data/seo";
import { getSettings } from "../_data/settings";
import { getStylesheet } from "../_routes/stylesheet";

// A route handler, not a page: every query is new, so nothing is prerendered or cached, and
// React's dynamic render of the results cost ten times the query itself. The page is written
// as text with the same furniture, cards and stylesheet as the React pages, and no script
// (lib/render-search-page.ts; README, Decisions: "The search page is written as text").
export const dynamic = "force-dynamic";

// As Next sends every dynamic page: no shared cache keeps a reader's query.
const CACHE = "private, no-cache, no-store, max-age=0, must-revalidate";

export function GET(request: NextRequest) {
  const params = request.nextUrl.searchParams;
  // The first `q` and `trang` only; anything else in the query string is ignored.
  const search = getSearchResults(params.get("q") ?? "", Number(params.get("trang") ?? "") || 1);
  const html = renderSearchPage({
    head: searchPageHead(search.query, search.total, getStylesheet()),
    masthead: getMasthead(),
    footer: getFooter(),
    ...search,
    problems: getContentReport(),
    devRefreshScript: getSettings().preview ? devRefreshScriptUrl(getContentVersion()) : undefined,
  });
  return new Response(html, { headers: { "content-type": "text/html; charset=utf-8", "cache-control": CACHE } });
}
