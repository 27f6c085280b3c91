// `npm run dev` on a corpus, as an editor uses it after a build: the time from starting it
// to the first article page, less what Next itself reports spending (compiling the route
// and its own work: "next.js" in its request log), and the time from saving an edit to
// the first reload that shows it. Runs on 127.0.0.1, bounded in time, always stopped.
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startGroup, stopGroup } from "../support/process-group";
import { freePort, LOOPBACK } from "../support/server";

/** What the dev server cost. */
export interface DevMetrics {
  /** From starting `next dev` to the first article page, whole. */
  readonly firstPageMs?: number | undefined;
  /** Of which Next's own share of that first request, as its log reports it (compiling the route and the proxy). */
  readonly nextMs?: number | undefined;
  /** Edits saved to an article file, each time from the save to the first reload showing it (ms). */
  readonly editShownMs?: readonly number[] | undefined;
  readonly error?: string | undefined;
}

const START_TIMEOUT_MS = 5 * 60_000;
const EDIT_TIMEOUT_MS = 60_000;
const EDITS = 3;

/** The article file whose slug is `slug` under the corpus's articles folder. */
function articleFileOf(contentDir: string, slug: string): string {
  const articles = path.join(contentDir, "articles");
  const found = readdirSync(articles, { recursive: true, withFileTypes: true }).find((entry) => entry.isFile() && entry.name === `${slug}.md`);
  if (found === undefined) throw new Error(`no article file for ${slug} under ${articles}`);
  return path.join(found.parentPath, found.name);
}

/** Reads Next's "(next.js: 6.1s, proxy.ts: 339ms, application-code: 303ms)" for a request line. */
export function nextShareMs(log: string, pathname: string): number | undefined {
  const line = log
    .replace(/\u001b\[[0-9;]*m/g, "")
    .split("\n")
    .find((text) => text.includes(`GET ${pathname} `));
  const match = line === undefined ? null : /next\.js: ([\d.]+)(ms|s|min)/.exec(line);
  if (match === null) return undefined;
  const value = Number(match[1]);
  return match[2] === "ms" ? value : match[2] === "s" ? value * 1000 : value * 60_000;
}

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function pageText(url: string): Promise<string> {
  const response = await fetch(url, { signal: AbortSignal.timeout(EDIT_TIMEOUT_MS) });
  return response.ok ? response.text() : "";
}

/** Starts `next dev` in `workdir` on the corpus, measures, puts the edited file back and stops the server. */
export async function measureDevServer(options: { readonly workdir: string; readonly contentDir: string; readonly photoCacheDir: string; readonly slug: string }): Promise<DevMetrics> {
  const port = await freePort();
  const base = `http://${LOOPBACK}:${port}`;
  const file = articleFileOf(options.contentDir, options.slug);
  const original = readFileSync(file);
  const started = performance.now();
  const child = startGroup(path.join(options.workdir, "node_modules", ".bin", "next"), ["dev", "-p", String(port), "-H", LOOPBACK], {
    cwd: options.workdir,
    // Its own build folder: the production build beside it is served by the next step.
    env: { NODE_ENV: "development", NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: ".next-dev", CONTENT_DIR: options.contentDir, PHOTO_CACHE_DIR: options.photoCacheDir },
  });
  let log = "";
  child.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const alive = (): boolean => child.exitCode === null && child.signalCode === null;
  try {
    await waitFor(() => !alive() || /Ready in/.test(log), START_TIMEOUT_MS, "next dev to be ready");
    if (!alive()) throw new Error("next dev exited");
    const pathname = `/bai-viet/${options.slug}`;
    const first = await pageText(`${base}${pathname}`);
    const firstPageMs = performance.now() - started;
    if (!first.includes("<h1")) throw new Error(`the first page was not the article:\n${first.slice(0, 500)}`);
    await waitFor(() => nextShareMs(log, pathname) !== undefined, 10_000, "the request's line in next dev's log");
    const nextMs = nextShareMs(log, pathname);
    const editShownMs: number[] = [];
    for (let edit = 1; edit <= EDITS; edit++) {
      // Apart from the watcher's last report, as an editor saves one change after another.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      const marker = `Đoạn sửa thứ ${edit} để đo thời gian, lúc ${Date.now()}.`;
      const saved = performance.now();
      appendFileSync(file, `\n${marker}\n`);
      await waitFor(async () => (await pageText(`${base}${pathname}`)).includes(marker), EDIT_TIMEOUT_MS, `edit ${edit} to show`);
      editShownMs.push(performance.now() - saved);
    }
    return { firstPageMs, nextMs, editShownMs };
  } catch (error) {
    return { error: `${error instanceof Error ? error.message : String(error)}\n${log.slice(-2000)}` };
  } finally {
    writeFileSync(file, original);
    await stopGroup(child);
  }
}
