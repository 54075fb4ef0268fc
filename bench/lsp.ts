// The language server measured as an editor uses it: the real server (dist/server.js) over stdio, timed from the
// client's side. Initialize; completion in an attendance list; edit → diagnostics (from sending a change to
// receiving the diagnostics of that version) on a 40 KB act, a 1 MB register and a 40 MB register, keystrokes spaced
// as typing is; a request on an act while a register is analysed; the server's resident memory at start, with 1 000 acts open, and after they are all closed (each
// read after a few seconds idle).
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { LspTestClient, rssMb } from '../test/helpers/lsp-client';
import { generateRegister } from './generate';
import { median, percentile } from './stats';

export interface Latency {
  bytes: number;
  /** Edit → diagnostics, in ms. */
  p50: number;
  p95: number;
  edits: number;
  /** Open → first diagnostics, in ms. */
  firstMs: number;
  /** What the server said instead of analysing (a document over its size limit). */
  refused?: string;
}

export interface LspBench {
  initializeMs: number;
  completion?: { p50: number; p95: number; requests: number };
  edits: { name: string; latency: Latency }[];
  /** A request on a 40 KB act sent while a 1 MB register is analysed: its latency. */
  duringRegister?: { p50: number; p95: number; requests: number };
  memory?: { startMb: number; openMb: number; closedMb: number; acts: number; bytes: number };
}

const TYPING_GAP_MS = 120; // between two keystrokes: a fast typist
/** After a register is opened: its whole analysis has begun (the parse of 1 MB takes about 70 ms, then act by act). */
const START_MS = 100;
const DIAGNOSTICS_TIMEOUT_MS = 120_000;
/** Idle time before memory is read: the server collects its garbage 2 s after documents stop opening or closing. */
const IDLE_MS = 4000;

/** Where a keystroke goes: the end of the first line that names present members, else the middle of the text. */
function editPoint(text: string): { line: number; character: number } {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => /pr[ée]sents?\s*:/i.test(l) && l.length > 20);
  const line = i >= 0 ? i : lines.length >> 1;
  return { line, character: lines[line].length };
}

async function editLatency(client: LspTestClient, uri: string, text: string, edits: number): Promise<Latency> {
  const bytes = Buffer.byteLength(text);
  let version = 1;
  let from = client.diagnostics.items.length;
  let t = performance.now();
  await client.open(uri, text, version);
  const first = await client.diagnostics.waitFor((p) => p.uri === uri && p.version === version, from, DIAGNOSTICS_TIMEOUT_MS, () => `first diagnostics of ${uri}`);
  const firstMs = performance.now() - t;
  const refusal = first.diagnostics.find((d) => d.code === 'syntax' && /volumineux|too large/.test(d.message));
  const times: number[] = [];
  const at = editPoint(text);
  for (let k = 0; k < edits && !refusal; k++) {
    await sleep(TYPING_GAP_MS);
    // Type a letter, then delete it: the text stays the same size, each version differs from the one before.
    const change = k % 2 === 0
      ? { range: { start: at, end: at }, text: 'x' }
      : { range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: '' };
    from = client.diagnostics.items.length;
    t = performance.now();
    await client.change(uri, ++version, [change]);
    const v = version;
    await client.diagnostics.waitFor((p) => p.uri === uri && p.version === v, from, DIAGNOSTICS_TIMEOUT_MS, () => `diagnostics of ${uri} version ${v}`);
    times.push(performance.now() - t);
  }
  await client.close(uri);
  return { bytes, p50: median(times), p95: percentile(times, 95), edits: times.length, firstMs, refused: refusal?.message };
}

/** Completion requests at the end of the attendance line of the act (names of people, or whatever is offered there). */
async function completionLatency(client: LspTestClient, uri: string, text: string, requests: number) {
  await client.open(uri, text, 1);
  const at = editPoint(text);
  const times: number[] = [];
  for (let k = 0; k < requests; k++) {
    const t = performance.now();
    await client.request('textDocument/completion', { textDocument: { uri }, position: at });
    times.push(performance.now() - t);
  }
  await client.close(uri);
  return { p50: median(times), p95: percentile(times, 95), requests };
}

/**
 * A request on an ordinary act while a register is analysed whole: the register is opened (an edit of it is analysed
 * from the analysis before, in milliseconds), and the request is sent once its analysis runs (the server analyses a
 * register act by act, reading messages between); then it is closed, and opened again for the next run.
 */
