import type { Article } from "./article";
import { slugify } from "./slugify";

/**
 * "Tin liên quan": other articles ranked by shared tags (two points each) and the same
 * section (one point), newest first among equals; never the article itself.
 *
 * @param candidates visible articles, newest first
 */
export function findRelated(article: Article, candidates: readonly Article[], limit = 5): Article[] {
  const tags = new Set(article.tags.map(slugify));
  return candidates
    .filter((other) => other.slug !== article.slug)
    .map((other, order) => ({
      other,
      order,
      score: other.tags.filter((tag) => tags.has(slugify(tag))).length * 2 + (other.section.slug === article.section.slug ? 1 : 0),
    }))
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map((entry) => entry.other);
}
