import { spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync, rmSync, symlinkSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { startApp, waitHealthy } from "../deploy/app-processes";
import { takeLock, type DeployLock } from "../deploy/deploy-lock";
import { nextPorts, readDeployState, writeDeployState, type AppProcess, type DeployState, type Layout } from "../deploy/deploy-state";
import { renderNginxConfig } from "../deploy/nginx-config";
import { applyNginxConfig, defaultNginx, stopNginx } from "../deploy/nginx-control";
import { identify, isAlive, signalGroup, stopGroup, type ProcessIdentity } from "../deploy/process-identity";
import { assembleRelease, readBuildId } from "../deploy/release";
import { DEPLOY_STEPS, pausedLine, type DeployStep as Step } from "../deploy/deploy-steps";
import { commandSettings } from "./content-folder";

// `npm run deploy`: a rolling deploy behind nginx (README, Deploying). It builds the site
// into a build folder, encodes its photos, assembles a self-contained release under
// <root>/releases/, starts one server per core on it, waits for each one's /healthz,
// points <root>/current at it (one rename), reloads nginx onto the new ports and drains
// and stops the old processes. The release before stays for `--rollback`. A deploy killed
// at any step leaves the site serving; the next one stops what it left and carries on.
//
//   tsx lib/cli/deploy.ts [--root .deploy] [--listen 127.0.0.1:8080] [--port-base 3001] [--processes <cores>]
//                         [--rollback | --start | --stop] [--build-dir .next-deploy] [--drain-seconds 5]

const USAGE =
  "Cách dùng: npm run deploy -- [--root .deploy] [--listen 127.0.0.1:8080] [--port-base 3001] [--processes <số lõi>] [--rollback | --start | --stop] [--build-dir .next-deploy] [--drain-seconds 5] [--timeout-minutes 20]";


/** The deploy root's files. */
interface Root {
  readonly dir: string;
  readonly releases: string;
  readonly current: string;
  readonly previous: string;
  readonly state: string;
  readonly lock: string;
  readonly logs: string;
  readonly nginx: string;
  /** tsconfig.json as it was before `next build` added its build folder to it. */
  readonly tsconfigBackup: string;
}

interface Options {
  readonly repo: string;
  readonly root: Root;
  readonly mode: "deploy" | "rollback" | "start" | "stop";
  readonly buildDir: string;
  readonly layout: Partial<Layout>;
  readonly drainMs: number;
  readonly timeoutMs: number;
  readonly pauseAt: Step | undefined;
  readonly nginx: string;
}

class DeployFailure extends Error {}

function rootFiles(dir: string): Root {
  return {
    dir,
    releases: path.join(dir, "releases"),
    current: path.join(dir, "current"),
    previous: path.join(dir, "previous"),
    state: path.join(dir, "state.json"),
    lock: path.join(dir, "deploy.lock"),
    logs: path.join(dir, "logs"),
    nginx: path.join(dir, "nginx"),
    tsconfigBackup: path.join(dir, "tsconfig.json.before-build"),
  };
}

function parseOptions(argv: readonly string[], repo: string): Options | string {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        root: { type: "string", default: ".deploy" },
        listen: { type: "string" },
        "port-base": { type: "string" },
        processes: { type: "string" },
        rollback: { type: "boolean" },
        start: { type: "boolean" },
        stop: { type: "boolean" },
        "build-dir": { type: "string", default: ".next-deploy" },
        "drain-seconds": { type: "string", default: "5" },
        "timeout-minutes": { type: "string", default: "20" },
        "pause-at": { type: "string" },
        nginx: { type: "string" },
      },
    });
  } catch {
    return "Lệnh có tùy chọn không hợp lệ.";
  }
  const values = parsed.values;
  const modes = (["rollback", "start", "stop"] as const).filter((mode) => values[mode] === true);
  if (modes.length > 1) return "Chỉ dùng một trong --rollback, --start, --stop.";
  const buildDir = values["build-dir"];
  // The build folder is emptied by every build: never let a typo point it at content/ or the repo.
  if (buildDir.includes("/") || !buildDir.startsWith(".next-")) return `--build-dir phải là tên thư mục ngay trong kho, bắt đầu bằng ".next-", nhận được ${JSON.stringify(buildDir)}.`;
  const layout: { -readonly [K in keyof Layout]?: Layout[K] } = {};
  if (values.listen !== undefined) {
    const match = /^(.+):(\d+)$/.exec(values.listen);
    if (match?.[1] === undefined || !isPort(Number(match[2]))) return `--listen cần dạng địa-chỉ:cổng, ví dụ 127.0.0.1:8080, nhận được ${JSON.stringify(values.listen)}.`;
    layout.listenHost = match[1];
    layout.listenPort = Number(match[2]);
  }
  if (values["port-base"] !== undefined) {
    if (!isPort(Number(values["port-base"]))) return `--port-base cần một cổng, nhận được ${JSON.stringify(values["port-base"])}.`;
    layout.portBase = Number(values["port-base"]);
  }
  if (values.processes !== undefined) {
    const count = Number(values.processes);
    if (!Number.isInteger(count) || count < 1 || count > 64) return `--processes cần số nguyên từ 1 đến 64, nhận được ${JSON.stringify(values.processes)}.`;
    layout.processes = count;
  }
  const drain = Number(values["drain-seconds"]);
  const minutes = Number(values["timeout-minutes"]);
  if (!(drain >= 0) || !(minutes > 0)) return "--drain-seconds phải ≥ 0 và --timeout-minutes > 0.";
  const pauseAt = DEPLOY_STEPS.find((step) => step === values["pause-at"]);
  if (values["pause-at"] !== undefined && pauseAt === undefined) return `--pause-at cần một trong ${DEPLOY_STEPS.join(", ")}.`;
  return {
    repo,
    root: rootFiles(path.resolve(repo, values.root)),
    mode: modes[0] ?? "deploy",
    buildDir,
    layout,
    drainMs: drain * 1000,
    timeoutMs: minutes * 60_000,
    pauseAt,
    nginx: values.nginx ?? defaultNginx(),
  };
}

