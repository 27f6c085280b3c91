// Search cost benchmark: what the worst query one can construct costs against a normal
// one, alone and under load, for synthetic archives of 3,000 and 20,000 articles held in
// memory. "before" is the search as it was until the query plan (MiniSearch, every word
// of up to 200 characters looked up, each of three letters or more as a prefix), kept
// here only to measure it; "after" is lib/search-articles.ts.
//
//   npm run bench:search                                    # 3,000 and 20,000 articles, before and after
//   npm run bench:search -- --sizes 3000 --no-before        # the current engine only
//   options: --seed 42  --load-seconds 5  --port 3760 (loopback; 3700–3799 on shared machines)
//
// For each size and engine a server process of its own (one event loop, as `next start`
// has; on 127.0.0.1) builds the index, times the normal query and each worst query
// in-process (medians), and serves a cheap page and the search. This process then asks for
// the page 200 times a second, on a fixed schedule, so a stalled server shows as latency
// rather than as fewer requests, first alone and then while the worst query arrives 4
// times a second (the rate at which the issue saw pages stall for seconds), and prints the
// page's p50 and p99. Timings from a shared two-core machine are noisy: read medians, and
// differences under ~20 % as noise.
import http from "node:http";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import MiniSearch from "minisearch";
import type { Article } from "../../lib/article";
import { foldVietnamese } from "../../lib/fold-vietnamese";
import { highlight } from "../../lib/highlight";
import { normaliseQuery, planSearchQuery } from "../../lib/plan-search-query";
import { buildSearch } from "../../lib/search-articles";
import { foldTerm, splitWords } from "../../lib/search-terms";
import { makeArticle } from "../support/make-article";
import { generateArticles } from "./generate-corpus";
import { startGroup, stopAll, stopGroup, stopGroupsOnSignals } from "../support/process-group";
import { waitForHttp } from "../support/server";

interface Options {
  readonly sizes: readonly number[];
  readonly seed: number;
  readonly before: boolean;
  readonly loadSeconds: number;
  readonly port: number;
  /** Set in the server process: the engine it serves. */
  readonly serve?: Engine["name"];
}

function parseOptions(args: readonly string[]): Options {
  const value = (name: string): string | undefined => {
    const at = args.indexOf(name);
    return at === -1 ? undefined : args[at + 1];
  };
  const sizes = (value("--sizes") ?? "3000,20000").split(",").map(Number);
  const port = Number(value("--port") ?? 3760);
  if (sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error("--sizes: whole numbers, e.g. 3000,20000");
  if (!Number.isInteger(port) || port < 1024) throw new Error("--port: a port number above 1023");
  const serve = value("--serve");
  return {
    sizes,
    seed: Number(value("--seed") ?? 42),
    before: !args.includes("--no-before"),
    loadSeconds: Number(value("--load-seconds") ?? 5),
    port,
    ...(serve === "before" || serve === "after" ? { serve } : {}),
  };
}

/** One page of results, as the search page asks for them: the count and the first ten hits. */
type Searcher = (raw: string) => { readonly total: number; readonly page: readonly { readonly slug: string; readonly terms: readonly string[] }[] };

interface Engine {
  readonly name: "before" | "after";
  build(articles: readonly Article[]): Searcher;
}

const AFTER: Engine = {
  name: "after",
  build(articles) {
    const search = buildSearch(articles);
    return (raw) => {
      const found = search.search(planSearchQuery(raw));
      return { total: found.total, page: found.hits.slice(0, 10) };
    };
  },
};

// The search until the query plan, as lib/search-articles.ts had it (the same tokenizer,
// boosts and options), so that its cost can still be measured.
const BEFORE: Engine = {
  name: "before",
  build(articles) {
    const tokenize = (text: string): string[] => text.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== "");
    const processTerm = (term: string): string | null => foldVietnamese(term) || null;
    const index = new MiniSearch<Article>({
      idField: "slug",
      fields: ["title", "summary", "text", "tags", "authors"],
      extractField: (article, field) => {
        const value: unknown = Reflect.get(article, field);
        return Array.isArray(value) ? value.join(" ") : typeof value === "string" ? value : "";
      },
      tokenize,
      processTerm,
      searchOptions: { boost: { title: 3, tags: 2, summary: 1.5, authors: 1.5 }, combineWith: "AND", prefix: (term) => term.length >= 3, tokenize, processTerm },
    });
    index.addAll([...articles]);
    return (raw) => {
      const query = normaliseQuery(raw);
      const hits = query === "" ? [] : index.search(query).map((result) => ({ slug: String(result.id), terms: result.terms }));
      return { total: hits.length, page: hits.slice(0, 10) };
    };
  },
};

