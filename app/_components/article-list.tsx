import type { ReactNode } from "react";
import type { ArticleCard } from "@/lib/present-article";

type Override = { title: ReactNode; summary: ReactNode } | undefined;

/** Cards newest first; `render` lets search results replace title and sapo with highlighted text. */
export function ArticleList({
  cards,
  headingLevel = 2,
  render,
}: {
  cards: readonly ArticleCard[];
  headingLevel?: 2 | 3;
  render?: (index: number) => Override;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <ol className="article-list">
      {cards.map((card, index) => {
        const override = render?.(index);
        const thumbnail = card.thumbnail;
        return (
          <li key={card.href} className="card">
            {thumbnail ? (
              // The lead photo's small derived files (lib/photo-sources.ts), cropped to 3:2 by CSS;
              // a plain <picture>, as Next's image optimiser is off (README, Decisions: "Photos").
              <picture className="card-picture">
                {thumbnail.sources.map((source) => (
                  <source key={source.type} type={source.type} srcSet={source.srcSet} sizes={source.sizes} />
                ))}
                <img
                  className="card-thumb"
                  src={thumbnail.src}
                  srcSet={thumbnail.srcSet}
                  sizes={thumbnail.sizes}
                  alt=""
                  width={240}
                  height={160}
                  loading="lazy"
                  decoding="async"
                />
              </picture>
            ) : null}
            <div className="card-text">
              <Heading className="card-title">
                <a href={card.href}>{override?.title ?? card.title}</a>
              </Heading>
              <p className="card-meta">
                <a href={card.section.href}>{card.section.label}</a>
                {" · "}
                <time dateTime={card.published.iso}>{card.published.text}</time>
                {card.status ? <strong className="status"> · {card.status}</strong> : null}
              </p>
              <p className="card-summary">{override?.summary ?? card.summary}</p>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
