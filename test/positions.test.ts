// Every position-based feature the server answers (completion, hover, definition, references, prepareRename), asked
// at every position of every document of the public corpus and of the samples: every range it gives lies inside the
// document (issue « Reliability and security »). Positions past the end of a line or of the text are clamped by the
// server before they reach these (test/server.protocol.test.ts asks them over the protocol).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { analyze, atLine } from '../core/analyze';
import { completion } from '../core/features/completion';
import { hover } from '../core/features/hover';
import { definition, references } from '../core/features/navigation';
import { prepareRename } from '../core/features/rename';
import type { Range } from '../core/types';
import { corpus } from './helpers/doc';
import { repoPath } from './helpers/paths';

describe('ranges inside the document at every position', function () {
  this.timeout(120000);
  const docs = [
    ...(corpus() ?? []).map((d) => ({ name: d.name, text: d.text })),
    ...readdirSync(repoPath('samples')).filter((f) => f.endsWith('.delib')).map((f) => ({ name: `samples/${f}`, text: readFileSync(repoPath('samples', f), 'utf8') })),
  ];
  for (const { name, text } of docs) {
    it(name, () => {
      const a = analyze(text);
      const lines = text.split(/\r\n|\r|\n/);
      const outside: string[] = [];
      const check = (r: Range | undefined, what: string) => {
        if (!r) return;
        for (const p of [r.start, r.end]) {
          if (!(p.line >= 0 && p.line < lines.length && p.character >= 0 && p.character <= lines[p.line].length)) outside.push(`${what}: ${JSON.stringify(r)}`);
        }
      };
      let positions = 0;
      lines.forEach((l, line) => {
        const x = atLine(a, line);
        for (let character = 0; character <= l.length; character++) {
          const at = { line, character };
          positions++;
          for (const item of completion(x, at)) {
            const e = item.textEdit as { range?: Range; insert?: Range; replace?: Range } | undefined;
            check(e?.range, `completion at ${line}:${character}`);
            check(e?.insert, `completion at ${line}:${character}`);
            check(e?.replace, `completion at ${line}:${character}`);
          }
          check(hover(x, at)?.range, `hover at ${line}:${character}`);
          for (const r of definition(x, at)) check(r, `definition at ${line}:${character}`);
          for (const r of references(x, at, true)) check(r, `references at ${line}:${character}`);
          check(prepareRename(x, at)?.range, `prepareRename at ${line}:${character}`);
        }
      });
      assert.ok(positions === text.length - (text.match(/\r\n/g)?.length ?? 0) + 1, 'every position asked');
      assert.deepEqual(outside.slice(0, 5), []);
    });
  }
});