/** The synthetic archive as the server holds it: records, newest first. */
function corpus(count: number, seed: number): Article[] {
  const generated = [...generateArticles(count, seed, ["Chính trị", "Kinh tế", "Xã hội", "Văn hóa"])];
  generated.sort((a, b) => b.wallTime - a.wallTime);
  return generated.map((article) => {
    const body = article.paragraphs.filter((paragraph) => !paragraph.startsWith("!["));
    return makeArticle(article.slug, {
      title: article.title,
      summary: article.summary ?? body[0] ?? "",
      text: body.join("\n"),
      tags: article.tags,
      authors: [article.author],
      published: new Date(article.wallTime - 7 * 60 * 60 * 1000),
      markdown: article.paragraphs.join("\n\n"),
    });
  });
}

/** The queries measured: a normal one, and the worst one can build against each engine from the archive's own words. */
function queries(articles: readonly Article[]): { normal: string; worstBefore: string; worstAfter: string } {
  const documents = new Map<string, number>();
  for (const article of articles) {
    const terms = new Set(splitWords(`${article.title} ${article.summary} ${article.text} ${article.tags.join(" ")} ${article.authors.join(" ")}`).map(foldTerm));
    for (const term of terms) documents.set(term, (documents.get(term) ?? 0) + 1);
  }
  const byFrequency = [...documents].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  // The document counts of the words each three-letter start begins, commonest first.
  const starts = new Map<string, number[]>();
  for (const [term, count] of byFrequency) {
    if (term.length < 3) continue;
    const counts = starts.get(term.slice(0, 3)) ?? [];
    counts.push(count);
    starts.set(term.slice(0, 3), counts);
  }
  // Before, a prefix cost every posting of every word it begins; after, of itself and at
  // most 8 completions.
  const sum = (counts: readonly number[]): number => counts.reduce((total, count) => total + count, 0);
  const heaviest = (weigh: (counts: readonly number[]) => number): string =>
    [...starts].map(([start, counts]) => ({ start, weight: weigh(counts) })).sort((a, b) => b.weight - a.weight)[0]?.start ?? "tha";
  const beforeStart = heaviest(sum);
  const afterStart = heaviest((counts) => sum(counts.slice(0, 9)));
  const fill = (head: string, start: string): string => {
    let query = head;
    while (query.length + start.length + 1 <= 200) query = `${query} ${start}`.trim();
    return query;
  };
  // The seven commonest words, each in almost every article, then the heaviest prefix:
  // the plan keeps exactly these eight terms.
  const common = byFrequency.filter(([term]) => term !== afterStart).slice(0, 7).map(([term]) => term);
  return { normal: "dân vận", worstBefore: fill("", beforeStart), worstAfter: fill(common.join(" "), afterStart) };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** Median time of one search, once the JIT has seen it (up to 20 runs or 1 s): at least 3 runs, then up to 31 within about 8 s. */
function timeQuery(search: Searcher, query: string): { ms: number; runs: number; total: number } {
  const warming = performance.now();
  for (let run = 0; run < 20 && (run === 0 || performance.now() - warming < 1_000); run++) search(query);
  const times: number[] = [];
  let total = 0;
  const started = performance.now();
  while (times.length < 3 || (times.length < 31 && performance.now() - started < 8_000)) {
    const at = performance.now();
    total = search(query).total;
    times.push(performance.now() - at);
  }
  return { ms: median(times), runs: times.length, total };
}

/** What a server process measured before it started serving. */
interface Measured {
  readonly buildMs: number;
  readonly queries: { readonly normal: string; readonly worstBefore: string; readonly worstAfter: string };
  readonly times: readonly { readonly ms: number; readonly runs: number; readonly total: number }[];
}

// A cheap page stands for a prerendered one served from memory; the search route does
// what the search page does with the engine's answer: highlight ten titles and sapos.
const PAGE = `<!doctype html><html lang="vi"><body>${"<p>Tin trong ngày.</p>".repeat(1500)}</body></html>`;

/** The server process: builds one engine over one archive, measures it, then serves until stopped. */
function serve(engine: Engine, size: number, options: Options): void {
  const articles = corpus(size, options.seed);
  const bySlug = new Map(articles.map((article) => [article.slug, article]));
  const queried = queries(articles);
  const building = performance.now();
  const search = engine.build(articles);
  const buildMs = performance.now() - building;
  const times = [queried.normal, queried.worstBefore, queried.worstAfter].map((query) => timeQuery(search, query));
  const measured: Measured = { buildMs, queries: queried, times };
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    if (url.pathname === "/search") {
      const found = search(url.searchParams.get("q") ?? "");
      const cards = found.page.map((hit) => {
        const article = bySlug.get(hit.slug);
        return article === undefined ? [] : [highlight(article.title, hit.terms), highlight(article.summary, hit.terms)];
      });
      response.end(JSON.stringify({ total: found.total, cards }));
      return;
    }
    response.end(url.pathname === "/measured" ? JSON.stringify(measured) : PAGE);
  });
  server.listen(options.port, "127.0.0.1");
}

