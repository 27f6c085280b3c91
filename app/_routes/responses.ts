const TYPES = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  xml: "application/xml; charset=utf-8",
} as const;

/** An XML response with the right media type. */
export function xmlResponse(body: string, type: keyof typeof TYPES): Response {
  return new Response(body, { headers: { "content-type": TYPES[type] } });
}

/** A plain 404 for machine-read routes (feeds, sitemaps). */
export function notFoundResponse(): Response {
  return new Response("Không tìm thấy.\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
}
