// Export from VS Code: the active act (command, editor title menu) or a folder of acts (explorer menu), to
// Word, PDF, HTML and the SCDL CSV, with the renderers of core/export. An act with errors is exported only
// after confirmation; an existing file is replaced only with consent (otherwise a new name: « acte (2).pdf »);
// every file is written atomically. A folder shows a cancellable progress notification.
import * as path from 'node:path';
import * as fs from 'node:fs';
import { ProgressLocation, RelativePattern, Uri, commands, env, window, workspace, type CancellationToken, type TextDocument } from 'vscode';
import { analyze, stripBom, type Analysis } from '../core/analyze';
import { tryLoadCommuneIndex, type CommuneIndex } from '../core/communes/index';
import {
  blockingFindings, CSV_FILE_NAME, documentFormats, outputPath, renderDocuments, scdlProblems, scdlRowsOfFile, toCsv, writeAtomic,
  type ExportFormat, type ScdlOptions, type ScdlRow,
} from '../core/export/index';
import type { Locale, Severity } from '../core/types';
import { localeSetting } from './preview';
import { normalizeSettings } from '../shared/settings';

type T = (fr: string, en: string) => string;
const tr = (locale: Locale): T => (fr, en) => (locale === 'en' ? en : fr);

const FORMAT_LABELS: Record<ExportFormat, [string, string]> = {
  docx: ['Word (.docx)', 'Word (.docx)'],
  pdf: ['PDF (A4)', 'PDF (A4)'],
  html: ['HTML imprimable', 'Printable HTML'],
  csv: ['Données ouvertes : CSV SCDL Délibérations', 'Open data: SCDL Délibérations CSV'],
};

async function pickFormats(t: T, locale: Locale): Promise<ExportFormat[] | undefined> {
  const items = (Object.keys(FORMAT_LABELS) as ExportFormat[]).map((f) => ({ label: FORMAT_LABELS[f][locale === 'en' ? 1 : 0], format: f, picked: f === 'pdf' }));
  const picked = await window.showQuickPick(items, { canPickMany: true, title: t('Exporter en…', 'Export to…') });
  return picked && picked.length ? picked.map((p) => p.format) : undefined;
}

function settings(): { severities: Record<string, Severity | 'off'>; scdl: ScdlOptions } {
  const c = workspace.getConfiguration('deliberation');
  const s = (key: string) => (c.get<string>(key) ?? '').trim() || undefined;
  return {
    // Read as the server reads them: the same findings stop an export as the editor shows.
    severities: normalizeSettings({ checks: c.get('checks') }).severities,
    scdl: {
      siret: s('export.siret'), matiereCode: s('export.matiereCode'), matiereNom: s('export.matiereNom'), collectivity: s('export.collectivite'),
      prefId: s('export.prefecture'), url: s('export.urlActes'),
    },
  };
}

let communes: CommuneIndex | undefined;
function analyzeText(text: string, locale: Locale): Analysis {
  communes ??= tryLoadCommuneIndex().index;
  return analyze(text, { locale, communes, severities: settings().severities });
}

type ExistingChoice = 'replace' | 'rename' | undefined;

/** Asks once what to do with files that already exist. */
export async function askExisting(t: T, existing: string[]): Promise<ExistingChoice> {
  if (existing.length === 0) return 'rename';
  const replace = t('Remplacer', 'Replace');
  const rename = t('Écrire sous un nouveau nom', 'Write under a new name');
  const what = existing.length === 1 ? path.basename(existing[0]) : t(`${existing.length} fichiers`, `${existing.length} files`);
  const answer = await window.showWarningMessage(t(`${what} existe${existing.length > 1 ? 'nt' : ''} déjà.`, `${what} already exist${existing.length > 1 ? '' : 's'}.`), { modal: true }, replace, rename);
  return answer === replace ? 'replace' : answer === rename ? 'rename' : undefined;
}

