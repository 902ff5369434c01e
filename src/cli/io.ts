/** Where the CLI writes: the process's streams, or buffers in tests. */
export interface CliIo {
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
}

/** The process's own stdout and stderr. */
export const processIo: CliIo = { stdout: process.stdout, stderr: process.stderr };
