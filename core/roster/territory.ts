// The territory of an assembly, for ranking and checking commune names: the EPCI most of the document's commune labels
// belong to, else the EPCI or commune of the roster, else its collectivity or the EPCI or département its header names.
import { detach } from '../text/fold';
import type { Model } from '../model/types';
import type { CommuneIndex, Territory } from '../communes/index';
import { matchedCommune, normalizeName } from '../communes/index';
import { assemblyOf } from './extract';
import { headText } from '../syntax/tree';
import type { Roster } from './types';
import { rosterIndex } from './index';

/**
 * Territory of the assembly: the EPCI most of the document's commune labels belong to (what the document shows wins
 * over a roster of another assembly), else the roster's EPCI or commune, else the document's collectivity or header.
 */
export function territoryOf(model: Model, communes: CommuneIndex, roster?: Roster): Territory {
  const d = documentTerritory(model, communes);
  if (d.listed.epci) return d.listed;
  if (roster && rosterApplies(model, roster)) {
    let r = rosterTerritories.get(roster);
    if (r === undefined) rosterTerritories.set(roster, (r = rosterTerritory(roster, communes) ?? null));
    if (r) return r;
  }
  return d.named;
}
// Remembered where each comes from: a roster that names no territory found leaves it to the document.
const rosterTerritories = new WeakMap<Roster, Territory | null>();

type DocumentTerritory = { listed: Territory; named: Territory };
// Each keystroke makes a new model of much the same document: its territory is remembered by what it is made of (the
// commune labels, the collectivity, the header), for each commune index. The documents edited lately only: a key
// holds up to 2 000 characters of a header, and 1 000 of them (the bound before) kept some 4 MB in the server after
// the acts were closed.
const TERRITORIES_KEPT = 100;
const documentTerritories = new WeakMap<CommuneIndex, Map<string, DocumentTerritory>>();

function rosterTerritory(roster: Roster, communes: CommuneIndex): Territory | undefined {
  if (roster.epci) {
    const epci = communes.findEpciByName(roster.epci) ?? communes.findEpciByName(`communauté ${roster.epci}`);
    if (epci) return { epci, departement: communes.epci(epci)?.members[0]?.departement };
  }
  if (roster.commune) {
    const c = matchedCommune(communes.lookup(roster.commune));
    if (c) return { epci: c.epci, departement: c.departement };
  }
  return undefined;
}

/**
 * What the document shows: `listed`, the territory most of its commune labels belong to; `named`, that one completed
 * by its collectivity's EPCI or the EPCI its header names, and the département its header names.
 */
function documentTerritory(model: Model, communes: CommuneIndex): DocumentTerritory {
  const labels: string[] = [];
  for (const l of model.lists) {
    for (const c of l.communes) labels.push(c.name);
    // « (Délégué titulaire de Lunas) »: the communes the delegates sit for tell the territory too.
    for (const e of l.entries) if (e.commune?.mention) labels.push(e.commune.name);
  }
  const head = headText(model.doc, 2000);
  const key = `${labels.join('|')}\n${model.seance.collectivity?.kind ?? ''}:${model.seance.collectivity?.name ?? ''}\n${head}`;
  let memo = documentTerritories.get(communes);
  if (!memo) documentTerritories.set(communes, (memo = new Map()));
  let known = memo.get(key);
  if (!known) {
    if (memo.size >= TERRITORIES_KEPT) memo.clear();
    memo.set(detach(key), (known = readDocumentTerritory(labels, head, model, communes)));
  }
  return known;
}

function readDocumentTerritory(labels: string[], head: string, model: Model, communes: CommuneIndex): DocumentTerritory {
  const listed: Territory = labels.length ? communes.inferTerritory(labels) : {};
  let t = listed;
  if (!t.epci) {
    const col = model.seance.collectivity;
    const c = col?.kind === 'commune' ? matchedCommune(communes.lookup(col.name)) : undefined;
    if (c) t = { epci: c.epci, departement: c.departement };
    else {
      const epci = communes.findEpciByName(head);
      if (epci) t = { epci, departement: communes.epci(epci)?.members[0]?.departement };
    }
  }
  if (!t.departement) {
    const d = /^\s*D[ÉE]PARTEMENT\s+(.+)$/im.exec(head);
    const code = d && communes.findDepartementByName(d[1]);
    if (code) t = { ...t, departement: code };
  }
  return { listed, named: t };
}

/**
 * Whether a roster is the one of a document's assembly: not when the header names another kind of council (a
 * municipal extract beside a community council's roster), nor another commune than a municipal roster's, nor when
 * most of the people its lists name are not members (the roster of another council, or of the council before the
 * elections): its checks would be false warnings by the dozen.
 */
export function rosterApplies(model: Model, roster: Roster): boolean {
  let known = applies.get(model);
  if (!known) applies.set(model, (known = new WeakMap()));
  let answer = known.get(roster);
  if (answer === undefined) known.set(roster, (answer = readApplies(model, roster)));
  return answer;
}
// Asked by the checks, the completion, the hover and the territory of one model: answered once.
const applies = new WeakMap<Model, WeakMap<Roster, boolean>>();

/** At least this many people listed before their fit with the roster says anything. */
const FIT_MIN_LISTED = 4;

function readApplies(model: Model, roster: Roster): boolean {
  const kind = assemblyOf(model).kind;
  if (kind && roster.kind && kind !== roster.kind) return false;
  const col = model.seance.collectivity;
  if (roster.commune && col?.kind === 'commune' && normalizeName(col.name) !== normalizeName(roster.commune)) return false;
  const listed = model.members.filter((m) => !m.substitute);
  if (listed.length >= FIT_MIN_LISTED) {
    const index = rosterIndex(roster);
    const members = listed.filter((m) => index.resolve(m.entry.person).kind !== 'none').length;
    if (members * 2 < listed.length) return false;
  }
  return true;
}
