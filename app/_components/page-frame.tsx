import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getContentReport } from "../_data/content";
import { getMasthead } from "../_data/masthead";
import { ContentProblems } from "./content-problems";

/**
 * The skip link, the masthead and the main landmark around a page's content. Pages render
 * it themselves rather than the layout, so a page that is never regenerated (the 404 page,
 * prerendered once per deploy) can leave out today's date instead of showing a stale one.
 * On the dev server it also shows the content's problems, in place of the page when there
 * are errors, as the build would refuse to publish it.
 */
export function PageFrame({ children, dated = true }: { children: ReactNode; dated?: boolean }) {
  const masthead = getMasthead();
  // Only ever set on the dev server: production pages never carry the list.
  const report = getContentReport();
  return (
    <>
      <a className="skip-link" href="#noi-dung">
        Bỏ qua để xem nội dung
      </a>
      <header className="site-header">
        <div className="masthead">
          <p className="site-name">
            <a href="/">{masthead.siteName}</a>
          </p>
          {dated ? (
            <p className="masthead-date">
              <time dateTime={masthead.today.iso}>{masthead.today.text}</time>
            </p>
          ) : null}
          <form action="/tim-kiem" method="get" role="search" className="masthead-search">
            <label htmlFor="tim-nhanh" className="visually-hidden">
              Tìm bài viết
            </label>
            <input id="tim-nhanh" name="q" type="search" maxLength={200} placeholder="Tìm bài viết" />
            <button type="submit">Tìm</button>
          </form>
        </div>
        <nav aria-label="Chuyên mục">
          <ul>
            {masthead.sections.map((section) => (
              <li key={section.href}>
                <a href={section.href}>{section.label}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="noi-dung" tabIndex={-1}>
        {report ? <ContentProblems report={report} /> : null}
        {report?.blocking ? null : children}
      </main>
    </>
  );
}

/**
 * What a page renders for an article or listing that is not there: the 404 page, except
 * on the dev server while content has errors, where the page is most likely missing
 * because of them and the frame shows the check's list in its place.
 */
export function MissingPage(): ReactNode {
  if (getContentReport()?.blocking === true) return <PageFrame>{null}</PageFrame>;
  notFound();
}
