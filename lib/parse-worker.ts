import { parentPort, workerData } from "node:worker_threads";
import type { MessagePort } from "node:worker_threads";
import { buildCacheEntry, type ParseJob, type ParseSetup } from "./cache-entry";
import { isRecord } from "./parse-front-matter";
import { isRegisters } from "./registers";

// One worker thread of lib/parse-in-parallel.ts: reads its share of the files and posts
// their cache entries back in batches (the parent writes them: no SQLite here), counting
// each file done, and says when it has finished or failed.

const BATCH = 50;

function run(data: unknown): void {
  if (!isRecord(data) || !(data.shared instanceof Int32Array) || !Array.isArray(data.jobs) || !isRecord(data.setup)) return;
  const shared = data.shared;
  const port: MessagePort | undefined = isMessagePort(data.port) ? data.port : undefined;
  try {
    const jobs = data.jobs.filter(isJob);
    const setup = parseSetup(data.setup);
    if (setup === undefined) throw new Error("parse-worker: workerData.setup is not a ParseSetup");
    for (let start = 0; start < jobs.length; start += BATCH) {
      const batch = jobs.slice(start, start + BATCH);
      port?.postMessage(batch.map((job) => buildCacheEntry(job, setup)));
      Atomics.add(shared, 2, batch.length);
      Atomics.notify(shared, 0);
    }
    Atomics.add(shared, 0, 1);
  } catch (error) {
    port?.postMessage(error instanceof Error ? `${error.message}\n${error.stack ?? ""}` : String(error));
    Atomics.add(shared, 1, 1);
  } finally {
    port?.close();
    Atomics.notify(shared, 0);
  }
}

function isMessagePort(value: unknown): value is MessagePort {
  return isRecord(value) && typeof value.postMessage === "function" && typeof value.close === "function";
}

function isJob(value: unknown): value is ParseJob {
  return isRecord(value) && typeof value.path === "string" && typeof value.size === "number" && typeof value.mtime === "string";
}

// The setup was made by lib/parse-in-parallel.ts in this process; checked for shape only.
function parseSetup(value: Record<string, unknown>): ParseSetup | undefined {
  const { paths, cacheDir, context, timeZone, sections, registers, bodies } = value;
  if (!isRecord(paths) || typeof paths.contentDir !== "string" || typeof paths.publicDir !== "string" || typeof paths.displayRoot !== "string") return undefined;
  if (typeof cacheDir !== "string" || typeof context !== "string" || typeof timeZone !== "string" || typeof bodies !== "boolean") return undefined;
  if (sections !== undefined && !Array.isArray(sections)) return undefined;
  const readSections = sections?.flatMap((section) =>
    isRecord(section) && typeof section.name === "string" && typeof section.slug === "string" && typeof section.description === "string"
      ? [{ name: section.name, slug: section.slug, description: section.description }]
      : [],
  );
  return {
    paths: { contentDir: paths.contentDir, publicDir: paths.publicDir, displayRoot: paths.displayRoot },
    cacheDir,
    context,
    timeZone,
    sections: readSections,
    // Made by lib/load-content.ts in the parent thread and copied whole: checked for shape only.
    registers: isRegisters(registers) ? registers : undefined,
    bodies,
  };
}

if (parentPort !== null) run(workerData);
