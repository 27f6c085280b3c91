import { createHmac, timingSafeEqual } from "node:crypto";
import { slugify } from "./slugify";

// Signed, expiring preview links: whoever holds one may see that one article (a draft, a
// scheduled or a published one) until it expires, with no account and no terminal. A
// token is `<slug>.<expiry in Unix seconds>.<HMAC-SHA256 of both, base64url>`, signed with
// PREVIEW_SECRET (lib/settings.ts); nothing is stored on the server, so changing the
// secret revokes every link at once.

/** What a valid token grants: one article, until an instant. */
export interface PreviewGrant {
  readonly slug: string;
  readonly expires: Date;
}

/** Why a token was refused; the server answers every one of them with the same plain 404. */
export type PreviewRefusal = "malformed" | "signature" | "expired" | "too-long";

/** A token's grant, or why it was refused. */
export type PreviewCheck = { readonly ok: true; readonly grant: PreviewGrant } | { readonly ok: false; readonly reason: PreviewRefusal };

/** The longest a link may stay valid: a month, so a leaked link does not stay open for good. */
export const MAX_PREVIEW_HOURS = 24 * 31;
/** How long a link stays valid when the editor does not say. */
export const DEFAULT_PREVIEW_HOURS = 72;
/** Shortest secret accepted: 32 characters, such as `openssl rand -base64 32` prints. */
export const MIN_SECRET_LENGTH = 32;
/** The cookie that carries the token from the link to the preview page, scoped to that page's path. */
export const PREVIEW_COOKIE = "bao-tinh-xem-truoc";

/**
 * Headers of every preview response (the link's redirect, the page, its 404s): no shared
 * cache (nginx, a CDN) may store them, no search engine may index them, and the token in
 * the link's URL is not passed on as a referrer.
 */
export const PREVIEW_HEADERS: readonly { readonly key: string; readonly value: string }[] = [
  { key: "Cache-Control", value: "private, no-store" },
  { key: "X-Robots-Tag", value: "noindex, nofollow" },
  { key: "Referrer-Policy", value: "no-referrer" },
];

// Domain separation: a signature made for anything else with the same secret is never a preview token.
const PURPOSE = "bao-tinh preview v1";
const TOKEN = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.([1-9]\d{0,11})\.([A-Za-z0-9_-]{43})$/;

/**
 * Signs a preview token for one article until `expires` (rounded down to the second).
 *
 * @example signPreviewToken({ slug: "ky-hop", expires: new Date("2017-04-23T11:00:00Z") }, secret) // "ky-hop.1492945200.…"
 */
export function signPreviewToken(grant: PreviewGrant, secret: string): string {
  const seconds = Math.floor(grant.expires.getTime() / 1000);
  return `${grant.slug}.${seconds}.${signature(grant.slug, seconds, secret)}`;
}

/**
 * Checks a token: its form, its signature (compared in constant time), that it has not
 * expired at `now`, and that it was not made to last longer than {@link MAX_PREVIEW_HOURS}.
 *
 * @example checkPreviewToken(token, secret, new Date()) // { ok: true, grant: { slug: "ky-hop", expires: … } }
 */
export function checkPreviewToken(token: string, secret: string, now: Date): PreviewCheck {
  const match = TOKEN.exec(token);
  const [, slug, digits, given] = match ?? [];
  if (slug === undefined || digits === undefined || given === undefined || slugify(slug) !== slug) return { ok: false, reason: "malformed" };
  const seconds = Number(digits);
  const expected = Buffer.from(signature(slug, seconds, secret));
  if (!timingSafeEqual(Buffer.from(given), expected)) return { ok: false, reason: "signature" };
  const expires = new Date(seconds * 1000);
  if (expires.getTime() <= now.getTime()) return { ok: false, reason: "expired" };
  if (expires.getTime() - now.getTime() > MAX_PREVIEW_HOURS * 3_600_000) return { ok: false, reason: "too-long" };
  return { ok: true, grant: { slug, expires } };
}

function signature(slug: string, seconds: number, secret: string): string {
  return createHmac("sha256", secret).update(`${PURPOSE}\n${slug}\n${seconds}`).digest("base64url");
}
