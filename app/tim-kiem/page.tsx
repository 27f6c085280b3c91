import type { Metadata } from "next";
import { ArticleList } from "../_components/article-list";
import { Highlighted } from "../_components/highlighted";
import { PageFrame } from "../_components/page-frame";
import { Pagination } from "../_components/pagination";
import { getSearchResults } from "../_data/search";
import { pageMetadata } from "../_data/seo";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

async function read(searchParams: Props["searchParams"]) {
  const params = await searchParams;
  return getSearchResults(first(params.q), Number(first(params.trang)) || 1);
}

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { query, total } = await read(searchParams);
  return pageMetadata({
    title: query === "" ? "Tìm kiếm" : `Tìm kiếm: ${query}`,
    path: "/tim-kiem",
    // Result pages are endless and thin: never index an empty one.
    noindex: total === 0,
  });
}

export default async function SearchPage({ searchParams }: Props) {
  const search = await read(searchParams);
  return (
    <PageFrame>
      <h1 className="page-title">Tìm kiếm</h1>
      <form action="/tim-kiem" method="get" role="search" className="search-form">
        <label htmlFor="q">Từ khóa</label>
        <input id="q" name="q" type="search" defaultValue={search.query} maxLength={200} />
        <button type="submit">Tìm</button>
      </form>
      {search.entities.length > 0 ? (
        <section aria-labelledby="trang-rieng" className="entity-hits">
          <h2 id="trang-rieng">Trang riêng</h2>
          <ul>
            {search.entities.map((hit) => (
              <li key={hit.href}>
                {`${hit.label}: `}
                <a href={hit.href}>{hit.name}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {search.query === "" ? (
        <p>Nhập từ khóa, có dấu hoặc không dấu (ví dụ: dan van, Đảng bộ).</p>
      ) : search.total === 0 ? (
        <p role="status">{search.status}</p>
      ) : (
        <>
          <p role="status">{search.status}</p>
          <ArticleList
            cards={search.results.map((result) => result.card)}
            render={(index) => {
              const result = search.results[index];
              return result ? { title: <Highlighted segments={result.title} />, summary: <Highlighted segments={result.summary} /> } : undefined;
            }}
          />
          <Pagination page={search.page} pageCount={search.pageCount} href={search.href} />
        </>
      )}
    </PageFrame>
  );
}
