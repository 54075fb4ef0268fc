// Tests of the `delib` command line: the bundled dist/cli.js run on temporary files, and its pure modules.
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../core/analyze';
import { range, type Finding } from '../core/types';
import { exitStatusOf, shardOf } from '../cli/check';
import { CROSS_CODES } from '../core/workspace/index';
import { formatJson, formatText, summaryLine, toJsonFindings, type FileResult } from '../cli/format';
import { collectFiles, readTextFile } from '../cli/input';
import { version } from '../package.json';
import { repoPath } from './helpers/paths';

const CLI = repoPath('dist/cli.js');
const SAMPLE = 'Séance du 16 novembre 2017\nObjet : Subvention de 834 000 €\n\nArticle 1 - Objet\nLe conseil **approuve** la convention.\n';
const UNCLOSED_BOLD = 'Article 1 - Objet\nLe conseil **approuve la convention.\n';
const FINDING_LINE = /^(.+):(\d+):(\d+) (error|warning|information|hint) (\S+) (.+)$/;

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

function delib(...args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(process.execPath, [CLI, ...args], (error, stdout, stderr) => {
      const status = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
      done({ status, stdout, stderr });
    });
  });
}

/** What `delib check` must print and return for these files: the core's findings, formatted. */
function expected(files: Record<string, string>, format: 'text' | 'json', locale: 'fr' | 'en' = 'fr') {
  const results = Object.entries(files).map(([file, text]) => ({ file, findings: analyze(text, { locale }).findings }));
  return { stdout: format === 'json' ? formatJson(results) : formatText(results, locale), status: exitStatusOf(results) };
}

function assertOneLineError(run: Run, pattern: RegExp): void {
  assert.equal(run.status, 2);
  assert.equal(run.stdout, '');
  assert.equal(run.stderr.trimEnd().split('\n').length, 1, run.stderr);
  assert.match(run.stderr, pattern);
}

