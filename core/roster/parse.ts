// Reading a roster file (YAML, format in docs/roster.md). Never throws: YAML and schema problems become findings
// (code `roster`) with the range of the offending node in the roster file. Any error leaves the roster undefined,
// so that the checks go on without a roster rather than with a wrong one; warnings (unknown keys) keep it.
import { isMap, isScalar, isSeq, parseDocument, type Node, type Pair, type YAMLMap } from 'yaml';
import { LineIndex } from '../syntax/positions';
import type { Finding, Locale, Range, Severity } from '../types';
import { foldAccents } from '../text/fold';
import { normalizeFunction } from './mentions';
import { ASSEMBLY_KINDS, type AssemblyKind, type Civility, type Roster, type RosterMember, type RosterPerson } from './types';
import { siretProblem } from '../text/siret';
import { isPrefectureId, isWebAddress } from '../text/actes';
import { civilityOf } from '../text/agree';

export { civilityOf };

export interface RosterParse {
  roster?: Roster;
  findings: Finding[];
}

/** Keys compared without accents, case, spaces or hyphens: « Prénom », « prenom », « en exercice ». */
function keyOf(s: string): string {
  return foldAccents(s).toLowerCase().replace(/[\s-]+/g, '_');
}

const TOP_KEYS = ['assemblee', 'type', 'epci', 'commune', 'en_exercice', 'siret', 'prefecture', 'url_actes', 'membres'];
const MEMBER_KEYS = ['civilite', 'prenom', 'nom', 'commune', 'fonctions', 'suppleant', 'suppleante'];
const PERSON_KEYS = ['civilite', 'prenom', 'nom'];

