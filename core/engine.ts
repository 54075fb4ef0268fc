// The settings of the JavaScript engine that the tools (`delib`, its workers, the language server, the bench) run the
// analysis with. V8's flags are the process's: set once at start, before the first analysis, they hold for every
// thread the process starts after.
import { setFlagsFromString } from 'node:v8';

let tuned = false;

/**
 * Regular expressions compiled to machine code at their first use. By default V8 first runs a regular expression in
 * its interpreter and compiles it once it has run: the readers of attendance lists (core/syntax/names.ts) hold a few
 * patterns of thousands of characters (letter-spaced labels), whose first runs, interpreted, took 0.3 s of the first
 * analysis of each process and each worker (a whole `delib check` of one file: 1.3 s of processor time, 0.8 s
 * without). The analyses after the first are as fast either way.
 */
export function tuneEngine(): void {
  if (tuned) return;
  tuned = true;
  try {
    setFlagsFromString('--no-regexp-tier-up');
  } catch {
    // Another engine: its defaults.
  }
}
