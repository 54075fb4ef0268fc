// Reading the CLI's input: PATH arguments expanded to `*.delib` files, files decoded as strict UTF-8.
// Locale-free: problems are returned as data and worded by messages.ts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export type InputProblem =
  | { kind: 'missing'; path: string }
  | { kind: 'not-utf8'; path: string }
  | { kind: 'binary'; path: string }
  | { kind: 'unreadable'; path: string; reason: string };

export const DELIB_EXTENSION = '.delib';

/**
 * Files named by PATH arguments, in argument order, without duplicates: a file as given (whatever its
 * extension), a folder as every `*.delib` below it, recursively and sorted. Hidden folders and node_modules
 * are skipped; symbolic links to folders are not followed.
 */
export function collectFiles(paths: readonly string[]): { files: string[]; problems: InputProblem[] } {
  const files = new Set<string>();
  const problems: InputProblem[] = [];
  for (const path of paths) {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch (err) {
      problems.push(errorCode(err) === 'ENOENT' ? { kind: 'missing', path } : unreadable(path, err));
      continue;
    }
    if (!isDirectory) {
      files.add(path);
      continue;
    }
    const found: string[] = [];
    walk(path, found, problems);
    for (const file of found.sort()) files.add(file);
  }
  return { files: [...files], problems };
}

function walk(dir: string, found: string[], problems: InputProblem[]): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (err) {
    problems.push(unreadable(dir, err));
    return;
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, found, problems);
    else if (entry.name.toLowerCase().endsWith(DELIB_EXTENSION) && isFile(path)) found.push(path);
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile(); // follows a symbolic link to a file
  } catch {
    return false;
  }
}

/** The file's text: strict UTF-8, without its byte order mark; a NUL byte makes it binary. */
export function readTextFile(path: string): { text: string } | { problem: InputProblem } {
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    return { problem: errorCode(err) === 'ENOENT' ? { kind: 'missing', path } : unreadable(path, err) };
  }
  if (bytes.includes(0)) return { problem: { kind: 'binary', path } };
  try {
    // ignoreBOM: false (the default) drops a leading UTF-8 byte order mark.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { problem: { kind: 'not-utf8', path } };
  }
}

function unreadable(path: string, err: unknown): InputProblem {
  return { kind: 'unreadable', path, reason: errorCode(err) ?? String(err) };
}

function errorCode(err: unknown): string | undefined {
  return (err as NodeJS.ErrnoException | undefined)?.code;
}

/**
 * Every file named by PATH arguments, read: the texts, or the problems (missing, not UTF-8, binary…). The
 * commands read everything before analysing anything, so that unreadable input stops them without partial output.
 */
export function readInputs(paths: readonly string[]): { texts: { file: string; text: string }[]; problems: InputProblem[] } {
  const { files, problems } = collectFiles(paths);
  const texts: { file: string; text: string }[] = [];
  for (const file of files) {
    const read = readTextFile(file);
    if ('problem' in read) problems.push(read.problem);
    else texts.push({ file, text: read.text });
  }
  return { texts, problems };
}
