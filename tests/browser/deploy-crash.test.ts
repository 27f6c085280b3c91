import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { DEPLOY_STEPS, type DeployStep } from "../../lib/deploy/deploy-steps";
import { readDeployState } from "../../lib/deploy/deploy-state";
import { isAlive, type ProcessIdentity } from "../../lib/deploy/process-identity";
import { pauseDeploy, runDeploy } from "../support/deploy";
import { send } from "../support/http";
import { startRelease } from "../support/release";
import { SEED_PATH } from "./pages";

// `npm run deploy` killed with SIGKILL at each of its steps, as a crash or `kill -9` would
// end it: no clean-up runs, and whatever it started lives on. At every step the site must
// still serve through nginx, the live release must still start on its own, and the next
// deploy must take the dead one's lock, stop what it left running, put the working tree
// back and succeed. Build steps are killed during deploys; the switching steps during
// rollbacks, which run the same steps without a build.

const BASE = Number(new URL(inject("baseUrl")).port);
const NGINX_PORT = BASE + 50;
const SPARE_PORT = BASE + 56;
const BUILD_DIR = `.next-deploy-${BASE}`;
const BUILD_STEPS: readonly DeployStep[] = ["locked", "building", "photos", "assembling"];
const SWITCH_STEPS: readonly DeployStep[] = ["starting", "switching", "reloading", "draining"];
const STEP_TIMEOUT_MS = 6 * 60_000;

let root: string;
let args: string[];
const gitStatus = (): string => execFileSync("git", ["status", "--porcelain"], { encoding: "utf8" });
let statusBefore: string;
/** Every process a killed deploy had started, checked gone once the next deploy ran. */
const leftBehind: ProcessIdentity[] = [];

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), "bao-tinh-deploy-crash-"));
  args = ["--root", root, "--listen", `127.0.0.1:${NGINX_PORT}`, "--port-base", String(BASE + 51), "--processes", "2", "--build-dir", BUILD_DIR, "--drain-seconds", "1"];
  statusBefore = gitStatus();
});

afterAll(async () => {
  if (args !== undefined) await runDeploy([...args, "--stop"]);
  rmSync(BUILD_DIR, { recursive: true, force: true });
  if (root !== undefined) rmSync(root, { recursive: true, force: true });
});

/** What a reader and an operator see: the site through nginx, and the live release started on its own. */
async function expectSiteServesAndStarts(): Promise<void> {
  const page = await send(`http://127.0.0.1:${NGINX_PORT}`, SEED_PATH);
  const health = await send(`http://127.0.0.1:${NGINX_PORT}`, "/healthz");
  const alone = startRelease(path.join(root, "current"), SPARE_PORT);
  try {
    await alone.ready;
  } finally {
    await alone.stop();
  }
  expect([page.status, health.status]).toEqual([200, 200]);
}

async function killAt(step: DeployStep, extra: readonly string[]): Promise<void> {
  const paused = await pauseDeploy([...args, ...extra], step, path.join(root, "deploy.lock"), {}, STEP_TIMEOUT_MS);
  leftBehind.push(...paused.lock.children);
  await paused.kill();
}

describe("a deploy killed at each step", () => {
  it("starts from a first deploy that serves", async () => {
    const result = await runDeploy(args);
    expect(result.code, result.output.slice(-2_000)).toBe(0);
    await expectSiteServesAndStarts();
  }, STEP_TIMEOUT_MS);

  it("names every step of the deploy here", () => {
    expect([...BUILD_STEPS, ...SWITCH_STEPS]).toEqual(DEPLOY_STEPS);
  });

  it.each(BUILD_STEPS)("killed at %s, leaves the site serving and its live release able to start", async (step) => {
    await killAt(step, []);
    await expectSiteServesAndStarts();
  }, STEP_TIMEOUT_MS);

  it("is followed by a deploy that takes over the dead one's lock and succeeds", async () => {
    const result = await runDeploy(args);
    expect(result.code, result.output.slice(-2_000)).toBe(0);
    expect(result.output).toContain("đã chết giữa chừng");
    await expectSiteServesAndStarts();
  }, STEP_TIMEOUT_MS);

  it.each(SWITCH_STEPS)("killed at %s (of a rollback), leaves the site serving and its live release able to start", async (step) => {
    await killAt(step, ["--rollback"]);
    await expectSiteServesAndStarts();
  }, STEP_TIMEOUT_MS);

  it("is followed by a rollback that succeeds and leaves exactly two releases, the live one and the one before", async () => {
    const result = await runDeploy([...args, "--rollback"]);
    expect(result.code, result.output.slice(-2_000)).toBe(0);
    await expectSiteServesAndStarts();
    const state = readDeployState(path.join(root, "state.json"));
    const releases = readdirSync(path.join(root, "releases")).sort();
    expect(releases).toHaveLength(2);
    expect([path.basename(readlinkSync(path.join(root, "current"))), path.basename(readlinkSync(path.join(root, "previous")))].sort()).toEqual(releases);
    expect(state?.live?.release).toBe(path.basename(readlinkSync(path.join(root, "current"))));
    expect(state?.draining).toEqual([]);
    expect(state?.live?.processes.every((app) => isAlive(app.process))).toBe(true);
  }, STEP_TIMEOUT_MS);

  it("leaves nothing behind: no process of a killed deploy still running, no build folder, no lock, the working tree as it was", () => {
    expect(leftBehind.length).toBeGreaterThan(0);
    const state = readDeployState(path.join(root, "state.json"));
    const live = new Set(state?.live?.processes.map((app) => app.process.pid));
    expect(leftBehind.filter((process) => isAlive(process) && !live.has(process.pid))).toEqual([]);
    expect(existsSync(BUILD_DIR)).toBe(false);
    expect(existsSync(path.join(root, "deploy.lock"))).toBe(false);
    expect(readdirSync(path.join(root, "releases")).filter((name) => name.endsWith(".partial"))).toEqual([]);
    expect(gitStatus()).toBe(statusBefore);
    expect(readFileSync("tsconfig.json", "utf8")).not.toContain(BUILD_DIR);
  });
});
