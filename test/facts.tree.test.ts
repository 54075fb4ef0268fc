// The tree of the view « Délibérations : ce qui est lu » (client/facts-tree.ts, pure): built from the facts of the
// samples as the server reads them (core/features/inspect.ts), checked as a drafter reads the view: labels and
// descriptions in French (English with the setting), each fact a link to its line, the differences and what could
// not be read flagged with a warning.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../core/analyze';
import { inspect } from '../core/features/inspect';
import type { Locale } from '../core/types';
import { factsTree, formatFactDate, voteSummary, type FactNode } from '../client/facts-tree';
import { repoPath } from './helpers/paths';

const read = (name: string) => readFileSync(repoPath('samples', name), 'utf8');
const treeOf = (text: string, locale: Locale = 'fr') => factsTree(inspect(analyze(text, { locale, phases: ['fast'] }), 'x.delib', locale), locale);

/** Every node, depth first. */
const all = (nodes: FactNode[]): FactNode[] => nodes.flatMap((n) => [n, ...all(n.children ?? [])]);
/** The child of `node` whose label starts with `prefix`. */
function child(node: FactNode, prefix: string): FactNode {
  const found = node.children?.find((c) => c.label.startsWith(prefix));
  assert.ok(found, `« ${prefix} » under « ${node.label} »: ${node.children?.map((c) => c.label).join(' | ')}`);
  return found;
}

