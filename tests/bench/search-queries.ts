// Search queries for the benchmarks: the hostile 10,000-character ones (the unit test in
// tests/lib/search-articles.test.ts checks their answers) and a mix of the queries readers
// type, drawn from the synthetic corpus's own vocabulary, so that a load of many distinct
// queries measures the search index rather than any cache of results. Run alone, it times
// the hostile queries against the in-memory engine. A benchmark, not a test: it prints the
// times and fails on nothing.
//
//   npx tsx tests/bench/search-queries.ts [N] [--seed 42]   # N articles, default 1,000
import path from "node:path";
import { pathToFileURL } from "node:url";
import { loadContent } from "../../lib/load-content";
import { errorsOf } from "../../lib/problem";
import { planSearchQuery } from "../../lib/plan-search-query";
import { buildSearch } from "../../lib/search-articles";
import { foldedForm, splitWords } from "../../lib/search-forms";
import { LONG_QUERIES } from "../support/long-queries";
import { createRandom } from "../support/random";
import { generateCorpus } from "./generate-corpus";
import { removeTempDir } from "./temp-dirs";
import { FAMILY_NAMES, GIVEN_NAMES, MIDDLE_NAMES, OBJECTS, PLACES, ROLES, SUBJECTS, TOPICS, VERBS } from "./vietnamese-words";

const RUNS = 21;

type Random = () => number;

function pick(random: Random, items: readonly string[]): string {
  return items[Math.floor(random() * items.length)] ?? "";
}

/** A run of one to `most` consecutive words of a phrase. */
function wordsOf(random: Random, phrase: string, most: number): string {
  const words = splitWords(phrase);
  const length = 1 + Math.floor(random() * Math.min(most, words.length));
  const start = Math.floor(random() * (words.length - length + 1));
  return words.slice(start, start + length).join(" ");
}

// What readers look for, roughly as often as a provincial paper's search log has it: a
// topic or a place, words from a headline, a person, two things together (which seldom
// share an article), a word still being typed, and words the archive does not have.
const KINDS: readonly [number, (random: Random) => string][] = [
  [20, (random) => pick(random, TOPICS)],
  [15, (random) => pick(random, PLACES)],
  [20, (random) => wordsOf(random, pick(random, [...SUBJECTS, ...OBJECTS, ...VERBS]), 4)],
  [10, (random) => `${pick(random, FAMILY_NAMES)} ${pick(random, MIDDLE_NAMES)} ${pick(random, GIVEN_NAMES)}`],
  [5, (random) => wordsOf(random, pick(random, ROLES), 3)],
  [15, (random) => `${pick(random, TOPICS)} ${pick(random, PLACES)}`],
  [10, (random) => {
    const words = splitWords(wordsOf(random, pick(random, [...TOPICS, ...OBJECTS]), 3));
    const last = Array.from(words.pop() ?? "");
    return [...words, last.slice(0, Math.max(3, last.length - 1 - Math.floor(random() * 3))).join("")].join(" ");
  }],
  [5, (random) => `${pick(random, ["xyz", "khong", "qwe", "zoo"])}${Math.floor(random() * 1e6)}`],
];

/** How a reader types it: as written, without tone marks, in capitals. */
function spelled(random: Random, query: string): string {
  const roll = random();
  return roll < 0.55 ? query : roll < 0.9 ? foldedForm(query) : query.toLocaleUpperCase("vi");
}

/**
 * `count` distinct reader queries, the same for a given seed.
 *
 * @example readerQueries(3) // e.g. ["Nông thôn mới", "ha long", "Chuyển đổi số Cà Mau"]
 */
export function readerQueries(count: number, seed = 7): string[] {
  const random = createRandom(seed);
  const total = KINDS.reduce((sum, [weight]) => sum + weight, 0);
  const queries = new Set<string>();
  for (let tries = 0; queries.size < count && tries < count * 50; tries++) {
    let roll = random() * total;
    const kind = KINDS.find(([weight]) => (roll -= weight) < 0) ?? KINDS[0];
    if (kind !== undefined) queries.add(spelled(random, kind[1](random)));
  }
  return [...queries];
}

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

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main();
