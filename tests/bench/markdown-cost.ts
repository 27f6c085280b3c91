// Markdown cost benchmark: how parse and render time grow on pathological bodies, which
// limit of lib/markdown-limits.ts refuses each family, and how long the worst body each
// family can still get past every limit takes, plus the time of each limit's fixture.
//
//   npm run bench:markdown                                  # all three tables
//   npm run bench:markdown -- --families emphasis-closers,html-comment --sizes 8,16,32
//   npm run bench:markdown -- --only growth|limits|fixtures --timeout 20
//
// Times are CPU milliseconds of the process (user + system), the best of up to five runs:
// the machine is shared, and wall time would also measure the other processes. Parse is
// what `npm run check`, the build and a server without a snapshot do to every article
// (analyseMarkdown); render is what the first request of an archive page does
// (renderMarkdown, with the real glossary). Every measurement runs in a child process
// under a time limit, so a family that blows up costs at most that long and leaves no
// process behind; a family stops growing after its first timeout (wall time, so on a
// loaded machine a slow size may time out before its CPU time would say so).
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { analyseMarkdown } from "../../lib/analyse-markdown";
import { checkMarkdownLimits, MAX_FILE_BYTES } from "../../lib/markdown-limits";
import { parseGlossary } from "../../lib/parse-glossary";
import { renderMarkdown } from "../../lib/render-markdown";
import { FAMILIES, type Family } from "./markdown-families";
import { LIMIT_FIXTURES } from "../support/markdown-limit-fixtures";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const SELF = fileURLToPath(import.meta.url);
const SEED = path.join(ROOT, "content", "articles", "2017", "04", "btv-tinh-uy-lam-viec-voi-doan-khao-sat-ban-dan-van-trung-uong.md");
const FRONT = "---\ntitle: Bài thử\ndate: 2017-04-20 18:02\nauthor: Hồng Nhung\ncategory: Chính trị\n---\n\n";


