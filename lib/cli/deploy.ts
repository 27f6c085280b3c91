import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

// `npm run deploy`: builds the site into a fresh folder (`.next-staging`), encodes the
// photos its pages show into the photo cache (`npm run photos`: only new or changed ones
// cost anything) and, only when both succeeded, swaps it in for the live folder
// (`.next`), keeping the old build as `.next-previous`. A failed build leaves the live
// folder exactly as it was, so a broken article never takes the site down. Restart
// `next start` afterwards.
//
//   tsx lib/cli/deploy.ts [--dist-dir .next] [--staging-dir .next-staging] [--timeout-minutes 20]

const USAGE = "Cách dùng: npm run deploy -- [--dist-dir .next] [--staging-dir .next-staging] [--timeout-minutes 20]";

/** The folders one deploy touches, absolute. */
interface DeployFolders {
  readonly live: string;
  readonly staging: string;
  readonly previous: string;
  /** Exists while a deploy runs; a second deploy refuses to start. */
  readonly lock: string;
}

/** Resolves the folders and refuses any that could be something other than a build folder. */
function resolveFolders(root: string, liveOption: string, stagingOption: string | undefined): DeployFolders | string {
  const live = path.resolve(root, liveOption);
  const staging = path.resolve(root, stagingOption ?? `${liveOption}-staging`);
  const previous = `${live}-previous`;
  const folders = { live, staging, previous, lock: `${staging}.lock` };
  for (const folder of [live, staging, previous]) {
    // Staging and previous folders are deleted: never let a typo point them at content/ or the repo.
    if (path.dirname(folder) !== root || !path.basename(folder).startsWith(".next")) {
      return `thư mục build phải nằm ngay trong ${root} và có tên bắt đầu bằng ".next", nhận được ${folder}.`;
    }
  }
  if (new Set([live, staging, previous]).size !== 3) return "thư mục đang chạy, thư mục build mới và thư mục bản cũ phải khác nhau.";
  return folders;
}

/**
 * Runs `next build` into the staging folder, echoing its output; resolves with its exit
 * code. `next build` adds the types folder of whatever dist folder it builds into to
 * tsconfig.json; the staging folder is temporary, so the file is put back as it was.
 */
async function build(root: string, staging: string, timeoutMs: number, onStart: (child: ChildProcess) => void): Promise<number | null> {
  const tsconfig = path.join(root, "tsconfig.json");
  const before = existsSync(tsconfig) ? readFileSync(tsconfig, "utf8") : undefined;
  try {
    return await runBuild(root, staging, timeoutMs, onStart);
  } finally {
    if (before !== undefined && readFileSync(tsconfig, "utf8") !== before) writeFileSync(tsconfig, before);
  }
}

function runBuild(root: string, staging: string, timeoutMs: number, onStart: (child: ChildProcess) => void): Promise<number | null> {
  return run(root, staging, "next build", path.join(root, "node_modules", ".bin", "next"), ["build"], timeoutMs, onStart);
}

/** Encodes the staging build's photos into the cache (lib/cli/photos.ts). */
function runPhotos(root: string, staging: string, timeoutMs: number, onStart: (child: ChildProcess) => void): Promise<number | null> {
  return run(root, staging, "npm run photos", path.join(root, "node_modules", ".bin", "tsx"), [path.join(root, "lib", "cli", "photos.ts")], timeoutMs, onStart);
}

