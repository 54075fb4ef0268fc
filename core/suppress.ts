// Silencing one finding: a comment line « <!-- delib-ignore-next-line CODE… --> » just above the line of the
// finding silences those codes (all codes when none is named) on that line only, as linters allow.
import type { DocumentNode } from './syntax/tree';
import type { Finding } from './types';

const IGNORE = /^\s*<!--\s*delib-ignore-next-line\b(.*?)-->\s*$/i;

const cache = new WeakMap<DocumentNode, Map<number, Set<string> | 'all'>>();

function directives(doc: DocumentNode): Map<number, Set<string> | 'all'> {
  let map = cache.get(doc);
  if (map) return map;
  map = new Map();
  for (const l of doc.lines) {
    if (!l.text.includes('<!--')) continue;
    const m = IGNORE.exec(l.text);
    if (!m) continue;
    const codes = m[1].split(/[\s,]+/).filter(Boolean);
    map.set(l.range.start.line + 1, codes.length ? new Set(codes) : 'all');
  }
  cache.set(doc, map);
  return map;
}

export function suppressed(doc: DocumentNode, f: Finding): boolean {
  const d = directives(doc).get(f.range.start.line);
  return d !== undefined && (d === 'all' || d.has(f.code));
}