/** The best of five runs, in CPU milliseconds. */
function cpu(work: () => unknown): number {
  let best = Infinity;
  for (let round = 0; round < 5; round++) {
    const start = process.cpuUsage();
    work();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

interface Timing {
  readonly parse: number;
  readonly render: number;
}

type Outcome = Timing | { readonly error: string } | { readonly timeout: true };

/** Times one body as the site treats it: analysed when loaded, rendered at first request. */
function measure(body: string): Timing {
  const file = path.join(ROOT, "content", "abbreviations.yaml");
  const glossary = parseGlossary(readFileSync(file, "utf8"), file);
  const options = { glossary: glossary.ok ? glossary.value : new Map<string, string>(), markLead: true, imageSize: () => ({ width: 800, height: 600 }) };
  // Warm the JIT on the real article so small bodies do not measure compilation.
  const seed = readFileSync(SEED, "utf8");
  for (let round = 0; round < 5; round++) {
    analyseMarkdown(seed, 1);
    renderMarkdown(seed, options);
  }
  const time = (work: () => unknown): number => {
    let best = Infinity;
    for (let round = 0, spent = 0; round < 5 && (round === 0 || spent < 1000); round++) {
      const start = process.cpuUsage();
      work();
      const used = process.cpuUsage(start);
      const ms = (used.user + used.system) / 1000;
      best = Math.min(best, ms);
      spent += ms;
    }
    return best;
  };
  return { parse: time(() => analyseMarkdown(body, 1)), render: time(() => renderMarkdown(body, options)) };
}

function body(args: readonly string[]): string {
  const [mode, name, bytes] = args;
  if (mode === "file") return readFileSync(String(name), "utf8").replace(/^---\n[\s\S]*?\n---\n/, "");
  const family = FAMILIES.find((candidate) => candidate.name === name);
  if (family === undefined) throw new Error(`no family ${name}`);
  return family.make(Number(bytes));
}

function child(args: readonly string[]): void {
  try {
    process.stdout.write(JSON.stringify(measure(body(args))));
  } catch (error) {
    process.stdout.write(JSON.stringify({ error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }));
  }
}

function run(args: readonly string[], timeoutMs: number): Outcome {
  const result = spawnSync(process.execPath, [...process.execArgv, SELF, "--child", ...args], { encoding: "utf8", timeout: timeoutMs, maxBuffer: 1 << 20 });
  if (result.error !== undefined || result.signal !== null) return { timeout: true };
  try {
    return JSON.parse(result.stdout);
  } catch {
    return { error: result.stderr.trim().split("\n").slice(-1)[0] ?? "no output" };
  }
}

function total(outcome: Outcome): number | undefined {
  return "parse" in outcome ? outcome.parse + outcome.render : undefined;
}

function cell(outcome: Outcome, timeoutMs: number): string {
  if ("timeout" in outcome) return `> ${timeoutMs / 1000} s`;
  if ("error" in outcome) return outcome.error.replace(/^RangeError: Maximum call stack size exceeded$/, "stack overflow").slice(0, 30);
  return `${outcome.parse.toFixed(0)} + ${outcome.render.toFixed(0)}`;
}

/** The limit that refuses a file, as the first words of its message. */
function refusal(text: string): string | undefined {
  if (Buffer.byteLength(text) > MAX_FILE_BYTES) return "tệp quá lớn (512 KB)";
  const message = checkMarkdownLimits(text, "bai.md")[0]?.message;
  return message?.replace(/ \(tối đa[\s\S]*$/, "").replace(/\d[\d.]*/g, "N");
}

function growth(families: readonly Family[], sizes: readonly number[], timeoutMs: number): void {
  console.log("\n## Growth, no limits applied: parse + render (CPU ms) by body size\n");
  console.log("×2 per doubling is linear, ×4 quadratic. The last column is the limit that refuses the largest size.\n");
  console.log(`| family | sample | ${sizes.map((size) => `${size} KB`).join(" | ")} | growth per doubling | refused by |`);
  console.log(`| --- | --- | ${sizes.map(() => "---:").join(" | ")} | --- | --- |`);
  for (const family of families.filter((candidate) => candidate.grows !== false)) {
    const outcomes: Outcome[] = [];
    for (const size of sizes) {
      const last = outcomes.at(-1);
      if (last !== undefined && total(last) === undefined) break;
      outcomes.push(run(["family", family.name, String(size * 1024)], timeoutMs));
    }
    const times = outcomes.map(total);
    const ratios = times.slice(1).map((time, index) => {
      const before = times[index];
      return time === undefined || before === undefined ? "" : `×${(time / Math.max(before, 0.5)).toFixed(1)}`;
    });
    const cells = sizes.map((_size, index) => {
      const outcome = outcomes[index];
      return outcome === undefined ? "—" : cell(outcome, timeoutMs);
    });
    const biggest = refusal(FRONT + family.make((sizes.at(-1) ?? 64) * 1024)) ?? "accepted";
    console.log(`| ${family.name} | \`${family.sample.replace(/\|/g, "\\|")}\` | ${cells.join(" | ")} | ${ratios.filter(Boolean).join(" ")} | ${biggest} |`);
  }
}

/** The largest size of a family every limit accepts, by bisection on its size in bytes. */
function largestAccepted(family: Family): { bytes: number; stoppedBy: string } {
  let low = 0;
  let high = MAX_FILE_BYTES;
  let stoppedBy = refusal(FRONT + family.make(high));
  if (stoppedBy === undefined) return { bytes: high, stoppedBy: "nothing (file size)" };
  while (high - low > 256) {
    const middle = Math.floor((low + high) / 2);
    const refused = refusal(FRONT + family.make(middle));
    if (refused === undefined) low = middle;
    else [high, stoppedBy] = [middle, refused];
  }
  return { bytes: low, stoppedBy };
}

function limits(families: readonly Family[], timeoutMs: number): void {
  console.log("\n## Worst body each family can still get past every limit\n");
  console.log("Each family grown until the next 256 bytes would be refused (or to the 512 KB file limit).\n");
  console.log("| family | accepted size (KB) | limit that stops it | check (ms) | parse (ms) | render (ms) | total (ms) |");
  console.log("| --- | ---: | --- | ---: | ---: | ---: | ---: |");
  let worst = { name: "", time: 0 };
  for (const family of families) {
    const { bytes, stoppedBy } = largestAccepted(family);
    const text = FRONT + family.make(bytes);
    const check = cpu(() => checkMarkdownLimits(text, "bai.md"));
    const outcome = bytes === 0 ? { parse: 0, render: 0 } : run(["family", family.name, String(bytes)], timeoutMs);
    const time = total(outcome);
    if (time !== undefined && time > worst.time) worst = { name: family.name, time };
    const [parse, render] = "parse" in outcome ? [outcome.parse.toFixed(0), outcome.render.toFixed(0)] : [cell(outcome, timeoutMs), ""];
    console.log(`| ${family.name} | ${(Buffer.byteLength(text) / 1024).toFixed(1)} | ${stoppedBy} | ${check.toFixed(1)} | ${parse} | ${render} | ${time?.toFixed(0) ?? "—"} |`);
  }
  console.log(`\nSlowest accepted body: ${worst.name}, ${worst.time.toFixed(0)} ms parse + render.`);
}

function fixtures(timeoutMs: number): void {
  console.log("\n## The limits' fixtures, each just over its limit\n");
  console.log("Check is the limit scan that refuses it; parse and render are what the file would cost without the limits.\n");
  console.log("| fixture | size (KB) | check (ms) | parse (ms) | render (ms) | message |");
  console.log("| --- | ---: | ---: | ---: | ---: | --- |");
  for (const name of LIMIT_FIXTURES) {
    const file = path.join(ROOT, "tests", "fixtures", "articles", name);
    const text = readFileSync(file, "utf8");
    const problem = checkMarkdownLimits(text, name)[0];
    const check = cpu(() => checkMarkdownLimits(text, name));
    const outcome = run(["file", file], timeoutMs);
    const [parse, render] = "parse" in outcome ? [outcome.parse.toFixed(0), outcome.render.toFixed(0)] : [cell(outcome, timeoutMs), ""];
    const message = problem === undefined ? "ACCEPTED" : `${problem.line}: ${problem.message.slice(0, 60)}…`;
    console.log(`| ${name} | ${(Buffer.byteLength(text) / 1024).toFixed(1)} | ${check.toFixed(1)} | ${parse} | ${render} | ${message} |`);
  }
}

function main(args: readonly string[]): void {
  const value = (name: string): string | undefined => {
    const index = args.indexOf(name);
    return index === -1 ? undefined : args[index + 1];
  };
  const sizes = (value("--sizes") ?? "8,16,32,64").split(",").map(Number);
  const timeoutMs = Number(value("--timeout") ?? "20") * 1000;
  const wanted = value("--families")?.split(",");
  const only = value("--only");
  const families = FAMILIES.filter((family) => wanted === undefined || wanted.includes(family.name));
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  console.log(`# Markdown cost, ${new Date().toISOString().slice(0, 10)}: ${cpu}, ${os.cpus().length} cores, Node ${process.versions.node}, load average ${os.loadavg().map((load) => load.toFixed(1)).join(" ")}`);
  if (only === undefined || only === "growth") growth(families, sizes, timeoutMs);
  if (only === undefined || only === "limits") limits(families, timeoutMs);
  if (only === undefined || only === "fixtures") fixtures(timeoutMs);
}

const args = process.argv.slice(2);
if (args[0] === "--child") child(args.slice(1));
else main(args);
