import { existsSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import sharp from "sharp";
import { openContentStore, storeFileOf, StoreError, type ContentStore } from "../content-store";
import { resolveOriginal, showPath } from "../content-paths";
import { cachedBytes, ensureCached, measureCache, photoFailure } from "../photo-cache";
import { planPhotos, type PhotoPlan } from "../plan-photo";
import { photosToPrerender } from "../prerender-plan";
import { formatProblem } from "../problem";
import { FEED_SIZE } from "../render-feed";
import { chosenSlugs } from "../front-page";
import { commandSettings } from "./content-folder";

// `npm run photos`: run by `npm run build` and `npm run deploy` right after `next build`.
// Reads what the build read (its content store) and encodes into the photo cache every
// derived file of the photos the build's pages show, so that their first readers never
// wait; a file already in the cache costs one stat. The archive's other photos are
// encoded on their first request, unless --all (README, Decisions: "Photos").
//
//   tsx lib/cli/photos.ts [--all] [--prune] [--jobs 2] [--json]

const USAGE = "Cách dùng: npm run photos -- [--all] [--prune] [--jobs 2] [--json]";

async function main(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: { all: { type: "boolean" }, prune: { type: "boolean" }, jobs: { type: "string" }, json: { type: "boolean" } } });
  } catch {
    console.error(`Lệnh có tùy chọn không hợp lệ.\n${USAGE}`);
    return 1;
  }
  const jobs = Number(parsed.values.jobs ?? os.availableParallelism());
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 64) {
    console.error(`--jobs phải là số nguyên từ 1 đến 64.\n${USAGE}`);
    return 1;
  }
  const settings = commandSettings();
  const file = storeFileOf(settings);
  let store: ContentStore;
  try {
    store = openContentStore(file, showPath(settings.paths, file));
  } catch (error) {
    if (!(error instanceof StoreError)) throw error;
    console.error(`${error.message} (npm run build chạy next build rồi lệnh này.)`);
    return 1;
  }
  const photos = store.photos();
  const photoHashes = new Map(photos.flatMap((photo) => (photo.hash === undefined ? [] : [[photo.src, photo.hash] as const])));
  const plans = planPhotos(new Map(photos.map((photo) => [photo.src, photo.facts])), photoHashes);
  const wanted = parsed.values.all === true ? [...plans.keys()] : photosToPrerender(store.everyRecord(), settings.prerenderArticles, FEED_SIZE, chosenSlugs(store.frontPage));
  store.close();
  const started = performance.now();
  // Several photos at once, each on one libvips thread: WebP and JPEG encoders are mostly single-threaded.
  sharp.concurrency(1);
  const failures: string[] = [];
  let encoded = 0;
  let cached = 0;
  const queue = wanted.flatMap((src) => {
    const plan = plans.get(src);
    return plan === undefined ? [] : [plan];
  });
  const worker = async (): Promise<void> => {
    for (let plan = queue.shift(); plan !== undefined; plan = queue.shift()) {
      const file = resolveOriginal(settings.paths, plan.src);
      const hash = photoHashes.get(plan.src);
      if (file === undefined || hash === undefined) continue;
      const before = measureMissing(settings.photoCacheDir, plan);
      try {
        await ensureCached(settings.photoCacheDir, plan, { file, hash }, plan.variants);
        encoded += before;
        cached += plan.variants.length - before;
      } catch (error) {
        failures.push(formatProblem(photoFailure({ file: showPath(settings.paths, file), src: plan.src }, error)));
      }
    }
  };
  await Promise.all(Array.from({ length: jobs }, worker));
  const milliseconds = performance.now() - started;
  const pruned = parsed.values.prune === true ? prune(settings.photoCacheDir, plans) : 0;
  const cache = measureCache(settings.photoCacheDir);
  if (parsed.values.json === true) {
    console.log(JSON.stringify({ photos: wanted.length, known: plans.size, encoded, cached, milliseconds, pruned, cacheFiles: cache.files, cacheBytes: cache.bytes, failures }));
  } else {
    const scope = parsed.values.all === true ? "mọi ảnh" : "ảnh các trang đã dựng sẵn";
    console.log(
      `Ảnh (${scope}): ${wanted.length}/${plans.size} ảnh gốc; ${encoded} tệp mới tạo, ${cached} tệp đã có, trong ${(milliseconds / 1000).toFixed(1)} s.` +
        `${pruned > 0 ? ` Đã xóa ${pruned} tệp không còn dùng.` : ""} Thư mục ${showPath(settings.paths, settings.photoCacheDir)}: ${cache.files} tệp, ${(cache.bytes / 1024 / 1024).toFixed(1)} MB.`,
    );
  }
  for (const failure of failures) console.error(failure);
  return failures.length > 0 ? 1 : 0;
}

function measureMissing(dir: string, plan: PhotoPlan): number {
  return plan.variants.filter((variant) => cachedBytes(dir, variant) === undefined).length;
}

// Removes derived files no photo of this build plans (photos deleted or changed since).
// A server still running an older build would encode them again on request.
function prune(dir: string, plans: ReadonlyMap<string, PhotoPlan>): number {
  if (!existsSync(dir)) return 0;
  const keep = new Set([...plans.values()].flatMap((plan) => plan.variants.map((variant) => variant.cacheName)));
  let removed = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.parentPath === dir || keep.has(entry.name)) continue;
    rmSync(path.join(entry.parentPath, entry.name));
    removed += 1;
  }
  return removed;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`Không tạo được ảnh: lỗi ngoài dự kiến (${error instanceof Error ? error.message : String(error)}).`);
    process.exitCode = 1;
  },
);
