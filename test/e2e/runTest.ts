// `npm run test:vscode`: runs test/e2e/suite in a real VS Code downloaded by @vscode/test-electron (2.x: 3.x needs
// Node 22), with this repository as the extension under development and a temporary workspace holding copies of
// the samples. Without internet the download is impossible: it then fails at once with a one-line reason.
// VSCODE_EXECUTABLE_PATH (a VS Code binary already on disk) skips the download.
import { copyFileSync, mkdtempSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { listSamples } from '../editor/oracle';
import { repoPath } from '../helpers/paths';

const UPDATE_HOST = 'update.code.visualstudio.com';

function fail(reason: string): never {
  console.error(`test:vscode: ${reason}`);
  process.exit(1);
}

/** Resolves when the VS Code download site answers within `ms`, rejects with the reason otherwise. */
function reachable(ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = request({ host: UPDATE_HOST, path: '/api/releases/stable', method: 'HEAD', timeout: ms }, (res) => {
      res.resume();
      resolve();
    });
    req.on('timeout', () => req.destroy(new Error(`no answer within ${ms} ms`)));
    req.on('error', reject);
    req.end();
  });
}

async function main(): Promise<void> {
  let vscodeExecutablePath = process.env.VSCODE_EXECUTABLE_PATH;
  if (!vscodeExecutablePath) {
    await reachable(5000).catch((err: Error) =>
      fail(`cannot download VS Code: ${UPDATE_HOST} is unreachable (${err.message}); run with internet or set VSCODE_EXECUTABLE_PATH`),
    );
    vscodeExecutablePath = await downloadAndUnzipVSCode({ version: 'stable', timeout: 60_000 }).catch((err: Error) =>
      fail(`VS Code download failed: ${String(err.message ?? err).split('\n')[0]}`),
    );
  }
  const workspace = mkdtempSync(join(tmpdir(), 'delib-e2e-'));
  for (const s of listSamples()) copyFileSync(s.path, join(workspace, s.name));
  const status = await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: repoPath(),
    extensionTestsPath: repoPath('dist/e2e/suite/index.js'),
    extensionTestsEnv: { DELIB_E2E_WORKSPACE: workspace },
    launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
  }).catch((err: Error) => fail(`the tests did not run: ${String(err.message ?? err).split('\n')[0]}`));
  process.exit(status);
}

void main();
