import type { Article } from "./article";
import { laterUnits } from "./place-successors";
import type { Registers } from "./registers";
import type { EntityKind } from "./routes";

/** One entity page an article is listed on: a row of that page's listing. */
export interface EntityMembership {
  readonly kind: EntityKind;
  readonly slug: string;
  /** The entity's name, as its page is titled. */
  readonly name: string;
}

/**
 * Every person, body, document and place page an article is listed on: what its body
 * mentions (article.mentions), the places it is tagged with, and every unit those places
 * later became, so a new unit's page lists the articles written under the old names. The
 * one place these listings are decided, so any store can write them as rows.
 */
export function entityMemberships(article: Pick<Article, "mentions" | "places">, registers: Registers): EntityMembership[] {
  const rows: EntityMembership[] = article.mentions.map((mention) => ({ kind: mention.kind, slug: mention.id, name: mention.name }));
  const places = new Set<string>();
  for (const id of article.places) for (const unit of [id, ...laterUnits(id, registers.places)]) places.add(unit);
  for (const id of places) {
    const place = registers.places.get(id);
    if (place !== undefined) rows.push({ kind: "place", slug: id, name: place.name });
  }
  return rows;
}
