// Mention and citation detection cost: what finding the registers' people, bodies and
// documents and every document number costs per article, at 1,000 and 20,000 synthetic
// articles (tests/bench/generate-corpus.ts: each names registered people and bodies and
// cites Party and State documents), with the shipped registers and with a register of
// 5,000 invented people, so neither the archive's size nor the register's changes the cost
// of one article. Prints figures; nothing here is a test.
//
//   npx tsx tests/bench/mention-cost.ts                       # 1,000 and 20,000 articles
//   npx tsx tests/bench/mention-cost.ts --sizes 20000 --seed 42
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { readFileSync } from "node:fs";
import { analyseMarkdown } from "../../lib/analyse-markdown";
import { parseGlossary } from "../../lib/parse-glossary";
import { assembleRegisters, type ReadRegisterFile } from "../../lib/assemble-registers";
import { findMentions } from "../../lib/find-mentions";
import type { Person, Registers } from "../../lib/registers";
import { renderMarkdown } from "../../lib/render-markdown";
import { collect } from "../../lib/parse-result";
import type { Problem } from "../../lib/problem";
import { FAMILY_NAMES, GIVEN_NAMES, MIDDLE_NAMES } from "./vietnamese-words";
import { generateArticles } from "./generate-corpus";

const REPO = fileURLToPath(new URL("../..", import.meta.url));
const SECTIONS = ["Chính trị", "Kinh tế", "Xã hội", "Văn hóa"];

/** What detection costs for one set of articles and registers. */
export interface MentionCost {
  readonly articles: number;
  /** Entries of the registers used. */
  readonly entries: number;
  /** Median cost per article of finding every mention and citation in its texts (µs). */
  readonly perArticleUs: number;
  /** The same for parsing its body once (what loadContent already pays), for scale (µs). */
  readonly parsePerArticleUs: number;
  /** Mentions found per article, on average. */
  readonly mentionsPerArticle: number;
  /** Total detection time over every article (ms). */
  readonly totalMs: number;
}

/**
 * Times {@link findMentions} on each article's texts (parsed outside the timing, as
 * loadContent parses them anyway), and the parse itself for scale.
 */
export function measureMentionCost(bodies: readonly string[], registers: Registers): MentionCost {
  const detect: number[] = [];
  const parse: number[] = [];
  let mentions = 0;
  for (const body of bodies) {
    const parsedAt = performance.now();
    const { prose } = analyseMarkdown(body, 1);
    const detectAt = performance.now();
    mentions += findMentions(prose, registers).length;
    const done = performance.now();
    parse.push(detectAt - parsedAt);
    detect.push(done - detectAt);
  }
  const entries = registers.people.size + registers.bodies.size + registers.documents.size;
  return { articles: bodies.length, entries, perArticleUs: median(detect) * 1000, parsePerArticleUs: median(parse) * 1000, mentionsPerArticle: mentions / Math.max(1, bodies.length), totalMs: detect.reduce((sum, ms) => sum + ms, 0) };
}

/** The shipped registers, read as loadContent reads them. */
export function shippedRegisters(contentDir = path.join(REPO, "content")): Registers {
  const problems: Problem[] = [];
  const glossary = collect(parseGlossary(readFileSync(path.join(contentDir, "abbreviations.yaml"), "utf8"), "abbreviations.yaml"), problems) ?? new Map<string, string>();
  const read: ReadRegisterFile = (name, parse) => ({ entries: collect(parse(readFileSync(path.join(contentDir, name), "utf8"), name), problems), file: name });
  return assembleRegisters(read, glossary, problems).registers;
}

// 5,000 invented people, in memory only, to show the register's size does not change one article's cost.
function withManyPeople(registers: Registers, count: number): Registers {
  const people = new Map<string, Person>(registers.people);
  for (let index = 0; people.size < registers.people.size + count; index++) {
    const name = `${FAMILY_NAMES[index % FAMILY_NAMES.length] ?? ""} ${MIDDLE_NAMES[Math.floor(index / 7) % MIDDLE_NAMES.length] ?? ""} ${GIVEN_NAMES[Math.floor(index / 31) % GIVEN_NAMES.length] ?? ""} ${index}`;
    people.set(`nguoi-${index}`, { id: `nguoi-${index}`, name, spellings: [name], offices: [], lines: { entry: 1 } });
  }
  return { ...registers, people };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function bodiesOf(count: number, seed: number): string[] {
  const bodies: string[] = [];
  for (const article of generateArticles(count, seed, SECTIONS)) bodies.push(article.paragraphs.join("\n\n"));
  return bodies;
}

// Rendering with the registers against without, on a sample, each body both ways in turn
// so that a busy machine slows both alike: the links' share of a render.
function renderCost(bodies: readonly string[], registers: Registers): { without: number; with: number } {
  const without: number[] = [];
  const withRegisters: number[] = [];
  for (const body of bodies.slice(0, 20)) renderMarkdown(body, { registers });
  for (const body of bodies) {
    const startedWithout = performance.now();
    renderMarkdown(body, {});
    const startedWith = performance.now();
    renderMarkdown(body, { registers });
    withRegisters.push(performance.now() - startedWith);
    without.push(startedWith - startedWithout);
  }
  return { without: median(without) * 1000, with: median(withRegisters) * 1000 };
}

function main(): void {
  const args = process.argv.slice(2);
  const value = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const sizes = (value("--sizes") ?? "1000,20000").split(",").map(Number);
  const seed = Number(value("--seed") ?? 42);
  const shipped = shippedRegisters();
  const large = withManyPeople(shipped, 5000);
  const rows: string[] = ["| articles | register entries | detection per article (µs, median) | parse per article (µs, median) | mentions per article | detection, every article (ms) |", "| ---: | ---: | ---: | ---: | ---: | ---: |"];
  let first: MentionCost | undefined;
  let last: MentionCost | undefined;
  for (const size of sizes) {
    const bodies = bodiesOf(size, seed);
    for (const registers of [shipped, large]) {
      const cost = measureMentionCost(bodies, registers);
      if (registers === shipped) {
        first ??= cost;
        last = cost;
      }
      rows.push(`| ${cost.articles.toLocaleString("en")} | ${cost.entries.toLocaleString("en")} | ${cost.perArticleUs.toFixed(1)} | ${cost.parsePerArticleUs.toFixed(1)} | ${cost.mentionsPerArticle.toFixed(1)} | ${cost.totalMs.toFixed(0)} |`);
    }
  }
  const render = renderCost(bodiesOf(300, seed + 7), shipped);
  console.log(rows.join("\n"));
  if (first !== undefined && last !== undefined) {
    console.log(`growth of the per-article cost from ${first.articles} to ${last.articles} articles: ×${(last.perArticleUs / Math.max(0.001, first.perArticleUs)).toFixed(2)} (flat means the build's growth is unchanged)`);
  }
  console.log(`render per article, 300 bodies (medians): ${render.without.toFixed(0)} µs without the registers, ${render.with.toFixed(0)} µs with (links and citations, ×${(render.with / Math.max(0.001, render.without)).toFixed(2)})`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