describe('the tree of the facts view', () => {
  const municipal = read('extrait-municipal.delib');

  it('shows the sample as a drafter checks it: séance, counts, attendance, proxies, the vote', () => {
    const roots = treeOf(municipal);
    assert.equal(roots.length, 1);
    const [act] = roots;
    assert.equal(act.label, 'Commune de CHALLES-LES-EAUX');
    assert.equal(act.description, 'lundi 23 juin 2025');
    assert.equal(act.line, 1);
    assert.deepEqual(act.children!.map((c) => c.label), [
      'Séance', 'Convocation', 'Effectifs', 'Présents (22)', 'Absents (7)', 'Pouvoirs (3)', 'Délibérations (1)', 'Non lu (0)',
    ]);
    assert.deepEqual(child(act, 'Séance'), { id: '0/seance', label: 'Séance', description: 'lundi 23 juin 2025', icon: 'calendar', line: 7, tooltip: '2025-06-23 (ligne 7)' });
    assert.equal(child(act, 'Convocation').description, 'mardi 17 juin 2025');
    assert.equal(child(act, 'Convocation').line, 9);
    const counts = child(act, 'Effectifs');
    assert.equal(counts.description, 'en exercice 29 · présents 22 · représentés — · votants 25');
    assert.deepEqual(counts.children!.map((c) => `${c.label} ${c.description}`), ['En exercice 29', 'Présents 22', 'Représentés —', 'Votants 25']);
    const present = child(act, 'Présents');
    assert.equal(present.children!.length, 22);
    assert.deepEqual(present.children![0], { id: '0/present/0', label: 'M. André SIMOND', description: 'ligne 16', line: 16 });
    assert.equal(child(act, 'Absents').children!.at(-1)!.label, 'M. Théo VUILLET');
    assert.equal(child(act, 'Absents').children!.at(-1)!.line, 20);
    const proxies = child(act, 'Pouvoirs');
    assert.deepEqual(proxies.children!.map((p) => [p.label, p.line]), [
      ['M. Robert ARMAND → Mme Sophie BRANCHE', 18],
      ['Mme Odette BERTHET → M. Luc DELAVENAY', 18],
      ['M. Yann COUTAZ → Mme Marion LAFFIN', 18],
    ]);
    const deliberation = child(child(act, 'Délibérations'), 'Délibération n° 2025-047');
    assert.equal(deliberation.description, "Accueil de loisirs - Tarifs de l'été 2025");
    assert.equal(deliberation.line, 24);
    assert.deepEqual(child(deliberation, 'Vote'), { id: '0/deliberations/0/vote', label: 'Vote', description: 'pour 22, contre 2, abstention 1', icon: 'check', line: 48 });
    const unread = child(act, 'Non lu');
    assert.equal(unread.children, undefined);
    assert.notEqual(unread.icon, 'warning');
  });

  it('gives every node a unique id, and every line is a line of the document', () => {
    for (const name of ['extrait-municipal.delib', 'extrait-communautaire.delib', 'convention-subvention.delib']) {
      const text = read(name);
      const lines = text.split('\n').length;
      const nodes = all(treeOf(text));
      assert.equal(new Set(nodes.map((n) => n.id)).size, nodes.length, name);
      for (const n of nodes) if (n.line !== undefined) assert.ok(Number.isInteger(n.line) && n.line >= 1 && n.line <= lines, `${name}: ${n.label} line ${n.line}`);
    }
  });

  it('flags a table whose stated total differs from the sum of its rows', () => {
    const [act] = treeOf(readFileSync(repoPath('samples/erreurs/extrait-avec-erreurs.delib'), 'utf8'));
    const tables = child(act, 'Tableaux (2)');
    assert.equal(tables.icon, 'warning');
    assert.equal(tables.expanded, true);
    const [wrong, right] = tables.children!;
    assert.equal(wrong.label, 'Tableau (ligne 70)');
    assert.equal(wrong.line, 70);
    assert.equal(wrong.icon, 'warning');
    assert.equal(wrong.description, 'total indiqué 96 000 € · somme des lignes 95 000 € · écart 1 000 €');
    assert.equal(right.icon, 'table');
    assert.equal(right.description, 'total indiqué 96 000 € · somme des lignes 96 000 €');
    assert.deepEqual(child(act, 'Articles (4)').children!.map((a) => `${a.label}:${a.line}`), ['Article 1:47', 'Article 2:51', 'Article 3:55', 'Article 5:59']);
    assert.deepEqual(child(act, 'Annexes (1)').children!.map((a) => `${a.label}:${a.line}`), ['Annexe 1:63']);
  });

  const UNREAD = 'COMMUNE DE PUGEY\n\nExtrait du registre des délibérations du Conseil municipal\n\nSéance du lundi 3 mars 2025\n\nÉtaient présents : M. Frank LAIDIE, Mme Anne PETITJEAN, 12 rue des Lilas, M. Paul MARTINET\n\nÉtaient absents : M. Jean DUPONT\n';

  it('lists what could not be read, with the checks skipped, under a warning', () => {
    const [act] = treeOf(UNREAD);
    const unread = child(act, 'Non lu (2)');
    assert.equal(unread.icon, 'warning');
    assert.equal(unread.expanded, true);
    assert.deepEqual(unread.children!.map((u) => [u.line, u.icon, u.description]), [
      [7, 'warning', 'contrôles non faits : member-count, quorum, vote-count'],
      [9, 'warning', 'contrôles non faits : member-count, quorum, vote-count'],
    ]);
    assert.match(unread.children![0].label, /des mots ne sont pas lus comme des noms/);
    // Nothing stated: a dash, and no link.
    assert.equal(child(act, 'Convocation').description, '—');
    assert.equal(child(act, 'Convocation').line, undefined);
    assert.equal(child(act, 'Délibérations (0)').description, '—');
    assert.equal(child(act, 'Pouvoirs (0)').children, undefined);
  });

  it('speaks English with deliberation.locale = en', () => {
    const [act] = treeOf(municipal, 'en');
    assert.equal(act.description, 'Monday 23 June 2025');
    assert.deepEqual(act.children!.map((c) => c.label), [
      'Séance', 'Convocation', 'Counts', 'Present (22)', 'Absent (7)', 'Proxies (3)', 'Deliberations (1)', 'Not read (0)',
    ]);
    assert.equal(child(act, 'Counts').description, 'in office 29 · present 22 · represented — · voters 25');
    assert.equal(child(child(child(act, 'Deliberations'), 'Deliberation no. 2025-047'), 'Vote').description, 'for 22, against 2, abstaining 1');
    assert.match(child(treeOf(UNREAD, 'en')[0], 'Not read (2)').children![0].description!, /^checks not run: member-count/);
  });

  it('writes dates and votes as a reader does', () => {
    assert.equal(formatFactDate('2025-03-01', 'fr'), 'samedi 1er mars 2025');
    assert.equal(formatFactDate('2025-03-01', 'en'), 'Saturday 1 March 2025');
    assert.equal(formatFactDate('2025-02-30', 'fr'), '2025-02-30');
    assert.equal(voteSummary(null, 'fr'), '—');
    assert.equal(voteSummary({ line: 3, for: null, against: null, abstention: null, notVoting: null, unanimous: true }, 'fr'), 'unanimité');
  });

  it('names the acts of a register without a collectivity by their rank', () => {
    const act = 'EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\nSéance du 16 novembre 2017\nPrésents : 25\n\n';
    const roots = treeOf(`${act}${act}`);
    assert.deepEqual(roots.map((r) => [r.label, r.line, r.id]), [['Acte 1', 1, '0'], ['Acte 2', 5, '1']]);
    assert.equal(child(roots[1], 'Effectifs').children![1].description, '25');
  });
});
