import { renderCardMetaInner } from "@/lib/render-cards";
import type { ArticleCard } from "@/lib/present-article";
import { RenderedMarkup } from "./trusted-markup";

/** A card's section link, date and (in preview) status, as every list prints them. */
export function CardMeta({ card }: { card: ArticleCard }) {
  return <RenderedMarkup tag="p" className="card-meta" html={renderCardMetaInner(card)} />;
}
