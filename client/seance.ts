// « Délibérations : documents de la séance » and « Délibérations : registre de l'année »: the documents made from
// several acts (core/export/documents.ts, as `delib seance` and `delib registre`), from the .delib files of a folder
// (the explorer's folder, or the active act's). When the folder holds several séances or years, the user picks one;
// formats are picked as for the export; an existing file is replaced only with consent (otherwise a new name).
import * as path from 'node:path';
import * as fs from 'node:fs';
import { RelativePattern, Uri, window, workspace } from 'vscode';
import { stripBom } from '../core/analyze';
import { formatDateFr } from '../core/text/dates';
import { DOCUMENT_FORMATS, registreDocument, renderLayoutAs, seanceDocuments, writeAtomic, type ActsInput, type DocumentFormat, type DocumentsFailure, type Layout } from '../core/export/index';
import type { Locale } from '../core/types';
import { localeSetting } from './preview';
import { announce, askExisting } from './export';

type T = (fr: string, en: string) => string;
const tr = (locale: Locale): T => (fr, en) => (locale === 'en' ? en : fr);

/** Files of acts larger than this are left out (the editor does not analyse them either). */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

const LABELS: Record<DocumentFormat, [string, string]> = { pdf: ['PDF (A4)', 'PDF (A4)'], docx: ['Word (.docx)', 'Word (.docx)'], html: ['HTML imprimable', 'Printable HTML'] };

/** The folder the command works on: the one given (explorer), the folder of a file given, or of the active act. */
async function folderOf(uri: unknown, t: T): Promise<Uri | undefined> {
  if (uri instanceof Uri) {
    try {
      return (await workspace.fs.stat(uri)).type & 2 /* Directory */ ? uri : Uri.file(path.dirname(uri.fsPath));
    } catch {
      return undefined;
    }
  }
  const active = window.activeTextEditor?.document;
  if (active && active.uri.scheme === 'file' && active.languageId === 'deliberation') return Uri.file(path.dirname(active.uri.fsPath));
  const picked = await window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, title: t('Dossier des actes', 'Folder of the acts') });
  return picked?.[0];
}

/** The acts of the folder (regular files only, bounded), with the open documents' current text. */
async function inputsOf(folder: Uri): Promise<ActsInput[]> {
  const files = (await workspace.findFiles(new RelativePattern(folder, '**/*.delib'), '**/node_modules/**')).map((u) => u.fsPath).sort();
  const inputs: ActsInput[] = [];
  for (const file of files) {
    const open = workspace.textDocuments.find((d) => d.uri.scheme === 'file' && d.uri.fsPath === file);
    if (open) {
      inputs.push({ name: file, text: open.getText() });
      continue;
    }
    try {
      const st = fs.lstatSync(file);
      if (st.isFile() && st.size <= MAX_FILE_BYTES) inputs.push({ name: file, text: stripBom(fs.readFileSync(file, 'utf8')) });
    } catch {
      // Gone meanwhile, or unreadable: left out.
    }
  }
  return inputs;
}

async function pickFormats(t: T, locale: Locale): Promise<DocumentFormat[] | undefined> {
  const items = DOCUMENT_FORMATS.map((f) => ({ label: LABELS[f][locale === 'en' ? 1 : 0], format: f, picked: f === 'pdf' }));
  const picked = await window.showQuickPick(items, { canPickMany: true, title: t('Écrire en…', 'Write as…') });
  return picked && picked.length ? picked.map((p) => p.format) : undefined;
}

/** Writes each layout in each format into the folder; the paths written, or undefined when the user stops. */
async function writeLayouts(documents: { name: string; layout: Layout }[], formats: DocumentFormat[], folder: string, t: T, locale: Locale): Promise<string[] | undefined> {
  const targets = documents.flatMap((d) => formats.map((format) => ({ ...d, format, file: path.join(folder, `${d.name}.${format}`) })));
  const choice = await askExisting(t, targets.map((x) => x.file).filter((f) => fs.existsSync(f)));
  if (!choice) return undefined;
  const written: string[] = [];
  for (const x of targets) written.push(writeAtomic(x.file, await renderLayoutAs(x.layout, x.format, { locale }), choice === 'replace' ? 'replace' : 'next-free-name'));
  return written;
}

