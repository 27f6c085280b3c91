import { renderPaginationInner } from "@/lib/render-cards";
import { RenderedMarkup } from "./trusted-markup";

/** Previous/next links with the page position, as a labelled navigation landmark. */
export function Pagination({ page, pageCount, href }: { page: number; pageCount: number; href: (page: number) => string }) {
  const inner = renderPaginationInner(page, pageCount, href);
  return inner === "" ? null : <RenderedMarkup tag="nav" className="pagination" label="Phân trang" html={inner} />;
}
