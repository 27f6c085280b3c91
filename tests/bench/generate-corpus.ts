// Synthetic corpus for the benchmark: N articles in the real content format, written to a
// temporary folder (never into content/). Deterministic for a given seed and N.
//
//   npx tsx tests/bench/generate-corpus.ts [N] [--seed 42]   # prints the folder it wrote
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseSections } from "../../lib/site-config";
import { slugify } from "../../lib/slugify";
import { articleFile } from "../support/article-file";
import {
  COMPLEMENTS, FAMILY_NAMES, GIVEN_NAMES, MIDDLE_NAMES, OBJECTS, OPENERS, PLACES, RESULTS, ROLES, SUBJECTS, TOPICS, VERBS,
} from "./vietnamese-words";

/** The placeholder images every synthetic article uses (they exist under public/). */
export const IMAGES = [1, 2, 3].map((n) => `/images/2017/04/btv-tinh-uy-lam-viec-${n}.svg`);

const SETTINGS = ["site.yaml", "sections.yaml", "abbreviations.yaml"] as const;
const TARGET_BYTES = 4200;
const FIRST_YEAR = 2012;
const LAST_YEAR = 2024;

/** What to generate. */
export interface CorpusOptions {
  readonly count: number;
  readonly seed?: number;
  /** Folder holding site.yaml, sections.yaml and abbreviations.yaml to copy. */
  readonly sourceContentDir: string;
  /** Where to write; a fresh folder under os.tmpdir() when omitted. */
  readonly outDir?: string;
}

/** What was generated. */
export interface Corpus {
  readonly dir: string;
  readonly count: number;
  readonly bytes: number;
  /** Slug of the newest article, a stable page to measure (always prerendered). */
  readonly newestSlug: string;
  /** Slug of the oldest article: the archive, rendered on its first request. */
  readonly oldestSlug: string;
}

/** A small, fast, seedable PRNG (mulberry32): the same seed gives the same corpus. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

function pickDistinct<T>(random: Random, items: readonly T[], count: number): T[] {
  const chosen = new Set<T>();
  while (chosen.size < Math.min(count, items.length)) chosen.add(pick(random, items));
  return [...chosen];
}

const capitalise = (text: string): string => text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
const pad = (n: number): string => String(n).padStart(2, "0");

function personName(random: Random): string {
  return `${pick(random, FAMILY_NAMES)} ${pick(random, MIDDLE_NAMES)} ${pick(random, GIVEN_NAMES)}`;
}

function figure(random: Random, template: string): string {
  return template
    .replace(/\{n\}/g, () => String(1 + Math.floor(random() * 900)))
    .replace(/\{p\}/g, () => `${10 + Math.floor(random() * 89)},${Math.floor(random() * 10)}`);
}

/** An object phrase; "kế hoạch … năm" gets its year. */
function objectOf(random: Random, year: number): string {
  const object = pick(random, OBJECTS);
  return object.endsWith("năm") ? `${object} ${year}` : object;
}

function sentence(random: Random, year: number): string {
  const roll = random();
  if (roll < 0.15) {
    return `Đồng chí ${personName(random)}, ${pick(random, ROLES)} nhấn mạnh: ${pick(random, SUBJECTS)} cần ${pick(random, VERBS)} ${objectOf(random, year)} ${pick(random, COMPLEMENTS)}.`;
  }
  if (roll < 0.3) {
    return `${pick(random, OPENERS)} ${figure(random, pick(random, RESULTS))}, ${figure(random, pick(random, RESULTS))}.`;
  }
  const opener = random() < 0.5 ? `${pick(random, OPENERS)} ` : "";
  const subject = pick(random, SUBJECTS);
  const text = `${opener}${opener === "" ? capitalise(subject) : subject} đã ${pick(random, VERBS)} ${objectOf(random, year)} ${pick(random, COMPLEMENTS)}`;
  return `${text}; ${pick(random, SUBJECTS)} ${pick(random, VERBS)} ${objectOf(random, year)}.`;
}

function paragraph(random: Random, year: number): string {
  const count = 2 + Math.floor(random() * 3);
  return Array.from({ length: count }, () => sentence(random, year)).join(" ");
}

function title(random: Random, year: number): string {
  const object = objectOf(random, year);
  const place = pick(random, PLACES);
  const forms = [
    () => `${capitalise(pick(random, SUBJECTS))} ${pick(random, VERBS)} ${object}`,
    () => `${place}: ${capitalise(pick(random, VERBS))} ${object}`,
    () => `${capitalise(object)}: ${figure(random, pick(random, RESULTS))}`,
  ];
  return pick(random, forms)();
}

