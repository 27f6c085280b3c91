import "server-only";
import { currentTime, parseSettings, type Settings } from "@/lib/settings";

// The server's view of the environment, read once per process (lib/settings.ts).

let settings: Settings | undefined;

/** The process's settings; a bad variable fails here with every problem listed. */
export function getSettings(): Settings {
  settings ??= parseSettings(process.env, process.cwd());
  return settings;
}

/** The current time; `BAO_TINH_NOW` pins it for tests of scheduled publishing. */
export function now(): Date {
  return currentTime(getSettings());
}
