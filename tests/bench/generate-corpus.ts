// Synthetic corpus for the benchmark: N articles in the real content format, written to a
// temporary folder (never into content/), with real JPEG photos made by sharp: each
// article's own lead photo (1200 × 800, as a newsroom resizes them) and, shared, a sample
// of three camera originals (6000 × 4000 with GPS, a portrait stored sideways, a phone's
// 4032 × 3024 in Display P3), which the newest article shows all of and every other
// article one of. Deterministic for a given seed and N.
//
//   npx tsx tests/bench/generate-corpus.ts [N] [--seed 42]   # prints the folder it wrote
import { appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import sharp from "sharp";
import { parseSections } from "../../lib/site-config";
import { cameraPhoto, syntheticPixels } from "../support/camera-photos";
import { createRandom } from "../support/random";
import { slugify } from "../../lib/slugify";
import {
  COMPLEMENTS, FAMILY_NAMES, GIVEN_NAMES, MIDDLE_NAMES, OBJECTS, OPENERS, PLACES, RESULTS, ROLES, SUBJECTS, TOPICS, VERBS,
} from "./vietnamese-words";

/** The camera originals every article shares one of, and the newest shows all of. */
export const CAMERA_PHOTOS = [
  { src: "/images/may-anh/hoi-truong.jpg", options: { width: 6000, height: 4000, metadata: true, seed: 101 } },
  { src: "/images/may-anh/chup-doc.jpg", options: { width: 6000, height: 4000, orientation: 6, metadata: true, seed: 102 } },
  { src: "/images/may-anh/dien-thoai.jpg", options: { width: 4032, height: 3024, metadata: true, displayP3: true, seed: 103 } },
] as const;
const LEAD_SIZE = { width: 1200, height: 800 };
/** Leads for `--small-photos` runs (a build reads only headers, so its memory and time do not depend on their bytes). */
export const SMALL_LEAD_SIZE = { width: 480, height: 320 };
const LEAD_BASES = 6;
/** How many distinct lead encodings the corpus draws on (see {@link writeCorpusPhotos}). */
const LEAD_ENCODINGS = 600;

const SETTINGS = ["site.yaml", "sections.yaml", "abbreviations.yaml", "people.yaml", "bodies.yaml", "documents.yaml", "places.yaml"] as const;
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
  /** Bytes of Markdown (photos are counted by {@link writeCorpusPhotos}). */
  readonly bytes: number;
  /** Each article's lead photo, to be written by {@link writeCorpusPhotos}. */
  readonly leads: readonly { readonly src: string; readonly seed: number }[];
  /** Slug of the newest article, a stable page to measure (always prerendered). */
  readonly newestSlug: string;
  /** Slug of the oldest article: the archive, rendered on its first request. */
  readonly oldestSlug: string;
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
  const caption = `Đồng chí ${personName(random)}, ${pick(random, ROLES)} phát biểu tại buổi làm việc. Ảnh: ${personName(random)}`;
  return `![${alt}](${src} "${caption}")`;
}

/** One generated article: its front matter fields, its body, and the file text they make. */
export interface GeneratedArticle {
  readonly slug: string;
  /** Path of its file under the content folder: `articles/<year>/<month>/<slug>.md`. */
  readonly file: string;
  readonly title: string;
  /** Wall-clock time in GMT+7, as written in the front matter. */
  readonly date: string;
  /** That wall-clock reading taken as UTC: orders the articles, but is not the real instant. */
  readonly wallTime: number;
  readonly author: string;
  readonly category: string;
  readonly tags: readonly string[];
  readonly summary?: string;
  readonly source?: string;
  /** Its own lead photo (`/images/<year>/<month>/<slug>.jpg`), written by {@link writeCorpusPhotos}. */
  readonly lead: string;
  /** The body's paragraphs, the two photo lines among them. */
  readonly paragraphs: readonly string[];
  /** The whole file: front matter and body, ~5 KB. */
  readonly text: string;
}

interface Fields {
  readonly title: string;
  readonly date: string;
  readonly author: string;
  readonly category: string;
  readonly tags: readonly string[];
  readonly year: number;
  readonly lead: string;
}

/**
 * A paragraph that names people and bodies of the shipped registers and cites Party and
 * State documents, with the traps the citation reader must not fall into (a date, a
 * scheme's bare number), for the cost of mention and citation detection. Drawn from its own
 * random sequence, so the rest of the corpus is what it was before it had one.
 */
