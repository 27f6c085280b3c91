import { draftMode } from "next/headers";
import { type NextRequest } from "next/server";
import { PREVIEW_COOKIE, PREVIEW_HEADERS } from "@/lib/preview-link";
import { PREVIEW_TOKEN_PARAMETER, previewPagePath } from "@/lib/routes";
import { getPreviewGrant } from "../_data/preview";
import { getSettings } from "../_data/settings";

// The preview link `npm run preview-link` prints: `/xem-truoc?ma=<token>`. A valid token
// turns on Next's Draft Mode, leaves the token in a cookie scoped to that article's
// preview page, and redirects there, so the token leaves the address bar. Anything else
// is a plain 404, and so is every request when PREVIEW_SECRET is unset.
export const dynamic = "force-dynamic";

export async function GET(request: NextRequest): Promise<Response> {
  const token = request.nextUrl.searchParams.get(PREVIEW_TOKEN_PARAMETER) ?? undefined;
  const grant = getPreviewGrant(token);
  const headers = new Headers();
  for (const { key, value } of PREVIEW_HEADERS) headers.set(key, value);
  if (grant === undefined || token === undefined) {
    headers.set("content-type", "text/plain; charset=utf-8");
    return new Response("Không tìm thấy.\n", { status: 404, headers });
  }
  (await draftMode()).enable();
  const page = previewPagePath(grant.slug);
  // A session cookie: the page checks the token's own expiry on every request, so a phone
  // whose clock is wrong neither drops the cookie early nor keeps the preview open late.
  const cookie = [`${PREVIEW_COOKIE}=${token}`, `Path=${page}`, "HttpOnly", "SameSite=Lax"];
  // As Next marks its own Draft Mode cookie: Secure except on the dev server.
  if (getSettings().production) cookie.push("Secure");
  headers.append("set-cookie", cookie.join("; "));
  headers.set("location", page);
  return new Response(null, { status: 303, headers });
}
