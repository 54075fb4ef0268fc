// LSP snippet syntax (the subset templates use): $1, ${1}, ${1:default} (defaults may nest), ${1|a,b|},
// $0, and the escapes \$ \} \\ (\, \| in choices). expandSnippet() gives the text a client inserts when tab
// stops are filled with `values` (or keep their default / first choice): quick fixes insert templates with it.

export function expandSnippet(snippet: string, values: Record<number, string> = {}): string {
  const firstSeen = new Map<number, string>();
  let i = 0;
  const parse = (stop: (c: string) => boolean): string => {
    let out = '';
    while (i < snippet.length && !stop(snippet[i])) {
      const c = snippet[i];
      if (c === '\\' && i + 1 < snippet.length && '\\$}'.includes(snippet[i + 1])) {
        out += snippet[i + 1];
        i += 2;
      } else if (c === '$' && /\d/.test(snippet[i + 1] ?? '')) {
        const m = /^\d+/.exec(snippet.slice(i + 1))!;
        i += 1 + m[0].length;
        out += value(Number(m[0]), '');
      } else if (c === '$' && snippet[i + 1] === '{' && /\d/.test(snippet[i + 2] ?? '')) {
        const m = /^\d+/.exec(snippet.slice(i + 2))!;
        const n = Number(m[0]);
        i += 2 + m[0].length;
        if (snippet[i] === ':') {
          i++;
          const def = parse((x) => x === '}');
          i++;
          out += value(n, def);
        } else if (snippet[i] === '|') {
          i++;
          const choices: string[] = [];
          let cur = '';
          while (i < snippet.length && !(snippet[i] === '|' && snippet[i + 1] === '}')) {
            if (snippet[i] === '\\' && i + 1 < snippet.length) { cur += snippet[i + 1]; i += 2; continue; }
            if (snippet[i] === ',') { choices.push(cur); cur = ''; i++; continue; }
            cur += snippet[i++];
          }
          choices.push(cur);
          i += 2;
          out += value(n, choices[0] ?? '');
        } else {
          i++; // « } »
          out += value(n, '');
        }
      } else {
        out += c;
        i++;
      }
    }
    return out;
  };
  const value = (n: number, def: string): string => {
    if (values[n] !== undefined) return values[n];
    // A tab stop repeated (mirror) takes the text of its first occurrence.
    if (firstSeen.has(n)) return firstSeen.get(n)!;
    firstSeen.set(n, def);
    return def;
  };
  return parse(() => false);
}

/** The tab stops of a snippet with their default text (first choice for a choice), in order of appearance. */
export function tabStops(snippet: string): { index: number; default: string; choices?: string[] }[] {
  const out: { index: number; default: string; choices?: string[] }[] = [];
  const re = /\$\{(\d+)(?::((?:[^{}\\]|\\.)*)|\|((?:[^|\\]|\\.)*)\|)?\}|\$(\d+)/g;
  for (let m = re.exec(snippet); m; m = re.exec(snippet)) {
    const index = Number(m[1] ?? m[4]);
    if (out.some((s) => s.index === index)) continue;
    const choices = m[3]?.split(/(?<!\\),/).map((c) => c.replace(/\\(.)/g, '$1'));
    out.push({ index, default: choices?.[0] ?? (m[2] ?? '').replace(/\\(.)/g, '$1'), ...(choices ? { choices } : {}) });
  }
  return out;
}

/**
 * The snippet with other defaults for some tab stops, tab stops kept: `${n:default}` takes the value as its default,
 * a choice `${n|a,b|}` offers the value first (only value of a choice that lacks it). Mirrors (`$n`, `${n}`) follow.
 */
export function withDefaults(snippet: string, values: Record<number, string>): string {
  const escape = (v: string) => v.replace(/[\\$}]/g, (c) => `\\${c}`);
  const escapeChoice = (v: string) => v.replace(/[\\$}|,]/g, (c) => `\\${c}`);
  return snippet.replace(/\$\{(\d+)(?::((?:[^{}\\]|\\.)*)|\|((?:[^|\\]|\\.)*)\|)\}/g, (whole, n: string, _def?: string, choices?: string) => {
    const v = values[Number(n)];
    if (v === undefined) return whole;
    if (choices === undefined) return `\${${n}:${escape(v)}}`;
    const list = choices.split(/(?<!\\),/).map((c) => c.replace(/\\(.)/g, '$1'));
    if (!list.includes(v)) return `\${${n}:${escape(v)}}`;
    return `\${${n}|${[v, ...list.filter((c) => c !== v)].map(escapeChoice).join(',')}|}`;
  });
}