interface Latencies {
  readonly p50: number;
  readonly p99: number;
  readonly answered: number;
  readonly failed: number;
}

/** Longest wait for one answer, counted from when it was due; later ones count as failed. */
const DEADLINE_MS = 30_000;

function get(url: string, agent: http.Agent, deadlineMs = DEADLINE_MS): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => (response.statusCode === 200 ? resolve(body) : reject(new Error(`${url}: ${response.statusCode}`))));
    });
    // A request waiting for a free socket has no socket to time out on: a deadline does.
    const timer = setTimeout(() => request.destroy(new Error(`${url}: no answer in ${deadlineMs / 1000} s`)), deadlineMs);
    request.on("close", () => clearTimeout(timer));
    request.on("error", reject);
  });
}

/**
 * Requests `url` `perSecond` times a second for `seconds`, each at its scheduled time
 * whatever the server is doing, and measures each answer from that time: a stalled server
 * makes every request due during the stall late (no coordinated omission).
 */
async function onSchedule(url: string, perSecond: number, seconds: number): Promise<Latencies> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  const latencies: number[] = [];
  let failed = 0;
  const pending: Promise<void>[] = [];
  const start = performance.now();
  const count = Math.round(perSecond * seconds);
  for (let n = 0; n < count; n++) {
    const due = start + (n * 1000) / perSecond;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(get(url, agent, Math.max(1, DEADLINE_MS - (performance.now() - due))).then(() => void latencies.push(performance.now() - due), () => void (failed += 1)));
  }
  await Promise.all(pending);
  agent.destroy();
  const sorted = latencies.sort((a, b) => a - b);
  const at = (share: number): number => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? NaN;
  return { p50: at(0.5), p99: at(0.99), answered: sorted.length, failed };
}

/** Runs one engine's server process and measures it: in-process figures, then the page alone and under attack. */
async function measure(engine: Engine, size: number, options: Options) {
  const script = fileURLToPath(import.meta.url);
  const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
  const args = [script, "--serve", engine.name, "--sizes", String(size), "--seed", String(options.seed), "--port", String(options.port)];
  // MiniSearch's index of 20,000 articles needs more than Node's default heap.
  const env = { NODE_OPTIONS: [process.env.NODE_OPTIONS, "--max-old-space-size=6144"].filter(Boolean).join(" ") };
  const server = startGroup(tsx, args, { cwd: process.cwd(), env });
  let log = "";
  server.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const base = `http://127.0.0.1:${options.port}`;
  try {
    try {
      await waitForHttp(`${base}/measured`, 15 * 60_000, () => server.exitCode === null);
    } catch (error) {
      throw new Error(`${error instanceof Error ? error.message : String(error)}\n${log.slice(-2_000)}`);
    }
    const agent = new http.Agent();
    const measured: unknown = JSON.parse(await get(`${base}/measured`, agent));
    agent.destroy();
    if (!isMeasured(measured)) throw new Error(`the ${engine.name} server sent no figures`);
    await onSchedule(`${base}/page`, PAGES_PER_SECOND, 1);
    const alone = await onSchedule(`${base}/page`, PAGES_PER_SECOND, options.loadSeconds);
    const worst = engine.name === "before" ? measured.queries.worstBefore : measured.queries.worstAfter;
    const [page, attack] = await Promise.all([
      onSchedule(`${base}/page`, PAGES_PER_SECOND, options.loadSeconds),
      onSchedule(`${base}/search?q=${encodeURIComponent(worst)}`, ATTACKS_PER_SECOND, options.loadSeconds),
    ]);
    return { measured, alone, page, attack };
  } finally {
    await stopGroup(server);
  }
}

