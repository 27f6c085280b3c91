import { onContentChange } from "../../_data/content";
import { getSettings } from "../../_data/settings";
import { notFoundResponse } from "../../_routes/responses";

// The dev server's page refresh: a stream of server-sent events, one `doi` (change) event
// after each change under content/ or public/, from the content cache's one watcher. The
// script in ../tai-lai/route.ts reloads the page on it. Outside the dev server this is a 404.
export const dynamic = "force-dynamic";

// Comments every 20 s keep the connection from being closed as idle.
const KEEP_ALIVE_MS = 20_000;

export function GET(request: Request): Response {
  if (!getSettings().preview) return notFoundResponse();
  const encoder = new TextEncoder();
  let stop = (): void => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string): void => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          stop();
        }
      };
      // A change after the content the page shows (`?tu=`) is sent at once.
      const version = Number(new URL(request.url).searchParams.get("tu") ?? "0") || 0;
      const unsubscribe = onContentChange(() => send("event: doi\ndata: \n\n"), version);
      const keepAlive = setInterval(() => send(": \n\n"), KEEP_ALIVE_MS);
      stop = () => {
        unsubscribe();
        clearInterval(keepAlive);
      };
      request.signal.addEventListener("abort", () => {
        stop();
        try {
          controller.close();
        } catch {
          // already closed
        }
      });
      // The first bytes tell the browser the stream is open, and how soon to reconnect.
      send("retry: 1000\n: san sang\n\n");
    },
    cancel() {
      stop();
    },
  });
  return new Response(stream, { headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-store" } });
}
