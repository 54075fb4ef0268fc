// What `delib seance` and `delib registre` share: the formats of --to, and the writing of documents made from several
// acts — nothing at all if one of the files to write exists without --overwrite (status 2, each named), then each
// file atomically, never over one created meanwhile.
import * as path from 'node:path';
import { DOCUMENT_FORMATS, renderLayoutAs, taken, writeAtomic, type DocumentFormat, type Layout } from '../core/export/index';
import type { Locale } from '../core/types';
import { UsageError, type CommandContext } from './command';
import { readForAnalysis } from './input';
import { errorInWords } from './messages';

const TEXT = {
  fr: {
    noFormat: `format manquant : --to ${DOCUMENT_FORMATS.join('|')} (plusieurs séparés par des virgules)`,
    badFormat: (f: string) => `format inconnu : ${f} (attendu : ${DOCUMENT_FORMATS.join(', ')})`,
    exists: (f: string) => `${f} existe déjà : rien n’est écrit ; ajoutez --overwrite pour le remplacer`,
    written: (f: string, what: string) => `écrit : ${f} (${what})`,
    cannotWrite: (f: string, r: string) => `${f} : écriture impossible (${r})`,
  },
  en: {
    noFormat: `missing format: --to ${DOCUMENT_FORMATS.join('|')} (several separated by commas)`,
    badFormat: (f: string) => `unknown format: ${f} (expected: ${DOCUMENT_FORMATS.join(', ')})`,
    exists: (f: string) => `${f} already exists: nothing is written; add --overwrite to replace it`,
    written: (f: string, what: string) => `written: ${f} (${what})`,
    cannotWrite: (f: string, r: string) => `${f}: cannot write (${r})`,
  },
};

/** The formats of --to (html, docx, pdf; several separated by commas). */
export function documentFormatsOf(value: string | boolean | undefined, locale: Locale): DocumentFormat[] {
  const t = TEXT[locale];
  if (typeof value !== 'string' || !value.trim()) throw new UsageError(t.noFormat);
  const formats = [...new Set(value.split(',').map((f) => f.trim().toLowerCase()).filter(Boolean))];
  for (const f of formats) if (!(DOCUMENT_FORMATS as readonly string[]).includes(f)) throw new UsageError(t.badFormat(f));
  return formats as DocumentFormat[];
}

/**
 * What a command of documents starts with: the paths given (`noPaths` said when there are none), the formats of --to,
 * its own option (`--date`, `--year`) checked against `pattern`, then the acts of the files, read and named; or the
 * exit status when a file cannot be read.
 */
export function documentInput(
  context: CommandContext,
  noPaths: string,
  option: { name: string; pattern: RegExp; bad: (value: string) => string },
): { formats: DocumentFormat[]; value?: string; acts: { name: string; text: string }[] } | number {
  if (context.positionals.length === 0) throw new UsageError(noPaths);
  const formats = documentFormatsOf(context.values.to, context.locale);
  const raw = context.values[option.name];
  const value = typeof raw === 'string' ? raw.trim() : undefined;
  if (value !== undefined && !option.pattern.test(value)) throw new UsageError(option.bad(value));
  const input = readForAnalysis(context, true);
  if (typeof input === 'number') return input;
  return { formats, value, acts: input.texts.map(({ file, text }) => ({ name: file, text })) };
}

/** A document to write: its file name without extension, its layout, and what it holds (« 2 délibérations »). */
export interface DocumentToWrite {
  name: string;
  layout: Layout;
  what: string;
}

/** Writes each document in each format into -o DIR (or the current folder); see the head of this file. */
export function writeDocuments(documents: readonly DocumentToWrite[], formats: readonly DocumentFormat[], { values, locale, out, err }: Pick<CommandContext, 'values' | 'locale' | 'out' | 'err'>): number | Promise<number> {
  const t = TEXT[locale];
  const dir = typeof values.out === 'string' ? values.out : '.';
  const files = documents.flatMap((d) => formats.map((format) => ({ ...d, format, file: path.join(dir, `${d.name}.${format}`) })));
  const existing = values.overwrite ? [] : files.filter((f) => taken(f.file));
  for (const f of existing) err(t.exists(f.file));
  if (existing.length) return 2;
  return (async () => {
    let status = 0;
    for (const f of files) {
      try {
        const written = writeAtomic(f.file, await renderLayoutAs(f.layout, f.format, { locale }), values.overwrite ? 'replace' : 'refuse');
        out(`${t.written(written, f.what)}\n`);
      } catch (e) {
        err(t.cannotWrite(f.file, errorInWords((e as NodeJS.ErrnoException).code ?? String(e), locale)));
        status = 2;
      }
    }
    return status;
  })();
}
