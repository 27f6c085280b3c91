import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { parseIdentity, type ProcessIdentity } from "./process-identity";

// What the deploy root holds between deploys (`state.json`): which release and which
// processes nginx points at, which old ones are still to be stopped, and the settings the
// first deploy was given. It is written whole and renamed into place before nginx is
// reloaded, so after a crash at any point it names the processes that are, or are about
// to be, live, and the next deploy puts nginx and the processes back in line with it.

/** One app process of a release. */
export interface AppProcess {
  readonly port: number;
  readonly process: ProcessIdentity;
}

/** The processes nginx points at, and the release they serve. */
export interface LiveSet {
  /** The release's folder name under `releases/`. */
  readonly release: string;
  readonly buildId: string;
  readonly processes: readonly AppProcess[];
}

/** How the site is laid out on this machine, fixed at the first deploy (options change it). */
export interface Layout {
  readonly listenHost: string;
  readonly listenPort: number;
  /** App processes listen on `portBase …` and `portBase + processes …`, one set per release, alternately. */
  readonly portBase: number;
  readonly processes: number;
}

/** The whole state file. */
export interface DeployState {
  readonly layout: Layout;
  readonly live?: LiveSet;
  /** Processes of the release before, nginx no longer sends to them: stopped once drained. */
  readonly draining: readonly AppProcess[];
}

/** Reads the state file; undefined when there is none or it is not one (the first deploy). */
export function readDeployState(file: string): DeployState | undefined {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
  return parseDeployState(value);
}

/** Validates parsed JSON as a state record. */
export function parseDeployState(value: unknown): DeployState | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const layout = parseLayout(Reflect.get(value, "layout"));
  const draining = parseProcesses(Reflect.get(value, "draining"));
  const liveValue: unknown = Reflect.get(value, "live");
  const live = liveValue === undefined ? undefined : parseLive(liveValue);
  if (layout === undefined || draining === undefined || (liveValue !== undefined && live === undefined)) return undefined;
  return live === undefined ? { layout, draining } : { layout, live, draining };
}

/** Writes the state file whole (a rename), so a crash leaves either the old state or the new. */
export function writeDeployState(file: string, state: DeployState): void {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(temporary, file);
}

/** The ports a new release's processes take: whichever set the live one does not use. */
export function nextPorts(layout: Layout, live: LiveSet | undefined): number[] {
  const first = Array.from({ length: layout.processes }, (_, n) => layout.portBase + n);
  const second = first.map((port) => port + layout.processes);
  const used = new Set(live?.processes.map((app) => app.port) ?? []);
  return first.some((port) => used.has(port)) ? second : first;
}

function parseLayout(value: unknown): Layout | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const listenHost: unknown = Reflect.get(value, "listenHost");
  const numbers = ["listenPort", "portBase", "processes"].map((name): unknown => Reflect.get(value, name));
  const [listenPort, portBase, processes] = numbers;
  if (typeof listenHost !== "string" || typeof listenPort !== "number" || typeof portBase !== "number" || typeof processes !== "number") return undefined;
  return { listenHost, listenPort, portBase, processes };
}

function parseLive(value: unknown): LiveSet | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const release: unknown = Reflect.get(value, "release");
  const buildId: unknown = Reflect.get(value, "buildId");
  const processes = parseProcesses(Reflect.get(value, "processes"));
  return typeof release === "string" && typeof buildId === "string" && processes !== undefined ? { release, buildId, processes } : undefined;
}

function parseProcesses(value: unknown): AppProcess[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const parsed = value.map((item: unknown): AppProcess | undefined => {
    if (typeof item !== "object" || item === null) return undefined;
    const port: unknown = Reflect.get(item, "port");
    const identity = parseIdentity(Reflect.get(item, "process"));
    return typeof port === "number" && identity !== undefined ? { port, process: identity } : undefined;
  });
  const valid = parsed.filter((item) => item !== undefined);
  return valid.length === parsed.length ? valid : undefined;
}