export function citingParagraph(random: Random, year: number): string {
  const number = (): number => 1 + Math.floor(random() * 60);
  const day = `${1 + Math.floor(random() * 28)}/${1 + Math.floor(random() * 12)}/${year - Math.floor(random() * 5)}`;
  const party = `${pick(random, ["Nghị quyết số", "Chỉ thị", "Kết luận số", "Quyết định số"])} ${number()}-${pick(random, ["NQ", "CT", "KL", "QĐ"])}/TW ngày ${day}`;
  const state = `${pick(random, ["Nghị định", "Thông tư"])} ${number()}/${year}/${pick(random, ["NĐ-CP", "TT-BNV", "TT-BTC"])}`;
  const person = pick(random, ["Nguyễn Văn Đọc, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh", "Ngô Thị Doãn Thanh, Phó Trưởng Ban Dân vận Trung ương"]);
  return `Đồng chí ${person} đề nghị BTV Tỉnh ủy tiếp tục thực hiện ${party} của Bộ Chính trị, ${state} và Quyết định số 290-QĐ/TW; Đề án 25 được tổng kết ngày ${day}.`;
}

/** One article's front matter and ~5 KB of body: its lead photo and a camera photo, captioned. */
function articleParts(random: Random, fields: Fields, citing: string): Pick<GeneratedArticle, "summary" | "source" | "paragraphs" | "text"> {
  const front = [
    "---",
    `title: ${JSON.stringify(fields.title)}`,
    `date: ${fields.date}`,
    `author: ${fields.author}`,
    `category: ${fields.category}`,
    `tags: [${fields.tags.join(", ")}]`,
  ];
  const summary = random() < 0.3 ? paragraph(random, fields.year).slice(0, 300) : undefined;
  if (summary !== undefined) front.push(`summary: ${JSON.stringify(summary)}`);
  const source = random() < 0.2 ? `Báo ${pick(random, PLACES)}` : undefined;
  if (source !== undefined) front.push(`source: ${source}`);
  front.push("---", "");
  const second = pick(random, CAMERA_PHOTOS).src;
  const paragraphs: string[] = [];
  let bytes = 0;
  while (bytes < TARGET_BYTES * (0.8 + random() * 0.4)) {
    const text = paragraph(random, fields.year);
    paragraphs.push(text);
    bytes += Buffer.byteLength(text) + 2;
  }
  paragraphs.splice(1, 0, citing);
  paragraphs.splice(2, 0, image(random, fields.lead));
  paragraphs.splice(Math.max(4, paragraphs.length - 3), 0, image(random, second));
  const text = `${front.join("\n")}\n${paragraphs.join("\n\n")}\n`;
  return { ...(summary === undefined ? {} : { summary }), ...(source === undefined ? {} : { source }), paragraphs, text };
}

/** Generates `count` articles in memory, deterministically for a seed, across the given section names. */
export function* generateArticles(count: number, seed: number, sections: readonly string[]): Generator<GeneratedArticle> {
  const random = createRandom(seed);
  const citations = createRandom(seed + 1);
  const tagPool = [...PLACES, ...TOPICS];
  const authors = Array.from({ length: 40 }, () => personName(random));
  const span = (LAST_YEAR - FIRST_YEAR + 1) * 365 * 24 * 60;
  const start = Date.UTC(FIRST_YEAR, 0, 1);
  for (let index = 0; index < count; index++) {
    // Minutes since the start of the range, read as wall-clock time in GMT+7.
    const minutes = Math.floor(random() * span);
    const wall = new Date(start + minutes * 60_000);
    const year = wall.getUTCFullYear();
    const month = pad(wall.getUTCMonth() + 1);
    const date = `${year}-${month}-${pad(wall.getUTCDate())} ${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}`;
    const heading = title(random, year);
    const slug = `${slugify(heading).slice(0, 80).replace(/-+$/, "")}-${index + 1}`;
    const lead = `/images/${year}/${month}/${slug}.jpg`;
    const fields = { title: heading, date, author: pick(random, authors), category: pick(random, sections), tags: pickDistinct(random, tagPool, 2 + Math.floor(random() * 3)), year, lead };
    const { year: _year, ...front } = fields;
    yield { slug, file: `articles/${year}/${month}/${slug}.md`, wallTime: wall.getTime(), ...front, ...articleParts(random, fields, citingParagraph(citations, year)) };
  }
}

