// Next runs `register` once when a server process starts, before it serves a request.

export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { refuseTraceRequests } = await import("./app/_routes/refuse-trace");
  refuseTraceRequests();
  // proxy.ts checks every archive URL against the content index. A production server
  // loads the index now, at start, rather than stalling its first requests while it
  // reads the whole archive (about 20 s for 20,000 articles). Builds load it on their
  // own, and the dev server reads content on each request.
  if (process.env.NODE_ENV === "production" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { getIndex } = await import("./app/_data/content");
    getIndex();
  }
}
