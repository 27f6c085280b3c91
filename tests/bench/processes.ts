// Child processes for the benchmark: each runs in its own process group so that it and
// everything it starts can be stopped by group id, and every one still running is
// stopped when the benchmark ends, even on an error or Ctrl-C.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import net from "node:net";
import { removeTrackedTempDirs } from "./temp-dirs";

const running = new Set<ChildProcess>();

/** Stops a child's whole process group: SIGTERM, then SIGKILL after a grace period. */
export async function stopGroup(child: ChildProcess, graceMs = 5_000): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) {
    running.delete(child);
    return;
  }
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  signalGroup(child.pid, "SIGTERM");
  if (!(await within(exited, graceMs))) {
    signalGroup(child.pid, "SIGKILL");
    await within(exited, 2_000);
  }
  running.delete(child);
}

/** Waits for `promise` at most `ms`; true when it settled in time. The timer never outlives the wait. */
async function within(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), ms)));
  try {
    return await Promise.race([promise.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

/** Stops every child still running; safe to call more than once. */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((child) => stopGroup(child)));
}

let hooked = false;

/** Makes sure children die, and temporary folders go, with the benchmark, however it ends. */
export function stopChildrenOnExit(): void {
  if (hooked) return;
  hooked = true;
  // "exit" handlers must be synchronous: SIGKILL the groups outright.
  process.on("exit", () => {
    running.forEach((child) => child.pid !== undefined && signalGroup(child.pid, "SIGKILL"));
    removeTrackedTempDirs();
  });
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      console.error(`\n${signal}: stopping child processes…`);
      void stopAll().finally(() => process.exit(130));
    });
  }
}

/** Options for {@link runCommand}. */
export interface RunOptions {
  readonly cwd: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Killed (whole group) after this long. */
  readonly timeoutMs: number;
  /** Called with each chunk of output, for progress. */
  readonly onOutput?: (text: string) => void;
}

/** Result of a finished command. */
export interface RunResult {
  readonly code: number | null;
  /** stdout and stderr interleaved. */
  readonly output: string;
  readonly stdout: string;
  readonly wallMs: number;
  /** Date.now() when the command was started. */
  readonly startedAt: number;
  readonly peakRssBytes: number;
  readonly peakProcesses: number;
  readonly timedOut: boolean;
}

/** Starts a long-lived child in its own group (a server); stop it with {@link stopGroup}. */
export function startProcess(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): ChildProcess {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  running.add(child);
  child.once("exit", () => running.delete(child));
  return child;
}

/**
 * Runs a command to completion, sampling the RSS of it and all its descendants every
 * 200 ms, and kills its whole group if it outlives the timeout.
 */
export async function runCommand(command: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
  const started = performance.now();
  const startedAt = Date.now();
  const child = startProcess(command, args, options);
  let output = "";
  let stdout = "";
  const collect = (chunk: Buffer): void => {
    const text = chunk.toString();
    output += text;
    options.onOutput?.(text);
  };
  child.stdout?.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
    collect(chunk);
  });
  child.stderr?.on("data", collect);
  let peakRssBytes = 0;
  let peakProcesses = 0;
  const sample = (): void => {
    if (child.pid === undefined) return;
    const tree = treeRss(child.pid);
    peakRssBytes = Math.max(peakRssBytes, tree.rssBytes);
    peakProcesses = Math.max(peakProcesses, tree.processes);
  };
  sample();
  const sampler = setInterval(sample, 200);
  let timedOut = false;
  const killer = setTimeout(() => {
    timedOut = true;
    void stopGroup(child);
  }, options.timeoutMs);
  const code = await new Promise<number | null>((resolve) => {
    child.once("error", (error) => {
      output += `\n${String(error)}`;
      resolve(null);
    });
    child.once("exit", (exitCode) => resolve(exitCode));
  });
  const wallMs = performance.now() - started;
  clearInterval(sampler);
  clearTimeout(killer);
  // Anything the command left behind in its group (a stray worker) goes too.
  if (child.pid !== undefined) signalGroup(child.pid, "SIGKILL");
  if (child.stdout?.readableEnded === false || child.stderr?.readableEnded === false) {
    await within(new Promise((resolve) => child.once("close", resolve)), 2_000);
  }
  running.delete(child);
  return { code, output, stdout, wallMs, startedAt, peakRssBytes, peakProcesses, timedOut };
}

const PAGE_SIZE = 4096;

/** The pids of a process and all its descendants, from /proc/<pid>/task/<tid>/children. */
export function descendants(root: number): number[] {
  const seen: number[] = [];
  const queue = [root];
  while (queue.length > 0 && seen.length < 10_000) {
    const pid = queue.shift();
    if (pid === undefined) break;
    seen.push(pid);
    let tasks: string[];
    try {
      tasks = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue;
    }
    for (const tid of tasks) {
      try {
        const children = readFileSync(`/proc/${pid}/task/${tid}/children`, "utf8").trim();
        if (children !== "") queue.push(...children.split(/\s+/).map(Number));
      } catch {
        // the thread ended between the listing and the read
      }
    }
  }
  return seen;
}

/** Summed resident memory of a process tree (bytes) and how many processes it has. */
export function treeRss(root: number): { rssBytes: number; processes: number } {
  let rssBytes = 0;
  let processes = 0;
  for (const pid of descendants(root)) {
    try {
      const resident = Number(readFileSync(`/proc/${pid}/statm`, "utf8").split(" ")[1]);
      if (Number.isFinite(resident)) {
        rssBytes += resident * PAGE_SIZE;
        processes++;
      }
    } catch {
      // exited
    }
  }
  return { rssBytes, processes };
}

/** True where /proc exposes children lists (Linux); the memory column is empty elsewhere. */
export function canSampleMemory(): boolean {
  return existsSync(`/proc/${process.pid}/task/${process.pid}/children`);
}

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address !== null ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** Waits until `url` answers below 500, polling every 250 ms, for at most `timeoutMs`. */
export async function waitForHttp(url: string, timeoutMs: number, alive: () => boolean): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && alive()) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      await response.arrayBuffer();
      if (response.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(alive() ? `${url} did not answer within ${timeoutMs / 1000} s` : `the server for ${url} exited before answering`);
}
