// Reading a file of the workspace, which is untrusted: only a regular file (never a device, a named pipe or a
// socket, which could block or never end), and at most a given size, checked on the file opened (not on a name that
// may be swapped in between). Node-only; used by the command line and the language server.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

export type FileProblem =
  | { kind: 'missing' }
  | { kind: 'not-a-file' }
  | { kind: 'too-large'; size: number; max: number }
  | { kind: 'unreadable'; reason: string };

/** The bytes of a regular file of at most `maxBytes`, or why it was not read. */
export function readBoundedFile(path: string, maxBytes: number): { bytes: Uint8Array } | { problem: FileProblem } {
  let fd: number;
  try {
    // Non-blocking: opening a named pipe with no writer returns at once (then it is refused as not a file).
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { problem: code === 'ENOENT' || code === 'ENOTDIR' ? { kind: 'missing' } : { kind: 'unreadable', reason: code ?? String(err) } };
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) return { problem: { kind: 'not-a-file' } };
    if (st.size > maxBytes) return { problem: { kind: 'too-large', size: st.size, max: maxBytes } };
    const bytes = new Uint8Array(st.size);
    let at = 0;
    while (at < bytes.length) {
      const n = readSync(fd, bytes, at, bytes.length - at, at);
      if (n === 0) break;
      at += n;
    }
    return { bytes: at === bytes.length ? bytes : bytes.subarray(0, at) };
  } catch (err) {
    return { problem: { kind: 'unreadable', reason: (err as NodeJS.ErrnoException).code ?? String(err) } };
  } finally {
    closeSync(fd);
  }
}

/** The size of a readable act: a register of a year is a few tens of megabytes. */
export const MAX_ACT_BYTES = 256 * 1024 * 1024;
/** The size of a roster: a real one is a few kilobytes. */
export const MAX_ROSTER_BYTES = 1024 * 1024;
