import type { Article, Section } from "./article";
import { entityMemberships } from "./entity-memberships";
import { EMPTY_REGISTERS, type Registers } from "./registers";
import type { EntityKind, ListingKind } from "./routes";
import { slugify } from "./slugify";

/** A listing: the articles of one section, tag or author, newest first. */
export interface Group {
  readonly slug: string;
  /** The name as editors wrote it (for tags and authors, as the newest article spells it). */
  readonly name: string;
  readonly description: string;
  readonly articles: readonly Article[];
}

/** Lookups built once from the visible articles. */
export interface ContentIndex {
  readonly articles: readonly Article[];
  readonly bySlug: ReadonlyMap<string, Article>;
  /** Position of each article in `articles` (newest first), for ordering subsets. */
  readonly order: ReadonlyMap<string, number>;
  readonly sections: ReadonlyMap<string, Group>;
  readonly tags: ReadonlyMap<string, Group>;
  readonly authors: ReadonlyMap<string, Group>;
  /** The people, bodies, documents and places pages (lib/entity-memberships.ts). */
  readonly entities: Readonly<Record<EntityKind, ReadonlyMap<string, Group>>>;
}

type MutableGroup = { slug: string; name: string; description: string; articles: Article[] };

/**
 * Indexes articles (already newest first) by slug, section, tag and author. Tags and
 * authors are keyed by their ASCII slug, so `Hoà`/`Hòa` or NFC/NFD spellings share a page.
 * Every declared section gets a group, even an empty one.
 */
export function buildIndex(articles: readonly Article[], sections: readonly Section[], registers: Registers = EMPTY_REGISTERS): ContentIndex {
  const sectionGroups = new Map<string, MutableGroup>();
  for (const { slug, name, description } of sections) sectionGroups.set(slug, { slug, name, description, articles: [] });
  const tags = new Map<string, MutableGroup>();
  const authors = new Map<string, MutableGroup>();
  const add = (groups: Map<string, MutableGroup>, name: string, article: Article): void => {
    const slug = slugify(name);
    if (slug === "") return;
    const group = groups.get(slug) ?? { slug, name, description: "", articles: [] };
    if (group.articles.at(-1) !== article) group.articles.push(article);
    groups.set(slug, group);
  };
  const entities: Record<EntityKind, Map<string, MutableGroup>> = { person: new Map(), body: new Map(), document: new Map(), place: new Map() };
  for (const article of articles) {
    sectionGroups.get(article.section.slug)?.articles.push(article);
    article.tags.forEach((tag) => add(tags, tag, article));
    article.authors.forEach((author) => add(authors, author, article));
    for (const { kind, slug, name } of entityMemberships(article, registers)) {
      const group = entities[kind].get(slug) ?? { slug, name, description: "", articles: [] };
      if (group.articles.at(-1) !== article) group.articles.push(article);
      entities[kind].set(slug, group);
    }
  }
  return {
    articles,
    bySlug: new Map(articles.map((article) => [article.slug, article])),
    order: new Map(articles.map((article, position) => [article.slug, position])),
    sections: sectionGroups,
    tags,
    authors,
    entities,
  };
}

/** The groups of one kind of listing: the index's sections, tags or authors. */
export function groupsOf(index: ContentIndex, kind: ListingKind): ReadonlyMap<string, Group> {
  if (kind === "section") return index.sections;
  if (kind === "tag") return index.tags;
  return kind === "author" ? index.authors : index.entities[kind];
}
