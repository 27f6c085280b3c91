import type { ArticleCard } from "@/lib/present-article";
import { CardMeta } from "./card-meta";

/** The front page's lead story: its photo large, the headline, the sapo. */
export function LeadStory({ card }: { card: ArticleCard }) {
  return (
    <article className="lead-story">
      {card.thumbnail ? (
        // Above the fold on every screen: loaded at once, not lazily.
        // eslint-disable-next-line @next/next/no-img-element
        <img className="lead-thumb" src={card.thumbnail.src} alt="" width={960} height={640} fetchPriority="high" decoding="async" />
      ) : null}
      <div className="lead-text">
        <h3 className="lead-title">
          <a href={card.href}>{card.title}</a>
        </h3>
        <CardMeta card={card} />
        <p className="lead-summary">{card.summary}</p>
      </div>
    </article>
  );
}
