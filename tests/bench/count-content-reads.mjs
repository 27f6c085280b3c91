// Preloaded into every Node process of a benchmarked build (NODE_OPTIONS=--import …):
// counts reads of article files under BENCH_CONTENT_DIR, per process and thread, and
// writes the count, the first/last read times and each pass over the folder to BENCH_READS_DIR/<pid>-<thread>.json.
// It only observes: lib/ and app/ are left untouched.
import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import path from "node:path";
import { threadId } from "node:worker_threads";

const contentDir = process.env.BENCH_CONTENT_DIR;
const outDir = process.env.BENCH_READS_DIR;
if (contentDir && outDir) {
  const articles = path.join(contentDir, "articles") + path.sep;
  // A "load" is one pass over the folder: it starts again when a file already read is read.
  const record = { pid: process.pid, threadId, argv: process.argv.slice(1, 3).join(" "), reads: 0, files: 0, first: 0, last: 0, loads: [] };
  const seen = new Set();
  let current;
  let pending = false;
  const flush = () => {
    pending = false;
    if (record.reads > 0) fs.writeFileSync(path.join(outDir, `${process.pid}-${threadId}.json`), JSON.stringify(record));
  };
  const original = fs.readFileSync;
  fs.readFileSync = function readFileSync(file, ...rest) {
    if (typeof file === "string" && file.startsWith(articles)) {
      const now = Date.now();
      if (record.reads === 0) record.first = now;
      record.reads++;
      record.last = now;
      if (current === undefined || seen.has(file)) {
        current = { start: now, end: now, reads: 0 };
        record.loads.push(current);
        seen.clear();
      }
      seen.add(file);
      current.reads++;
      current.end = now;
      record.files = Math.max(record.files, seen.size);
      if (!pending) {
        pending = true;
        setTimeout(flush, 200).unref();
      }
    }
    return original.call(this, file, ...rest);
  };
  syncBuiltinESMExports();
  process.on("exit", flush);
}