function image(random: Random, src: string): string {
  const alt = `Ảnh minh họa: ${pick(random, SUBJECTS)} làm việc với ${pick(random, SUBJECTS)}`;
  const caption = `Đồng chí ${personName(random)}, ${pick(random, ROLES)} phát biểu tại buổi làm việc.`;
  return `![${alt}](${src} "${caption}")`;
}

/** One article file's text: front matter, ~5 KB of body, two captioned images. */
function articleText(random: Random, fields: { title: string; date: string; author: string; category: string; tags: string[]; year: number }): string {
  const front: Record<string, string> = {
    title: JSON.stringify(fields.title),
    date: fields.date,
    author: fields.author,
    category: fields.category,
    tags: `[${fields.tags.join(", ")}]`,
  };
  if (random() < 0.3) front.summary = JSON.stringify(paragraph(random, fields.year).slice(0, 300));
  if (random() < 0.2) front.source = `Báo ${pick(random, PLACES)}`;
  const [first, second] = pickDistinct(random, IMAGES, 2);
  const paragraphs: string[] = [];
  let bytes = 0;
  while (bytes < TARGET_BYTES * (0.8 + random() * 0.4)) {
    const text = paragraph(random, fields.year);
    paragraphs.push(text);
    bytes += Buffer.byteLength(text) + 2;
  }
  paragraphs.splice(2, 0, image(random, first ?? ""));
  paragraphs.splice(Math.max(4, paragraphs.length - 3), 0, image(random, second ?? ""));
  return articleFile(front, paragraphs.join("\n\n"));
}

/** Writes the corpus and returns where it is. */
export function generateCorpus(options: CorpusOptions): Corpus {
  const random = createRandom(options.seed ?? 42);
  const dir = options.outDir ?? mkdtempSync(path.join(os.tmpdir(), `bao-tinh-corpus-${options.count}-`));
  for (const name of SETTINGS) {
    const from = path.join(options.sourceContentDir, name);
    if (existsSync(from)) copyFileSync(from, path.join(dir, name));
  }
  const sectionsFile = path.join(dir, "sections.yaml");
  const parsed = parseSections(readFileSync(sectionsFile, "utf8"), sectionsFile);
  if (!parsed.ok) throw new Error(`cannot read ${sectionsFile}: ${parsed.problems.map((p) => JSON.stringify(p)).join("; ")}`);
  const sections = parsed.value.map((section) => section.name);
  const tagPool = [...PLACES, ...TOPICS];
  const authors = Array.from({ length: 40 }, () => personName(random));

  const span = (LAST_YEAR - FIRST_YEAR + 1) * 365 * 24 * 60;
  const start = Date.UTC(FIRST_YEAR, 0, 1);
  let bytes = 0;
  let newest = { time: -Infinity, slug: "" };
  let oldest = { time: Infinity, slug: "" };
  for (let index = 0; index < options.count; index++) {
    // Minutes since the start of the range, read as wall-clock time in GMT+7.
    const minutes = Math.floor(random() * span);
    const wall = new Date(start + minutes * 60_000);
    const year = wall.getUTCFullYear();
    const date = `${year}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())} ${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}`;
    const heading = title(random, year);
    const slug = `${slugify(heading).slice(0, 80).replace(/-+$/, "")}-${index + 1}`;
    const text = articleText(random, {
      title: heading,
      date,
      author: pick(random, authors),
      category: pick(random, sections),
      tags: pickDistinct(random, tagPool, 2 + Math.floor(random() * 3)),
      year,
    });
    const folder = path.join(dir, "articles", String(year), pad(wall.getUTCMonth() + 1));
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, `${slug}.md`), text);
    bytes += Buffer.byteLength(text);
    if (wall.getTime() > newest.time) newest = { time: wall.getTime(), slug };
    if (wall.getTime() < oldest.time) oldest = { time: wall.getTime(), slug };
  }
  return { dir, count: options.count, bytes, newestSlug: newest.slug, oldestSlug: oldest.slug };
}

function main(): void {
  const args = process.argv.slice(2);
  const seedAt = args.indexOf("--seed");
  const seed = seedAt === -1 ? 42 : Number(args[seedAt + 1]);
  const count = Number(args.find((arg, index) => /^\d+$/.test(arg) && (seedAt === -1 || index !== seedAt + 1)) ?? 5000);
  const corpus = generateCorpus({ count, seed, sourceContentDir: path.resolve("content") });
  console.log(`${corpus.count} articles, ${(corpus.bytes / 1024 / 1024).toFixed(1)} MB → ${corpus.dir}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main();
