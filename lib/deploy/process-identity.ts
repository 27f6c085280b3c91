import { readFileSync } from "node:fs";

// A pid alone names a process only while it lives: once it has exited, the kernel may give
// the number to any other process. A pid with its start time (from /proc, Linux) names one
// process for good, so a lock or a record of a process can be checked, and a signal sent,
// without ever hitting a stranger that inherited the number.

/** One process, as a deploy records it. */
export interface ProcessIdentity {
  readonly pid: number;
  /** Clock ticks after boot at which it started (field 22 of /proc/<pid>/stat). */
  readonly startTime: string;
}

/** The start time of a running process, or undefined when there is none with that pid. */
export function processStartTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // The command name (field 2) is in parentheses and may hold spaces: count after its end.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const state = fields[0];
    // A zombie has exited; only its parent's wait keeps the entry.
    return state === "Z" ? undefined : fields[19];
  } catch {
    return undefined;
  }
}

/** The identity of a running process, or undefined when it is gone. */
export function identify(pid: number): ProcessIdentity | undefined {
  const startTime = processStartTime(pid);
  return startTime === undefined ? undefined : { pid, startTime };
}

/** True while the very process recorded is running. */
export function isAlive(process: ProcessIdentity): boolean {
  return processStartTime(process.pid) === process.startTime;
}

/** Parses a recorded identity from JSON data, or undefined when it is not one. */
export function parseIdentity(value: unknown): ProcessIdentity | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const pid: unknown = Reflect.get(value, "pid");
  const startTime: unknown = Reflect.get(value, "startTime");
  return typeof pid === "number" && Number.isInteger(pid) && pid > 1 && typeof startTime === "string" ? { pid, startTime } : undefined;
}

/** Sends `signal` to the recorded process's whole group (it leads one: spawned detached), only if it is still that process. */
export function signalGroup(target: ProcessIdentity, signal: NodeJS.Signals): boolean {
  if (!isAlive(target)) return false;
  try {
    process.kill(-target.pid, signal);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM to the group, then SIGKILL once `graceMs` has passed; resolves when the process is gone. */
export async function stopGroup(target: ProcessIdentity, graceMs: number): Promise<void> {
  if (!signalGroup(target, "SIGTERM")) return;
  const deadline = Date.now() + graceMs;
  while (isAlive(target) && Date.now() < deadline) await sleep(100);
  if (isAlive(target)) signalGroup(target, "SIGKILL");
  while (isAlive(target)) await sleep(50);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
