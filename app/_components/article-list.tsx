import type { ArticleCard } from "@/lib/present-article";
import { renderCardItems } from "@/lib/render-cards";
import { RenderedMarkup } from "./trusted-markup";

/** Cards in the order given (lib/render-cards.ts). */
export function ArticleList({
  cards,
  headingLevel = 2,
  className,
}: {
  cards: readonly ArticleCard[];
  headingLevel?: 2 | 3;
  /** A variant of the list: `highlights` sets the cards side by side under the lead story. */
  className?: "highlights";
}) {
  return <RenderedMarkup tag="ol" className={className === undefined ? "article-list" : `article-list ${className}`} html={renderCardItems(cards, { headingLevel })} />;
}