async function requestDuringRegister(client: LspTestClient, register: string, act: string, runs: number) {
  const [r, a] = ['file:///bench/during-register.delib', 'file:///bench/during-act.delib'];
  await client.open(a, act, 1);
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const from = client.diagnostics.items.length;
    await client.open(r, register, 1);
    await sleep(START_MS);
    const t = performance.now();
    await client.request('textDocument/documentSymbol', { textDocument: { uri: a } }, 60_000);
    times.push(performance.now() - t);
    await client.diagnostics.waitFor((p) => p.uri === r && p.version === 1, from, DIAGNOSTICS_TIMEOUT_MS, () => 'register diagnostics');
    await client.close(r);
  }
  await client.close(a);
  return { p50: median(times), p95: percentile(times, 95), requests: runs };
}

async function memory(client: LspTestClient, acts: number, startMb: number | undefined): Promise<LspBench['memory']> {
  const pid = client.process.pid!;
  if (startMb === undefined) return undefined; // not Linux: no /proc to read
  const texts = Array.from({ length: acts }, (_, i) => generateRegister({ deliberations: 1, meanBytes: 40 * 1024, seed: 1 + i }));
  const uris = texts.map((_, i) => `file:///bench/acts/${i + 1}.delib`);
  const from = client.diagnostics.items.length;
  for (let i = 0; i < acts; i++) await client.open(uris[i], texts[i], 1);
  // Every act analysed: its diagnostics published.
  const pending = new Set(uris);
  await client.diagnostics.waitFor((p) => { pending.delete(p.uri); return pending.size === 0; }, from, DIAGNOSTICS_TIMEOUT_MS * 5, () => `diagnostics of ${pending.size} acts`);
  // Measured once the server has been idle a few seconds, as a user would see it between two edits.
  await sleep(IDLE_MS);
  const openMb = rssMb(pid)!;
  for (const uri of uris) await client.close(uri);
  // Closed: what the server still holds once it has had time to collect (it is idle).
  await sleep(IDLE_MS);
  const closedMb = rssMb(pid)!;
  return { startMb, openMb, closedMb, acts, bytes: texts.reduce((n, t) => n + Buffer.byteLength(t), 0) };
}

export async function benchLsp(options: { act: string; completionText?: string; big?: boolean; log?: (s: string) => void }): Promise<LspBench> {
  const log = options.log ?? (() => undefined);
  const client = LspTestClient.start();
  try {
    const t = performance.now();
    await client.initialize({ textDocument: { publishDiagnostics: { versionSupport: true } } });
    const initializeMs = performance.now() - t;
    // The server's memory at start: initialized, the list of communes loaded (the first analysis loads it).
    await editLatency(client, 'file:///bench/warm-up.delib', options.act, 0);
    const startMb = rssMb(client.process.pid!);
    log(`  lsp initialize: ${initializeMs.toFixed(0)} ms`);
    const completion = options.completionText ? await completionLatency(client, 'file:///bench/completion.delib', options.completionText, 200) : undefined;
    if (completion) log(`  lsp completion: p95 ${completion.p95.toFixed(1)} ms`);
    const documents: { name: string; text: string; edits: number }[] = [
      { name: '40 KB act', text: options.act, edits: 60 },
      { name: '1 MB register', text: generateRegister({ deliberations: 26, meanBytes: 40 * 1024, seed: 7 }), edits: 20 },
    ];
    if (options.big) documents.push({ name: '40 MB register', text: generateRegister({ deliberations: 1000, meanBytes: 40 * 1024, seed: 8 }), edits: 5 });
    const edits: LspBench['edits'] = [];
    for (const d of documents) {
      const latency = await editLatency(client, `file:///bench/${d.name.replace(/\W+/g, '-')}.delib`, d.text, d.edits);
      log(`  lsp ${d.name}: ${latency.refused ? 'refused' : `edit → diagnostics p50 ${latency.p50.toFixed(0)} ms, p95 ${latency.p95.toFixed(0)} ms`}`);
      edits.push({ name: d.name, latency });
    }
    const register = documents.find((d) => d.name === '1 MB register')!.text;
    const duringRegister = await requestDuringRegister(client, register, options.act, 10);
    log(`  lsp request on an act while a 1 MB register is analysed: p50 ${duringRegister.p50.toFixed(0)} ms, p95 ${duringRegister.p95.toFixed(0)} ms`);
    const mem = await memory(client, 1000, startMb);
    if (mem) log(`  lsp memory: ${mem.startMb.toFixed(0)} MB at start, ${mem.openMb.toFixed(0)} MB with ${mem.acts} acts open, ${mem.closedMb.toFixed(0)} MB after closing`);
    await client.request('shutdown', undefined, 60_000);
    return { initializeMs, completion, edits, duringRegister, memory: mem };
  } finally {
    client.dispose();
  }
}
