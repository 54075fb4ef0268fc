// The language server in a second real LSP client: Debian's Neovim (0.7), headless, configured with the Lua of
// docs/editors.md (test/nvim/delib.lua), attached to `node dist/server.js --stdio` (the delib-language-server bin).
// For each sample, the diagnostics Neovim holds must be the findings of `delib check`.
// Run: npm run test:nvim (needs `nvim` on PATH: scripts/setup-editors.sh installs it).
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DocumentFormattingRequest, type TextEdit } from 'vscode-languageserver-protocol';
import { applyEdits, attendancePosition, cliFindings, listSamples, serverView, type Severity } from '../editor/oracle';
import { LspTestClient } from '../helpers/lsp-client';
import { repoPath } from '../helpers/paths';

const NVIM = process.env.NVIM_PATH ?? 'nvim';
const COLLECT = repoPath('test/nvim/collect.lua');
const SERVER_CMD = [process.execPath, repoPath('dist/server.js'), '--stdio'];
// vim.diagnostic.severity: ERROR 1, WARN 2, INFO 3, HINT 4
const SEVERITY: Record<Severity, number> = { error: 1, warning: 2, information: 3, hint: 4 };

interface NvimDiagnostic {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: number;
  code: string;
  message: string;
}
interface Collected {
  error?: string;
  filetype: string;
  client: string | null;
  capabilities: Record<string, unknown> | null;
  diagnostics: NvimDiagnostic[];
  completion: string[] | null;
  formatted: string | null;
}

/** The text of `file` once the server's formatting edits are applied, asked over stdio without an editor. */
async function formattedByServer(file: string): Promise<string> {
  const client = LspTestClient.start();
  try {
    await client.initialize({});
    const uri = pathToFileURL(file).href;
    const text = readFileSync(file, 'utf8');
    await client.open(uri, text);
    const edits = await client.request<TextEdit[] | null>(DocumentFormattingRequest.method, { textDocument: { uri }, options: { tabSize: 4, insertSpaces: true } });
    await client.shutdown();
    return applyEdits(text, edits ?? []);
  } finally {
    client.dispose();
  }
}

/** Runs Neovim headless on `file` with test/nvim/collect.lua; resolves with what it wrote, bounded by `ms`. */
function collect(file: string, completeAt?: { line: number; character: number }, ms = 30_000): Promise<Collected> {
  const out = join(mkdtempSync(join(tmpdir(), 'delib-nvim-')), 'out.json');
  const home = mkdtempSync(join(tmpdir(), 'delib-nvim-home-'));
  const env = { ...process.env, HOME: home, XDG_CONFIG_HOME: home, XDG_DATA_HOME: home, XDG_STATE_HOME: home, XDG_CACHE_HOME: home };
  Object.assign(env, { DELIB_FILE: file, DELIB_OUT: out, DELIB_SERVER_CMD: JSON.stringify(SERVER_CMD), DELIB_COMPLETE_AT: completeAt ? `${completeAt.line}:${completeAt.character}` : '' });
  const child = spawn(NVIM, ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${COLLECT}`], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (c) => (output += String(c)));
  child.stderr.on('data', (c) => (output += String(c)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Timeout after ${ms} ms: nvim did not finish on ${file}. Output: ${output.trim()}`));
    }, ms);
    child.on('exit', (code) => {
      clearTimeout(timer);
      try {
        const result = JSON.parse(readFileSync(out, 'utf8')) as Collected;
        if (result.error) reject(new Error(`nvim on ${file}: ${result.error}`));
        else resolve(result);
      } catch {
        reject(new Error(`nvim exited (${code}) without writing its result on ${file}. Output: ${output.trim()}`));
      }
    });
  });
}

const byPlace = (a: { line: number; column: number; code: string }, b: { line: number; column: number; code: string }) =>
  a.line - b.line || a.column - b.column || a.code.localeCompare(b.code);

describe('Neovim with the language server', function () {
  this.timeout(60_000);

  before(() => {
    const version = spawnSync(NVIM, ['--version'], { encoding: 'utf8' });
    if (version.status !== 0) throw new Error(`${NVIM} is not runnable (${version.error?.message ?? version.stderr}): run scripts/setup-editors.sh`);
    const m = /NVIM v(\d+)\.(\d+)/.exec(version.stdout);
    assert.ok(m && (Number(m[1]) > 0 || Number(m[2]) >= 7), `Neovim 0.7 or later is needed, found: ${version.stdout.split('\n')[0]}`);
  });

  it('docs/editors.md gives the configuration this suite uses', () => {
    const doc = readFileSync(repoPath('docs/editors.md'), 'utf8');
    assert.ok(doc.includes(readFileSync(repoPath('test/nvim/delib.lua'), 'utf8').trim()), 'test/nvim/delib.lua is quoted in docs/editors.md');
  });

  for (const sample of listSamples()) {
    it(`${sample.name}: the diagnostics are those of \`delib check\``, async () => {
      const got = await collect(sample.path);
      assert.equal(got.filetype, 'deliberation');
      assert.equal(got.client, 'deliberation');
      const want = cliFindings(sample.path).map((f) => ({
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        severity: SEVERITY[f.severity],
        code: f.code,
        message: f.message,
      }));
      assert.deepEqual(got.diagnostics.sort(byPlace), want.sort(byPlace));
    });

    it(`${sample.name}: completion answers in the attendance list, formatting applies`, async function () {
      const at = attendancePosition(readFileSync(sample.path, 'utf8'));
      // Neovim starts the server on its working directory (delib.lua: root_dir = getcwd()).
      const lsp = await serverView(sample.path, undefined, process.cwd());
      const got = await collect(sample.path, at);
      if (at && lsp.completion.length > 0) {
        assert.ok(got.completion && got.completion.length > 0, 'Neovim received completion items');
        assert.deepEqual([...got.completion].sort(), lsp.completion.map((i) => i.label).sort());
      }
      assert.ok(lsp.capabilities.documentFormattingProvider, 'the server declares formatting');
      // Neovim's buffer holds lines: the end of the last line is the 'eol' option, not text. Compare without it.
      const want = (await formattedByServer(sample.path)).replace(/(\r?\n)+$/, '');
      assert.equal(got.formatted?.replace(/\n+$/, ''), want);
      if (!at || lsp.completion.length === 0) this.skip(); // formatting checked; no attendance list to complete in
    });
  }
});