/** A path as the operator typed it: relative to the repository when inside it. */
function shown(options: Options, file: string): string {
  const relative = path.relative(options.repo, file);
  return relative.startsWith("..") ? file : relative;
}

function isPort(value: number): boolean {
  return Number.isInteger(value) && value > 0 && value < 65536;
}

/** Stops at `step` when asked to (tests kill the deploy there), saying so on stdout first. */
async function reach(step: Step, options: Options): Promise<void> {
  console.log(`[triển khai] bước ${step}`);
  if (options.pauseAt !== step) return;
  console.log(pausedLine(step));
  await new Promise(() => setInterval(() => undefined, 60_000));
}

// --- recovery: what a deploy killed before this one left behind --------------------------

/** Puts the machine back in line with state.json after a deploy that died, and cleans up after it. */
async function recover(options: Options, orphans: readonly ProcessIdentity[], state: DeployState | undefined): Promise<DeployState | undefined> {
  const { root } = options;
  const live = new Set(state?.live?.processes.map((app) => `${app.process.pid}:${app.process.startTime}`));
  // Groups the dead deploy started and nginx never pointed at: its build, its photos, new servers.
  for (const orphan of orphans) if (!live.has(`${orphan.pid}:${orphan.startTime}`)) signalGroup(orphan, "SIGKILL");
  restoreTsconfig(options);
  rmSync(path.join(options.repo, options.buildDir), { recursive: true, force: true });
  if (existsSync(root.releases)) for (const name of readdirSync(root.releases)) if (name.endsWith(".partial")) rmSync(path.join(root.releases, name), { recursive: true, force: true });
  for (const name of existsSync(root.dir) ? readdirSync(root.dir) : []) if (/\.tmp$|\.new$/.test(name)) rmSync(path.join(root.dir, name), { force: true });
  if (state === undefined) return undefined;
  // state.json is written before the links move: a deploy that died between the two left
  // them naming the release before, and they follow the state now.
  if (state.live !== undefined && linkTarget(root.current) !== state.live.release) {
    const stale = linkTarget(root.current);
    pointLink(root.current, path.join(root.releases, state.live.release));
    if (stale !== undefined && existsSync(path.join(root.releases, stale))) pointLink(root.previous, path.join(root.releases, stale));
  }
  // A deploy that died after writing the state and before reloading nginx: reload it now
  // (not when stopping everything: then nginx is stopped whatever its configuration).
  if (options.mode !== "stop" && state.live !== undefined && state.live.processes.every((app) => isAlive(app.process))) {
    applyNginxConfig(options.nginx, root.nginx, nginxConfig(options, state.layout, state.live.processes, state.live.release));
  }
  if (state.draining.length === 0) return state;
  await Promise.all(state.draining.map((app) => stopGroup(app.process, 30_000)));
  const drained = { ...state, draining: [] };
  writeDeployState(root.state, drained);
  return drained;
}

