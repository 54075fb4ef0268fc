// `delib export PATH… --to docx|pdf|html|csv[,…] [-o DIR] [--force] [--overwrite]`: the final documents.
//
// - docx, pdf, html: one file per act, named after it (« acte.delib » → « acte.pdf »), beside it or in DIR.
// - csv: one SCDL « Délibérations » table for all the acts, « deliberations.csv » in DIR (or the current folder).
// - An act with error findings is not exported without --force: it is named with the reason on stderr and the
//   status is 1 (the other acts are exported).
// - An existing file is never replaced without --overwrite: the files to write are looked for first, and if any
//   exists nothing is written (status 2, each named). Every file is written atomically (a temporary file in the
//   same folder, then renamed), and one created meanwhile is not replaced either.
import { errorInWords } from './messages';
import * as path from 'node:path';
import { analyze, type Analysis } from '../core/analyze';
import type { Locale } from '../core/types';
import {
  blockingFindings, CSV_FILE_NAME, documentFormats, EXPORT_FORMATS, outputPath, openDataOptions, renderDocuments, scdlProblems, scdlRowsOfFile, taken, toCsv, writeAtomic, type ExportFormat, type ScdlRow,
} from '../core/export/index';
import { UsageError, type Command } from './command';
import { siretDigits, siretProblem, type SiretProblem } from '../core/text/siret';
import { isPrefectureId, isSubMatter, isWebAddress } from '../core/text/actes';
import { readForAnalysis } from './input';

/** « [#####·····] »: the acts done before this one. */
function bar(i: number, n: number): string {
  const done = Math.round(((i - 1) / n) * 20);
  return `[${'#'.repeat(done)}${'·'.repeat(20 - done)}]`;
}

const TEXT = {
  fr: {
    noFormat: `format manquant : --to ${EXPORT_FORMATS.join('|')} (plusieurs séparés par des virgules)`,
    badFormat: (f: string) => `format inconnu : ${f} (attendu : ${EXPORT_FORMATS.join(', ')})`,
    noPaths: 'aucun fichier ni dossier à exporter',
    blocked: (file: string, n: number, codes: string) =>
      `${file} : non exporté, ${n} erreur${n > 1 ? 's' : ''} (${codes}) ; corrigez-${n > 1 ? 'les' : 'la'} (delib check) ou exportez quand même avec --force`,
    written: (file: string) => `écrit : ${file}`,
    clash: (file: string) => `${file} : plusieurs actes portent ce nom ; rien n’est écrit ; exportez-les séparément (-o vers des dossiers différents)`,
    exists: (file: string) => `${file} existe déjà : rien n’est écrit ; ajoutez --overwrite pour remplacer les fichiers existants`,
    cannotWrite: (file: string, reason: string) => `${file} : écriture impossible (${reason})`,
    progress: (i: number, n: number, file: string) => `${bar(i, n)} ${i}/${n} ${file}`,
    noRows: 'aucune délibération trouvée : le fichier CSV n\'est pas écrit',
    badSiret: (v: string, why: SiretProblem) => `--siret ${v} : ${why === 'digits' ? '14 chiffres attendus' : 'la clé de contrôle est fausse (un chiffre mal recopié ?)'}`,
    badMatiere: (v: string) => `--matiere ${v} : un code de la nomenclature @ctes est attendu (« 7.5 » : la matière puis la sous-matière, de 1.1 à 9.4)`,
    badPrefecture: (v: string) => `--prefecture ${v} : PREFNNN (PREF025), SPREFNNNM ou SGARNNN attendu`,
    badUrl: (v: string) => `--url ${v} : une adresse http(s) attendue, où {DELIB_ID}, {DELIB_DATE} et {ANNEE} sont remplacés`,
    invalid: 'le CSV ne respecte pas le schéma SCDL des délibérations : il n’est pas écrit',
  },
  en: {
    noFormat: `missing format: --to ${EXPORT_FORMATS.join('|')} (several separated by commas)`,
    badFormat: (f: string) => `unknown format: ${f} (expected: ${EXPORT_FORMATS.join(', ')})`,
    noPaths: 'no file or folder to export',
    blocked: (file: string, n: number, codes: string) =>
      `${file}: not exported, ${n} error${n > 1 ? 's' : ''} (${codes}); fix ${n > 1 ? 'them' : 'it'} (delib check) or export anyway with --force`,
    written: (file: string) => `written: ${file}`,
    clash: (file: string) => `${file}: several acts have this name; nothing is written; export them separately (-o to different folders)`,
    exists: (file: string) => `${file} already exists: nothing is written; add --overwrite to replace existing files`,
    cannotWrite: (file: string, reason: string) => `${file}: cannot write (${reason})`,
    progress: (i: number, n: number, file: string) => `${bar(i, n)} ${i}/${n} ${file}`,
    noRows: 'no deliberation found: the CSV file is not written',
    badSiret: (v: string, why: SiretProblem) => `--siret ${v}: ${why === 'digits' ? '14 digits expected' : 'the check digit is wrong (a digit miscopied?)'}`,
    badMatiere: (v: string) => `--matiere ${v}: a code of the @ctes nomenclature is expected (“7.5”: the matter then the sub-matter, 1.1 to 9.4)`,
    badPrefecture: (v: string) => `--prefecture ${v}: PREFNNN (PREF025), SPREFNNNM or SGARNNN expected`,
    badUrl: (v: string) => `--url ${v}: an http(s) address expected, where {DELIB_ID}, {DELIB_DATE} and {ANNEE} are replaced`,
    invalid: 'the CSV does not follow the SCDL deliberations schema: it is not written',
  },
};

