// The end of every test and bench script: run `main`, exit with its code (1 and the
// stack when it throws), then `after` (stopping what the script started).

/** Runs a script's `main` and sets the exit code from it, whatever happens. */
export function runScript(main: () => Promise<number>, after: () => unknown = () => undefined): void {
  main()
    .then((code) => {
      process.exitCode = code;
    })
    .catch((error: unknown) => {
      console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      process.exitCode = 1;
    })
    .finally(() => void after());
}