function restoreTsconfig(options: Options): void {
  const { tsconfigBackup } = options.root;
  if (!existsSync(tsconfigBackup)) return;
  copyFileSync(tsconfigBackup, path.join(options.repo, "tsconfig.json"));
  rmSync(tsconfigBackup, { force: true });
}

// --- the build ---------------------------------------------------------------------------

/** Runs a command of the build in its own process group, recorded in the lock until it exits. */
async function runStep(options: Options, lock: DeployLock, step: Step, command: string, args: readonly string[]): Promise<number | null> {
  const child = spawn(command, args, {
    cwd: options.repo,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: options.buildDir },
    detached: true,
    stdio: ["ignore", "inherit", "inherit"],
  });
  const identity = child.pid === undefined ? undefined : identify(child.pid);
  if (identity !== undefined) lock.adopt(identity);
  const exited = new Promise<number | null>((resolve) => {
    child.once("error", (error) => {
      console.error(`Không chạy được ${command}: ${error.message}`);
      resolve(null);
    });
    child.once("exit", (code) => resolve(code));
  });
  const timer = setTimeout(() => {
    console.error(`\n${step}: chạy quá ${options.timeoutMs / 60_000} phút; dừng lại.`);
    if (identity !== undefined) signalGroup(identity, "SIGKILL");
  }, options.timeoutMs);
  await reach(step, options);
  const code = await exited;
  clearTimeout(timer);
  // Whatever the step left in its group (a build worker) goes with it.
  if (identity !== undefined) {
    signalGroup(identity, "SIGKILL");
    lock.release(identity);
  }
  return code;
}

/** Builds, encodes the build's photos and assembles the release; returns its folder name. */
async function buildRelease(options: Options, lock: DeployLock): Promise<{ readonly release: string; readonly buildId: string }> {
  const { repo, root, buildDir } = options;
  const tsconfig = path.join(repo, "tsconfig.json");
  mkdirSync(root.dir, { recursive: true });
  // next build adds its build folder's types to tsconfig.json; the copy outlives a kill.
  copyFileSync(tsconfig, root.tsconfigBackup);
  rmSync(path.join(repo, buildDir), { recursive: true, force: true });
  console.log(`Đang build vào ${buildDir}; bản đang chạy vẫn phục vụ cho đến khi bản mới sẵn sàng.`);
  let code: number | null;
  try {
    code = await runStep(options, lock, "building", path.join(repo, "node_modules", ".bin", "tsx"), [path.join(repo, "lib", "cli", "build.ts")]);
  } finally {
    restoreTsconfig(options);
  }
  if (code !== 0 || readBuildId(path.join(repo, buildDir)) === undefined) {
    throw new DeployFailure(`next build kết thúc với mã ${String(code)}; sửa các lỗi ở trên rồi chạy lại`);
  }
  const photos = await runStep(options, lock, "photos", path.join(repo, "node_modules", ".bin", "tsx"), [path.join(repo, "lib", "cli", "photos.ts")]);
  if (photos !== 0) throw new DeployFailure(`không tạo được ảnh (mã ${String(photos)}); sửa các ảnh ở trên rồi chạy lại`);
  await reach("assembling", options);
  const settings = commandSettings();
  const buildId = readBuildId(path.join(repo, buildDir)) ?? "";
  const release = `${new Date().toISOString().replace(/[-:]/g, "").replace(/\..*$/, "")}-${buildId}`;
  mkdirSync(root.releases, { recursive: true });
  assembleRelease({ root: repo, buildFolder: buildDir, contentDir: settings.paths.contentDir, photoCacheDir: settings.photoCacheDir }, path.join(root.releases, release));
  rmSync(path.join(repo, buildDir), { recursive: true, force: true });
  return { release, buildId };
}

// --- switching over ----------------------------------------------------------------------

function nginxConfig(options: Options, layout: Layout, processes: readonly AppProcess[], release: string): string {
  return renderNginxConfig({
    listenHost: layout.listenHost,
    listenPort: layout.listenPort,
    upstreamPorts: processes.map((app) => app.port),
    release,
    stateDir: options.root.nginx,
    workerProcesses: "auto",
    // A master running as root starts its workers as `nobody`, who could not write the cache
    // this deploy created: they run as the deploying user instead (README, Deploying).
    ...(process.getuid?.() === 0 ? { user: os.userInfo().username } : {}),
  });
}

