// A worker thread of `delib check --jobs N` (bundled to dist/check-worker.js): it loads the commune index and the
// roster once, then checks each file the main thread sends (check-file.ts) and posts the result back.
import { parentPort, workerData } from 'node:worker_threads';
import { tryLoadCommuneIndex } from '../core/communes/index';
import { parseRoster } from '../core/roster/index';
import type { Locale } from '../core/types';
import { MAX_ROSTER_BYTES } from '../core/text/files';
import { checkFile, packResult } from './check-file';
import { readTextFile } from './input';

const { locale, rosterPath } = workerData as { locale: Locale; rosterPath?: string };
const communes = tryLoadCommuneIndex().index;
// The main thread has read the roster already and said what is wrong with it: here it is only parsed again.
const rosterText = rosterPath === undefined ? undefined : readTextFile(rosterPath, MAX_ROSTER_BYTES);
const roster = rosterText && 'text' in rosterText ? parseRoster(rosterText.text, locale).roster : undefined;

parentPort!.on('message', ({ i, file }: { i: number; file: string }) => {
  try {
    const packed = packResult(checkFile(file, { locale, communes, roster }));
    parentPort!.postMessage({ i, packed });
  } catch (err) {
    parentPort!.postMessage({ i, error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
  }
});
