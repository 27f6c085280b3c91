// Next runs `register` once when a server process starts, before it serves a request.

export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getSettings } = await import("./app/_data/settings");
  const settings = getSettings();
  // Only a production server: builds serve nothing, and the dev server's error overlay and
  // live reload need the POST requests and upgrades the guard refuses.
  if (!settings.production || settings.building) return;
  const { installRequestGuard } = await import("./app/_routes/request-guard");
  installRequestGuard();
  // proxy.ts checks every archive URL against the content index, and search needs its
  // index. A production server builds both now, at start (content from its build's
  // snapshot: about 2 s for 20,000 articles), rather than stalling its first requests
  // while every reader waits. Builds and the dev server load content and build the search
  // index on their own, when a page first asks for them.
  const { getIndex } = await import("./app/_data/content");
  getIndex();
  const { prepareSearch } = await import("./app/_data/search");
  prepareSearch();
}