/** Writes the corpus and returns where it is. */
export function generateCorpus(options: CorpusOptions): Corpus {
  const dir = options.outDir ?? mkdtempSync(path.join(os.tmpdir(), `bao-tinh-corpus-${options.count}-`));
  for (const name of SETTINGS) {
    const from = path.join(options.sourceContentDir, name);
    if (existsSync(from)) copyFileSync(from, path.join(dir, name));
  }
  const sectionsFile = path.join(dir, "sections.yaml");
  const parsed = parseSections(readFileSync(sectionsFile, "utf8"), sectionsFile);
  if (!parsed.ok) throw new Error(`cannot read ${sectionsFile}: ${parsed.problems.map((p) => JSON.stringify(p)).join("; ")}`);
  let bytes = 0;
  let newest = { wallTime: -Infinity, slug: "", file: "" };
  let oldest = { wallTime: Infinity, slug: "" };
  const leads: { src: string; seed: number }[] = [];
  for (const article of generateArticles(options.count, options.seed ?? 42, parsed.value.map((section) => section.name))) {
    const file = path.join(dir, article.file);
    leads.push({ src: article.lead, seed: leads.length + 1 });
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, article.text);
    bytes += Buffer.byteLength(article.text);
    if (article.wallTime > newest.wallTime) newest = { ...article, file };
    if (article.wallTime < oldest.wallTime) oldest = article;
  }
  // The page the benchmark measures shows all three camera photos, the last two as a gallery.
  const gallery = CAMERA_PHOTOS.map((photo, index) => `![Ảnh máy ảnh ${index + 1}](${photo.src} "Ảnh gốc từ máy ảnh số ${index + 1}. Ảnh: Phóng viên")`);
  appendFileSync(newest.file, `\nẢnh gốc cỡ lớn từ máy ảnh của phóng viên.\n\n${gallery.join("\n\n")}\n`);
  return { dir, count: options.count, bytes, leads, newestSlug: newest.slug, oldestSlug: oldest.slug };
}

/** What writing the photos cost and weighs. */
export interface CorpusPhotos {
  readonly files: number;
  readonly bytes: number;
  readonly cameraBytes: number;
  readonly milliseconds: number;
}

/**
 * Writes the corpus's photos under its images/ folder: the three camera originals, and
 * each article's own lead photo. A lead is one of {@link LEAD_ENCODINGS} real JPEGs (a crop,
 * with its own hue, of one of a few synthetic scenes) with a comment segment naming its
 * article added after the start marker, so every lead is a distinct file with its own
 * content hash, as an archive's are, while encoding stays a fixed cost: encoding every
 * lead took 57 ms each (19 min at 20,000, 95 min at 100,000).
 */
export async function writeCorpusPhotos(corpus: Corpus, leadSize: { readonly width: number; readonly height: number } = LEAD_SIZE): Promise<CorpusPhotos> {
  const started = performance.now();
  let bytes = 0;
  let cameraBytes = 0;
  const write = (src: string, data: Buffer): void => {
    const file = path.join(corpus.dir, src);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, data);
    bytes += data.length;
  };
  for (const photo of CAMERA_PHOTOS) {
    const data = await cameraPhoto(photo.options);
    cameraBytes += data.length;
    write(photo.src, data);
  }
  const scene = { width: leadSize.width + 200, height: leadSize.height + 150 };
  const bases = await Promise.all(Array.from({ length: LEAD_BASES }, (_, index) => syntheticPixels(scene.width, scene.height, 500 + index)));
  const encodings = new Map<number, Buffer>();
  for (const lead of corpus.leads) {
    const slot = lead.seed % LEAD_ENCODINGS;
    let encoded = encodings.get(slot);
    if (encoded === undefined) {
      const base = bases[slot % LEAD_BASES] ?? Buffer.alloc(0);
      encoded = await sharp(base, { raw: { ...scene, channels: 3 } })
        .extract({ left: slot % 200, top: Math.floor(slot / 200) % 150, ...leadSize })
        .modulate({ hue: slot % 360 })
        .jpeg({ quality: 85 })
        .toBuffer();
      encodings.set(slot, encoded);
    }
    write(lead.src, withComment(encoded, `bao-tinh bench lead ${lead.seed} ${lead.src}`));
  }
  return { files: CAMERA_PHOTOS.length + corpus.leads.length, bytes, cameraBytes, milliseconds: performance.now() - started };
}

/** A JPEG with a COM segment (0xFFFE) right after its start-of-image marker: same pixels, different bytes. */
export function withComment(jpeg: Buffer, comment: string): Buffer {
  if (jpeg[0] !== 0xff || jpeg[1] !== 0xd8) throw new Error("withComment needs a JPEG (FF D8 at the start)");
  const text = Buffer.from(comment, "utf8");
  const segment = Buffer.alloc(4);
  segment.writeUInt16BE(0xfffe, 0);
  segment.writeUInt16BE(text.length + 2, 2);
  return Buffer.concat([jpeg.subarray(0, 2), segment, text, jpeg.subarray(2)]);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const seedAt = args.indexOf("--seed");
  const seed = seedAt === -1 ? 42 : Number(args[seedAt + 1]);
  const count = Number(args.find((arg, index) => /^\d+$/.test(arg) && (seedAt === -1 || index !== seedAt + 1)) ?? 5000);
  const corpus = generateCorpus({ count, seed, sourceContentDir: path.resolve("content") });
  const photos = await writeCorpusPhotos(corpus);
  console.log(`${corpus.count} articles, ${(corpus.bytes / 1024 / 1024).toFixed(1)} MB, ${photos.files} photos, ${(photos.bytes / 1024 / 1024).toFixed(1)} MB → ${corpus.dir}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) void main();
