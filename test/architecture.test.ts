// The layers of docs/architecture.md, read from the sources: the core knows nothing of the editor, the server or the
// command line; a check never depends on an editor feature; the client and the server share only shared/; and no
// module imports itself back through others (a circle of imports, types included).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { REPO_ROOT } from './helpers/paths';

const LAYERS = ['core', 'shared', 'server', 'client', 'cli'];

function sources(): string[] {
  return LAYERS.flatMap((dir) => (readdirSync(join(REPO_ROOT, dir), { recursive: true }) as string[]).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f)));
}

/** The project's modules a source file imports (types included), as paths from the repository's root. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(REPO_ROOT, file), 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+'(\.[^']+)'/gm)) {
    const target = normalize(join(dirname(file), m[1]));
    out.push(target.endsWith('.ts') ? target : `${target}.ts`);
  }
  return out;
}

describe('architecture: the layers', () => {
  const files = sources();
  const graph = new Map(files.map((f) => [f, importsOf(f).filter((t) => files.includes(t))]));
  const layer = (f: string) => f.split('/')[0];

  it('reads the imports of the sources', () => {
    assert.ok(files.length > 100, `${files.length} files`);
    assert.ok((graph.get('core/analyze.ts') ?? []).includes('core/checks/index.ts'), 'core/analyze.ts imports the checks');
  });

  it('keeps the core free of the editor, the server and the command line', () => {
    for (const [f, targets] of graph) {
      if (layer(f) !== 'core') continue;
      for (const t of targets) assert.equal(layer(t), 'core', `${f} imports ${t}`);
    }
  });

  it('lets the client and the server meet only in shared/, and shared/ depend on the core alone', () => {
    for (const [f, targets] of graph) {
      for (const t of targets) {
        if (layer(f) === 'client') assert.ok(!['server', 'cli'].includes(layer(t)), `${f} imports ${t}`);
        if (layer(f) === 'server') assert.ok(!['client', 'cli'].includes(layer(t)), `${f} imports ${t}`);
        if (layer(f) === 'shared') assert.ok(['shared', 'core'].includes(layer(t)), `${f} imports ${t}`);
      }
    }
  });

  it('never makes a check depend on an editor feature or an export', () => {
    for (const [f, targets] of graph) {
      if (!f.startsWith('core/checks/')) continue;
      for (const t of targets) assert.ok(!t.startsWith('core/features/') && !t.startsWith('core/export/'), `${f} imports ${t}`);
    }
  });

  it('has no circle of imports', () => {
    const state = new Map<string, 'open' | 'done'>();
    const circles: string[] = [];
    const visit = (f: string, path: string[]) => {
      state.set(f, 'open');
      for (const t of graph.get(f) ?? []) {
        if (state.get(t) === 'open') circles.push([...path.slice(path.indexOf(t)), t].join(' → '));
        else if (!state.has(t)) visit(t, [...path, t]);
      }
      state.set(f, 'done');
    };
    for (const f of files) if (!state.has(f)) visit(f, [f]);
    assert.deepEqual(circles, []);
  });
});
