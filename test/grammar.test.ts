// The TextMate grammar, tokenized by VS Code's own engine (vscode-textmate + Oniguruma), and the language
// configuration. Checks scopes on typical lines of a deliberation, and lines that must not be highlighted.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, parseRawGrammar, Registry, type IGrammar } from 'vscode-textmate';
import { repoPath } from './helpers/paths';

const GRAMMAR_PATH = repoPath('syntaxes/deliberation.tmLanguage.json');

async function loadGrammar(): Promise<IGrammar> {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scopeName) =>
      scopeName === 'text.deliberation' ? parseRawGrammar(readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH) : null,
  });
  const grammar = await registry.loadGrammar('text.deliberation');
  assert.ok(grammar);
  return grammar;
}

describe('TextMate grammar', () => {
  let grammar: IGrammar;
  before(async () => {
    grammar = await loadGrammar();
  });

  /** Scopes of each character of `fragment` (its first occurrence in `line`). */
  function scopesOf(line: string, fragment: string): string[][] {
    const start = line.indexOf(fragment);
    assert.ok(start >= 0, `${fragment} not in ${line}`);
    const { tokens } = grammar.tokenizeLine(line, INITIAL);
    return [...fragment].map((_, i) => tokens.find((t) => t.startIndex <= start + i && start + i < t.endIndex)?.scopes ?? []);
  }

  function assertScope(line: string, fragment: string, scope: string): void {
    scopesOf(line, fragment).forEach((scopes, i) =>
      assert.ok(scopes.some((s) => s.startsWith(scope)), `${JSON.stringify(line)}: ${fragment}[${i}] has ${scopes.join(' ')}, not ${scope}`),
    );
  }

  function assertNoScope(line: string, fragment: string, scope: string): void {
    for (const scopes of scopesOf(line, fragment)) assert.ok(!scopes.some((s) => s.startsWith(scope)), `${line}: ${fragment} is ${scope}`);
  }

  it('highlights article and annex headings', () => {
    assertScope('Article 1 - Objet de la convention', 'Article 1', 'entity.name.section.article');
    assertScope('Article 1 - Objet de la convention', 'Objet de la convention', 'entity.name.section.title');
    assertScope('Article 1^{er} : Durée', '^{', 'punctuation.definition.superscript');
    assertScope('ARTICLE 2 BIS — Montant de 834 000 €', 'ARTICLE 2 BIS', 'markup.heading.article');
    assertScope('ARTICLE 2 BIS — Montant de 834 000 €', '834 000 €', 'constant.numeric.amount');
    assertNoScope('Article 3 du code général des collectivités territoriales', 'Article 3', 'markup.heading');
    assertScope('Annexe 1 : Plan de financement', 'Annexe 1', 'entity.name.section.annex');
    assertScope('ANNEXE II - Liste des bénéficiaires', 'Liste des bénéficiaires', 'entity.name.section.title');
  });

  it('highlights title lines in capitals only', () => {
    assertScope('EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS', 'DÉLIBÉRATIONS', 'markup.heading.title');
    assertScope('CONVENTION DE PARTENARIAT N° 2017-12', 'N° 2017-12', 'markup.heading.title');
    assertNoScope('Extrait du REGISTRE des délibérations', 'REGISTRE', 'markup.heading');
  });

  it('highlights field labels and vote lines', () => {
    for (const label of ['Séance', 'Présents', 'Votants', 'Rapporteur', 'Objet', 'Mandants', 'Mandataires', 'Secrétaire de séance']) {
      assertScope(`${label} : valeur`, label, 'keyword.other.label');
      assertScope(`${label} : valeur`, ':', 'punctuation.separator.key-value');
    }
    assertNoScope('Séance du 16 novembre 2017', 'Séance', 'keyword.other.label');
    assertNoScope('Le conseil, après en avoir délibéré :', 'Le conseil', 'keyword.other.label');
    for (const vote of ['Pour', 'Contre', 'Abstention', 'Abstentions']) {
      assertScope(`${vote} : 12`, vote, 'keyword.other.vote');
      assertScope(`${vote} : 12`, '12', 'constant.numeric.integer.vote');
    }
  });

  it('highlights amounts, percentages and dates', () => {
    for (const amount of ['834 000 €', '1 234,56 €', '41 000 euros', '12 500 € HT', '3 000,00 € TTC', '834\u00A0000\u00A0€', '1.500 €', '250 EUR']) {
      assertScope(`Une subvention de ${amount} est accordée.`, amount, 'constant.numeric.amount');
    }
    assertScope('soit 5 % du total', '5 %', 'constant.numeric.percentage');
    assertScope('soit 12,5 % du total', '12,5 %', 'constant.numeric.percentage');
    for (const date of ['16 novembre 2017', '29 NOV. 2017', '1^{er} janvier 2018', 'jeudi 7 décembre 2017', '16/11/2017']) {
      assertScope(`Séance du ${date}.`, date, 'constant.other.date');
    }
    assertScope('le 1^{er} mars', '^{er}', 'markup.other.superscript');
    assertNoScope('La commune compte 5 maisons', '5 mai', 'constant.other.date');
    assertNoScope('Délibération 2017 acquise', '2017', 'constant.numeric');
  });

  it('highlights inline marks, and not an unclosed one', () => {
    assertScope('Le conseil **approuve** la convention', 'approuve', 'markup.bold');
    assertScope('Le conseil **approuve** la convention', '**', 'punctuation.definition.bold');
    assertScope('Voir *le plan annexé* ci-joint', 'le plan annexé', 'markup.italic');
    assertScope('**Montant : 834 000 €**', '834 000 €', 'constant.numeric.amount');
    assertNoScope('Le conseil **approuve la convention', 'approuve', 'markup.bold');
    assertNoScope('* premier point', 'premier', 'markup.italic');
  });

  it('highlights list labels, people, total rows, internal references and citations of law', () => {
    const present = 'Étaient présents : Besançon : M. Jean-Louis FOUSSERET, Mme Anne VIGNOT';
    assertScope(present, 'Étaient présents', 'keyword.other.list');
    assertScope(present, 'M. Jean-Louis FOUSSERET', 'entity.name.person');
    assertScope(present, 'Mme Anne VIGNOT', 'entity.name.person');
    assertScope('MM. JL. FOUSSERET et D. SCHAUSS (2), conseillers intéressés', 'MM. JL. FOUSSERET', 'entity.name.person');
    assertNoScope('M. le Président ouvre la séance', 'M. le', 'entity.name.person');
    assertScope('TOTAL\t118 500 €', 'TOTAL', 'keyword.other.total');
    assertScope('Sous-total fonctionnement\t86 200 €', 'Sous-total fonctionnement', 'keyword.other.total');
    assertNoScope('Le total des charges est de 118 500 €.', 'total', 'keyword.other.total');
    assertScope('prévu à l’article 7 de la présente convention', 'l’article 7', 'markup.underline.link.reference');
    assertScope('aux articles 6 et 9, la convention', 'articles 6 et 9', 'markup.underline.link.reference');
    assertScope('figurant en annexe 1.', 'annexe 1', 'markup.underline.link.reference');
    assertScope('Vu l’article L 1611-4 du CGCT', 'article L 1611-4', 'markup.underline.link.law');
    assertNoScope('Vu l’article L 1611-4 du CGCT', 'article L 1611-4', 'markup.underline.link.reference');
    assertScope('Vu la loi n°2000-321 du 12 avril 2000', 'loi n°2000-321', 'markup.underline.link.law');
    assertScope('Vu le décret n° 2001-495 du 6 juin 2001', 'décret n° 2001-495', 'markup.underline.link.law');
  });
});

describe('language configuration', () => {
  const config = JSON.parse(readFileSync(repoPath('language-configuration.json'), 'utf8'));

  it('pairs guillemets, brackets, bold marks and quotes', () => {
    const pairs = config.autoClosingPairs.map((p: { open: string; close: string }) => p.open + p.close);
    for (const pair of ['«»', '()', '****', '""']) assert.ok(pairs.includes(pair), pair);
    assert.ok(!pairs.includes("''"), 'an apostrophe must not auto-close (French elisions)');
    assert.ok(!('comments' in config));
  });

  it('has a word pattern for accented and hyphenated words', () => {
    const word = new RegExp(config.wordPattern, 'g');
    assert.deepEqual('Saint-Étienne, délibération n° 12,5 l’Œuvre'.match(word), ['Saint-Étienne', 'délibération', 'n', '12,5', 'l', 'Œuvre']);
  });
});
