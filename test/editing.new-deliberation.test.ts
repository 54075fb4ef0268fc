// The text the command « Délibérations : nouvelle délibération » opens: the templates filled with the facts
// asked and the roster's members. (The VS Code dialogue itself is in client/new-deliberation.ts.)
import assert from 'node:assert/strict';
import { analyze } from '../core/analyze';
import { newDeliberationSnippet, newDeliberationText } from '../core/features/new-deliberation';
import { tabStops } from '../core/text/snippets';
import type { RosterMember } from '../core/roster/types';

const MEMBERS: RosterMember[] = [
  { civility: 'Mme', given: 'Hélène', surname: 'MARCHAND', functions: ['maire'] },
  { civility: 'M.', given: 'Bruno', surname: 'VERNIER', functions: ['1er adjoint'] },
  { civility: 'Mme', given: 'Claire', surname: 'DUBOZ', functions: [] },
  { civility: 'M.', given: 'Patrice', surname: 'ROUSSEL', functions: [] },
  { civility: 'Mme', given: 'Agnès', surname: 'FAIVRE', functions: [] },
];

const serious = (text: string) => analyze(text).findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => `${f.code} ${f.range.start.line + 1}: ${f.message}`);

describe('editing: new deliberation', () => {
  it('fills a municipal extract from the facts and the roster, consistent as written', () => {
    const text = newDeliberationText({ assembly: 'Conseil municipal de Pouilley-les-Vignes', kind: 'conseil municipal', commune: 'Pouilley-les-Vignes', date: { year: 2025, month: 3, day: 3 }, number: '2025-012', title: 'Restauration scolaire - Tarifs', members: MEMBERS });
    assert.match(text, /^COMMUNE DE POUILLEY-LES-VIGNES$/m);
    assert.match(text, /^Séance du lundi 3 mars 2025$/m);
    assert.match(text, /L’an deux mille vingt-cinq, le trois mars/);
    assert.match(text, /^Délibération n°2025-012$/m);
    assert.match(text, /^Objet : Restauration scolaire - Tarifs$/m);
    assert.match(text, /^Étaient présents : Mme Hélène MARCHAND, M. Bruno VERNIER, Mme Claire DUBOZ, M. Patrice ROUSSEL, Mme Agnès FAIVRE$/m);
    assert.match(text, /sous la présidence de Mme Hélène MARCHAND, Maire/);
    assert.match(text, /^Nombre de conseillers en exercice : 5$/m);
    assert.match(text, /^Pour : 5$/m);
    assert.deepEqual(serious(text), []);
  });

  it('fills a community council extract, and works without a roster', () => {
    const text = newDeliberationText({ assembly: 'Conseil de communauté', kind: 'conseil communautaire', date: { year: 2017, month: 11, day: 16 }, number: '2017/003854', title: 'Soutien au Pôle des Microtechniques', members: MEMBERS.map((m, i) => (i === 0 ? { ...m, functions: ['président'] } : m)) });
    assert.match(text, /^EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL DE COMMUNAUTÉ$/m);
    assert.match(text, /^Séance du jeudi 16 novembre 2017$/m);
    assert.match(text, /sous la présidence de Mme Hélène MARCHAND, Président\./);
    assert.deepEqual(serious(text), []);
    const bare = newDeliberationText({ assembly: 'Conseil municipal de Saint-Vit', date: { year: 2025, month: 4, day: 14 }, number: '2025-031', title: 'Subvention à l’école de musique' });
    assert.match(bare, /^COMMUNE DE SAINT-VIT$/m);
    assert.match(bare, /^Objet : Subvention à l’école de musique$/m);
  });

  it('is a snippet: the facts and the roster as defaults of its tab stops, visible placeholders without a roster', () => {
    const facts = { assembly: 'Conseil municipal de Saint-Vit', date: { year: 2025, month: 4, day: 14 }, number: '2025-031', title: 'Subvention à l’école de musique' };
    const snippet = newDeliberationSnippet(facts);
    const stops = tabStops(snippet);
    assert.ok(stops.length >= 10);
    assert.ok(stops.some((s) => s.default === '2025-031'), 'the number to review');
    assert.ok(stops.some((s) => /Prénom NOM-UN/.test(s.default)), 'placeholders, not names that look real');
    assert.doesNotMatch(newDeliberationText(facts), /Jean MARTIN|DOUBS/);
    const withRoster = tabStops(newDeliberationSnippet({ ...facts, kind: 'conseil municipal', members: MEMBERS }));
    assert.ok(withRoster.some((s) => s.default.startsWith('Mme Hélène MARCHAND, M. Bruno VERNIER')), 'the roster’s members');
  });
});
