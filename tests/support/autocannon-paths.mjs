// autocannon against many paths of one server, printing its result as `autocannon --json`
// does. Every request takes the next path of the list, whichever connection sends it, so
// the server sees the whole list in turn before any path again: a load of many distinct
// requests, not of one request many times.
//
//   node tests/support/autocannon-paths.mjs URL PATHS_FILE CONNECTIONS SECONDS [MAX_REQUESTS]
import { readFileSync } from "node:fs";
import autocannon from "autocannon";

const [url, file, connections, seconds, maxRequests] = process.argv.slice(2);
const paths = readFileSync(file, "utf8").split("\n").filter((line) => line !== "");
if (url === undefined || paths.length === 0) throw new Error("usage: autocannon-paths.mjs URL PATHS_FILE CONNECTIONS SECONDS [MAX_REQUESTS]");
let next = 0;
const result = await autocannon({
  url,
  connections: Number(connections),
  duration: Number(seconds),
  timeout: 10,
  ...(maxRequests === undefined ? {} : { maxOverallRequests: Number(maxRequests) }),
  requests: [{ setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] }) }],
});
process.stdout.write(`${JSON.stringify(result)}\n`);
