// Child processes of tests, the load test and the benchmark. Each runs in its own process
// group, so that it and everything it forks (next start's workers, a build's workers)
// can be stopped by group id; any still running are killed when this process exits.
import { spawn, type ChildProcess } from "node:child_process";

/** Environment for a child: set over the current one; `undefined` removes a variable. */
export type EnvChanges = Readonly<Record<string, string | undefined>>;

const running = new Set<ChildProcess>();
let exitHooked = false;

function killGroupsOnExit(): void {
  if (exitHooked) return;
  exitHooked = true;
  // "exit" handlers must be synchronous: SIGKILL whatever is left outright.
  process.on("exit", () => running.forEach((child) => killGroup(child)));
}

/** The current environment with `changes` applied. */
export function childEnv(changes: EnvChanges = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}

/** Starts `command` in its own process group with piped output; stop it with {@link stopGroup}. */
export function startGroup(command: string, args: readonly string[], options: { cwd?: string | undefined; env?: EnvChanges | undefined } = {}): ChildProcess {
  killGroupsOnExit();
  const child = spawn(command, args, { cwd: options.cwd, env: childEnv(options.env), detached: true, stdio: ["ignore", "pipe", "pipe"] });
  running.add(child);
  child.once("exit", () => running.delete(child));
  return child;
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/** SIGKILLs a child's whole group now, strays included, even after the leader exited. */
export function killGroup(child: ChildProcess): void {
  signalGroup(child, "SIGKILL");
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

/** Stops a child's whole process group: SIGTERM, then SIGKILL if it is still there after `graceMs`. */
export async function stopGroup(child: ChildProcess, graceMs = 5_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    running.delete(child);
    return;
  }
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  signalGroup(child, "SIGTERM");
  if (!(await within(exited, graceMs))) {
    killGroup(child);
    await within(exited, 2_000);
  }
  running.delete(child);
}

/** Stops every group still running; safe to call more than once. */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].map((child) => stopGroup(child)));
}

/**
 * For scripts (the load test, the benchmark), not vitest: on Ctrl-C, SIGTERM or SIGHUP,
 * stops every group and exits 130; `atExit` runs last however the script ends.
 */
export function stopGroupsOnSignals(atExit: () => void = () => undefined): void {
  // Registered first, so that children are gone before `atExit` removes their folders.
  killGroupsOnExit();
  process.on("exit", atExit);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      console.error(`\n${signal}: stopping child processes…`);
      void stopAll().finally(() => process.exit(130));
    });
  }
}

/** Options for {@link runCommand}. */
export interface RunOptions {
  readonly cwd?: string;
  readonly env?: EnvChanges;
  /** The whole group is stopped after this long. */
  readonly timeoutMs: number;
  /** Called with each chunk of output, for progress. */
  readonly onOutput?: ((text: string) => void) | undefined;
  /** Called once the child is spawned, e.g. to sample its memory. */
  readonly onSpawn?: ((child: ChildProcess) => void) | undefined;
}

/** A finished command. */
export interface CommandResult {
  /** The exit code; null when it was killed by a signal or could not start. */
  readonly code: number | null;
  /** stdout and stderr interleaved. */
  readonly output: string;
  readonly stdout: string;
  /** From spawn to exit. */
  readonly wallMs: number;
  readonly timedOut: boolean;
}

/** Runs a command in its own group to completion, capturing its output; the group is stopped on timeout. */
export async function runCommand(command: string, args: readonly string[], options: RunOptions): Promise<CommandResult> {
  const started = performance.now();
  const child = startGroup(command, args, options);
  let output = "";
  let stdout = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    const text = chunk.toString();
    stdout += text;
    output += text;
    options.onOutput?.(text);
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    const text = chunk.toString();
    output += text;
    options.onOutput?.(text);
  });
  const closed = new Promise((resolve) => child.once("close", resolve));
  options.onSpawn?.(child);
  let timedOut = false;
  const killer = setTimeout(() => {
    timedOut = true;
    output += `\n[stopped after ${options.timeoutMs / 1000} s]`;
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
  clearTimeout(killer);
  // Anything the command left behind in its group (a stray worker) goes too.
  killGroup(child);
  await within(closed, 2_000);
  running.delete(child);
  return { code, output, stdout, wallMs, timedOut };
}
