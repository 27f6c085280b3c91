// autocannon against one URL of a server under test, or against many paths of it in turn,
// for the load test and the benchmark.
import { rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { readPath } from "./json-path";
import { runCommand, type CommandResult } from "./process-group";

/** How hard and how long. */
export interface AutocannonOptions {
  readonly url: string;
  /** Paths asked in turn, one request each, instead of the URL's own path (autocannon-paths.mjs). */
  readonly paths?: readonly string[] | undefined;
  readonly seconds: number;
  readonly connections: number;
  /** Stop after this many requests, whatever the time. */
  readonly maxRequests?: number;
  /** At most this many requests a second in all (a steady load rather than as fast as possible). */
  readonly perSecond?: number;
  /** The repository whose node_modules/.bin/autocannon runs; default the current folder. */
  readonly cwd?: string;
  /** The whole group is stopped after this long; default `seconds` + 30 s. */
  readonly timeoutMs?: number;
}

/** What autocannon measured, every field checked. */
export interface AutocannonResult {
  readonly requests: number;
  readonly perSecond: number;
  readonly p99Ms: number;
  /** Connection errors (timeouts are counted apart). */
  readonly errors: number;
  readonly timeouts: number;
  readonly non2xx: number;
  readonly statuses: ReadonlyMap<number, number>;
}

function numberAt(value: unknown, keys: readonly string[]): number {
  const found = readPath(value, keys);
  if (typeof found !== "number") throw new Error(`autocannon's result has no number at ${keys.join(".")}`);
  return found;
}

/** Parses autocannon's --json result, checking every field used. */
export function parseAutocannon(json: unknown): AutocannonResult {
  const statuses = new Map<number, number>();
  const stats = readPath(json, ["statusCodeStats"]);
  if (typeof stats === "object" && stats !== null) {
    for (const code of Object.keys(stats)) statuses.set(Number(code), numberAt(stats, [code, "count"]));
  }
  return {
    requests: numberAt(json, ["requests", "total"]),
    perSecond: numberAt(json, ["requests", "average"]),
    p99Ms: numberAt(json, ["latency", "p99"]),
    errors: numberAt(json, ["errors"]),
    timeouts: numberAt(json, ["timeouts"]),
    non2xx: numberAt(json, ["non2xx"]),
    statuses,
  };
}

/** Runs autocannon in its own process group and returns its parsed result; throws if it failed. */
export async function runAutocannon(options: AutocannonOptions): Promise<AutocannonResult> {
  const cwd = options.cwd ?? process.cwd();
  const timeoutMs = options.timeoutMs ?? (options.seconds + 30) * 1000;
  let result: CommandResult;
  if (options.paths === undefined) {
    const args = ["--json", "--connections", String(options.connections), "--duration", String(options.seconds), "--timeout", "10"];
    if (options.maxRequests !== undefined) args.push("--maxOverallRequests", String(options.maxRequests));
    if (options.perSecond !== undefined) args.push("--overallRate", String(options.perSecond));
    result = await runCommand(path.join(cwd, "node_modules", ".bin", "autocannon"), [...args, options.url], { cwd, timeoutMs });
  } else {
    const list = path.join(os.tmpdir(), `bao-tinh-autocannon-${process.pid}-${Date.now()}.txt`);
    writeFileSync(list, `${options.paths.join("\n")}\n`);
    const script = fileURLToPath(new URL("./autocannon-paths.mjs", import.meta.url));
    const args = [script, options.url, list, String(options.connections), String(options.seconds)];
    if (options.maxRequests !== undefined) args.push(String(options.maxRequests));
    try {
      result = await runCommand(process.execPath, args, { cwd, timeoutMs });
    } finally {
      rmSync(list, { force: true });
    }
  }
  if (result.code !== 0) throw new Error(`autocannon exited ${String(result.code)} for ${options.url}:\n${result.output.slice(-1_000)}`);
  const json = result.stdout.slice(result.stdout.indexOf("{"), result.stdout.lastIndexOf("}") + 1);
  if (json === "") throw new Error(`autocannon printed no result for ${options.url}:\n${result.output.slice(-1_000)}`);
  return parseAutocannon(JSON.parse(json));
}
