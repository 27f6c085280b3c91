import { DEV_REFRESH_EVENTS_PATH } from "@/lib/routes";
import { getSettings } from "../../_data/settings";
import { notFoundResponse } from "../../_routes/responses";

// The dev server's refresh script (see ../thay-doi/route.ts). A file served by a route, not
// a client component: production pages never load it, and app/ stays free of client code.
export const dynamic = "force-dynamic";

export function GET(request: Request): Response {
  if (!getSettings().preview) return notFoundResponse();
  // The content version the page was rendered from (`?tu=`), passed on to the stream.
  const version = Number(new URL(request.url).searchParams.get("tu") ?? "0") || 0;
  const events = `${DEV_REFRESH_EVENTS_PATH}?tu=${version}`;
  const script = `// npm run dev: tải lại trang khi một tệp trong content/ hoặc public/ thay đổi.
new EventSource(${JSON.stringify(events)}).addEventListener("doi", () => location.reload());
`;
  return new Response(script, { headers: { "content-type": "text/javascript; charset=utf-8", "cache-control": "no-store" } });
}
