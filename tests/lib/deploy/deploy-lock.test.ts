import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseLockRecord, takeLock } from "../../../lib/deploy/deploy-lock";
import { identify, isAlive, processStartTime, stopGroup } from "../../../lib/deploy/process-identity";

const dir = mkdtempSync(path.join(os.tmpdir(), "bao-tinh-lock-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let files = 0;
const lockFile = () => path.join(dir, `deploy-${++files}.lock`);

/** A process that has come and gone: its pid is free (or someone else's) now. */
async function deadProcess(): Promise<{ pid: number; startTime: string }> {
  const child = spawn(process.execPath, ["-e", ""], { stdio: "ignore" });
  const pid = child.pid ?? 0;
  const startTime = processStartTime(pid) ?? "0";
  await new Promise((resolve) => child.once("exit", resolve));
  return { pid, startTime };
}

describe("takeLock", () => {
  it("takes a free lock and records this process as its owner", () => {
    const file = lockFile();
    const attempt = takeLock(file);
    expect(attempt.kind).toBe("taken");
    expect(parseLockRecord(readFileSync(file, "utf8"))).toEqual({ owner: identify(process.pid), children: [] });
  });

  it("refuses a lock whose owner is running", () => {
    const file = lockFile();
    const owner = identify(process.ppid);
    writeFileSync(file, JSON.stringify({ owner, children: [] }));
    expect(takeLock(file)).toEqual({ kind: "busy", owner });
  });

  it("reclaims a lock whose owner has exited, and hands over the children it recorded", async () => {
    const file = lockFile();
    const owner = await deadProcess();
    const child = { pid: 4242, startTime: "7" };
    writeFileSync(file, JSON.stringify({ owner, children: [child] }));
    const attempt = takeLock(file);
    expect(attempt.kind === "taken" ? attempt.reclaimedFrom : undefined).toEqual({ owner, children: [child] });
  });

  it("reclaims a lock whose pid now belongs to another process (the start time differs)", () => {
    const file = lockFile();
    const impostor = { pid: process.ppid, startTime: "1" };
    writeFileSync(file, JSON.stringify({ owner: impostor, children: [] }));
    expect(takeLock(file).kind).toBe("taken");
  });

  it("reclaims a lock file that is not a lock record (cut short by a crash)", () => {
    const file = lockFile();
    writeFileSync(file, '{"owner": {"pid": 12');
    expect(takeLock(file).kind).toBe("taken");
  });

  it("records adopted children in the file, forgets released ones, and removes the file on unlock", () => {
    const file = lockFile();
    const attempt = takeLock(file);
    if (attempt.kind !== "taken") throw new Error("the lock should be free");
    const child = { pid: 99999, startTime: "5" };
    attempt.lock.adopt(child);
    const adopted = parseLockRecord(readFileSync(file, "utf8"))?.children;
    attempt.lock.release(child);
    const released = parseLockRecord(readFileSync(file, "utf8"))?.children;
    attempt.lock.unlock();
    expect([adopted, released, existsSync(file)]).toEqual([[child], [], false]);
  });
});

describe("stopGroup", () => {
  it("stops a process group that ignores SIGTERM with SIGKILL after the grace period", async () => {
    const child = spawn(process.execPath, ["-e", "process.on('SIGTERM', () => {}); setInterval(() => {}, 1000)"], { detached: true, stdio: "ignore" });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const target = identify(child.pid ?? 0);
    if (target === undefined) throw new Error("the child should be running");
    await stopGroup(target, 500);
    expect(isAlive(target)).toBe(false);
  });
});