/** Points `link` at `target` with one rename, so it always names a whole release. */
function pointLink(link: string, target: string): void {
  const temporary = `${link}.${process.pid}.tmp`;
  rmSync(temporary, { force: true });
  symlinkSync(target, temporary);
  renameSync(temporary, link);
}

function linkTarget(link: string): string | undefined {
  try {
    return path.basename(readlinkSync(link));
  } catch {
    return undefined;
  }
}

/** Starts `release` on the free port set, waits for health, switches current and nginx to it, drains the old processes. */
async function activate(options: Options, lock: DeployLock, state: DeployState, release: string): Promise<DeployState> {
  const { root } = options;
  const folder = path.join(root.releases, release);
  const info: unknown = JSON.parse(readFileSync(path.join(folder, "release.json"), "utf8"));
  const buildId: unknown = typeof info === "object" && info !== null ? Reflect.get(info, "buildId") : undefined;
  if (typeof buildId !== "string") throw new DeployFailure(`${release}: thiếu release.json`);
  const ports = nextPorts(state.layout, state.live);
  const started: AppProcess[] = [];
  try {
    for (const port of ports) {
      const app = startApp(folder, port, root.logs, process.execPath);
      lock.adopt(app);
      started.push({ port, process: app });
    }
    await reach("starting", options);
    await Promise.all(started.map((app) => waitHealthy(app.port, app.process, 90_000)));
  } catch (error) {
    await Promise.all(started.map((app) => stopGroup(app.process, 5_000)));
    started.forEach((app) => lock.release(app.process));
    throw new DeployFailure(`bản mới không khởi động được: ${error instanceof Error ? error.message : String(error)}`);
  }
  await reach("switching", options);
  const before = state.live?.release ?? linkTarget(root.current);
  const previousBefore = linkTarget(root.previous);
  const switched: DeployState = { layout: state.layout, live: { release, buildId, processes: started }, draining: [...(state.live?.processes ?? []), ...state.draining] };
  // The state first (the next deploy repairs the links from it), then the links, each one rename.
  writeDeployState(root.state, switched);
  // From here the state file owns the new processes: a crash must not stop them.
  started.forEach((app) => lock.release(app.process));
  pointLink(root.current, folder);
  if (before !== undefined && before !== release && existsSync(path.join(root.releases, before))) pointLink(root.previous, path.join(root.releases, before));
  await reach("reloading", options);
  let how: ReturnType<typeof applyNginxConfig>;
  try {
    how = applyNginxConfig(options.nginx, root.nginx, nginxConfig(options, state.layout, started, release));
  } catch (error) {
    // nginx kept its old configuration (or never started): everything goes back to match it.
    writeDeployState(root.state, state);
    if (state.live !== undefined) pointLink(root.current, path.join(root.releases, state.live.release));
    if (previousBefore !== undefined) pointLink(root.previous, path.join(root.releases, previousBefore));
    await Promise.all(started.map((app) => stopGroup(app.process, 5_000)));
    throw new DeployFailure(`nginx không nhận cấu hình mới: ${error instanceof Error ? error.message : String(error)}`);
  }
  console.log(`nginx ${how === "started" ? "đã khởi động" : how === "reloaded" ? "đã nạp lại cấu hình" : "đã có cấu hình này"}: ${state.layout.listenHost}:${state.layout.listenPort} → cổng ${ports.join(", ")}.`);
  await reach("draining", options);
  // nginx's old workers finish the requests they hold on the old ports; then those stop.
  if (switched.draining.length > 0) await new Promise((resolve) => setTimeout(resolve, options.drainMs));
  await Promise.all(switched.draining.map((app) => stopGroup(app.process, 30_000)));
  const done: DeployState = { ...switched, draining: [] };
  writeDeployState(root.state, done);
  pruneReleases(root);
  return done;
}

/** Keeps the live release and the one before it; removes older ones. */
function pruneReleases(root: Root): void {
  const keep = new Set([linkTarget(root.current), linkTarget(root.previous)]);
  for (const name of readdirSync(root.releases)) if (!keep.has(name)) rmSync(path.join(root.releases, name), { recursive: true, force: true });
}

function layoutOf(options: Options, state: DeployState | undefined): Layout {
  const processes = options.layout.processes ?? state?.layout.processes ?? os.availableParallelism();
  return {
    listenHost: options.layout.listenHost ?? state?.layout.listenHost ?? "127.0.0.1",
    listenPort: options.layout.listenPort ?? state?.layout.listenPort ?? 8080,
    portBase: options.layout.portBase ?? state?.layout.portBase ?? 3001,
    processes,
  };
}

