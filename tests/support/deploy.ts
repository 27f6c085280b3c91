// `npm run deploy` (lib/cli/deploy.ts) as tests and the load test run it: to completion, or
// held at a step (`--pause-at`) and then killed outright, as a crash or `kill -9` would.
import type { ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseLockRecord, type LockRecord } from "../../lib/deploy/deploy-lock";
import { pausedLine, type DeployStep } from "../../lib/deploy/deploy-steps";
import { runCommand, startGroup, type CommandResult, type EnvChanges } from "./process-group";

const TSX = path.join("node_modules", ".bin", "tsx");
const DEPLOY = path.join("lib", "cli", "deploy.ts");

/** Runs a deploy (or `--rollback`, `--start`, `--stop`) to the end. */
export function runDeploy(args: readonly string[], env: EnvChanges = {}, timeoutMs = 8 * 60_000): Promise<CommandResult> {
  return runCommand(TSX, [DEPLOY, ...args], { env, timeoutMs });
}

/** A deploy held at a step. */
export interface PausedDeploy {
  readonly output: () => string;
  /** What its lock file recorded when it reached the step: itself and the groups it started. */
  readonly lock: LockRecord;
  /** SIGKILLs the deploy process alone (its children live on, as after a crash); resolves once it is gone. */
  readonly kill: () => Promise<void>;
}

/** Starts a deploy with `--pause-at step` and resolves once it holds there. */
export async function pauseDeploy(args: readonly string[], step: DeployStep, lockFile: string, env: EnvChanges = {}, timeoutMs = 8 * 60_000): Promise<PausedDeploy> {
  const child: ChildProcess = startGroup(TSX, [DEPLOY, ...args, "--pause-at", step], { env });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const deadline = Date.now() + timeoutMs;
  while (!output.includes(pausedLine(step))) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the deploy never reached ${step}:\n${output.slice(-3_000)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const lock = parseLockRecord(readFileSync(lockFile, "utf8"));
  if (lock === undefined) throw new Error(`no lock record in ${lockFile} at ${step}`);
  return {
    output: () => output,
    lock,
    // tsx runs the command in a child process: the lock names that one, the deploy itself.
    kill: async () => {
      process.kill(lock.owner.pid, "SIGKILL");
      await exited;
    },
  };
}