export function parseRoster(text: string, locale: Locale = 'fr'): RosterParse {
  const findings: Finding[] = [];
  const lines = new LineIndex(text);
  let errors = 0;
  const at = (r: [number, number] | [number, number, number] | null | undefined): Range => {
    const start = Math.min(r?.[0] ?? 0, text.length);
    const end = Math.min(Math.max(r?.[1] ?? start, start), text.length);
    return lines.range(start, end);
  };
  const report = (severity: Severity, range: Range, fr: string, en: string) => {
    if (severity === 'error') errors++;
    findings.push({ code: 'roster', severity, range, message: locale === 'en' ? en : fr });
  };

  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  for (const e of doc.errors) {
    const first = e.message.split('\n')[0];
    report('error', at(e.pos), `Tableau des membres illisible (YAML) : ${first}`, `Unreadable roster (YAML): ${first}`);
  }
  if (errors > 0) return { findings };
  const root = doc.contents;
  if (!isMap(root)) {
    report('error', at(root?.range), 'Le tableau des membres doit être une table (assemblee, type, en_exercice, membres…), voir docs/roster.md.', 'The roster must be a mapping (assemblee, type, en_exercice, membres…), see docs/roster.md.');
    return { findings };
  }

  /** The string value of a scalar, or a problem. */
  const str = (pair: Pair, what: string): string | undefined => {
    const v = pair.value as Node | null;
    if (isScalar(v) && (typeof v.value === 'string' || typeof v.value === 'number') && String(v.value).trim()) return String(v.value).trim();
    report('error', at((v ?? (pair.key as Node))?.range), `« ${what} » doit être un texte non vide.`, `“${what}” must be a non-empty text.`);
    return undefined;
  };
  const entries = (map: YAMLMap, allowed: string[], where: string) => {
    const out = new Map<string, Pair>();
    for (const pair of map.items) {
      const keyNode = pair.key as Node | null;
      const raw = isScalar(keyNode) ? String(keyNode.value) : '';
      const key = keyOf(raw);
      if (!allowed.includes(key)) {
        report('warning', at(keyNode?.range), `Clé inconnue « ${raw} » ${where} (ignorée). Clés possibles : ${allowed.join(', ')}.`, `Unknown key “${raw}” ${where === 'à la racine' ? 'at the top level' : 'in a member'} (ignored). Allowed keys: ${allowed.join(', ')}.`);
        continue;
      }
      out.set(key, pair);
    }
    return out;
  };
  const person = (map: YAMLMap, allowed: string[]): { person?: RosterPerson; keys: Map<string, Pair> } => {
    const keys = entries(map, allowed, 'dans un membre');
    const nom = keys.get('nom');
    if (!nom) {
      report('error', at(map.range), 'Membre sans « nom ».', 'Member without “nom” (surname).');
      return { keys };
    }
    const surname = str(nom, 'nom');
    const prenom = keys.get('prenom');
    const given = prenom ? str(prenom, 'prenom') : undefined;
    if (!prenom) report('error', at(map.range), `« ${surname ?? ''} » : « prenom » manquant.`, `“${surname ?? ''}”: “prenom” (given name) missing.`);
    let civility: Civility | undefined;
    const civ = keys.get('civilite');
    if (civ) {
      const written = str(civ, 'civilite');
      civility = civilityOf(written);
      if (written && !civility) report('error', at((civ.value as Node).range), `Civilité « ${written} » : écrire « M. » ou « Mme ».`, `Civility “${written}”: write “M.” or “Mme”.`);
    }
    if (!surname || !given) return { keys };
    return { person: { civility, given, surname }, keys };
  };

  const top = entries(root, TOP_KEYS, 'à la racine');
  const name = top.get('assemblee') ? str(top.get('assemblee')!, 'assemblee') : undefined;
  if (!top.get('assemblee')) report('error', at(root.range && [root.range[0], root.range[0]]), 'Nom de l’assemblée manquant (clé « assemblee »).', 'Assembly name missing (key “assemblee”).');
  let kind: AssemblyKind | undefined;
  if (top.get('type')) {
    const written = str(top.get('type')!, 'type');
    kind = ASSEMBLY_KINDS.find((k) => keyOf(k) === keyOf(written ?? ''));
    if (written && !kind) report('error', at((top.get('type')!.value as Node).range), `Type « ${written} » inconnu : ${ASSEMBLY_KINDS.join(', ')}.`, `Unknown type “${written}”: ${ASSEMBLY_KINDS.join(', ')}.`);
  }
  const epci = top.get('epci') ? str(top.get('epci')!, 'epci') : undefined;
  const commune = top.get('commune') ? str(top.get('commune')!, 'commune') : undefined;
  let siret: string | undefined;
  if (top.get('siret')) {
    siret = str(top.get('siret')!, 'siret');
    const problem = siret ? siretProblem(siret) : undefined;
    if (problem === 'digits') report('error', at((top.get('siret')!.value as Node).range), `SIRET « ${siret} » : 14 chiffres attendus.`, `SIRET “${siret}”: 14 digits expected.`);
    if (problem === 'key') report('error', at((top.get('siret')!.value as Node).range), `SIRET « ${siret} » : la clé de contrôle est fausse (un chiffre mal recopié ?).`, `SIRET “${siret}”: the check digit is wrong (a digit miscopied?).`);
  }
  // The open data of the assembly's acts (docs/export.md): PREF_ID, and DELIB_URL as a template of addresses.
  const prefecture = top.get('prefecture') ? str(top.get('prefecture')!, 'prefecture') : undefined;
  if (prefecture && !isPrefectureId(prefecture)) report('error', at((top.get('prefecture')!.value as Node).range), `Préfecture « ${prefecture} » : PREFNNN (PREF025), SPREFNNNM ou SGARNNN attendu.`, `Prefecture “${prefecture}”: PREFNNN (PREF025), SPREFNNNM or SGARNNN expected.`);
  const acts = top.get('url_actes') ? str(top.get('url_actes')!, 'url_actes') : undefined;
  if (acts && !isWebAddress(acts.replace(/\{(?:DELIB_ID|DELIB_DATE|ANNEE)\}/g, 'x'))) report('error', at((top.get('url_actes')!.value as Node).range), `« url_actes » : une adresse http(s) attendue (« https://www.ville.fr/actes/{DELIB_ID}.pdf »).`, `“url_actes”: an http(s) address expected (“https://www.ville.fr/actes/{DELIB_ID}.pdf”).`);
  let membersInOffice: number | undefined;
  const inOffice = top.get('en_exercice');
  if (inOffice) {
    const v = inOffice.value as Node | null;
    if (isScalar(v) && typeof v.value === 'number' && Number.isInteger(v.value) && v.value > 0) membersInOffice = v.value;
    else report('error', at((v ?? (inOffice.key as Node)).range), '« en_exercice » doit être un nombre entier positif.', '“en_exercice” must be a positive integer.');
  }

  const members: RosterMember[] = [];
  const membres = top.get('membres');
  const seq = membres?.value as Node | null | undefined;
  if (!membres) report('error', at(root.range && [root.range[0], root.range[0]]), 'Liste des membres manquante (clé « membres »).', 'Member list missing (key “membres”).');
  else if (!isSeq(seq)) report('error', at((seq ?? (membres.key as Node)).range), '« membres » doit être une liste (une entrée « - nom: … » par membre).', '“membres” must be a list (one “- nom: …” entry per member).');
  else {
    const seen = new Map<string, RosterMember>();
    for (const item of seq.items) {
      if (!isMap(item)) {
        report('error', at((item as Node | null)?.range), 'Un membre doit être une table (civilite, prenom, nom, commune, fonctions).', 'A member must be a mapping (civilite, prenom, nom, commune, fonctions).');
        continue;
      }
      const { person: p, keys } = person(item, MEMBER_KEYS);
      if (!p) continue;
      const member: RosterMember = { ...p, functions: [], range: at(item.range) };
      if (keys.get('commune')) member.commune = str(keys.get('commune')!, 'commune');
      const f = keys.get('fonctions');
      if (f) {
        const v = f.value as Node | null;
        // Written as the extracts give them (« 1^{er} Vice-Président » → « 1er vice-président »), so that both compare.
        if (isScalar(v) && typeof v.value === 'string') member.functions = [normalizeFunction(v.value)].filter(Boolean);
        else if (isSeq(v) && v.items.every((x) => isScalar(x) && typeof x.value === 'string')) member.functions = v.items.map((x) => normalizeFunction(String((x as { value: string }).value)));
        else report('error', at((v ?? (f.key as Node)).range), '« fonctions » : un texte ou une liste de textes (président, vice-président, maire…).', '“fonctions”: a text or a list of texts (président, vice-président, maire…).');
      }
      const s = keys.get('suppleant') ?? keys.get('suppleante');
      if (s) {
        const v = s.value as Node | null;
        if (isMap(v)) member.substitute = person(v, PERSON_KEYS).person;
        else report('error', at((v ?? (s.key as Node)).range), '« suppleant » : une table (civilite, prenom, nom).', '“suppleant”: a mapping (civilite, prenom, nom).');
      }
      const id = `${keyOf(p.surname)}|${keyOf(p.given)}`;
      const twin = seen.get(id);
      if (twin && twin.commune === member.commune) report('error', member.range!, `${p.given} ${p.surname} figure deux fois dans le tableau.`, `${p.given} ${p.surname} is listed twice.`);
      seen.set(id, member);
      members.push(member);
    }
    if (membersInOffice !== undefined && errors === 0 && members.length !== membersInOffice) {
      report('warning', at((inOffice!.value as Node).range), `${membersInOffice} membres en exercice déclarés, ${members.length} membres listés.`, `${membersInOffice} members in office declared, ${members.length} members listed.`);
    }
  }
  if (errors > 0 || !name) return { findings };
  return { roster: { name, kind, epci, commune, membersInOffice, siret, ...(prefecture ? { prefecture } : {}), ...(acts ? { actsUrl: acts } : {}), members }, findings };
}
