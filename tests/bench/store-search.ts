// How long one search takes in the content store, in process, over a synthetic corpus:
// a store is written as a build writes it, then a few fixed queries run 21 times each and
// a mix of distinct reader queries (tests/bench/search-queries.ts) runs three times each,
// keeping each query's fastest run (what the query costs, less the machine's other work).
// A benchmark, not a test: it prints the figures and fails on nothing.
//
//   npx tsx tests/bench/store-search.ts [N] [--seed 42] [--queries 1000] [--store FILE]   # N articles, default 20,000
//
// --store FILE keeps the store written there and reuses it on the next run when it opens
// as a whole store of this version with N articles, so a 100,000-article store is written
// once, not per run.
import { existsSync } from "node:fs";
import path from "node:path";
import { openContentStore, type ContentStore } from "../../lib/content-store";
import { loadContentCached } from "../../lib/load-content-cached";
import { planFtsQuery } from "../../lib/plan-fts-query";
import { writeContentStore } from "../../lib/write-content-store";
import { NO_CHOICE } from "../../lib/front-page";
import { EMPTY_REGISTERS } from "../../lib/registers";
import { errorsOf } from "../../lib/problem";
import { generateCorpus } from "./generate-corpus";
import { LOAD_QUERY } from "./page-metrics";
import { readerQueries } from "./search-queries";
import { makeTempDir, removeTempDir } from "./temp-dirs";

const RUNS = 21;
const QUERIES = [LOAD_QUERY, "dân vận", "Đảng bộ tỉnh", "tăng trưở", "khongcotu"];

function option(args: readonly string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
}

const seconds = (since: number): string => ((performance.now() - since) / 1000).toFixed(1);
const ms = (value: number | undefined): string => (value ?? 0).toFixed(2);

/** Writes a synthetic corpus of `count` articles and its store at `file`. */
function writeStore(count: number, seed: number, file: string): void {
  const corpus = generateCorpus({ count, seed, sourceContentDir: path.resolve("content") });
  const work = makeTempDir("bao-tinh-store-search-");
  try {
    let started = performance.now();
    const loaded = loadContentCached({ contentDir: corpus.dir, publicDir: path.resolve("public"), displayRoot: corpus.dir }, { cacheDir: path.join(work, "cache"), bodies: true });
    const { site, sections, glossary, frontPage, registers } = loaded.settings;
    if (site === undefined || sections === undefined || errorsOf(loaded.problems).length > 0) throw new Error(`the synthetic corpus has ${loaded.problems.length} problems`);
    console.log(`read and validated ${count.toLocaleString("en")} articles on ${loaded.threads} threads in ${seconds(started)} s`);
    started = performance.now();
    writeContentStore(file, {
      build: "bench",
      preview: false,
      site,
      sections,
      glossary: glossary ?? new Map(),
      frontPage: frontPage ?? NO_CHOICE,
      registers: registers ?? EMPTY_REGISTERS,
      imageSizes: loaded.imageSizes,
      photoHashes: new Map(),
      mediaFiles: loaded.mediaFiles,
      articles: loaded.articles,
      body: loaded.body,
    });
    loaded.close();
    console.log(`wrote the store in ${seconds(started)} s`);
  } finally {
    removeTempDir(corpus.dir);
    removeTempDir(work);
  }
}

/** The kept store when it is whole, of this version and of `count` articles; else a new one. */
function openStore(count: number, seed: number, file: string): ContentStore {
  if (existsSync(file)) {
    try {
      const kept = openContentStore(file);
      if (kept.meta.articles === count) {
        console.log(`reusing ${file}`);
        return kept;
      }
      kept.close();
    } catch (error) {
      console.log(`not reusing ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  writeStore(count, seed, file);
  return openContentStore(file);
}

/** Milliseconds of each run of `query`'s first page. */
function timeQuery(store: ContentStore, query: string, runs: number): { times: number[]; total: number } {
  const plan = planFtsQuery(query);
  const times: number[] = [];
  let total = 0;
  for (let run = 0; run < runs; run++) {
    const begun = performance.now();
    total = store.search(plan, Date.now(), 0, 10).total;
    times.push(performance.now() - begun);
  }
  return { times, total };
}

function main(): void {
  const args = process.argv.slice(2);
  const seed = Number(option(args, "--seed") ?? 42);
  const mixSize = Number(option(args, "--queries") ?? 1000);
  const kept = option(args, "--store");
  const count = Number(args.find((arg, index) => /^\d+$/.test(arg) && !["--seed", "--store", "--queries"].includes(args[index - 1] ?? "")) ?? 20_000);
  const work = kept === undefined ? makeTempDir("bao-tinh-store-file-") : undefined;
  const file = kept === undefined ? path.join(work ?? "", "store.sqlite") : path.resolve(kept);
  try {
    const store = openStore(count, seed, file);
    console.log(`Search, first page of 10, median of ${RUNS} runs per query:`);
    for (const query of QUERIES) {
      const { times, total } = timeQuery(store, query, RUNS);
      times.sort((a, b) => a - b);
      console.log(`  ${query.padEnd(20)} ${ms(times[Math.floor(RUNS / 2)]).padStart(8)} ms  (slowest ${ms(times.at(-1))} ms, ${total} hits)`);
    }
    const mix = readerQueries(mixSize);
    const costs = mix.map((query) => ({ query, ...timeQuery(store, query, 3) })).map(({ query, times, total }) => ({ query, total, ms: Math.min(...times) }));
    costs.sort((a, b) => a.ms - b.ms);
    const at = (share: number): number | undefined => costs[Math.min(costs.length - 1, Math.floor(costs.length * share))]?.ms;
    const mean = costs.reduce((sum, cost) => sum + cost.ms, 0) / Math.max(1, costs.length);
    console.log(`${costs.length} distinct reader queries (tests/bench/search-queries.ts), fastest of 3 runs each, first page of 10:`);
    console.log(`  mean ${ms(mean)} ms, median ${ms(at(0.5))} ms, p90 ${ms(at(0.9))} ms, p99 ${ms(at(0.99))} ms, slowest ${ms(at(1))} ms`);
    console.log(`  slowest: ${costs.slice(-5).reverse().map((cost) => `${cost.query} (${ms(cost.ms)} ms, ${cost.total} hits)`).join("; ")}`);
    store.close();
  } finally {
    if (work !== undefined) removeTempDir(work);
  }
}

main();
