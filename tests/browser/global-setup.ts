import { cpSync, existsSync, rmSync } from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { buildSite } from "../support/build";
import { assembleTestRelease, startRelease } from "../support/release";
import { startNextServer, type Server } from "../support/server";
import { FIXTURE_NOW, FIXTURE_PRERENDER, FIXTURE_PREVIEW_SECRET, writeFixtureContent, writeFixturePhotos } from "./fixture-site";

// Overridable so that two test runs on one machine do not collide.
const SITE_PORT = Number(process.env.TEST_PORT_BASE ?? 3107);
const FIXTURE_PORT = SITE_PORT + 1;
const FIXTURE_DIST = `.next-fixture-${FIXTURE_PORT}`;
/**
 * `TEST_SERVERS=release` serves both sites as production does, from self-contained
 * releases (lib/deploy/release.ts, `node start.mjs`); by default `next start` serves the
 * build folders. Every browser test must pass both ways.
 */
const FROM_RELEASES = process.env.TEST_SERVERS === "release";

/**
 * Serves two production builds on 127.0.0.1: the real site (built by `npm run build`)
 * and a fixture site with more articles, drafts and a scheduled article, built here
 * into its own dist folder with a pinned clock.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(".next/BUILD_ID")) throw new Error("Chưa có bản build: chạy `npm run build` trước khi chạy test trình duyệt.");
  const fixtureContent = writeFixtureContent();
  await writeFixturePhotos(fixtureContent);
  const fixtureEnv = {
    CONTENT_DIR: fixtureContent,
    // Its own photo cache, made on request by the fixture server (the real site's build warms .cache/photos).
    PHOTO_CACHE_DIR: `${fixtureContent}-photos`,
    NEXT_DIST_DIR: FIXTURE_DIST,
    BAO_TINH_NOW: FIXTURE_NOW,
    PRERENDER_ARTICLES: String(FIXTURE_PRERENDER),
  };
  const buildTrace = path.join(fixtureContent, "..", `${path.basename(fixtureContent)}-build-trace.log`);
  const build = await buildSite({
    distDir: FIXTURE_DIST,
    env: { ...fixtureEnv, BAO_TINH_TRACE: buildTrace },
    preload: "tests/browser/trace-reads.mjs",
  });
  if (build.code !== 0) throw new Error(`Fixture build failed:\n${build.output}`);
  project.provide("buildTrace", buildTrace);
  project.provide("fixtureBuildLog", build.output);

  const laterDist = `${FIXTURE_DIST}-later`;
  rmSync(laterDist, { recursive: true, force: true });
  cpSync(FIXTURE_DIST, laterDist, { recursive: true });
  project.provide("fixtureLaterDist", laterDist);
  project.provide("fixtureDist", FIXTURE_DIST);

  // Preview links are on only where a test turns them on, whatever the shell running the tests holds.
  const siteEnv = { PREVIEW_SECRET: undefined };
  const fixtureServerEnv = { ...fixtureEnv, PREVIEW_SECRET: FIXTURE_PREVIEW_SECRET };
  const releases = path.join(fixtureContent, "..", `${path.basename(fixtureContent)}-releases`);
  const fromRelease = (buildFolder: string, name: string, port: number, env: Record<string, string | undefined>): Server => {
    const release = path.join(releases, name);
    assembleTestRelease(buildFolder, release, env);
    return startRelease(release, port, env);
  };
  const servers = FROM_RELEASES
    ? [fromRelease(".next", "site", SITE_PORT, { ...siteEnv, NEXT_DIST_DIR: undefined, CONTENT_DIR: undefined }), fromRelease(FIXTURE_DIST, "fixture", FIXTURE_PORT, fixtureServerEnv)]
    : [startNextServer({ port: SITE_PORT, env: siteEnv }), startNextServer({ port: FIXTURE_PORT, env: fixtureServerEnv })];
  try {
    await Promise.all(servers.map((server) => server.ready));
  } catch (error) {
    await Promise.all(servers.map((server) => server.stop()));
    throw error;
  }
  project.provide("baseUrl", servers[0]?.url ?? "");
  project.provide("fixtureUrl", servers[1]?.url ?? "");
  project.provide("fixtureContent", fixtureContent);
  project.provide("fixturePhotoCache", fixtureEnv.PHOTO_CACHE_DIR);
  return async () => {
    await Promise.all(servers.map((server) => server.stop()));
    rmSync(fixtureContent, { recursive: true, force: true });
    rmSync(fixtureEnv.PHOTO_CACHE_DIR, { recursive: true, force: true });
    rmSync(laterDist, { recursive: true, force: true });
    rmSync(releases, { recursive: true, force: true });
    rmSync(buildTrace, { force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    fixtureUrl: string;
    fixtureContent: string;
    /** The fixture server's photo cache, for other servers of the fixture build. */
    fixturePhotoCache: string;
    fixtureLaterDist: string;
    fixtureDist: string;
    buildTrace: string;
    /** What the fixture's `next build` printed. */
    fixtureBuildLog: string;
  }
}
