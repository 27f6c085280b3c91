import { getPhotoFile, PhotoBusyError } from "../../_data/photos";
import { notFoundResponse } from "../../_routes/responses";

// Derived photo files (README, Decisions: "Photos"). Names are content-hashed, so a name
// always means the same bytes: browsers and CDNs keep them for a year without asking
// again. Only names in the build's plans are served; originals never are, and Next's
// image optimiser (an open resizer) is off.
export const dynamic = "force-dynamic";

const IMMUTABLE = "public, max-age=31536000, immutable";
// An SVG opened on its own, not through <img>, could run script on our origin: this
// makes any such document inert (no script, no outside requests, a unique origin).
const DRAWING_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }) {
  let found;
  try {
    found = await getPhotoFile((await params).name);
  } catch (error) {
    if (!(error instanceof PhotoBusyError)) throw error;
    return new Response("Máy chủ đang bận tạo ảnh; thử lại sau ít giây.\n", {
      status: 503,
      headers: { "content-type": "text/plain; charset=utf-8", "retry-after": "5", "cache-control": "no-store" },
    });
  }
  if (found === undefined) return notFoundResponse();
  const headers: Record<string, string> = {
    "content-type": found.variant.type,
    "content-length": String(found.bytes.length),
    "cache-control": IMMUTABLE,
  };
  if (found.variant.format === "svg") headers["content-security-policy"] = DRAWING_POLICY;
  return new Response(new Uint8Array(found.bytes), { headers });
}
