import type { ArticleCard } from "@/lib/present-article";
import { CardMeta } from "./card-meta";
import { PhotoPicture } from "./photo-picture";

/** The front page's lead story: its photo large (its derived files, in the lead's sizes), the headline, the sapo. */
export function LeadStory({ card }: { card: ArticleCard }) {
  return (
    <article className="lead-story">
      {card.thumbnail ? (
        // Above the fold on every screen: loaded at once, not lazily.
        <PhotoPicture picture={card.thumbnail} options={{ pictureClass: "lead-picture", imgClass: "lead-thumb", width: 960, height: 640, eager: true }} />
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
