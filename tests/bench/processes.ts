// The benchmark's measured commands: the build, Hugo. Starting, stopping and timing out
// process groups is tests/support/process-group.ts; this adds the peak memory of the
// command's whole process tree, sampled while it runs.
import type { ChildProcess } from "node:child_process";
import { runCommand, type CommandResult, type RunOptions } from "../support/process-group";
import { treeRss } from "../support/process-memory";

/** A finished command and what it cost. */
export interface RunResult extends CommandResult {
  /** Date.now() when the command was started. */
  readonly startedAt: number;
  readonly peakRssBytes: number;
  readonly peakProcesses: number;
}

/**
 * Runs `run`, which must hand `onSpawn` to the command it starts, sampling the RSS of
 * that command and all its descendants every 200 ms until it ends.
 */
export async function measured(run: (onSpawn: (child: ChildProcess) => void) => Promise<CommandResult>): Promise<RunResult> {
  const startedAt = Date.now();
  let peakRssBytes = 0;
  let peakProcesses = 0;
  let sampler: NodeJS.Timeout | undefined;
  const onSpawn = (child: ChildProcess): void => {
    const sample = (): void => {
      if (child.pid === undefined) return;
      const tree = treeRss(child.pid);
      peakRssBytes = Math.max(peakRssBytes, tree.rssBytes);
      peakProcesses = Math.max(peakProcesses, tree.processes);
    };
    sample();
    sampler = setInterval(sample, 200);
  };
  try {
    const result = await run(onSpawn);
    return { ...result, startedAt, peakRssBytes, peakProcesses };
  } finally {
    clearInterval(sampler);
  }
}

/** Runs a command to completion in its own group, with its peak memory; see {@link runCommand}. */
export function runMeasured(command: string, args: readonly string[], options: Omit<RunOptions, "onSpawn">): Promise<RunResult> {
  return measured((onSpawn) => runCommand(command, args, { ...options, onSpawn }));
}
