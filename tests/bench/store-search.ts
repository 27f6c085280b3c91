// How long one search takes in the content store, in process, over a synthetic corpus:
// a store is written as a build writes it, then each query runs 21 times. A benchmark,
// not a test: it prints the figures and fails on nothing.
//
//   npx tsx tests/bench/store-search.ts [N] [--seed 42]   # N articles, default 20,000
import { rmSync } from "node:fs";
import path from "node:path";
import { openContentStore } from "../../lib/content-store";
import { loadContentCached } from "../../lib/load-content-cached";
import { planFtsQuery } from "../../lib/plan-fts-query";
import { writeContentStore } from "../../lib/write-content-store";
import { generateCorpus } from "./generate-corpus";
import { LOAD_QUERY } from "./page-metrics";
import { makeTempDir, removeTempDir } from "./temp-dirs";

const RUNS = 21;
const QUERIES = [LOAD_QUERY, "dân vận", "Đảng bộ tỉnh", "tăng trưở", "khongcotu"];

function main(): void {
  const args = process.argv.slice(2);
  const seedAt = args.indexOf("--seed");
  const seed = seedAt === -1 ? 42 : Number(args[seedAt + 1]);
  const count = Number(args.find((arg, index) => /^\d+$/.test(arg) && (seedAt === -1 || index !== seedAt + 1)) ?? 20_000);
  const corpus = generateCorpus({ count, seed, sourceContentDir: path.resolve("content") });
  const work = makeTempDir("bao-tinh-store-search-");
  try {
    let started = performance.now();
    const loaded = loadContentCached({ contentDir: corpus.dir, publicDir: path.resolve("public"), displayRoot: corpus.dir }, { cacheDir: path.join(work, "cache"), render: true });
    const settings = loaded.settings;
    if (settings === undefined || loaded.problems.length > 0) throw new Error(`the synthetic corpus has ${loaded.problems.length} problems`);
    console.log(`read and validated ${count.toLocaleString("en")} articles on ${loaded.threads} threads in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    started = performance.now();
    const file = path.join(work, "store.sqlite");
    writeContentStore(file, { build: "bench", preview: false, site: settings.site, sections: settings.sections, imageSizes: loaded.imageSizes, articles: loaded.articles, body: loaded.body });
    loaded.close();
    console.log(`wrote the store in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const store = openContentStore(file);
    console.log(`Search, first page of 10, median of ${RUNS} runs per query:`);
    for (const query of QUERIES) {
      const plan = planFtsQuery(query);
      const times: number[] = [];
      let total = 0;
      for (let run = 0; run < RUNS; run++) {
        const begun = performance.now();
        total = store.search(plan, Date.now(), 0, 10).total;
        times.push(performance.now() - begun);
      }
      times.sort((a, b) => a - b);
      console.log(`  ${query.padEnd(20)} ${(times[Math.floor(RUNS / 2)] ?? 0).toFixed(2).padStart(8)} ms  (slowest ${(times.at(-1) ?? 0).toFixed(2)} ms, ${total} hits)`);
    }
    store.close();
  } finally {
    removeTempDir(corpus.dir);
    rmSync(work, { recursive: true, force: true });
  }
}

main();
