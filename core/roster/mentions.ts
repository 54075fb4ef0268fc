// The people a document names, wherever it names them: attendance lists (and substitutes), proxies, the president of
// the séance, the rapporteur, the secretary, the interested councillors, named votes, and the signatory. Used by the
// member check, the extraction of a roster, hover and the completion without a roster.
import type { Model, Member } from '../model/types';
import type { CommuneLabelNode, PersonNode, Line } from '../syntax/tree';
import { hasInlines } from '../syntax/tree';
import { mentionReader, type MentionReader } from '../syntax/index';

export type MentionRole =
  | 'present' | 'absent' | 'excused' | 'substitute'
  | 'proxy-giver' | 'proxy-holder'
  | 'president' | 'rapporteur' | 'secretary' | 'interested' | 'vote' | 'signatory'
  /** Named in running text, in no role the roster knows (hover only). */
  | 'text';

export interface Mention {
  person: PersonNode;
  role: MentionRole;
  /** The commune label the person is listed under. */
  commune?: CommuneLabelNode;
  /** The attendance entry of the model the mention is (or resolves to). */
  member?: Member;
  /** A function written beside the person (« Alain BLESSEMAILLE, Vice-Président » → « vice-président »). */
  function?: string;
}

const FUNCTION_WORDS = String.raw`vice[- ]présidente?|présidente?|maire|adjointe?|conseill[eè]re?\s+(?:délégué|municipal|communautaire|départemental|régional)e?|secrétaire`;
/** A function title after a name: « , Vice-Président », « 1^{er} Vice-Président », « Maire ». */
const FUNCTION = new RegExp(String.raw`^\s*,?\s*((?:\d+\s*(?:\^\{(?:er|re|e|ème)\}|er|re|e|ème)\s+)?(?:${FUNCTION_WORDS}))\b`, 'iu');
const FUNCTION_LINE = new RegExp(String.raw`^\s*((?:\d+\s*(?:\^\{(?:er|re|e|ème)\}|er|re|e|ème)\s+)?(?:${FUNCTION_WORDS}))\b`, 'iu');

/** « 1^{er} Vice-Président » → « 1er vice-président ». */
export function normalizeFunction(s: string): string {
  return s.replace(/\^\{([^}]*)\}/g, '$1').replace(/\s+/g, ' ').trim().toLowerCase();
}

function functionAfter(text: string): string | undefined {
  const m = FUNCTION.exec(text);
  return m ? normalizeFunction(m[1]) : undefined;
}

/** People written in running text or after a field label, with or without civility. */
function peopleIn(line: Line, from: number, b: MentionReader): { person: PersonNode; after: string }[] {
  return b.mentionsIn(line.text.slice(from - line.offset), from).map(({ person, end }) => ({ person, after: line.text.slice(end - line.offset) }));
}

// The roster check, hover and completion all ask for the mentions of the same model: read once per model.
const mentionsCache = new WeakMap<Model, readonly Mention[]>();

export function mentionsOf(model: Model): readonly Mention[] {
  let known = mentionsCache.get(model);
  if (!known) mentionsCache.set(model, (known = readMentions(model)));
  return known;
}

function readMentions(model: Model): Mention[] {
  const out: Mention[] = [];
  const { doc } = model;
  for (const m of model.members) {
    out.push({ person: m.entry.person, role: m.attendance, commune: m.commune, member: m });
    if (m.substituteOf) out.push({ person: m.substituteOf, role: 'substitute', commune: m.commune, member: m });
  }
  for (const p of model.proxies) {
    if (p.form === 'paired') out.push({ person: p.giver, role: 'proxy-giver', member: p.giverMember });
    out.push({ person: p.holder, role: 'proxy-holder', member: p.holderMember });
  }
  const b = mentionReader(doc);
  const lines = doc.lines;
  lines.forEach((l, i) => {
    if (l.type === 'field') {
      const role = /^rapporteur/i.test(l.label) ? 'rapporteur' : /^secrétaire/i.test(l.label) ? 'secretary' : /^président/i.test(l.label) ? 'president' : undefined;
      if (role) for (const { person, after } of peopleIn(l, l.labelSpan.end, b)) out.push({ person, role, function: functionAfter(after) });
    }
    if (!hasInlines(l)) return;
    const pres = /présidence\s+de\s+/i.exec(l.text);
    if (pres) {
      const first = peopleIn(l, l.offset + pres.index + pres[0].length, b)[0];
      if (first && first.person.offset === l.offset + pres.index + pres[0].length) out.push({ person: first.person, role: 'president', function: functionAfter(first.after) });
    }
    // A signature: a name alone on its line, its function on the next line (« Gabriel BAULIEU » / « 1er Vice-Président »).
    if (l.type === 'prose' && l.inlines.length > 0) {
      const alone = peopleIn(l, l.offset, b);
      if (alone.length === 1 && l.text.trim() === alone[0].person.text.trim()) {
        const next = lines.slice(i + 1).find((x) => x.type !== 'blank');
        const f = next && !next.text.includes(':') ? FUNCTION_LINE.exec(next.text) : null;
        if (f) out.push({ person: alone[0].person, role: 'signatory', function: normalizeFunction(f[1]) });
      }
    }
  });
  for (const r of model.reports) {
    for (const x of r.interested?.persons ?? []) out.push({ person: x.person, role: 'interested', member: x.member });
    const v = r.vote;
    if (v) for (const c of [v.pour, v.contre, v.abstention, v.nppv]) for (const p of c?.names ?? []) out.push({ person: p, role: 'vote' });
  }
  return out;
}
