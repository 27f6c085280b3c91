// Next runs `register` once when a server process starts, and awaits it before serving.

export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getSettings } = await import("./app/_data/settings");
  const settings = getSettings();
  // Only a production server: builds serve nothing, and the dev server's error overlay and
  // live reload need the POST requests and upgrades the guard refuses.
  if (!settings.production || settings.building) return;
  // A production server opens its build's content store now, at start: proxy.ts checks
  // every archive URL against it. A store that is missing, truncated, unreadable or of
  // another version stops the server here with a message naming the file and what to
  // do; a server that is up but answers 500 to everything is the one outcome not allowed
  // (the same verdict /healthz gives, app/_data/content-health.ts). Builds and the dev
  // server open theirs when a page first asks for content.
  const { refuseUnhealthyStart } = await import("./app/_data/content-health");
  refuseUnhealthyStart();
  const { installRequestGuard } = await import("./app/_routes/request-guard");
  installRequestGuard();
}