function formatsOf(value: string | boolean | undefined, locale: Locale): ExportFormat[] {
  const t = TEXT[locale];
  if (typeof value !== 'string' || !value.trim()) throw new UsageError(t.noFormat);
  const formats = value.split(',').map((f) => f.trim().toLowerCase()).filter(Boolean);
  for (const f of formats) if (!(EXPORT_FORMATS as readonly string[]).includes(f)) throw new UsageError(t.badFormat(f));
  return [...new Set(formats)] as ExportFormat[];
}

/** A progress line on stderr, redrawn in place, only on a terminal. */
function progressLine(): { show(text: string): void; clear(): void } {
  const tty = process.stderr.isTTY === true;
  let shown = false;
  return {
    show(text) {
      if (!tty) return;
      const width = Math.max(20, (process.stderr.columns || 80) - 1);
      process.stderr.write(`\r\x1b[K${text.length > width ? `…${text.slice(text.length - width + 1)}` : text}`);
      shown = true;
    },
    clear() {
      if (shown) process.stderr.write('\r\x1b[K');
      shown = false;
    },
  };
}

function string(value: string | boolean | undefined): string | undefined {
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

export const exportCommand: Command = {
  name: 'export',
  synopsis: `PATH… --to ${EXPORT_FORMATS.join('|')}[,…] [-o DIR] [--force] [--overwrite] [--siret N] [--matiere CODE] [--matiere-nom NOM] [--collectivite NOM] [--prefecture PREFNNN] [--url MODELE] [--roster conseil.yaml]`,
  summary: {
    fr: 'écrit les documents définitifs (Word, PDF, HTML) et le CSV SCDL des délibérations ; jamais par-dessus un fichier existant sans --overwrite',
    en: 'write the final documents (Word, PDF, HTML) and the SCDL deliberations CSV; never over an existing file without --overwrite',
  },
  options: {
    to: { type: 'string' },
    out: { type: 'string', short: 'o' },
    force: { type: 'boolean' },
    overwrite: { type: 'boolean' },
    siret: { type: 'string' },
    matiere: { type: 'string' },
    'matiere-nom': { type: 'string' },
    collectivite: { type: 'string' },
    prefecture: { type: 'string' },
    url: { type: 'string' },
    roster: { type: 'string' },
  },
  async run({ positionals, values, locale, out, err }) {
    const t = TEXT[locale];
    const formats = formatsOf(values.to, locale);
    if (positionals.length === 0) throw new UsageError(t.noPaths);
    // The values written into the open data, checked before anything is read: a wrong one is worse than an empty one.
    const siret = string(values.siret);
    const siretWrong = siret ? siretProblem(siret) : undefined;
    if (siret && siretWrong) throw new UsageError(t.badSiret(siret, siretWrong));
    const matiere = string(values.matiere);
    if (matiere && !isSubMatter(matiere)) throw new UsageError(t.badMatiere(matiere));
    const prefecture = string(values.prefecture);
    if (prefecture && !isPrefectureId(prefecture)) throw new UsageError(t.badPrefecture(prefecture));
    const url = string(values.url);
    if (url && !isWebAddress(url.replace(/\{(?:DELIB_ID|DELIB_DATE|ANNEE)\}/g, 'x'))) throw new UsageError(t.badUrl(url));
    // Read as `delib check` reads (same communes, same --roster), so that the same errors stop the export.
    const input = readForAnalysis({ positionals, values, locale, err });
    if (typeof input === 'number') return input;
    const { texts, communes, roster } = input;
    const outDir = string(values.out);
    const overwrite = values.overwrite === true;
    // Looked at before anything is written: two acts that would give the same file (« 2024/001.delib » and
    // « 2025/001.delib » into one -o folder), and, without --overwrite, each file that exists already.
    const targets = texts.flatMap(({ file }) => documentFormats(formats).map((f) => outputPath(file, f, outDir)));
    const seen = new Set<string>();
    const clashes = [...new Set(targets.filter((x) => seen.has(x) || !seen.add(x)))];
    for (const file of clashes) err(t.clash(file));
    if (formats.includes('csv')) targets.push(path.join(outDir ?? '.', CSV_FILE_NAME));
    const existing = overwrite ? [] : [...new Set(targets)].filter(taken);
    for (const file of existing) err(t.exists(file));
    if (clashes.length > 0 || existing.length > 0) return 2;
    const progress = progressLine();
    let status = 0;
    const write = (target: string, data: Uint8Array | string): boolean => {
      try {
        out(`${t.written(writeAtomic(target, data, overwrite ? 'replace' : 'refuse'))}\n`);
        return true;
      } catch (e) {
        progress.clear();
        const code = (e as NodeJS.ErrnoException).code;
        // Created meanwhile (by another export): not replaced either.
        err(code === 'EEXIST' && taken(target) ? t.exists(target) : t.cannotWrite(target, errorInWords(code ?? String(e), locale)));
        status = 2;
        return false;
      }
    };
    const exported: { file: string; analysis: Analysis }[] = [];
    for (const [i, { file, text }] of texts.entries()) {
      progress.show(t.progress(i + 1, texts.length, file));
      const analysis = analyze(text, { locale, communes, roster });
      const blocking = blockingFindings(analysis.findings);
      if (blocking.length > 0 && values.force !== true) {
        progress.clear();
        err(t.blocked(file, blocking.length, [...new Set(blocking.map((f) => f.code))].join(', ')));
        status = Math.max(status, 1);
        continue;
      }
      exported.push({ file, analysis });
      for await (const [format, data] of renderDocuments(analysis, documentFormats(formats), { locale, draft: blocking.length > 0 })) {
        progress.clear();
        if (!write(outputPath(file, format, outDir), data)) break;
      }
    }
    progress.clear();
    if (formats.includes('csv')) {
      const rows: ScdlRow[] = [];
      const options = {
        siret: siret && siretDigits(siret),
        matiereCode: string(values.matiere),
        matiereNom: string(values['matiere-nom']),
        collectivity: string(values.collectivite),
        prefId: prefecture,
        url,
        locale,
      };
      for (const { file, analysis } of exported) {
        // The collectivity's SIRET, prefecture and address of acts from its roster, for the acts of its assembly.
        const r = scdlRowsOfFile(analysis, file, openDataOptions(options, analysis, roster));
        rows.push(...r.rows);
        for (const w of r.warnings) err(w);
      }
      // The whole file against the schema before it is written (a safety net: every value given was checked).
      const problems = scdlProblems(rows, locale);
      for (const p of problems) err(p);
      if (problems.length) {
        err(t.invalid);
        status = 2;
      } else if (rows.length === 0) err(t.noRows);
      else write(path.join(outDir ?? '.', CSV_FILE_NAME), toCsv(rows));
    }
    return status;
  },
};
