// What every command-line script does on two ordinary accidents, instead of a stack trace and exit 1:
// - its reader went away (`analyze page.html | head`): the output is not wanted any more, so stop quietly, status 0,
//   as `cat` and `grep` do;
// - a file it was told to read is missing: one line naming the file, status 2 (a usage error, as for a bad option).
// Imported for its effect first thing by `analyze`; `evaluate` gets it through `tsx --import` in package.json.
import { basename } from 'node:path';

const command = basename(process.argv[1] ?? 'triangulate').replace(/\.[cm]?[jt]s$/, '');

/** Node's error for a write to a closed pipe, or for a missing file, with what it carries. */
type SystemError = Error & { code?: string; path?: string; syscall?: string };

/** Whether an error is the reader of standard output (or error) having gone. */
export function isClosedPipe(error: unknown): boolean {
  return (error as SystemError | null)?.code === 'EPIPE';
}

/** The one line a file-system error becomes, or null when it is not about a file the command was given. */
export function fileErrorLine(error: unknown): string | null {
  const { code, path } = (error ?? {}) as SystemError;
  if (typeof path !== 'string') return null;
  if (code === 'ENOENT') return `no such file: ${path}`;
  if (code === 'EISDIR') return `${path} is a folder, not a file`;
  if (code === 'EACCES') return `cannot read ${path}: permission denied`;
  return null;
}

for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (isClosedPipe(error)) process.exit(0);
    throw error;
  });
}

process.on('uncaughtException', (error) => {
  if (isClosedPipe(error)) process.exit(0);
  const line = fileErrorLine(error);
  if (line === null) {
    process.stderr.write(`${error.stack ?? String(error)}\n`);
    process.exit(1);
  }
  process.stderr.write(`${command}: ${line}\n`);
  process.exit(2);
});
