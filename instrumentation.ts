// Next runs `register` once when a server process starts, before it serves a request.

export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { refuseTraceRequests } = await import("./app/_routes/refuse-trace");
  refuseTraceRequests();
  // proxy.ts checks every archive URL against the content index. A production server
  // loads it now, at start (from its build's snapshot: about 2 s for 20,000 articles),
  // rather than stalling its first requests. Builds load content on their own, and the
  // dev server reads it on each request.
  if (process.env.NODE_ENV === "production" && process.env.NEXT_PHASE !== "phase-production-build") {
    const { getIndex } = await import("./app/_data/content");
    getIndex();
  }
}
