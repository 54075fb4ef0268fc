// The check of one file, as `delib check` runs it in its own thread or in a worker (check-worker.ts): the file read
// (strict UTF-8, bounded), analysed, and what the main thread needs of it — its findings, the summaries of its acts
// for the checks across acts, whether the roster fits one of its acts. Never the text nor the trees.
import { Deserializer, Serializer } from 'node:v8';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { analyze } from '../core/analyze';
import type { CommuneIndex } from '../core/communes/index';
import { rosterApplies } from '../core/roster/territory';
import type { Roster } from '../core/roster/types';
import type { Finding, Locale } from '../core/types';
import { summariesOf, type ActSummary } from '../core/workspace/index';
import { readTextFile, type InputProblem } from './input';

export type FileChecked = { file: string; findings: Finding[]; acts: ActSummary[]; fits: boolean } | { file: string; problem: InputProblem };

export function checkFile(file: string, options: { locale: Locale; communes?: CommuneIndex; roster?: Roster }): FileChecked {
  const read = readTextFile(file);
  if ('problem' in read) return { file, problem: read.problem };
  const analysis = analyze(read.text, options);
  const roster = options.roster;
  return { file, findings: analysis.findings, acts: summariesOf(analysis), fits: roster !== undefined && analysis.acts.some((act) => rosterApplies(act, roster)) };
}

/**
 * A result as a worker posts it: serialized and deflated, about 2.3 KB for an act of 16 KB (5.4 KB serialized, some
 * 3.5 KB as objects in the main thread's heap). The main thread keeps it so until every file is checked and the workers
 * have stopped, then unpacks the results one by one: while the workers' heaps are there, it holds far less.
 */
export function packResult(r: FileChecked): ArrayBuffer {
  // (V8's own serializer, not Node's `serialize`: that one reads a typed array back as a view of the whole buffer
  // read, which the summary would then keep alive.)
  const s = new Serializer();
  s.writeHeader();
  s.writeValue(r);
  // (Copied to a buffer of its exact size: zlib's output is a view of a larger one.)
  return new Uint8Array(deflateRawSync(s.releaseBuffer(), { level: 1 })).buffer;
}

export function unpackResult(packed: ArrayBuffer): FileChecked {
  const d = new Deserializer(inflateRawSync(packed));
  d.readHeader();
  return d.readValue() as FileChecked;
}
