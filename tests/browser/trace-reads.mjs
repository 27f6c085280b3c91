// Preloaded into `next build` (NODE_OPTIONS=--import) by the browser tests' setup: logs
// every read of a file under CONTENT_DIR with the reading process's pid, so a test can
// prove each article is read once per build process.
import fs from "node:fs";
import { syncBuiltinESMExports } from "node:module";

const log = process.env.BAO_TINH_TRACE;
const contentDir = process.env.CONTENT_DIR;
if (log && contentDir) {
  const original = fs.readFileSync;
  fs.readFileSync = function readFileSync(file, ...rest) {
    if (typeof file === "string" && file.startsWith(contentDir)) fs.appendFileSync(log, `${process.pid} read ${file}\n`);
    return original.call(this, file, ...rest);
  };
  syncBuiltinESMExports();
}