function run(root: string, staging: string, name: string, command: string, args: readonly string[], timeoutMs: number, onStart: (child: ChildProcess) => void): Promise<number | null> {
  const child = spawn(command, args, {
    cwd: root,
    env: { ...process.env, NEXT_DIST_DIR: path.relative(root, staging) },
    // Its own process group, so the build and its workers can be stopped together.
    detached: true,
    stdio: ["ignore", "inherit", "inherit"],
  });
  onStart(child);
  const timer = setTimeout(() => {
    console.error(`\n${name} chạy quá ${timeoutMs / 60_000} phút; dừng lại.`);
    stopGroup(child);
  }, timeoutMs);
  return new Promise((resolve) => {
    child.once("error", (error) => {
      console.error(`Không chạy được ${name}: ${error.message}`);
      resolve(null);
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

function stopGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {
    // already gone
  }
}

/**
 * Puts the new build in place with two renames: live → previous, staging → live. If the
 * second fails the first is undone, so the live folder is never left missing.
 */
function swapIn(folders: DeployFolders): { readonly keptPrevious: boolean } {
  rmSync(folders.previous, { recursive: true, force: true });
  const hadLive = existsSync(folders.live);
  if (hadLive) renameSync(folders.live, folders.previous);
  try {
    renameSync(folders.staging, folders.live);
  } catch (error) {
    if (hadLive) renameSync(folders.previous, folders.live);
    throw error;
  }
  return { keptPrevious: hadLive };
}

async function main(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: { "dist-dir": { type: "string", default: ".next" }, "staging-dir": { type: "string" }, "timeout-minutes": { type: "string", default: "20" } },
    });
  } catch {
    console.error(`Lệnh có tùy chọn không hợp lệ.\n${USAGE}`);
    return 1;
  }
  const root = process.cwd();
  const folders = resolveFolders(root, parsed.values["dist-dir"], parsed.values["staging-dir"]);
  if (typeof folders === "string") {
    console.error(`Không triển khai: ${folders}\n${USAGE}`);
    return 1;
  }
  const minutes = Number(parsed.values["timeout-minutes"]);
  if (!(minutes > 0)) {
    console.error(`--timeout-minutes phải là số phút lớn hơn 0.\n${USAGE}`);
    return 1;
  }
  const show = (folder: string) => path.relative(root, folder);
  try {
    writeFileSync(folders.lock, String(process.pid), { flag: "wx" });
  } catch {
    console.error(`Không triển khai: đang có một lần triển khai khác (${show(folders.lock)}). Nếu không phải, xóa tệp đó rồi chạy lại.`);
    return 1;
  }

  let running: ChildProcess | undefined;
  const abandon = (signal: NodeJS.Signals) => {
    if (running !== undefined) stopGroup(running);
    rmSync(folders.staging, { recursive: true, force: true });
    rmSync(folders.lock, { force: true });
    console.error(`\n${signal}: đã dừng; ${show(folders.live)} giữ nguyên.`);
    process.exit(130);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, abandon);

  try {
    rmSync(folders.staging, { recursive: true, force: true });
    console.log(`Đang build vào ${show(folders.staging)}; ${show(folders.live)} vẫn phục vụ cho đến khi build xong.`);
    const code = await build(root, folders.staging, minutes * 60_000, (child) => (running = child));
    running = undefined;
    const buildId = path.join(folders.staging, "BUILD_ID");
    if (code !== 0 || !existsSync(buildId)) {
      rmSync(folders.staging, { recursive: true, force: true });
      console.error(`\nTriển khai thất bại: next build kết thúc với mã ${String(code)}. ${show(folders.live)} giữ nguyên, không có gì thay đổi; sửa các lỗi ở trên rồi chạy lại.`);
      return 1;
    }
    const photos = await runPhotos(root, folders.staging, minutes * 60_000, (child) => (running = child));
    running = undefined;
    if (photos !== 0) {
      rmSync(folders.staging, { recursive: true, force: true });
      console.error(`\nTriển khai thất bại: không tạo được ảnh (mã ${String(photos)}). ${show(folders.live)} giữ nguyên, không có gì thay đổi; sửa các ảnh ở trên rồi chạy lại.`);
      return 1;
    }
    const id = readFileSync(buildId, "utf8").trim();
    const { keptPrevious } = swapIn(folders);
    const previous = keptPrevious ? `bản cũ ở ${show(folders.previous)}` : "trước đó chưa có bản nào";
    console.log(`\nĐã triển khai bản build ${id} vào ${show(folders.live)}; ${previous}. Khởi động lại máy chủ (next start) để phục vụ bản mới.`);
    return 0;
  } finally {
    rmSync(folders.lock, { force: true });
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`Triển khai thất bại: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