/** Asks whether acts with errors are exported anyway. */
async function confirmErrors(t: T, withErrors: { file: string; codes: string[] }[], total: number): Promise<'all' | 'clean' | undefined> {
  if (withErrors.length === 0) return 'all';
  const anyway = t('Exporter quand même', 'Export anyway');
  const skip = t('Ignorer ces actes', 'Skip these acts');
  const detail = withErrors.map((w) => `${path.basename(w.file)} : ${w.codes.join(', ')}`).join('\n');
  const buttons = withErrors.length < total ? [anyway, skip] : [anyway];
  const answer = await window.showWarningMessage(
    t(`${withErrors.length === 1 ? 'Un acte contient' : `${withErrors.length} actes contiennent`} des erreurs : l'acte exporté les garderait.`, `${withErrors.length === 1 ? 'An act has' : `${withErrors.length} acts have`} errors: the exported document would keep them.`),
    { modal: true, detail },
    ...buttons,
  );
  return answer === anyway ? 'all' : answer === skip ? 'clean' : undefined;
}

interface Act {
  file: string;
  analysis: Analysis;
}

/** Writes the files of the acts; returns the paths written. */
async function writeAll(acts: Act[], formats: ExportFormat[], outDir: string | undefined, csvDir: string, t: T, locale: Locale, token?: CancellationToken, report?: (done: number) => void): Promise<string[] | undefined> {
  const docFormats = documentFormats(formats);
  const targets = acts.flatMap((a) => docFormats.map((f) => outputPath(a.file, f, outDir)));
  if (formats.includes('csv')) targets.push(path.join(csvDir, CSV_FILE_NAME));
  const choice = await askExisting(t, targets.filter((f) => fs.existsSync(f)));
  if (!choice) return undefined;
  const overwrite = choice === 'replace';
  const written: string[] = [];
  const onExisting = overwrite ? 'replace' : 'next-free-name';
  for (const [i, act] of acts.entries()) {
    if (token?.isCancellationRequested) break;
    for await (const [f, data] of renderDocuments(act.analysis, docFormats, { locale, draft: blockingFindings(act.analysis.findings).length > 0 })) written.push(writeAtomic(outputPath(act.file, f, outDir), data, onExisting));
    report?.(i + 1);
  }
  if (formats.includes('csv') && !token?.isCancellationRequested) {
    const rows: ScdlRow[] = [];
    const warnings: string[] = [];
    for (const act of acts) {
      const r = scdlRowsOfFile(act.analysis, path.basename(act.file), { ...settings().scdl, locale });
      rows.push(...r.rows);
      warnings.push(...r.warnings);
    }
    // The whole file against the SCDL schema first: a wrong setting (a SIRET miscopied) writes no CSV.
    const problems = scdlProblems(rows, locale);
    if (problems.length) {
      void window.showErrorMessage(`${t('CSV non écrit, hors du schéma SCDL', 'CSV not written, outside the SCDL schema')} : ${problems[0]}${problems.length > 1 ? ` (+${problems.length - 1})` : ''} — ${t('réglages deliberation.export.*', 'settings deliberation.export.*')}`);
    } else if (rows.length) written.push(writeAtomic(path.join(csvDir, CSV_FILE_NAME), toCsv(rows), onExisting));
    if (warnings.length) {
      // Named, never invented: the settings deliberation.export.* give what the acts do not say.
      void window.showWarningMessage(`${warnings[0]}${warnings.length > 1 ? ` (+${warnings.length - 1})` : ''} — ${t('réglages deliberation.export.*', 'settings deliberation.export.*')}`);
    }
  }
  return written;
}

export async function announce(t: T, written: string[]) {
  if (written.length === 0) return;
  const open = t('Ouvrir', 'Open');
  const reveal = t('Afficher dans le dossier', 'Reveal in folder');
  const answer = await window.showInformationMessage(
    written.length === 1 ? t(`Écrit : ${written[0]}`, `Written: ${written[0]}`) : t(`${written.length} fichiers écrits.`, `${written.length} files written.`),
    open,
    reveal,
  );
  if (answer === open) await env.openExternal(Uri.file(written[0]));
  else if (answer === reveal) await commands.executeCommand('revealFileInOS', Uri.file(written[0]));
}

