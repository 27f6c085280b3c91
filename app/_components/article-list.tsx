import type { ReactNode } from "react";
import type { ArticleCard } from "@/lib/present-article";
import { CardMeta } from "./card-meta";
import { PhotoPicture } from "./photo-picture";

type Override = { title: ReactNode; summary: ReactNode } | undefined;

/** Cards newest first; `render` lets search results replace title and sapo with highlighted text. */
export function ArticleList({
  cards,
  headingLevel = 2,
  render,
  className,
}: {
  cards: readonly ArticleCard[];
  headingLevel?: 2 | 3;
  render?: (index: number) => Override;
  /** A variant of the list: `highlights` sets the cards side by side under the lead story. */
  className?: "highlights";
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ol className={className === undefined ? "article-list" : `article-list ${className}`}>
      {cards.map((card, index) => {
        const override = render?.(index);
        return (
          <li key={card.href} className="card">
            {card.thumbnail ? (
              <PhotoPicture picture={card.thumbnail} pictureClassName="card-picture" imgClassName="card-thumb" width={240} height={160} />
            ) : null}
            <div className="card-text">
              <Heading className="card-title">
                <a href={card.href}>{override?.title ?? card.title}</a>
              </Heading>
              <CardMeta card={card} />
              {card.note ? <p className="card-note">{card.note}</p> : null}
              <p className="card-summary">{override?.summary ?? card.summary}</p>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
