// A self-contained release of a build (lib/deploy/release.ts), as `npm run deploy` makes
// one, started with `node <release>/start.mjs` the way production starts it.
import path from "node:path";
import { assembleRelease, RELEASE_START_FILE } from "../../lib/deploy/release";
import { parseSettings } from "../../lib/settings";
import type { EnvChanges } from "./process-group";
import { startServer, type Server } from "./server";

/** Assembles `buildFolder` (relative to the repository, built with `output: "standalone"`) into `target`, with the settings of `env` over the current ones. */
export function assembleTestRelease(buildFolder: string, target: string, env: EnvChanges = {}): void {
  const settings = parseSettings({ ...process.env, ...env }, process.cwd());
  assembleRelease({ root: process.cwd(), buildFolder, contentDir: settings.paths.contentDir, photoCacheDir: settings.photoCacheDir }, target);
}

/** Starts one server of a release on 127.0.0.1:`port`, ready once its /healthz answers. */
export function startRelease(release: string, port: number, env: EnvChanges = {}): Server {
  return startServer(process.execPath, [path.join(release, RELEASE_START_FILE)], {
    url: `http://127.0.0.1:${port}`,
    readyPath: "/healthz",
    cwd: release,
    env: { NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...env, PORT: String(port), HOSTNAME: "127.0.0.1" },
  });
}
