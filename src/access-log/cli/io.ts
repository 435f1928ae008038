/** Where a command writes: stdout for results, stderr for progress and errors. */
export interface CommandIO {
  out(text: string): void;
  err(text: string): void;
  progressStream: NodeJS.WriteStream;
}

export const processIO: CommandIO = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  progressStream: process.stderr,
};

/** Runs a command as a process: exit code from its result, 2 on a usage or setup error. */
export function runAsProcess(command: (argv: string[]) => Promise<number>): void {
  command(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: Error) => {
      console.error(error.message);
      process.exit(2);
    },
  );
}