async function stopAll(options: Options, state: DeployState | undefined): Promise<void> {
  stopNginx(options.nginx, options.root.nginx);
  const processes = [...(state?.live?.processes ?? []), ...(state?.draining ?? [])];
  await Promise.all(processes.map((app) => stopGroup(app.process, 30_000)));
  if (state !== undefined) writeDeployState(options.root.state, { layout: state.layout, draining: [] });
  console.log(`Đã dừng nginx và ${processes.length} máy chủ; chạy lại bằng npm run deploy -- --start.`);
}

async function run(options: Options, lock: DeployLock, orphans: readonly ProcessIdentity[]): Promise<void> {
  const { root } = options;
  await reach("locked", options);
  const recovered = await recover(options, orphans, readDeployState(root.state));
  const state: DeployState = { layout: layoutOf(options, recovered), draining: recovered?.draining ?? [], ...(recovered?.live === undefined ? {} : { live: recovered.live }) };
  if (options.mode === "stop") return stopAll(options, recovered);
  if (options.mode === "start") {
    const current = linkTarget(root.current);
    if (current === undefined) throw new DeployFailure(`chưa có bản nào ở ${root.current}; chạy npm run deploy trước`);
    if (state.live?.release === current && state.live.processes.every((app) => isAlive(app.process))) {
      applyNginxConfig(options.nginx, root.nginx, nginxConfig(options, state.layout, state.live.processes, state.live.release));
      console.log(`Bản ${current} đang chạy; nginx đã được kiểm tra lại.`);
      return;
    }
    // After a reboot the recorded processes are gone: nothing to drain.
    const fresh: DeployState = { layout: state.layout, draining: [], ...(state.live === undefined ? {} : { live: { ...state.live, processes: state.live.processes.filter((app) => isAlive(app.process)) } }) };
    await activate(options, lock, fresh, current);
    console.log(`Đã khởi động bản ${current}.`);
    return;
  }
  if (options.mode === "rollback") {
    const previous = linkTarget(root.previous);
    if (previous === undefined || !existsSync(path.join(root.releases, previous))) throw new DeployFailure("không có bản trước để quay lại");
    await activate(options, lock, state, previous);
    console.log(`Đã quay lại bản ${previous}; bản vừa thay ở ${shown(options, root.previous)} (chạy lại --rollback để dùng lại nó).`);
    return;
  }
  const { release } = await buildRelease(options, lock);
  await activate(options, lock, state, release);
  console.log(`\nĐã triển khai bản ${release}; bản trước giữ ở ${shown(options, root.previous)} (npm run deploy -- --rollback).`);
}

async function main(argv: readonly string[]): Promise<number> {
  const options = parseOptions(argv, process.cwd());
  if (typeof options === "string") {
    console.error(`${options}\n${USAGE}`);
    return 1;
  }
  mkdirSync(options.root.dir, { recursive: true });
  const attempt = takeLock(options.root.lock);
  if (attempt.kind === "busy") {
    console.error(`Không triển khai: lần triển khai khác (tiến trình ${attempt.owner.pid}) đang chạy.`);
    return 1;
  }
  const { lock, reclaimedFrom } = attempt;
  if (reclaimedFrom !== undefined) console.log(`Lần triển khai trước (tiến trình ${reclaimedFrom.owner.pid}) đã chết giữa chừng: dọn những gì nó để lại rồi tiếp tục.`);
  const abandon = (signal: NodeJS.Signals) => {
    lock.children().forEach((child) => signalGroup(child, "SIGKILL"));
    restoreTsconfig(options);
    rmSync(path.join(options.repo, options.buildDir), { recursive: true, force: true });
    lock.unlock();
    console.error(`\n${signal}: đã dừng; bản đang chạy giữ nguyên.`);
    process.exit(130);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, abandon);
  try {
    await run(options, lock, reclaimedFrom?.children ?? []);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`\nTriển khai thất bại: ${message}. Bản đang chạy giữ nguyên, không có gì thay đổi.`);
    rmSync(path.join(options.repo, options.buildDir), { recursive: true, force: true });
    return 1;
  } finally {
    lock.children().forEach((child) => signalGroup(child, "SIGKILL"));
    restoreTsconfig(options);
    lock.unlock();
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
