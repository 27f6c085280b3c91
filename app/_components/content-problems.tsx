import { CONTENT_PROBLEMS_HEADING, renderContentProblemsInner } from "@/lib/render-furniture";
import type { ContentReport } from "../_data/content";
import { RenderedMarkup } from "./trusted-markup";

/**
 * The dev server's list of content problems, line for line what `npm run check` prints.
 * With errors it stands in for the page, as the build would refuse to publish it.
 */
export function ContentProblems({ report }: { report: ContentReport }) {
  return <RenderedMarkup tag="section" className="content-problems" labelledBy={CONTENT_PROBLEMS_HEADING} html={renderContentProblemsInner(report)} />;
}
