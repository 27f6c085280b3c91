import type { ArticleCard } from "@/lib/present-article";

/** A card's section link, date and (in preview) status, as every list prints them. */
export function CardMeta({ card }: { card: ArticleCard }) {
  return (
    <p className="card-meta">
      <a href={card.section.href}>{card.section.label}</a>
      {" · "}
      <time dateTime={card.published.iso}>{card.published.text}</time>
      {card.status ? <strong className="status"> · {card.status}</strong> : null}
    </p>
  );
}
