// Checks on commune names: the labels of attendance lists (« Besançon : M. … »), against the official list (@etalab/decoupage-administratif). Slow phase: needs the index loaded.
import type { Check } from './registry';
import { t } from './registry';
import type { CommuneLabelNode, ListLine } from '../syntax/tree';
import type { CommuneIndex, CommuneMatch } from '../communes/index';
import { articleFirst, canonical } from '../communes/index';
import { territoryOf } from '../roster/territory';
import { writtenSurnameFirst } from '../syntax/names';
import { detach, foldAccents } from '../text/fold';

const REASONS = {
  case: ['majuscules', 'capitals'],
  accents: ['accents', 'accents'],
  hyphens: ['traits d’union', 'hyphens'],
  abbreviation: ['abréviation', 'abbreviation'],
  letters: ['lettres', 'letters'],
} as const;

export const communeNames: Check = {
  name: 'communes',
  codes: ['commune-spelling', 'commune-unknown'],
  phase: 'slow',
  run(ctx) {
    const index = ctx.communes;
    if (!index) return;
    const memo = memoOf(index);
    // (The territory, which completion ranks names against too (roster, lists, header), worked out at the first lookup.)
    let territory: ReturnType<typeof territoryOf> | undefined;
    let where = '';
    const lookup = (name: string) => {
      if (!territory) {
        territory = territoryOf(ctx.model, index, ctx.roster);
        where = `${territory.epci ?? ''}/${territory.departement ?? ''}/`;
      }
      let found = memo.lookups.get(where + name);
      if (!found) remember(memo.lookups, where + name, (found = index.lookup(name, territory)));
      return found;
    };
    const labels: CommuneLabelNode[] = ctx.model.lists.flatMap((l) => l.communes);
    // The labels of lists written surname first (« NOIR Jean »): the given name of the entry before a label may have been
    // taken into it.
    const surnameFirst = new Set(ctx.model.lists.filter((l) => writtenSurnameFirst(l.entries)).flatMap((l) => l.communes));
    // Communes named in a parenthesis after a delegate: only a misspelling, not their typography, is reported.
    // (In capitals, « M. X (SAULCES-MOCLIN) », only in a list where three such mentions at least are communes the official
    // list knows: not a name or a group in capitals.)
    for (const l of ctx.model.lists) {
      const capitals = l.entries.filter((e) => e.commune?.mention && e.commune.capitals).map((e) => e.commune!);
      const known = capitals.length >= 3 && capitals.filter((c) => lookup(c.name).kind !== 'unknown').length >= 3;
      for (const e of l.entries) {
        if (e.commune?.mention && (!e.commune.capitals || known) && !labels.includes(e.commune)) labels.push(e.commune);
        if (e.holderCommune && (!e.holderCommune.capitals || known)) labels.push(e.holderCommune);
      }
    }
    // The collectivity's own name (« COMMUNE DE CHAUCONNE ») is checked like a commune of a list.
    const own = ctx.model.seance.collectivity;
    // (Unless it is one of those labels: « Commune de Thonon les Bains », a member of a syndicat's roll, taken for it.)
    // (One read from a title without « de » is checked like a place: only when the official list knows it.)
    if (own?.kind === 'commune' && !labels.some((l) => l.offset === own.span.offset)) labels.unshift({ offset: own.span.offset, end: own.span.end, range: own.span.range, name: own.name, ...(own.unsure ? { place: true } : {}) });
    // Where the act was written (« A Saint Trinit, le 25/03/2016 »): checked when it names a commune, never « unknown »
    // (« Fait à la Mairie, le … »).
    for (const p of ctx.model.seance.places ?? []) labels.push({ offset: p.span.offset, end: p.span.end, range: p.span.range, name: p.name, place: true });
    if (labels.length === 0) return;
    for (let label of labels) {
      if (ctx.token.isCancellationRequested) return;
      // (« GENETOUZE (LA) : »: the article after the name, as lists sorted by name write it; compared put back before.)
      const shown = label.name;
      const written = articleFirst(label.name);
      if (written !== label.name) label = { ...label, name: written };
      let found = lookup(label.name);
      // Right after a surname in capitals, in a list written surname first (« SERRANO Pascal : »).
      const afterSurname = surnameFirst.has(label) && SURNAME_BEFORE.test(ctx.model.doc.text.slice(Math.max(0, label.offset - 40), label.offset));
      // (« … ROUSTAN Claude (départ à 16h30) CAMILLERI Claude : CLUET Frédéric Val de Chavagne: … »: right after a surname
      // in capitals, the given name of a list written surname first, then the commune's label: the commune is the rest.)
      // (« TRAMBLOY Jean Marie Burey en Vaux : »: so a given name of two words.)
      for (let k = 0, cut = 0; k < 2 && found.kind === 'unknown' && !label.mention && afterSurname; k++) {
        const given = GIVEN_FIRST.exec(label.name.slice(cut));
        if (!given) break;
        cut += given[0].length;
        const rest = lookup(label.name.slice(cut));
        if (rest.kind === 'unknown') continue;
        const at = label.offset + cut;
        label = { offset: at, end: label.end, range: ctx.model.doc.positions.range(at, label.end), name: label.name.slice(cut) };
        found = rest;
      }
      if (found.kind === 'exact') continue;
      if (found.kind === 'former' && !found.reason) continue;
      if (found.kind === 'unknown') {
        // (A short form of a commune of the territory, « CISSAC » for Cissac-Médoc: the name used on the spot.)
        if (label.name.length < 3 || label.mention || found.shortOf || label.place) continue;
        // (« IACOBBI Christophe VIALE Thierry SERRANO Pascal : les Alpes : … »: right after a surname in capitals, the
        // words before a colon may be a given name of a list written surname first, the table's communes elsewhere.)
        if (afterSurname) continue;
        ctx.report({
          code: 'commune-unknown',
          range: label.range,
          message: t(`« ${shown} » ne correspond à aucune commune de la liste officielle.`, `“${shown}” matches no commune of the official list.`),
        });
        continue;
      }
      const official = found.kind === 'spelling' ? found.official.name : found.commune.name;
      // A name printed in capitals (« COMMUNE DE POUILLEY-LES-VIGNES ») keeps neither case nor accents: only its letters
      // and hyphens are compared.
      let why: keyof typeof REASONS = found.reason!;
      // (« NOGENT-L ARTAUD » for Nogent-l'Artaud: an apostrophe a copy lost, a blank in its place, as in « L an deux
      // mille », no spelling of the drafter's.)
      const shape = inCapitals(label.name) ? capitalLetters : canonical;
      if (official.includes("'") || official.includes('’')) {
        if (shape(label.name) === shape(official).replace(/[ ]*['’][ ]*/g, ' ')) continue;
      }
      // (So is one whose particles alone are in small letters: « CHENS-sur-LEMAN », « BONS-en-CHABLAIS ».)
      if (inCapitals(label.name)) {
        // (« SAINT-GERMAIN-D’ESTEUIL »: a typographic apostrophe is no difference; nor « SAINT-PIERRE-DE-BOEUF », a ligature
        // spelled out.)
        if (capitalLetters(label.name) === capitalLetters(official)) continue;
        if (why === 'case' || why === 'accents') why = bareLetters(label.name) === bareLetters(official) ? 'hyphens' : 'letters';
      }
      if (label.mention && why !== 'letters') continue;
      // (Nor one whose letters are the official name's but for its hyphens, blanks and apostrophes, « (FARGESEN-SEPTAINE) »,
      // « (PENMARC’H) »: typography, which mentions are not held to.)
      if (label.mention && bareLetters(label.name) === bareLetters(official)) continue;
      const reason = REASONS[why];
      // A former commune's name (merged since) written differently: its historical spelling is not certain (a hint).
      ctx.report({
        code: 'commune-spelling',
        severity: found.kind === 'former' ? 'hint' : undefined,
        range: label.range,
        message: t(`Orthographe officielle : « ${official} » (${reason[0]}).`, `Official spelling: “${official}” (${reason[1]}).`),
        // The official list proves the spelling of a commune it knows today; a former commune's is not certain.
        fixes: [{ title: t(`Écrire « ${official} »`, `Write “${official}”`), edits: [{ range: label.range, newText: official }], safe: found.kind !== 'former' }],
      });
    }
  },
};

/** A name as capitals print it: without case or accents. */
function capitalLetters(name: string): string {
  return foldAccents(canonical(name)).toUpperCase();
}
/** A name's letters alone, without case, accents, hyphens, blanks or apostrophes. */
function bareLetters(name: string): string {
  return capitalLetters(name).replace(/[-\s'’.]/g, '');
}

/** A surname in capitals right before a label, no separator between (« SERRANO Pascal : »). */
// (« Brixey-aux- Chanoines :TRAMBLOY Jean Marie Burey en Vaux : »: so right after the colon of the label before.)
const SURNAME_BEFORE = /(?:^|[\s\u00a0:])\p{Lu}{2,}[\p{Lu}'’-]*[ \u00a0]+$/u;
/** A given name opening a label (« Frédéric Val de Chavagne »). */
const GIVEN_FIRST = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?[ \u00a0]+(?=\p{L})/u;
const PARTICLE = /^(?:sur|sous|en|le|la|les|lès|lez|de|du|des|et|aux|au|d|l)$/;
/** A commune's name printed in capitals, its particles apart. */
function inCapitals(name: string): boolean {
  return name === name.toUpperCase() || name.split(/[-\s'’]+/).every((w) => w === w.toUpperCase() || PARTICLE.test(w));
}

// The same lists are checked again at every keystroke: lookups are remembered per commune index.
interface Memo { lookups: Map<string, CommuneMatch> }
const memos = new WeakMap<CommuneIndex, Memo>();
function memoOf(index: CommuneIndex): Memo {
  let m = memos.get(index);
  if (!m) memos.set(index, (m = { lookups: new Map() }));
  return m;
}
function remember<V>(map: Map<string, V>, key: string, value: V) {
  if (map.size > 20000) map.clear();
  map.set(detach(key), value);
}
