// The shape of a CLI command. main.ts keeps the table of commands; each command lives in its own module.
import type { Locale } from '../core/types';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  default?: string;
  /** Allowed values of a string option, checked before the command runs. */
  choices?: readonly string[];
}

export interface CommandContext {
  positionals: string[];
  values: Record<string, string | boolean | undefined>;
  locale: Locale;
  /** Writes to standard output, as is. */
  out(text: string): void;
  /** Writes one line to standard error, prefixed with `delib: `. */
  err(line: string): void;
}

export interface Command {
  /** One or more words: `check`, later `export`, `roster extract`. */
  name: string;
  /** Arguments after the name, for the help. */
  synopsis: string;
  summary: Record<Locale, string>;
  options: Record<string, OptionSpec>;
  /** Returns the exit status (a promise for commands that write files, such as `export`). */
  run(context: CommandContext): number | Promise<number>;
}

/** Bad usage: main.ts prints the message on one line and exits with status 2. */
export class UsageError extends Error {}
