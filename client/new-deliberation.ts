// « Délibérations : nouvelle délibération »: asks the few facts (assembly — from the roster when there is one —,
// date, number, title) and opens an untitled document of language deliberation, filled from the templates.
import { existsSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { SnippetString, window, workspace } from 'vscode';
import { parseRoster, type Roster } from '../core/roster/index';
import { stripBom } from '../core/analyze';
import { DEFAULT_ROSTER } from '../shared/protocol';
import { formatDateFr, parseDate } from '../core/text/dates';
import { newDeliberationSnippet } from '../core/features/new-deliberation';
import { MAX_ROSTER_BYTES, readBoundedFile } from '../core/text/files';
import type { AssemblyKind } from '../core/roster/types';

function readRoster(): Roster | undefined {
  const setting = workspace.getConfiguration('deliberation').get<string>('roster')?.trim() || DEFAULT_ROSTER;
  const folder = workspace.workspaceFolders?.[0]?.uri.fsPath;
  const path = isAbsolute(setting) ? setting : folder ? join(folder, setting) : undefined;
  if (!path || !existsSync(path)) return undefined;
  // Only a regular file of a roster's size (the workspace is not trusted: docs/reliability.md).
  const read = readBoundedFile(path, MAX_ROSTER_BYTES);
  if ('problem' in read) return undefined;
  try {
    return parseRoster(stripBom(new TextDecoder('utf-8').decode(read.bytes))).roster;
  } catch {
    return undefined;
  }
}

const ASSEMBLIES: { label: string; assembly: AssemblyKind }[] = [
  { label: 'Conseil municipal', assembly: 'conseil municipal' },
  { label: 'Conseil de communauté', assembly: 'conseil communautaire' },
  { label: 'Conseil départemental', assembly: 'conseil départemental' },
];

export async function newDeliberation(): Promise<void> {
  const roster = readRoster();
  const title = 'Nouvelle délibération';
  const choices: { label: string; assembly?: AssemblyKind; description?: string; roster: boolean }[] = [
    ...(roster ? [{ label: roster.name, assembly: roster.kind, description: `tableau des membres : ${roster.members.length} membres`, roster: true }] : []),
    ...ASSEMBLIES.map((a) => ({ ...a, roster: false })),
  ];
  const assembly = await window.showQuickPick(choices, { title, placeHolder: 'Assemblée' });
  if (!assembly) return;
  const now = new Date();
  const dateText = await window.showInputBox({
    title,
    prompt: 'Date de la séance',
    value: formatDateFr({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() }),
    validateInput: (v) => (parseDate(v.trim())?.year ? undefined : 'Date illisible : écrivez par exemple « 3 mars 2025 ».'),
  });
  if (dateText === undefined) return;
  const d = parseDate(dateText.trim())!;
  const number = await window.showInputBox({ title, prompt: 'Numéro de la délibération', value: `${d.year}-001` });
  if (number === undefined) return;
  const subject = await window.showInputBox({ title, prompt: 'Objet de la délibération', placeHolder: 'Subvention à l’association…' });
  if (subject === undefined) return;
  const snippet = newDeliberationSnippet({
    assembly: assembly.label,
    kind: assembly.assembly,
    commune: assembly.roster ? roster?.commune : undefined,
    date: { year: d.year!, month: d.month, day: d.day },
    number: number.trim() || `${d.year}-001`,
    title: subject.trim() || 'objet de la délibération',
    members: assembly.roster ? roster?.members : undefined,
  });
  // Inserted as a snippet: the drafter goes from one place to fill to the next (Tab), the placeholders selected.
  const document = await workspace.openTextDocument({ language: 'deliberation', content: '' });
  const editor = await window.showTextDocument(document);
  await editor.insertSnippet(new SnippetString(snippet));
}