const PAGES_PER_SECOND = 200;
const ATTACKS_PER_SECOND = 4;

function isMeasured(value: unknown): value is Measured {
  return typeof value === "object" && value !== null && "buildMs" in value && "queries" in value && "times" in value;
}

const ms = (value: number): string => (Number.isNaN(value) ? "–" : value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (options.serve !== undefined) {
    serve(options.serve === "before" ? BEFORE : AFTER, options.sizes[0] ?? 3000, options);
    return;
  }
  stopGroupsOnSignals();
  const engines = options.before ? [BEFORE, AFTER] : [AFTER];
  const rows: string[] = [];
  for (const size of options.sizes) {
    console.log(`\n## ${size.toLocaleString("en")} articles, seed ${options.seed}`);
    for (const engine of engines) {
      const { measured, alone, page, attack } = await measure(engine, size, options);
      const [normal, worstBefore, worstAfter] = measured.times;
      if (engine === engines[0]) {
        const { queries: q } = measured;
        console.log(`normal query: ${JSON.stringify(q.normal)}`);
        console.log(`worst against before (${q.worstBefore.length} characters): ${JSON.stringify(q.worstBefore)}`);
        console.log(`worst against after (${q.worstAfter.length} characters): ${JSON.stringify(q.worstAfter)}`);
        console.log(`  its plan: ${planSearchQuery(q.worstAfter).terms.map((term) => `${term.term}${term.prefix ? "*" : ""}`).join(" ")}`);
      }
      const own = engine.name === "before" ? worstBefore : worstAfter;
      const latency = (load: Latencies): string => `${ms(load.p50)} / ${ms(load.p99)}${load.failed > 0 ? ` (${load.failed} of ${load.failed + load.answered} over ${DEADLINE_MS / 1000} s)` : ""}`;
      rows.push(
        `| ${[
          size.toLocaleString("en"),
          engine.name,
          (measured.buildMs / 1000).toFixed(1),
          `${ms(normal?.ms ?? NaN)} (${normal?.total ?? 0})`,
          `${ms(worstBefore?.ms ?? NaN)} (${worstBefore?.total ?? 0})`,
          `${ms(worstAfter?.ms ?? NaN)} (${worstAfter?.total ?? 0})`,
          `×${((own?.ms ?? NaN) / (normal?.ms ?? NaN)).toFixed(1)}`,
          latency(alone),
          latency(page),
          latency(attack),
        ].join(" | ")} |`,
      );
      console.log(rows.at(-1));
    }
  }
  console.log(
    [
      "",
      "| articles | engine | index build (s) | normal query, ms (matches) | worst query against before, ms (matches) | worst query against after, ms (matches) | its own worst ÷ normal | page p50 / p99 alone (ms) | page p50 / p99 with 4 worst searches/s (ms) | worst search p50 / p99 (ms) |",
      "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
      ...rows,
      "",
      `Query times: medians of up to 31 runs in the server process. Load: the page ${PAGES_PER_SECOND} times a second for ${options.loadSeconds} s, alone and with the engine's own worst query ${ATTACKS_PER_SECOND} times a second, on 127.0.0.1:${options.port}; latencies are of the answers within ${DEADLINE_MS / 1000} s of being due.`,
    ].join("\n"),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 1;
    void stopAll();
  });
}
