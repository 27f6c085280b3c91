import { linkSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { identify, isAlive, parseIdentity, type ProcessIdentity } from "./process-identity";

// One deploy at a time. The lock file names its owner (pid and start time) and every
// process group the owner started that must not outlive it (the build, `npm run photos`,
// app processes not yet live). A deploy killed outright (SIGKILL, a power cut) cannot
// clean up; the next one finds the owner gone, stops what it left running, and takes over.

/** What a lock file records. */
export interface LockRecord {
  readonly owner: ProcessIdentity;
  /** Process groups to stop if the owner dies before it does. */
  readonly children: readonly ProcessIdentity[];
}

/** The outcome of trying to take the lock. */
export type LockAttempt =
  | { readonly kind: "taken"; readonly lock: DeployLock; readonly reclaimedFrom?: LockRecord }
  | { readonly kind: "busy"; readonly owner: ProcessIdentity };

/** A held lock: records children, releases itself. */
export interface DeployLock {
  /** Adds a process group to stop should this deploy die. */
  readonly adopt: (child: ProcessIdentity) => void;
  /** Forgets a group that has exited or has become live (nginx now points at it). */
  readonly release: (child: ProcessIdentity) => void;
  readonly children: () => readonly ProcessIdentity[];
  /** Removes the lock file. */
  readonly unlock: () => void;
}

/** Parses a lock file's text, or undefined when it is not a lock record (a half-written or foreign file). */
export function parseLockRecord(text: string): LockRecord | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== "object" || value === null) return undefined;
  const owner = parseIdentity(Reflect.get(value, "owner"));
  const children: unknown = Reflect.get(value, "children");
  if (owner === undefined || !Array.isArray(children)) return undefined;
  const parsed = children.map(parseIdentity);
  const valid = parsed.filter((child) => child !== undefined);
  return valid.length === parsed.length ? { owner, children: valid } : undefined;
}

/** Takes the lock at `file` for this process, reclaiming it from an owner that is no longer running. */
export function takeLock(file: string): LockAttempt {
  const me = identify(process.pid);
  if (me === undefined) throw new Error("không đọc được /proc cho tiến trình này (lệnh triển khai cần Linux)");
  let children: ProcessIdentity[] = [];
  const write = (path: string) => writeFileSync(path, `${JSON.stringify({ owner: me, children }, null, 2)}\n`);
  const temporary = `${file}.${process.pid}.tmp`;
  let reclaimedFrom: LockRecord | undefined;
  for (let attempt = 0; attempt < 3; attempt++) {
    write(temporary);
    try {
      // A hard link is created whole or not at all: two deploys can never both succeed.
      linkSync(temporary, file);
      rmSync(temporary, { force: true });
      const lock: DeployLock = {
        adopt: (child) => {
          children = [...children, child];
          replace(file, write);
        },
        release: (child) => {
          children = children.filter((known) => known.pid !== child.pid || known.startTime !== child.startTime);
          replace(file, write);
        },
        children: () => children,
        unlock: () => rmSync(file, { force: true }),
      };
      return reclaimedFrom === undefined ? { kind: "taken", lock } : { kind: "taken", lock, reclaimedFrom };
    } catch (error) {
      rmSync(temporary, { force: true });
      if (!(error instanceof Error && "code" in error && error.code === "EEXIST")) throw error;
    }
    const record = readRecord(file);
    if (record !== undefined && isAlive(record.owner)) return { kind: "busy", owner: record.owner };
    // Renamed aside, not deleted: of two deploys reclaiming at once only one rename succeeds
    // on this name, and the stale record (its children) stays readable to the winner.
    const aside = `${file}.stale-${process.pid}`;
    try {
      renameSync(file, aside);
      reclaimedFrom = record ?? { owner: { pid: 0, startTime: "" }, children: [] };
      rmSync(aside, { force: true });
    } catch {
      // another deploy moved it first; try again
    }
  }
  throw new Error(`không lấy được khóa ${file}`);
}

function readRecord(file: string): LockRecord | undefined {
  try {
    return parseLockRecord(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

function replace(file: string, write: (path: string) => void): void {
  const temporary = `${file}.${process.pid}.tmp`;
  write(temporary);
  renameSync(temporary, file);
}
