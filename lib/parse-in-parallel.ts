import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";
import { isCacheEntry, type CacheEntry, type ParseJob, type ParseSetup } from "./cache-entry";
import { sourceFolder } from "./content-cache";

// A cold read of a large archive is CPU-bound (YAML, Markdown, validation), so it is
// spread over worker threads, one per core. Each thread reads its share of the files and
// posts their cache entries back in batches; this thread writes them into the content
// cache, then reads every result from it, as after a warm start. It waits synchronously
// (Atomics.wait, draining the threads' ports between waits): content is loaded from
// synchronous getters. Threads never open SQLite themselves: better-sqlite3 12 aborts
// Node 24 when a worker that used it is torn down (its statements' destructors run after
// the worker's environment is gone). Threads run lib/parse-worker.ts through tsx's
// loader, the TypeScript runner the project's commands already use.

/** Slots of the shared counter: threads finished, threads failed, files done. */
const FINISHED = 0;
const FAILED = 1;
const DONE = 2;

/** How long the files done may stand still before the threads are given up on. */
const STALL_MS = 120_000;

/**
 * Reads `jobs` on `threads` worker threads, handing each batch of entries they post to
 * `write`, and waits for them. Gives how many threads finished and the failures they
 * reported; the caller reads whatever is missing itself, so a thread that failed costs
 * time, never a result.
 */
export function parseInParallel(jobs: readonly ParseJob[], setup: ParseSetup, threads: number, write: (entries: readonly CacheEntry[]) => void): { finished: number; failures: string[] } {
  const shared = new Int32Array(new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT));
  const lib = sourceFolder();
  let loader: string;
  try {
    // require.resolve finds the CommonJS build; the ES module one sits beside it.
    loader = pathToFileURL(createRequire(path.join(/*turbopackIgnore: true*/ path.dirname(lib), "package.json")).resolve("tsx/esm/api").replace(/\.cjs$/, ".mjs")).href;
  } catch {
    return { finished: 0, failures: ["tsx không có trong node_modules: đọc nội dung trong một luồng."] };
  }
  const worker = pathToFileURL(path.join(/*turbopackIgnore: true*/ lib, "parse-worker.ts")).href;
  // A thread that fails before lib/parse-worker.ts runs (no loader, a syntax error) still
  // counts itself failed, so the wait below ends.
  const boot = [
    `import { workerData } from "node:worker_threads";`,
    `try { const { register } = await import(${JSON.stringify(loader)}); register(); await import(${JSON.stringify(worker)}); }`,
    `catch (error) { workerData.port.postMessage(String(error?.stack ?? error)); Atomics.add(workerData.shared, ${FAILED}, 1); Atomics.notify(workerData.shared, ${FINISHED}); }`,
  ].join("\n");
  const started: { thread: Worker; port: MessagePort }[] = [];
  for (let index = 0; index < threads; index++) {
    const share = jobs.filter((_, position) => position % threads === index);
    const { port1, port2 } = new MessageChannel();
    const thread = new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), {
      workerData: { jobs: share, setup, shared, port: port2 },
      transferList: [port2],
    });
    // A thread that cannot even start reports here, once this thread is free again.
    thread.on("error", () => undefined);
    started.push({ thread, port: port1 });
  }
  const failures: string[] = [];
  // Each message is a batch of entries, or a thread's failure as text.
  const drain = (): void => {
    for (const { port } of started) {
      for (let message = receiveMessageOnPort(port); message !== undefined; message = receiveMessageOnPort(port)) {
        const value: unknown = message.message;
        if (typeof value === "string") failures.push(value);
        else if (Array.isArray(value)) write(value.filter(isCacheEntry));
      }
    }
  };
  let done = Atomics.load(shared, DONE);
  let moved = Date.now();
  while (Atomics.load(shared, FINISHED) + Atomics.load(shared, FAILED) < threads) {
    Atomics.wait(shared, FINISHED, Atomics.load(shared, FINISHED), 200);
    drain();
    const now = Atomics.load(shared, DONE);
    if (now !== done) {
      done = now;
      moved = Date.now();
    } else if (Date.now() - moved > STALL_MS) {
      break;
    }
  }
  drain();
  for (const { thread, port } of started) {
    port.close();
    void thread.terminate();
  }
  return { finished: Atomics.load(shared, FINISHED), failures };
}
