import { renderFooter } from "@/lib/render-furniture";
import { getFooter } from "../_data/masthead";
import { RenderedMarkup } from "./trusted-markup";

/** The footer of every page: the paper and its legal masthead, as Vietnamese law asks online papers to print. */
export function SiteFooter() {
  return <RenderedMarkup tag="footer" className="site-footer" html={renderFooter(getFooter())} />;
}
