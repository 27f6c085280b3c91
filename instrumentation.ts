// Next runs `register` once when a server process starts, before it serves a request.

export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { refuseTraceRequests } = await import("./app/_routes/refuse-trace");
  refuseTraceRequests();
}