/** « Délibérations : exporter »: the active act (or the one given by the editor title menu). */
export async function exportActive(uri?: Uri): Promise<void> {
  const locale = localeSetting();
  const t = tr(locale);
  let document: TextDocument | undefined = window.activeTextEditor?.document;
  if (uri instanceof Uri) document = await workspace.openTextDocument(uri);
  if (!document || document.languageId !== 'deliberation') {
    void window.showWarningMessage(t('Ouvrez un acte (.delib) pour l\'exporter.', 'Open an act (.delib) to export it.'));
    return;
  }
  const formats = await pickFormats(t, locale);
  if (!formats) return;
  let file = document.uri.fsPath;
  if (document.isUntitled || document.uri.scheme !== 'file') {
    const folder = await window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, title: t('Dossier où écrire les fichiers', 'Folder to write the files to') });
    if (!folder?.length) return;
    file = path.join(folder[0].fsPath, 'acte.delib');
  }
  const analysis = analyzeText(document.getText(), locale);
  const errors = blockingFindings(analysis.findings);
  if ((await confirmErrors(t, errors.length ? [{ file, codes: [...new Set(errors.map((e) => e.code))] }] : [], 1)) === undefined) return;
  try {
    const written = await writeAll([{ file, analysis }], formats, undefined, path.dirname(file), t, locale);
    if (written) await announce(t, written);
  } catch (err) {
    void window.showErrorMessage(t(`Export impossible : ${String(err)}`, `Export failed: ${String(err)}`));
  }
}

/** « Délibérations : exporter un dossier d'actes »: every .delib below a folder, with a progress notification. */
export async function exportFolder(uri?: Uri): Promise<void> {
  const locale = localeSetting();
  const t = tr(locale);
  let folder = uri instanceof Uri ? uri : undefined;
  if (!folder) {
    const picked = await window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, title: t('Dossier des actes à exporter', 'Folder of the acts to export') });
    folder = picked?.[0];
  }
  if (!folder) return;
  const formats = await pickFormats(t, locale);
  if (!formats) return;
  const files = (await workspace.findFiles(new RelativePattern(folder, '**/*.delib'), '**/node_modules/**')).map((u) => u.fsPath).sort();
  if (files.length === 0) {
    void window.showInformationMessage(t('Aucun acte (.delib) dans ce dossier.', 'No act (.delib) in this folder.'));
    return;
  }
  try {
    const written = await window.withProgress(
      { location: ProgressLocation.Notification, title: t('Export des actes', 'Exporting acts'), cancellable: true },
      async (progress, token) => {
        const acts: Act[] = [];
        for (const [i, file] of files.entries()) {
          if (token.isCancellationRequested) return undefined;
          progress.report({ message: t(`analyse ${i + 1}/${files.length} ${path.basename(file)}`, `checking ${i + 1}/${files.length} ${path.basename(file)}`), increment: 50 / files.length });
          acts.push({ file, analysis: analyzeText(stripBom(fs.readFileSync(file, 'utf8')), locale) });
        }
        const withErrors = acts.map((a) => ({ file: a.file, codes: [...new Set(blockingFindings(a.analysis.findings).map((f) => f.code))] })).filter((w) => w.codes.length);
        const decision = await confirmErrors(t, withErrors, acts.length);
        if (!decision) return undefined;
        const kept = decision === 'all' ? acts : acts.filter((a) => !withErrors.some((w) => w.file === a.file));
        let done = 0;
        return writeAll(kept, formats, undefined, folder!.fsPath, t, locale, token, (n) => {
          progress.report({ message: t(`export ${n}/${kept.length}`, `export ${n}/${kept.length}`), increment: (50 * (n - done)) / kept.length });
          done = n;
        });
      },
    );
    if (written) await announce(t, written);
  } catch (err) {
    void window.showErrorMessage(t(`Export impossible : ${String(err)}`, `Export failed: ${String(err)}`));
  }
}
