import type { Article } from "./article";
import type { ContentIndex } from "./content-index";
import { slugify } from "./slugify";

/**
 * "Tin liên quan": other articles ranked by shared tags (two points each) and the same
 * section (one point), newest first among equals; never the article itself.
 *
 * @param candidates visible articles, newest first
 */
export function findRelated(article: Article, candidates: readonly Article[], limit = 5): Article[] {
  const tags = new Set(tagSlugs(article));
  return candidates
    .filter((other) => other.slug !== article.slug)
    .map((other, order) => ({
      other,
      order,
      score: tagSlugs(other).filter((tag) => tags.has(tag)).length * 2 + (other.section.slug === article.section.slug ? 1 : 0),
    }))
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map((entry) => entry.other);
}

/**
 * The same ranking as {@link findRelated}, looking only at the articles that can score:
 * those sharing a tag, and the newest of the same section. Cost grows with the article's
 * tag and section sizes, not with the whole archive, so a build stays linear.
 */
export function findRelatedInIndex(article: Article, index: ContentIndex, limit = 5): Article[] {
  const ownTags = new Set(tagSlugs(article));
  const candidates = new Set<Article>();
  for (const slug of ownTags) for (const other of index.tags.get(slug)?.articles ?? []) candidates.add(other);
  // Same-section articles without a shared tag score 1 and rank newest first, so the
  // first `limit` of them (the section list is newest first) are all that can place.
  let sectionOnly = 0;
  for (const other of index.sections.get(article.section.slug)?.articles ?? []) {
    if (sectionOnly >= limit) break;
    if (other.slug === article.slug || candidates.has(other)) continue;
    candidates.add(other);
    if (!tagSlugs(other).some((tag) => ownTags.has(tag))) sectionOnly++;
  }
  const order = (other: Article): number => index.order.get(other.slug) ?? Number.MAX_SAFE_INTEGER;
  return findRelated(article, [...candidates].sort((a, b) => order(a) - order(b)), limit);
}

// Slugifying (NFD, strip marks) every candidate's tags for every lookup was most of the
// cost at 20,000 articles; articles are immutable, so each one's tag slugs are kept.
const slugCache = new WeakMap<Article, readonly string[]>();

function tagSlugs(article: Article): readonly string[] {
  const cached = slugCache.get(article);
  if (cached !== undefined) return cached;
  const slugs = article.tags.map(slugify);
  slugCache.set(article, slugs);
  return slugs;
}
