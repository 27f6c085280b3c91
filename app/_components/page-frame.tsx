import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { getContentReport } from "../_data/content";
import { getMasthead } from "../_data/masthead";
import { MAIN_ID, renderMasthead, SKIP_LINK_TEXT } from "@/lib/render-furniture";
import { ContentProblems } from "./content-problems";
import { RenderedMarkup } from "./trusted-markup";

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
      <a className="skip-link" href={`#${MAIN_ID}`}>
        {SKIP_LINK_TEXT}
      </a>
      <RenderedMarkup tag="header" className="site-header" html={renderMasthead(masthead, dated)} />
      <main id={MAIN_ID} tabIndex={-1}>
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
