// Timing for the tests of linearity (test/linearity.test.ts, test/reader.test.ts): ratios of times at two sizes, never
// absolute times. A run is timed in batches long enough to measure (10 ms at least), the fastest of three batches,
// so that a short run on a busy machine is not noise.
export function timePerRun(run: () => unknown): number {
  let k = 1;
  for (let start = performance.now(); ; k *= 2, start = performance.now()) {
    for (let i = 0; i < k; i++) run();
    if (performance.now() - start >= 10) break;
  }
  let best = Infinity;
  for (let b = 0; b < 3; b++) {
    const start = performance.now();
    for (let i = 0; i < k; i++) run();
    best = Math.min(best, (performance.now() - start) / k);
  }
  return best;
}

/** Sizes compared: eight times the text may take at most `MAX_RATIO` times as long (the square would be 64 times). */
export const SMALL = 128 * 1024;
export const LARGE = 1024 * 1024;
export const MAX_RATIO = 32;