describe('delib command line', () => {
  let dir: string;
  const file = (name: string, content: string | Uint8Array): string => {
    const path = join(dir, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content);
    return path;
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'delib-cli-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('prints help and version', async () => {
    const help = await delib('--help');
    assert.equal(help.status, 0);
    assert.match(help.stdout, /delib check PATH/);
    assert.match((await delib('--help', '--locale', 'en')).stdout, /^Usage: delib <command>/);
    assert.match((await delib('check', '--help')).stdout, /--format text\|json/);
    assert.deepEqual(await delib('--version'), { status: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('exits with 2 and one line on stderr for bad usage', async () => {
    assertOneLineError(await delib(), /commande manquante/);
    assertOneLineError(await delib('lint', 'x'), /commande inconnue : lint/);
    assertOneLineError(await delib('check'), /aucun fichier/);
    assertOneLineError(await delib('check', file('a.delib', SAMPLE), '--format', 'xml'), /--format : xml/);
    // Node's parser says it in English and at length: one French line naming the option, and where the help is.
    assertOneLineError(await delib('check', '--bogus', file('b.delib', SAMPLE)), /^delib: option inconnue : --bogus \(delib check --help pour l'aide\)\n$/);
    assertOneLineError(await delib('export', file('b2.delib', SAMPLE), '--to', 'pdf', '-x'), /^delib: option inconnue : -x \(delib export --help pour l'aide\)\n$/);
    assertOneLineError(await delib('check', file('b3.delib', SAMPLE), '--format'), /^delib: valeur manquante après --format \(delib check --help/);
    assertOneLineError(await delib('check', '--bogus', file('b4.delib', SAMPLE), '--locale', 'en'), /^delib: unknown option: --bogus \(see delib check --help\)\n$/);
    assertOneLineError(await delib('check', '--locale', 'de', file('c.delib', SAMPLE)), /--locale/);
  });

  it('exits with 2 for a missing, non-UTF-8 or binary file', async () => {
    assertOneLineError(await delib('check', join(dir, 'absent.delib')), /absent\.delib : fichier ou dossier introuvable/);
    assertOneLineError(await delib('check', join(dir, 'absent.delib'), '--locale', 'en'), /absent\.delib: no such file/);
    const latin1 = file('latin1.delib', Buffer.from('Séance du 16 novembre 2017\n', 'latin1'));
    assertOneLineError(await delib('check', latin1), /latin1\.delib : le fichier n'est pas encodé en UTF-8/);
  });

  it('names a file it cannot read and checks the others of the folder all the same, with status 2', async () => {
    file('actes/binary.delib', new Uint8Array([0x53, 0x00, 0x41]));
    file('actes/cp1252.delib', Buffer.from('Séance du 16 novembre 2017\n', 'latin1'));
    const ok = file('actes/ok.delib', SAMPLE);
    const run = await delib('check', join(dir, 'actes'), '--format', 'json');
    assert.equal(run.status, 2);
    const problems = run.stderr.trimEnd().split('\n');
    assert.equal(problems.length, 2, run.stderr);
    assert.match(problems[0], /binary\.delib : fichier binaire/);
    assert.match(problems[1], /cp1252\.delib : le fichier n'est pas encodé en UTF-8/);
    assert.equal(run.stdout, expected({ [ok]: SAMPLE }, 'json').stdout, 'the readable act is checked as alone');
    const inspected = await delib('inspect', join(dir, 'actes'), '--format', 'json');
    assert.equal(inspected.status, 2);
    assert.deepEqual(JSON.parse(inspected.stdout).map((a: { file: string }) => a.file), [ok]);
  });

  it('applies --roster only to the acts of its assembly, and says when it is that of none', async () => {
    const roster = repoPath('samples', 'conseil.yaml');
    // Grand Chambéry's roster on a Grand Besançon extract: no « not in the roster » by the hundred, one line saying why.
    const other = await delib('check', repoPath('corpus', 'samples', 'grand-besancon-2017-003854.delib'), '--roster', roster);
    assert.doesNotMatch(other.stdout, /member-unknown|member-mismatch/);
    assert.match(other.stderr, /conseil\.yaml : ce tableau des membres \(Conseil communautaire \(CA du Grand Chambéry\)\) n’est celui d’aucun de ces actes/);
    const own = await delib('check', repoPath('samples', 'extrait-communautaire.delib'), '--roster', roster);
    assert.equal(own.stderr, '');
  });

  it('says that a folder holds no act, rather than « 0 fichier, 0 erreur », and exits with 2', async () => {
    mkdirSync(join(dir, 'vide'));
    file('vide/notes.txt', 'pas un acte');
    assertOneLineError(await delib('check', join(dir, 'vide')), /vide : aucun fichier \.delib dans ce dossier\n$/);
    assertOneLineError(await delib('check', join(dir, 'vide'), '--locale', 'en'), /vide: no \.delib file in this folder\n$/);
  });

  it('shows the sub-commands of « delib roster » rather than « commande inconnue »', async () => {
    for (const args of [['roster'], ['roster', 'extrait']]) {
      const run = await delib(...args);
      assert.equal(run.status, 2);
      assert.match(run.stderr, args.length === 1 ? /sous-commande manquante après « roster »/ : /sous-commande inconnue : roster extrait/);
      assert.doesNotMatch(run.stderr, /^delib: commande inconnue/m);
      assert.match(run.stdout, /delib roster extract FILE… \[-o conseil\.yaml\] \[--overwrite\]/);
      assert.doesNotMatch(run.stdout, /delib check/, 'only the sub-commands of roster');
    }
  });

  it('reads a file saved as UTF-16 with its byte order mark, as the same text in UTF-8', async () => {
    const utf8 = file('utf8.delib', SAMPLE);
    const le = file('utf16le.delib', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SAMPLE, 'utf16le')]));
    const be = Buffer.from(SAMPLE, 'utf16le');
    be.swap16();
    const bePath = file('utf16be.delib', Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
    const want = (await delib('check', utf8, '--format', 'json')).stdout.replaceAll(utf8, 'F');
    assert.equal((await delib('check', le, '--format', 'json')).stdout.replaceAll(le, 'F'), want);
    assert.equal((await delib('check', bePath, '--format', 'json')).stdout.replaceAll(bePath, 'F'), want);
  });

  it('reads no device, pipe or roster that is not a regular file: one line, at once', async () => {
    assertOneLineError(await delib('check', '/dev/zero'), /\/dev\/zero : ce n'est pas un fichier ordinaire/);
    const fifo = join(dir, 'pipe.delib');
    execFileSync('mkfifo', [fifo]);
    assertOneLineError(await delib('check', fifo, '--locale', 'en'), /pipe\.delib: not a regular file/);
    const link = join(dir, 'conseil.yaml');
    symlinkSync('/dev/urandom', link);
    assertOneLineError(await delib('check', file('ok.delib', SAMPLE), '--roster', link), /conseil\.yaml : ce n'est pas un fichier ordinaire/);
    const big = file('big.yaml', 'x'.repeat(1024 * 1024 + 1));
    assertOneLineError(await delib('check', file('ok2.delib', SAMPLE), '--roster', big), /big\.yaml : fichier trop volumineux \(1 MB ; au plus 1 MB\)/);
  });

  it('exits with 0 or 1 and prints the findings as JSON, exactly as analyze() finds them', async () => {
    for (const text of [SAMPLE, UNCLOSED_BOLD]) {
      const path = file('doc.delib', text);
      const run = await delib('check', path, '--format', 'json');
      const want = expected({ [path]: text }, 'json');
      assert.equal(run.stdout, want.stdout);
      assert.equal(run.status, want.status);
      assert.equal(run.stderr, '');
      const findings: unknown = JSON.parse(run.stdout);
      assert.ok(Array.isArray(findings));
    }
  });

  it('prints file:line:column severity code message lines and a summary in text format', async () => {
    const a = file('a.delib', SAMPLE);
    const b = file('b.delib', UNCLOSED_BOLD);
    const run = await delib('check', a, b, '--format', 'text');
    const want = expected({ [a]: SAMPLE, [b]: UNCLOSED_BOLD }, 'text');
    assert.equal(run.stdout, want.stdout);
    assert.equal(run.status, want.status);
    const lines = run.stdout.trimEnd().split('\n');
    for (const line of lines.slice(0, -1)) assert.match(line, FINDING_LINE);
    assert.match(lines[lines.length - 1], /^2 fichiers, \d+ erreurs?, \d+ avertissements?/);
  });

  it('checks every *.delib below a folder, sorted, skipping hidden folders', async () => {
    file('z.delib', SAMPLE);
    file('sub/b.delib', UNCLOSED_BOLD);
    file('sub/deeper/a.DELIB', SAMPLE);
    file('sub/notes.txt', 'pas un fichier délibération');
    file('.git/hidden.delib', SAMPLE);
    file('node_modules/dep.delib', SAMPLE);
    const { files, problems } = collectFiles([dir, join(dir, 'z.delib')]);
    assert.deepEqual(problems, []);
    assert.deepEqual(files, [join(dir, 'sub/b.delib'), join(dir, 'sub/deeper/a.DELIB'), join(dir, 'z.delib')]);

    const run = await delib('check', dir);
    assert.match(run.stdout.trimEnd().split('\n').pop() ?? '', /^3 fichiers, /);
    assert.equal(run.status, expected({ b: UNCLOSED_BOLD, a: SAMPLE, z: SAMPLE }, 'text').status);
  });

  it('strips a UTF-8 byte order mark', async () => {
    const path = file('bom.delib', `\uFEFF${SAMPLE}`);
    assert.deepEqual(readTextFile(path), { text: SAMPLE });
    const run = await delib('check', path, '--format', 'json');
    assert.equal(run.stdout, expected({ [path]: SAMPLE }, 'json').stdout);
  });
});

describe('delib check on many files: worker threads and shards', function () {
  // (The shards' test runs the CLI over the real corpus seven times, three at once: 54–58 s on a loaded 2-core machine,
  // with this build and the one before it alike.)
  this.timeout(180_000);
  const REAL = repoPath('corpus', 'real');
  const acts = readdirSync(REAL).filter((f) => f.endsWith('.delib')).length;

  it('prints with --jobs 2 exactly what one thread prints, in the order of the files, with the same status', async () => {
    const [one, two] = await Promise.all([delib('check', REAL, '--jobs', '1', '--format', 'json'), delib('check', REAL, '--jobs', '2', '--format', 'json')]);
    assert.ok(JSON.parse(one.stdout).length > 50, 'the corpus has findings');
    assert.equal(two.stdout, one.stdout);
    assert.equal(two.status, one.status);
    const text = await delib('check', REAL, '--jobs', '2');
    assert.match(text.stdout.trimEnd().split('\n').pop() ?? '', new RegExp(`^${acts} fichiers, `));
  });

  it('reports an unreadable file among the others with workers too, and checks the others (status 2)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'delib-jobs-'));
    try {
      for (let i = 0; i < 6; i++) writeFileSync(join(dir, `a${i}.delib`), SAMPLE);
      writeFileSync(join(dir, 'latin1.delib'), Buffer.from('S\xe9ance du 3 mars 2025\n', 'latin1'));
      const run = await delib('check', dir, '--jobs', '2');
      assert.equal(run.status, 2);
      assert.match(run.stderr, /latin1\.delib : le fichier n'est pas encodé en UTF-8/);
      assert.match(run.stdout.trimEnd().split('\n').pop() ?? '', /^6 fichiers, /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('checks the I-th of N consecutive parts with --shard I/N: the parts together are the whole, each file once', async () => {
    const whole = JSON.parse((await delib('check', REAL, '--format', 'json')).stdout) as { file: string; code: string; line: number }[];
    const parts = await Promise.all([1, 2, 3].map((i) => delib('check', REAL, '--shard', `${i}/3`, '--format', 'json')));
    const files = parts.map((p) => new Set((JSON.parse(p.stdout) as { file: string }[]).map((f) => f.file)));
    for (const [k, a] of files.entries()) for (const b of files.slice(k + 1)) assert.deepEqual([...a].filter((f) => b.has(f)), [], 'no file in two parts');
    // Each file's own findings are those of the whole run (the checks across acts compare the files of a part only).
    const own = (xs: { file: string; code: string; line: number }[]) => xs.filter((f) => !(CROSS_CODES as readonly string[]).includes(f.code)).map((f) => `${f.file}:${f.line} ${f.code}`).sort();
    assert.deepEqual(own(parts.flatMap((p) => JSON.parse(p.stdout))), own(whole));
    const summary = (await Promise.all([1, 2, 3].map((i) => delib('check', REAL, '--shard', `${i}/3`)))).map((r) => Number(/^(\d+) fichiers/m.exec(r.stdout.trimEnd().split('\n').pop() ?? '')?.[1]));
    assert.equal(summary.reduce((a, b) => a + b, 0), acts);
  });

  it('refuses a shard or a number of jobs that makes no sense, in one line', async () => {
    assertOneLineError(await delib('check', REAL, '--shard', '4/3'), /--shard 4\/3 : I\/N est attendu/);
    assertOneLineError(await delib('check', REAL, '--shard', 'deux'), /--shard deux : I\/N est attendu/);
    assertOneLineError(await delib('check', REAL, '--jobs', '0'), /--jobs 0 : un nombre de 1 à 64 est attendu/);
  });

  it('cuts the files into even consecutive parts', () => {
    const xs = Array.from({ length: 10 }, (_, i) => i);
    assert.deepEqual([1, 2, 3].map((i) => shardOf(xs, i, 3)), [[0, 1, 2], [3, 4, 5], [6, 7, 8, 9]]);
    assert.deepEqual(shardOf([1, 2], 3, 3), [2]);
    assert.deepEqual(shardOf([1, 2], 1, 3), []);
  });
});

describe('delib output formatting', () => {
  const finding = (line: number, severity: Finding['severity'], code: string): Finding => ({
    code,
    severity,
    message: `Message ${code}\nsur deux lignes`,
    range: range(line, 4, line + 1, 0),
  });
  const results: FileResult[] = [
    { file: 'a.delib', findings: [finding(7, 'warning', 'vote'), finding(2, 'error', 'syntax')] },
    { file: 'b.delib', findings: [] },
    { file: 'c.delib', findings: [finding(0, 'hint', 'style')] },
  ];

  it('converts positions to 1-based and sorts by position within a file', () => {
    assert.deepEqual(toJsonFindings(results)[0], {
      file: 'a.delib',
      line: 3,
      column: 5,
      endLine: 4,
      endColumn: 1,
      severity: 'error',
      code: 'syntax',
      message: 'Message syntax\nsur deux lignes',
    });
    assert.deepEqual(JSON.parse(formatJson(results)), toJsonFindings(results));
  });

  it('formats text lines on one line each, then the summary', () => {
    assert.equal(
      formatText(results, 'fr'),
      [
        'a.delib:3:5 error syntax Message syntax sur deux lignes',
        'a.delib:8:5 warning vote Message vote sur deux lignes',
        'c.delib:1:5 hint style Message style sur deux lignes',
        '3 fichiers, 1 erreur, 1 avertissement, 1 suggestion',
        '',
      ].join('\n'),
    );
  });

  it('words the summary with French and English plurals', () => {
    const counts = { error: 2, warning: 1, information: 0, hint: 0 };
    assert.equal(summaryLine(3, counts, 'fr'), '3 fichiers, 2 erreurs, 1 avertissement');
    assert.equal(summaryLine(0, { ...counts, error: 0 }, 'fr'), '0 fichier, 0 erreur, 1 avertissement');
    assert.equal(summaryLine(1, counts, 'en'), '1 file, 2 errors, 1 warning');
  });

  it('exits with 1 only when an error is found', () => {
    assert.equal(exitStatusOf(results), 1);
    assert.equal(exitStatusOf(results.slice(1)), 0);
  });
});
