// A private code-server for the editor tests: its own HOME, XDG folders, user data and extensions, bound to a free
// port on 127.0.0.1, started in its own process group (setsid) and stopped as a group, since killing the main
// process alone leaves its file watcher behind.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoPath } from '../helpers/paths';

/** The package `npm run package` makes. */
export const VSIX = repoPath('deliberations.vsix');

/** The user settings every editor suite starts code-server with: nothing that takes the focus or goes online. */
export const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none', // a walkthrough would take the focus
  'files.hotExit': 'off',
  'workbench.editor.enablePreview': false,
  'workbench.tips.enabled': false,
  'editor.minimap.enabled': false,
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
};
export const CODE_SERVER_BIN = join(process.env.CODE_SERVER_CACHE ?? repoPath('.cache/code-server'), 'node_modules/.bin/code-server');

/** A free TCP port on 127.0.0.1 (the OS picks it; it is released before code-server binds it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Folders of one private run, all under a fresh temporary folder. */
export class Sandbox {
  readonly root = mkdtempSync(join(tmpdir(), 'delib-editor-'));
  readonly home = this.dir('home');
  readonly userData = this.dir('user-data');
  readonly extensions = this.dir('extensions');
  readonly workspace = this.dir('workspace');
  readonly browserProfile = this.dir('chromium-profile');

  dir(name: string): string {
    const path = join(this.root, name);
    mkdirSync(path, { recursive: true });
    return path;
  }

  /** The environment of every process of the run: HOME and XDG folders point into the sandbox. */
  env(): NodeJS.ProcessEnv {
    return {
      ...process.env,
      HOME: this.home,
      XDG_CONFIG_HOME: this.dir('home/.config'),
      XDG_DATA_HOME: this.dir('home/.local/share'),
      XDG_CACHE_HOME: this.dir('home/.cache'),
      XDG_RUNTIME_DIR: this.dir('runtime'),
      // code-server must not pick up a password or settings from the environment of the caller.
      PASSWORD: '',
      HASHED_PASSWORD: '',
      VSCODE_PROXY_URI: '',
    };
  }
}

export class CodeServer {
  private output = '';
  private constructor(
    readonly sandbox: Sandbox,
    readonly process: ChildProcess,
    readonly port: number,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}/?folder=${encodeURIComponent(this.sandbox.workspace)}`;
  }

  /** Last lines code-server printed, for failure messages. */
  tail(lines = 15): string {
    return this.output.split('\n').slice(-lines).join('\n');
  }

  static checkInstalled(): void {
    if (!existsSync(CODE_SERVER_BIN)) {
      throw new Error(`code-server is not installed at ${CODE_SERVER_BIN}: run scripts/setup-editors.sh first`);
    }
  }

  /**
   * A new sandbox holding only the packaged extension (installed) and copies of the given files in its workspace:
   * nothing else from the repository. Returns the sandbox and the path of the .vsix copy.
   */
  static sandboxWith(files: { path: string; name: string }[]): { sandbox: Sandbox; vsix: string } {
    CodeServer.checkInstalled();
    if (!existsSync(VSIX)) throw new Error(`${VSIX} is missing: run \`npm run package\` first`);
    const sandbox = new Sandbox();
    const vsix = join(sandbox.root, 'deliberations.vsix');
    copyFileSync(VSIX, vsix);
    for (const f of files) copyFileSync(f.path, join(sandbox.workspace, f.name));
    CodeServer.installExtension(sandbox, vsix);
    return { sandbox, vsix };
  }

  /** Installs a .vsix into the sandbox's extensions folder with `code-server --install-extension`. */
  static installExtension(sandbox: Sandbox, vsix: string): string {
    const result = spawnSync(
      CODE_SERVER_BIN,
      ['--user-data-dir', sandbox.userData, '--extensions-dir', sandbox.extensions, '--install-extension', vsix],
      { env: sandbox.env(), encoding: 'utf8', timeout: 120_000 },
    );
    const out = `${result.stdout ?? ''}${result.stderr ?? ''}`;
    if (result.status !== 0 || !/successfully installed/i.test(out)) {
      throw new Error(`code-server --install-extension ${vsix} failed (status ${result.status}): ${out.trim().split('\n').slice(-3).join(' | ')}`);
    }
    return out;
  }

  /** Writes user settings, starts code-server and resolves once it listens. */
  static async start(sandbox: Sandbox, settings: Record<string, unknown>, timeoutMs = 60_000): Promise<CodeServer> {
    const userDir = sandbox.dir('user-data/User');
    writeFileSync(join(userDir, 'settings.json'), JSON.stringify(settings, null, 2));
    const port = await freePort();
    const args = [
      '--auth', 'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--bind-addr', `127.0.0.1:${port}`,
      '--user-data-dir', sandbox.userData,
      '--extensions-dir', sandbox.extensions,
      '--config', join(sandbox.root, 'code-server.yaml'),
      sandbox.workspace,
    ];
    writeFileSync(join(sandbox.root, 'code-server.yaml'), 'auth: none\ncert: false\n');
    // detached: the child calls setsid(), so it leads its own process group and can be stopped as a whole.
    const child = spawn(CODE_SERVER_BIN, args, { env: sandbox.env(), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const server = new CodeServer(sandbox, child, port);
    live.add(server);
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`code-server did not listen within ${timeoutMs} ms:\n${server.tail()}`)), timeoutMs);
      const onData = (chunk: Buffer) => {
        server.output += String(chunk);
        if (server.output.includes(`HTTP server listening on http://127.0.0.1:${port}`)) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      child.on('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`code-server exited (${code ?? signal}) before listening:\n${server.tail()}`));
      });
    });
    return server;
  }

  /** Stops the whole process group: SIGTERM, then SIGKILL if it is still there after a grace period. */
  async stop(graceMs = 5000): Promise<void> {
    live.delete(this);
    const pid = this.process.pid;
    if (pid === undefined || this.process.exitCode !== null || this.process.signalCode !== null) {
      killGroup(pid, 'SIGKILL'); // the leader may be gone while the watcher lives on
      return;
    }
    const exited = new Promise<void>((resolve) => this.process.once('exit', () => resolve()));
    killGroup(pid, 'SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([exited, new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)))]);
    clearTimeout(timer);
    killGroup(pid, 'SIGKILL');
  }
}

function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (pid === undefined) return;
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

// Servers still running when this process ends (a failure, Ctrl+C) are stopped as groups, synchronously.
const live = new Set<CodeServer>();
function killAll(): void {
  for (const s of live) killGroup(s.process.pid, 'SIGKILL');
  live.clear();
}
process.on('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    killAll();
    process.exit(130);
  });
}