/** Runs `make`; when the acts are of several séances or years, asks which and runs it again with the choice. */
async function withChoice<R extends object>(make: (choice?: string) => R | DocumentsFailure, t: T, locale: Locale): Promise<R | undefined> {
  const first = make();
  if (!('problem' in first)) return first;
  const p = first.problem;
  const choices = p.kind === 'several-dates' ? p.dates : p.kind === 'several-years' ? p.years : undefined;
  if (!choices) {
    void window.showErrorMessage(first.message);
    return undefined;
  }
  const label = (c: string) => {
    if (p.kind === 'several-years' || locale === 'en') return c;
    const [year, month, day] = c.split('-').map(Number);
    return formatDateFr({ year, month, day }, true);
  };
  const picked = await window.showQuickPick(
    [...choices].reverse().map((c) => ({ label: label(c), value: c })),
    { title: p.kind === 'several-dates' ? t('Séance', 'Séance') : t('Année', 'Year'), placeHolder: p.kind === 'several-dates' ? t('Les actes de ce dossier sont de plusieurs séances', 'The acts of this folder are of several séances') : t('Les actes de ce dossier sont de plusieurs années', 'The acts of this folder are of several years') },
  );
  if (!picked) return undefined;
  const again = make(picked.value);
  if ('problem' in again) {
    void window.showErrorMessage(again.message);
    return undefined;
  }
  return again;
}

/**
 * What both commands do: the folder, its acts, the séance or year (picked when several), the formats, then the files
 * of `documents` written into the folder. `failed` words an unexpected error.
 */
async function fromFolder<R extends object>(
  uri: unknown,
  make: (inputs: ActsInput[], choice: string | undefined, locale: Locale) => R | DocumentsFailure,
  documents: (r: R) => { name: string; layout: Layout }[],
  failed: [string, string],
): Promise<void> {
  const locale = localeSetting();
  const t = tr(locale);
  const folder = await folderOf(uri, t);
  if (!folder) return;
  try {
    const inputs = await inputsOf(folder);
    if (inputs.length === 0) {
      void window.showInformationMessage(t('Aucun acte (.delib) dans ce dossier.', 'No act (.delib) in this folder.'));
      return;
    }
    const made = await withChoice((choice) => make(inputs, choice, locale), t, locale);
    if (!made) return;
    const formats = await pickFormats(t, locale);
    if (!formats) return;
    const written = await writeLayouts(documents(made), formats, folder.fsPath, t, locale);
    if (written) await announce(t, written);
  } catch (err) {
    void window.showErrorMessage(`${t(...failed)} : ${String(err)}`);
  }
}

/** « Délibérations : documents de la séance »: the list of the deliberations examined and the draft procès-verbal. */
export function seanceDocumentsCommand(uri?: unknown): Promise<void> {
  return fromFolder(
    uri,
    (inputs, date, locale) => seanceDocuments(inputs, { date, locale }),
    (d) => [{ name: d.fileNames.liste, layout: d.liste }, { name: d.fileNames.pv, layout: d.pv }],
    ['Documents de la séance impossibles', 'Séance documents failed'],
  );
}

/** « Délibérations : registre de l'année »: every act of a year, in date and number order, with a table of contents. */
export function registreCommand(uri?: unknown): Promise<void> {
  return fromFolder(
    uri,
    (inputs, year, locale) => registreDocument(inputs, { year, locale }),
    (r) => [{ name: r.fileName, layout: r.layout }],
    ['Registre impossible', 'Register failed'],
  );
}
