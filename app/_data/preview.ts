import "server-only";
import type { ArticleRecord } from "@/lib/article";
import { formatDateline } from "@/lib/format-dateline";
import { checkPreviewToken, type PreviewGrant } from "@/lib/preview-link";
import type { ArticlePage } from "@/lib/present-article";
import { isPublished } from "@/lib/publication";
import { presentArticlePage } from "./articles";
import { getStore } from "./content";
import { getSettings, now } from "./settings";

// Preview links (lib/preview-link.ts): whoever holds a valid one sees that one article,
// whatever its state, on a page no cache, list, feed, sitemap or search ever holds.

/** What a preview page shows: the article's page record and the banner saying what it is. */
export interface PreviewPage {
  readonly page: ArticlePage;
  readonly banner: string;
}

/**
 * The grant of a token that is valid now for an article the server has (a draft, a
 * scheduled or a published one); undefined for anything else, and always when
 * PREVIEW_SECRET is unset (preview links are off).
 */
export function getPreviewGrant(token: string | undefined): PreviewGrant | undefined {
  const secret = getSettings().previewLinkSecret;
  if (secret === undefined || token === undefined) return undefined;
  const check = checkPreviewToken(token, secret, now());
  if (!check.ok || findArticle(check.grant.slug) === undefined) return undefined;
  return check.grant;
}

/**
 * Whether a request for the preview page of `slug` may be rendered: Draft Mode is on and
 * its token cookie is a valid grant for that very article. proxy.ts asks, so anything
 * else gets the prerendered 404 page without rendering.
 */
export function previewRequestAllowed(slug: string, draftMode: boolean, token: string | undefined): boolean {
  return draftMode && getPreviewGrant(token)?.slug === slug;
}

/** The preview of the article at `slug`, when `token` is a valid grant for that very article. */
export function getPreviewPage(slug: string, token: string | undefined): PreviewPage | undefined {
  const grant = getPreviewGrant(token);
  const article = grant?.slug === slug ? findArticle(slug) : undefined;
  if (grant === undefined || article === undefined) return undefined;
  const { timeZone } = getStore().site;
  const time = now();
  const state = article.draft ? "bản nháp, chưa đăng" : isPublished(article, time) ? "đã đăng" : `hẹn giờ đăng lúc ${formatDateline(article.published, timeZone)}`;
  return {
    page: presentArticlePage(article),
    banner: `Bản xem trước (${state}): chỉ người có đường dẫn xem trước mới xem được trang này, cho tới ${formatDateline(grant.expires, timeZone)}.`,
  };
}

// Drafts too: a production store keeps them, unlisted, for their preview links alone.
function findArticle(slug: string): ArticleRecord | undefined {
  return getStore().anyArticle(slug);
}
