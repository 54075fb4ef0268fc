// Reading the CLI's input: PATH arguments expanded to `*.delib` files, files decoded as strict UTF-8 (problems
// returned as data and worded by messages.ts), and what every command that analyses needs with them: the commune
// index and the roster of --roster.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tryLoadCommuneIndex } from '../core/communes/index';
import { parseRoster, type Roster } from '../core/roster/index';
import { MAX_ACT_BYTES, MAX_ROSTER_BYTES, readBoundedFile } from '../core/text/files';
import { UsageError, type CommandContext } from './command';
import { messages, type InputProblem } from './messages';

export type { InputProblem };

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
    // A folder given with no act in it is a mistake of the path, not a clean check.
    if (found.length === 0) problems.push({ kind: 'no-delib', path });
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
export function readTextFile(path: string, maxBytes = MAX_ACT_BYTES): { text: string } | { problem: InputProblem } {
  // Only a regular file, of a bounded size: a device (/dev/zero) or a named pipe would never end.
  const read = readBoundedFile(path, maxBytes);
  if ('problem' in read) return { problem: { ...read.problem, path } };
  const bytes = read.bytes;
  // UTF-16 with its byte order mark (as Windows' Notepad may save): read as such.
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    try {
      return { text: new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(bytes) };
    } catch {
      return { problem: { kind: 'not-utf8', path } };
    }
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

/**
 * The files of PATH arguments, read before anything is analysed, with what the analysis needs: the commune index
 * and the roster of --roster. Unreadable input (each problem on one line of stderr) stops the command with status 2
 * and no partial output — unless `goOn`, as for `delib check`: one file saved in Windows-1252 does not keep the
 * others of a folder from being checked (`problems` tells the status). Shared by `check` and `export`, so that
 * both find the same errors.
 */
export function readForAnalysis({ positionals, values, locale, err }: Pick<CommandContext, 'positionals' | 'values' | 'locale' | 'err'>, goOn = false) {
  const m = messages(locale);
  const { texts, problems } = readInputs(positionals);
  for (const problem of problems) err(m.problem(problem));
  if (problems.length > 0 && (!goOn || texts.length === 0)) return 2 as const;
  const { index: communes, error } = tryLoadCommuneIndex();
  if (error) err(m.noCommunes(error));
  const roster = typeof values.roster === 'string' ? readRosterOption(values.roster, locale, err) : undefined;
  return { texts, communes, roster, problems: problems.length };
}

/**
 * The roster of `delib check --roster FILE`: its problems are printed on standard error (file:line:column, as the
 * findings); with an error the check goes on without it. An unreadable file is a usage error.
 */
export function readRosterOption(path: string, locale: 'fr' | 'en', err: (line: string) => void): Roster | undefined {
  const read = readTextFile(path, MAX_ROSTER_BYTES);
  if ('problem' in read) throw new UsageError(messages(locale).problem(read.problem));
  const { roster, findings } = parseRoster(read.text, locale);
  for (const f of findings) err(`${path}:${f.range.start.line + 1}:${f.range.start.character + 1} ${f.severity} ${f.code} ${f.message}`);
  if (!roster) err(locale === 'en' ? `${path}: roster not used, member checks skipped` : `${path} : tableau des membres non utilisé, contrôles des membres ignorés`);
  return roster;
}
