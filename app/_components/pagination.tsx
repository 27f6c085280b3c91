
/** Previous/next links with the page position, as a labelled navigation landmark. */
export function Pagination({ page, pageCount, href }: { page: number; pageCount: number; href: (page: number) => string }) {
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label="Phân trang">
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev">
          ‹ Trang trước
        </a>
      ) : null}
      <span>
        Trang {page}/{pageCount}
      </span>
      {page < pageCount ? (
        <a href={href(page + 1)} rel="next">
          Trang sau ›
        </a>
      ) : null}
    </nav>
  );
}
