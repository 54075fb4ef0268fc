// The esbuild options every bundle of the project shares: Node 20, CommonJS, source maps, into dist/.
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';

/**
 * The JavaScript of `code` in ASCII only. esbuild escapes the characters beyond ASCII of strings, not those of
 * regular-expression literals, raw templates (String.raw, our patterns' sources) and comments; a single « ’ » makes
 * V8 hold the whole bundle's source as a two-byte string, twice its size, in every thread that loads it. Each such
 * character becomes `\uXXXX`, which is the same character in a string, a regular expression (literal or source, with
 * or without /u) and a comment. A backslash right before it (an identity escape: `\é` is `é`) goes with it, since
 * `\\u00e9` would be a backslash then « u00e9 ». A character beyond the BMP becomes its two surrogates (the same code
 * units; a pair that /u reads as one code point). Source maps: the columns after an escaped character on its line
 * shift by five (the lines stay right).
 */
export function asciiOnly(code) {
  let out = '';
  let last = 0;
  for (const m of code.matchAll(/[^\x00-\x7f]/g)) {
    const i = m.index;
    const c = code.charCodeAt(i);
    // A line terminator to JavaScript: escaped inside a line comment, it would turn the code after it into comment.
    if (c === 0x2028 || c === 0x2029) throw new Error(`U+${c.toString(16).toUpperCase()} in the bundle: write it \\u${c.toString(16)} in the source`);
    let k = i;
    while (k > last && code.charCodeAt(k - 1) === 0x5c) k--;
    out += code.slice(last, (i - k) % 2 === 1 ? i - 1 : i) + '\\u' + c.toString(16).padStart(4, '0');
    last = i + 1;
  }
  return last === 0 ? code : out + code.slice(last);
}

/** Every JavaScript output in ASCII only (`asciiOnly`), rewritten once esbuild has written it. */
const asciiOutputs = {
  name: 'ascii-outputs',
  setup(build) {
    build.initialOptions.metafile = true;
    const dir = build.initialOptions.absWorkingDir ?? process.cwd();
    build.onEnd(async (result) => {
      const outputs = Object.keys(result.metafile?.outputs ?? {}).filter((f) => f.endsWith('.js'));
      await Promise.all(outputs.map(async (f) => {
        const path = resolve(dir, f);
        const code = await readFile(path, 'utf8');
        const ascii = asciiOnly(code);
        if (ascii !== code) await writeFile(path, ascii);
      }));
    });
  },
};

export const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  outdir: 'dist',
  plugins: [asciiOutputs],
};
