// A workspace of several séances written as files (test/fixtures/seances/): a clean year, where the checks across acts
// say nothing, and a séance with planted mistakes, each found once, on the act that holds it, with the other act as
// related location — by `delib check` on the folder and, for files not open, by the language server's workspace report.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoPath } from './helpers/paths';
import { LspTestClient } from './helpers/lsp-client';
import { CROSS_CODES } from '../core/workspace/index';

const FIXTURES = repoPath('test', 'fixtures', 'seances');
interface CliFinding { file: string; code: string; severity: string; elsewhere?: { file: string }[] }

function check(dir: string): CliFinding[] {
  try {
    return JSON.parse(execFileSync(process.execPath, [repoPath('dist', 'cli.js'), 'check', dir, '--format', 'json'], { encoding: 'utf8' })) as CliFinding[];
  } catch (e) {
    return JSON.parse((e as { stdout: string }).stdout) as CliFinding[];
  }
}
const cross = (findings: CliFinding[]) => findings.filter((f) => (CROSS_CODES as readonly string[]).includes(f.code));
const row = (f: { file: string; code: string; elsewhere?: { file: string }[] }) => `${basename(f.file)} ${f.code} → ${f.elsewhere?.map((e) => basename(e.file)).join(', ') ?? ''}`;

/** The planted mistakes: the act that holds each, its code, and the other act it points at. */
const PLANTED = [
  '2025-021.delib seance-mismatch → 2025-020.delib', // 27 members in office, the others of the séance 29
  '2025-023.delib number-gap → 2025-021.delib', // no 2025-022
  '2025-024-bis.delib number-duplicate → 2025-024.delib', // two acts numbered 2025-024
  '2025-024.delib number-duplicate → 2025-024-bis.delib',
  '2025-024.delib presence-continuity → 2025-023.delib', // M. MOLLARET present at 023, absent at 024, no departure said
  '2025-025.delib number-order → 2025-024-bis.delib', // 7 April, after two acts of 12 May
].sort();

describe('a workspace of séances, with planted mistakes across acts', function () {
  this.timeout(30_000);

  it('says nothing of a clean year of two séances, within an act or across acts', () => {
    assert.deepEqual(check(join(FIXTURES, 'clean')).map(row), []);
  });

  it('finds each planted mistake once, on its act, naming the other act (delib check)', () => {
    assert.deepEqual(cross(check(join(FIXTURES, 'planted'))).map(row).sort(), PLANTED);
  });

  it('says the same of the files not open to an editor that pulls the workspace’s diagnostics', async () => {
    const client = LspTestClient.start();
    try {
      const root = pathToFileURL(FIXTURES).toString();
      await client.request('initialize', { processId: process.pid, rootUri: root, workspaceFolders: [{ uri: root, name: 'seances' }], capabilities: { textDocument: { diagnostic: {} } } });
      await client.notify('initialized', {});
      const { items } = (await client.request('workspace/diagnostic', { previousResultIds: [] })) as { items: { uri: string; items: { code?: string; relatedInformation?: { location: { uri: string } }[] }[] }[] };
      const fromServer = items.flatMap((i) =>
        i.items.filter((d) => (CROSS_CODES as readonly string[]).includes(String(d.code))).map((d) => row({ file: i.uri, code: String(d.code), elsewhere: d.relatedInformation?.map((r) => ({ file: r.location.uri })) })),
      );
      assert.deepEqual(fromServer.sort(), PLANTED);
      assert.equal(items.length, readdirSync(join(FIXTURES, 'clean')).length + readdirSync(join(FIXTURES, 'planted')).length, 'every file of the workspace is reported');
    } finally {
      client.dispose();
    }
  });
});
