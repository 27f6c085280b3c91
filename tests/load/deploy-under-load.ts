// A whole rolling deploy under load, through nginx: `npm run deploy` of the real site into
// a deploy root of its own, then a second deploy (with one new article) while readers
// (tests/support/reader-load.ts: keep-alive connections, a GET retried once when nginx
// closed a reused idle connection, as browsers do) read pages, feeds, a sitemap and the
// health check through nginx. Checks that no request
// failed and every valid page answered 2xx throughout, and that afterwards every page,
// feed and sitemap shows the new article: nginx's cache is keyed by build id, so nothing
// of the previous build is served once nginx has reloaded. Prints the figures.
//
//   npm run test:load:deploy     (LOAD_PORT picks nginx's port, the app's are the next four)
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { articleFile } from "../support/article-file";
import { runDeploy } from "../support/deploy";
import { send } from "../support/http";
import { stopAll, stopGroupsOnSignals } from "../support/process-group";
import { loadAsReaders, type ReaderLoadResult } from "../support/reader-load";
import { portIsFree } from "../support/server";
import { runScript } from "../support/run-script";

const PORT = Number(process.env.LOAD_PORT ?? 3300);
const BUILD_DIR = `.next-deploy-load-${PORT}`;
const READERS_PER_URL = 4;
const NEW_SLUG = "bai-moi-trong-luc-trien-khai";
const NEW_TITLE = "Bài mới đăng trong lúc triển khai";
const TARGETS = [
  "/bai-viet/btv-tinh-uy-lam-viec-voi-doan-khao-sat-ban-dan-van-trung-uong",
  "/",
  "/chuyen-muc/chinh-tri",
  "/rss.xml",
  "/sitemap.xml",
  // Never cached: every one of these reaches a server process.
  "/healthz",
];
/** Where the new article must show once the deploy is done, and what shows it there. */
const REFLECTS_NEW_BUILD: readonly (readonly [string, string])[] = [
  [`/bai-viet/${NEW_SLUG}`, NEW_TITLE],
  ["/", NEW_TITLE],
  ["/chuyen-muc/chinh-tri", NEW_TITLE],
  ["/rss.xml", NEW_TITLE],
  ["/atom.xml", NEW_TITLE],
  ["/chuyen-muc/chinh-tri/rss.xml", NEW_TITLE],
  ["/sitemap.xml", `/bai-viet/${NEW_SLUG}`],
  ["/sitemap-news.xml", `/bai-viet/${NEW_SLUG}`],
];

stopGroupsOnSignals();

/** Reads every target through nginx until `done` says the deploy has finished. */
async function loadUntil(base: string, done: () => boolean): Promise<Map<string, ReaderLoadResult>> {
  const results = await Promise.all(TARGETS.map((target) => loadAsReaders(`${base}${target}`, READERS_PER_URL, done)));
  return new Map(TARGETS.map((target, index): [string, ReaderLoadResult] => [target, results[index] ?? { requests: 0, failures: 0, retries: 0, statuses: new Map(), p99Ms: 0 }]));
}

async function main(): Promise<number> {
  for (let port = PORT; port <= PORT + 4; port++) {
    if (!(await portIsFree(port))) {
      console.error(`Cổng ${port} trên 127.0.0.1 đang bận; đặt LOAD_PORT sang cổng khác.`);
      return 1;
    }
  }
  const root = mkdtempSync(path.join(os.tmpdir(), "bao-tinh-deploy-load-"));
  const content = path.join(root, "content");
  cpSync("content", content, { recursive: true });
  const args = ["--root", path.join(root, "deploy"), "--listen", `127.0.0.1:${PORT}`, "--port-base", String(PORT + 1), "--processes", "2", "--build-dir", BUILD_DIR, "--drain-seconds", "2"];
  const env = { CONTENT_DIR: content, PHOTO_CACHE_DIR: path.join(root, "photos") };
  const base = `http://127.0.0.1:${PORT}`;
  try {
    console.log("First deploy (nothing running yet)…");
    const first = await runDeploy(args, env);
    if (first.code !== 0) throw new Error(`the first deploy failed:\n${first.output.slice(-3_000)}`);
    const folder = path.join(content, "articles", "2026", "12");
    mkdirSync(folder, { recursive: true });
    const published = new Date(Date.now() - 3_600_000).toISOString();
    writeFileSync(
      path.join(folder, `${NEW_SLUG}.md`),
      articleFile({ title: NEW_TITLE, date: `${published.slice(0, 10)} ${published.slice(11, 16)}Z`, author: "Hồng Nhung", category: "Chính trị" }, "Bài này có trong bản build thứ hai, không có trong bản thứ nhất."),
    );
    for (const target of TARGETS) await send(base, target);
    console.log(`Second deploy, under load: ${TARGETS.length} URLs × ${READERS_PER_URL} readers through nginx on ${base}…`);
    let finished = false;
    const started = performance.now();
    const [second, totals] = await Promise.all([
      runDeploy(args, env).finally(() => (finished = true)),
      loadUntil(base, () => finished),
    ]);
    const wallS = (performance.now() - started) / 1000;
    if (second.code !== 0) throw new Error(`the deploy under load failed:\n${second.output.slice(-3_000)}`);
    const problems: string[] = [];
    console.log(`\nDeploy under load: ${wallS.toFixed(1)} s (build, photos, release, start, switch, drain), load until it ended.\n`);
    console.log("URL".padEnd(72), "requests".padStart(9), "failed".padStart(7), "non-2xx".padStart(8), "retried".padStart(8), "p99 ms".padStart(7), "  statuses");
    for (const [target, entry] of totals) {
      const statuses = [...entry.statuses].map(([status, count]) => `${status}:${count}`).join(" ");
      const non2xx = [...entry.statuses].filter(([status]) => status < 200 || status > 299).reduce((sum, [, count]) => sum + count, 0);
      console.log(target.padEnd(72), String(entry.requests).padStart(9), String(entry.failures).padStart(7), String(non2xx).padStart(8), String(entry.retries).padStart(8), String(entry.p99Ms).padStart(7), ` ${statuses}`);
      if (entry.requests === 0) problems.push(`${target}: no request completed`);
      if (entry.failures > 0) problems.push(`${target}: ${entry.failures} failed requests`);
      if (non2xx > 0) problems.push(`${target}: ${non2xx} non-2xx answers`);
    }
    for (const [target, expected] of REFLECTS_NEW_BUILD) {
      const answer = await send(base, target);
      if (answer.status !== 200 || !answer.body.includes(expected)) problems.push(`${target}: ${answer.status}, ${answer.body.includes(expected) ? "" : "without "}${expected} after the deploy`);
    }
    if (problems.length > 0) {
      console.error(`\nFAILED:\n${problems.map((problem) => `- ${problem}`).join("\n")}`);
      return 1;
    }
    const retried = [...totals.values()].reduce((sum, entry) => sum + entry.retries, 0);
    console.log(
      `\nOK: 0 failed requests and 0 non-2xx answers through the whole deploy (${retried} requests resent once on a new connection after nginx closed an idle one at its reload); ${REFLECTS_NEW_BUILD.length} pages, feeds and sitemaps show the new build's article.`,
    );
    return 0;
  } finally {
    await runDeploy([...args, "--stop"], env);
    rmSync(BUILD_DIR, { recursive: true, force: true });
    rmSync(root, { recursive: true, force: true });
  }
}

runScript(main, stopAll);
