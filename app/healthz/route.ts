import { contentHealth } from "../_data/content-health";

// For nginx and the deploy, never for readers: 200 once this process serves its build's
// verified content, 503 with the reason otherwise. Never cached by anyone.
export const dynamic = "force-dynamic";

export function GET(): Response {
  const health = contentHealth();
  return new Response(health.ok ? "ok\n" : `${health.reason}\n`, {
    status: health.ok ? 200 : 503,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}
