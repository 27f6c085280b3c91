// How long search takes to answer hostile 10,000-character queries (the ones the unit
// test in tests/lib/search-articles.test.ts checks the answers of), over a synthetic
// corpus. A benchmark, not a test: it prints the times and fails on nothing.
//
//   npx tsx tests/bench/search-queries.ts [N] [--seed 42]   # N articles, default 1,000
import path from "node:path";
import { loadContent } from "../../lib/load-content";
import { errorsOf } from "../../lib/problem";
import { planSearchQuery } from "../../lib/plan-search-query";
import { buildSearch } from "../../lib/search-articles";
import { LONG_QUERIES } from "../support/long-queries";
import { generateCorpus } from "./generate-corpus";
import { removeTempDir } from "./temp-dirs";

const RUNS = 21;

function main(): void {
  const args = process.argv.slice(2);
  const seedAt = args.indexOf("--seed");
  const seed = seedAt === -1 ? 42 : Number(args[seedAt + 1]);
  const count = Number(args.find((arg, index) => /^\d+$/.test(arg) && (seedAt === -1 || index !== seedAt + 1)) ?? 1000);
  const corpus = generateCorpus({ count, seed, sourceContentDir: path.resolve("content") });
  try {
    const { content, problems } = loadContent({ contentDir: corpus.dir, publicDir: path.resolve("public"), displayRoot: corpus.dir });
    // The copied site.yaml ships its legal masthead empty: warnings, not errors.
    const errors = errorsOf(problems);
    if (content === undefined || errors.length > 0) throw new Error(`the synthetic corpus has ${errors.length} errors`);
    const search = buildSearch(content.articles);
    console.log(`Search over ${count.toLocaleString("en")} articles, median of ${RUNS} runs per query:`);
    for (const [name, query] of Object.entries(LONG_QUERIES)) {
      const times: number[] = [];
      let hits = 0;
      for (let run = 0; run < RUNS; run++) {
        const started = performance.now();
        hits = search.search(planSearchQuery(query)).hits.length;
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      console.log(`  ${name.padEnd(24)} ${(times[Math.floor(RUNS / 2)] ?? 0).toFixed(2).padStart(8)} ms  (slowest ${(times.at(-1) ?? 0).toFixed(2)} ms, ${hits} hits)`);
    }
  } finally {
    removeTempDir(corpus.dir);
  }
}

main();
