/**
 * Runs a command-line script's `main` when its file is run rather than imported: the process exits
 * with main's code, or with 1 and the error's message on one line (no stack for a user's mistake).
 */
export function runMain(main: (argv: string[]) => Promise<number>): void {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exit(1);
    },
  );
}
