// Benchmark: the seed article's throughput and p99 from `next start` alone, and through
// nginx in front of two processes of a release (lib/deploy/): served from nginx's cache
// (HIT), and with nginx's cache off so that every request reaches a process (MISS: what
// a page costs through nginx the first time, or once its copy is stale). Then a whole rolling deploy under load (tests/load/deploy-under-load.ts).
// Builds nothing: run `npm run build` first.
//
//   npm run bench:nginx [-- --seconds 10 --connections 64 --no-deploy]    (LOAD_PORT: the first of the four ports used)
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { runAutocannon, type AutocannonResult } from "../support/autocannon";
import { startNginx } from "../support/nginx";
import { runCommand, stopAll, stopGroupsOnSignals } from "../support/process-group";
import { assembleTestRelease, startRelease } from "../support/release";
import { startNextServer } from "../support/server";
import { runScript } from "../support/run-script";

const ARTICLE = "/bai-viet/btv-tinh-uy-lam-viec-voi-doan-khao-sat-ban-dan-van-trung-uong";
const PORT = Number(process.env.LOAD_PORT ?? 3300);

stopGroupsOnSignals();

function row(name: string, result: AutocannonResult): string {
  const statuses = [...result.statuses].map(([status, count]) => `${status}:${count}`).join(" ");
  return `| ${name} | ${result.perSecond.toFixed(0)} | ${result.p99Ms} | ${result.errors + result.timeouts} | ${statuses} |`;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { seconds: { type: "string", default: "10" }, connections: { type: "string", default: "64" }, "no-deploy": { type: "boolean" } } });
  const seconds = Number(values.seconds);
  const connections = Number(values.connections);
  if (!existsSync(path.join(".next", "standalone", "server.js"))) {
    console.error("Chưa có bản build độc lập trong .next: chạy `npm run build` trước.");
    return 1;
  }
  const load = (url: string) => runAutocannon({ url, seconds, connections });
  const lines = ["| article through | req/s | p99 ms | errors | statuses |", "| --- | ---: | ---: | ---: | --- |"];
  const alone = startNextServer({ port: PORT, env: { CONTENT_DIR: undefined, NEXT_DIST_DIR: undefined, BAO_TINH_NOW: undefined } });
  try {
    await alone.ready;
    await load(`${alone.url}${ARTICLE}`);
    lines.push(row("`next start` alone (1 process)", await load(`${alone.url}${ARTICLE}`)));
  } finally {
    await alone.stop();
  }
  const release = path.join(mkdtempSync(path.join(os.tmpdir(), "bao-tinh-bench-release-")), "release");
  assembleTestRelease(".next", release, { CONTENT_DIR: undefined, NEXT_DIST_DIR: undefined });
  const apps = [PORT + 1, PORT + 2].map((port) => startRelease(release, port, { BAO_TINH_NOW: undefined }));
  try {
    await Promise.all(apps.map((app) => app.ready));
    for (const [name, cache] of [["nginx, cache HIT (2 processes behind)", true], ["nginx, cache MISS (cache off, 2 processes)", false]] as const) {
      const nginx = startNginx(PORT + 3, [PORT + 1, PORT + 2], { workerProcesses: "auto", connectionsPerClient: 10_000, cache });
      try {
        await nginx.ready;
        await load(`${nginx.url}${ARTICLE}`);
        lines.push(row(name, await load(`${nginx.url}${ARTICLE}`)));
      } finally {
        await nginx.stop();
      }
    }
  } finally {
    await Promise.all(apps.map((app) => app.stop()));
    rmSync(path.dirname(release), { recursive: true, force: true });
  }
  console.log(`\nArticle, ${seconds} s × ${connections} connections per run, after a warm-up run (${os.cpus().length} cores, load average ${os.loadavg().map((value) => value.toFixed(1)).join(" ")}, Node ${process.version}):\n\n${lines.join("\n")}\n`);
  if (values["no-deploy"] === true) return 0;
  const deploy = await runCommand(path.join("node_modules", ".bin", "tsx"), [path.join("tests", "load", "deploy-under-load.ts")], { env: { LOAD_PORT: String(PORT + 4) }, timeoutMs: 15 * 60_000, onOutput: (text) => process.stdout.write(text) });
  return deploy.code ?? 1;
}

runScript(main, stopAll);
