// Building a roster from existing extracts: the members of the attendance lists with their communes, the titular
// members replaced by a substitute (« Mme X suppléante de M. Y »), and the functions the text gives (« sous la
// présidence de M. X, Président », « Rapporteur : Y, Vice-Président », a signature). Several extracts merge.
import { Document, isMap, isSeq } from 'yaml';
import type { Model } from '../model/types';
import { matchedCommune, type CommuneIndex } from '../communes/index';
import { PersonIndex, isInitials } from '../model/people';
import type { PersonNode } from '../syntax/tree';
import { headText } from '../syntax/tree';
import { mentionsOf } from './mentions';
import { civilityOf } from './parse';
import type { AssemblyKind, Roster, RosterMember, RosterPerson } from './types';

function personOf(p: Pick<PersonNode, 'civility' | 'given' | 'surname'>): RosterPerson | undefined {
  if (!p.given || isInitials(p.given)) return undefined;
  return { civility: civilityOf(p.civility), given: p.given, surname: p.surname };
}

/** The official spelling of a commune label when the index knows it (« Ecole-Valentin » → « École-Valentin »). */
function officialCommune(name: string, communes: CommuneIndex | undefined, territory: Parameters<CommuneIndex['lookup']>[1]): string {
  if (!communes) return name;
  return matchedCommune(communes.lookup(name, territory))?.name ?? name;
}

const ASSEMBLY = /conseil\s+(?:de\s+communauté|communautaire|municipal|métropolitain|départemental|régional|syndical)/i;

/** The assembly an extract is of, from its header (« … du Conseil municipal »). */
export function assemblyOf(model: Model): { name?: string; kind?: AssemblyKind } {
  const head = headText(model.doc, 3000);
  const m = ASSEMBLY.exec(head);
  if (!m) return {};
  const w = m[0].toLowerCase();
  const kind: AssemblyKind = /municipal/.test(w) ? 'conseil municipal' : /départemental/.test(w) ? 'conseil départemental' : /régional/.test(w) ? 'conseil régional' : /communauté|communautaire|métropolitain/.test(w) ? 'conseil communautaire' : 'autre';
  const name = m[0].replace(/\s+/g, ' ').toLowerCase().replace(/^c/, 'C');
  return { name, kind };
}

export interface ExtractOptions {
  communes?: CommuneIndex;
}

export function rosterFromModels(models: Model[], options: ExtractOptions = {}): Roster {
  const members: RosterMember[] = [];
  const people = new PersonIndex<RosterMember>([]);
  let name: string | undefined;
  let kind: AssemblyKind | undefined;
  let epci: string | undefined;
  let commune: string | undefined;
  let membersInOffice: number | undefined;
  const communes = options.communes;

  for (const model of models) {
    const a = assemblyOf(model);
    kind ??= a.kind;
    const labels = model.members.map((m) => m.commune?.name).filter((x): x is string => !!x);
    const territory = communes ? communes.inferTerritory(labels) : undefined;
    if (communes && !epci) {
      const siren = territory?.epci && labels.length > 0 ? territory.epci : communes.findEpciByName(headText(model.doc, 3000));
      if (siren && (kind === 'conseil communautaire' || labels.length > 0)) epci = communes.epci(siren)?.name;
    }
    const col = model.seance.collectivity;
    if (col?.kind === 'commune' && !commune) commune = communes ? officialCommune(col.name, communes, territory) : col.name;
    name ??= a.name && (commune ? `${a.name} de ${commune}` : epci ? `${a.name} (${epci})` : a.name);
    membersInOffice ??= model.seance.membersInOffice?.value;

    const add = (p: RosterPerson, communeName: string | undefined): RosterMember => {
      const r = people.resolve(p);
      if (r.kind === 'found') {
        const m = r.member;
        m.civility ??= p.civility;
        if (!m.commune && communeName) m.commune = communeName;
        return m;
      }
      const m: RosterMember = { ...p, functions: [] };
      if (communeName) m.commune = communeName;
      members.push(m);
      people.add({ member: m, given: m.given, surname: m.surname });
      return m;
    };
    for (const m of model.members) {
      const label = m.commune ? officialCommune(m.commune.name, communes, territory) : undefined;
      const sitting = personOf(m.entry.person);
      if (!sitting) continue;
      const titular = m.substituteOf && personOf(m.substituteOf);
      if (titular) {
        const member = add(titular, label);
        member.substitute ??= sitting;
      } else add(sitting, label);
    }
    // Functions written beside the people the text names.
    for (const mention of mentionsOf(model)) {
      if (!mention.function) continue;
      const r = people.resolve(mention.person);
      if (r.kind !== 'found') continue;
      if (!r.member.functions.includes(mention.function)) r.member.functions.push(mention.function);
    }
  }
  // A bare « vice-président » is implied by « 1er vice-président ».
  for (const m of members) m.functions = m.functions.filter((f) => !m.functions.some((g) => g !== f && g.endsWith(` ${f}`)));
  return {
    name: name ?? 'Conseil',
    kind,
    ...(epci ? { epci } : {}),
    ...(commune ? { commune } : {}),
    membersInOffice: membersInOffice ?? members.length,
    members,
  };
}

/** The roster as a YAML file in the format of docs/roster.md. */
export function rosterToYaml(roster: Roster, header?: string): string {
  const person = (p: RosterPerson) => ({ ...(p.civility ? { civilite: p.civility } : {}), prenom: p.given, nom: p.surname });
  const data = {
    assemblee: roster.name,
    ...(roster.kind ? { type: roster.kind } : {}),
    ...(roster.epci ? { epci: roster.epci } : {}),
    ...(roster.commune ? { commune: roster.commune } : {}),
    ...(roster.membersInOffice !== undefined ? { en_exercice: roster.membersInOffice } : {}),
    ...(roster.siret ? { siret: roster.siret } : {}),
    ...(roster.prefecture ? { prefecture: roster.prefecture } : {}),
    ...(roster.actsUrl ? { url_actes: roster.actsUrl } : {}),
    membres: roster.members.map((m) => ({
      ...person(m),
      ...(m.commune ? { commune: m.commune } : {}),
      ...(m.functions.length ? { fonctions: m.functions } : {}),
      ...(m.substitute ? { suppleant: person(m.substitute) } : {}),
    })),
  };
  const doc = new Document(data);
  // Members one per block, their fonctions and suppléant inline: compact and easy to edit.
  const membres = doc.get('membres');
  if (isSeq(membres)) for (const item of membres.items) if (isMap(item)) for (const pair of item.items) if (isMap(pair.value) || isSeq(pair.value)) pair.value.flow = true;
  if (header) doc.commentBefore = header;
  return doc.toString({ lineWidth: 0 });
}
