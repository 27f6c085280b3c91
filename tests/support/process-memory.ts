// Resident memory of a process tree, read from /proc (Linux): the load test watches the
// server's with it, the benchmark the build's and the server's.
import { existsSync, readdirSync, readFileSync } from "node:fs";

const PAGE_SIZE = 4096;

/** The pids of a process and all its descendants, from /proc/<pid>/task/<tid>/children. */
function descendants(root: number): number[] {
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

/** True where /proc exposes children lists (Linux); the memory figures are empty elsewhere. */
export function canSampleMemory(): boolean {
  return existsSync(`/proc/${process.pid}/task/${process.pid}/children`);
}
