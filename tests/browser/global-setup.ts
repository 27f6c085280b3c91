import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { waitForHttp } from "../bench/processes";
import { FIXTURE_NOW, FIXTURE_PRERENDER, FIXTURE_PREVIEW_SECRET, writeFixtureContent } from "./fixture-site";

// Overridable so that two test runs on one machine do not collide.
const SITE_PORT = Number(process.env.TEST_PORT_BASE ?? 3107);
const FIXTURE_PORT = SITE_PORT + 1;
const FIXTURE_DIST = `.next-fixture-${FIXTURE_PORT}`;

/**
 * Serves two production builds on 127.0.0.1: the real site (built by `npm run build`)
 * and a fixture site with more articles, drafts and a scheduled article, built here
 * into its own dist folder with a pinned clock.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(".next/BUILD_ID")) throw new Error("Chưa có bản build: chạy `npm run build` trước khi chạy test trình duyệt.");
  const fixtureContent = writeFixtureContent();
  const fixtureEnv = {
    CONTENT_DIR: fixtureContent,
    NEXT_DIST_DIR: FIXTURE_DIST,
    BAO_TINH_NOW: FIXTURE_NOW,
    PRERENDER_ARTICLES: String(FIXTURE_PRERENDER),
  };
  const buildTrace = path.join(fixtureContent, "..", `${path.basename(fixtureContent)}-build-trace.log`);
  // `next build` adds every dist folder it sees to tsconfig.json; this build's is temporary.
  const tsconfig = readFileSync("tsconfig.json", "utf8");
  const build = spawnSync("node_modules/.bin/next", ["build"], {
    env: {
      ...process.env,
      ...fixtureEnv,
      BAO_TINH_TRACE: buildTrace,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --import ${pathToFileURL(path.resolve("tests/browser/trace-reads.mjs")).href}`.trim(),
    },
    encoding: "utf8",
  });
  writeFileSync("tsconfig.json", tsconfig);
  if (build.status !== 0) throw new Error(`Fixture build failed:\n${build.stdout}\n${build.stderr}`);
  project.provide("buildTrace", buildTrace);
  project.provide("fixtureBuildLog", `${build.stdout}${build.stderr}`);

  const laterDist = `${FIXTURE_DIST}-later`;
  rmSync(laterDist, { recursive: true, force: true });
  cpSync(FIXTURE_DIST, laterDist, { recursive: true });
  project.provide("fixtureLaterDist", laterDist);
  project.provide("fixtureDist", FIXTURE_DIST);

  const servers = [startServer(SITE_PORT, {}), startServer(FIXTURE_PORT, { ...fixtureEnv, PREVIEW_SECRET: FIXTURE_PREVIEW_SECRET })];
  await Promise.all(servers.map((server) => server.ready));
  project.provide("baseUrl", servers[0]?.url ?? "");
  project.provide("fixtureUrl", servers[1]?.url ?? "");
  project.provide("fixtureContent", fixtureContent);
  return async () => {
    await Promise.all(servers.map((server) => server.stop()));
    rmSync(fixtureContent, { recursive: true, force: true });
    rmSync(laterDist, { recursive: true, force: true });
    rmSync(buildTrace, { force: true });
  };
}

/** Starts `next start` on loopback with extra environment; resolves when it answers. */
export function startServer(port: number, env: Record<string, string>) {
  const child: ChildProcess = spawn("node_modules/.bin/next", ["start", "-H", "127.0.0.1", "-p", String(port)], {
    stdio: ["ignore", "pipe", "pipe"],
    // Preview links are on only where a test turns them on, whatever the shell running the tests holds.
    env: { ...withoutPreviewSecret(process.env), NODE_ENV: "production", ...env },
  });
  let log = "";
  child.stdout?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    ready: waitForServer(url, child, () => log),
    log: () => log,
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      await new Promise((resolve) => child.once("exit", resolve));
    },
  };
}

function withoutPreviewSecret(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { PREVIEW_SECRET: _secret, ...rest } = env;
  return rest;
}

async function waitForServer(baseUrl: string, child: ChildProcess, log: () => string): Promise<void> {
  try {
    await waitForHttp(`${baseUrl}/robots.txt`, 60_000, () => child.exitCode === null);
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}:\n${log()}`);
  }
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    fixtureUrl: string;
    fixtureContent: string;
    fixtureLaterDist: string;
    fixtureDist: string;
    buildTrace: string;
    /** What the fixture's `next build` printed. */
    fixtureBuildLog: string;
  }
}
