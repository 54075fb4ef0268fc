// The attendance lists of an act, wherever they stand: the list lines of the tree (a label at the start of a
// line), and the lists found inside other lines — a header flattened into one paragraph by a PDF extraction
// (« … Présents : M. X, Mme Y Absents excusés : M. Z (pouvoir à M. X) Secrétaire : … »), a list that follows
// another on the same line, or a label alone on its line without a colon (« PRESENTS ») above the names. All are
// read by the same reader of names (syntax/names.ts).
import type { Builder } from '../syntax/parser';
import { columnTableBelow, listLastLine } from '../syntax/parser';
import type { DocumentNode, Line, ListLine, PersonNode } from '../syntax/tree';
import { aloneLabel, aloneLabelText, COUNT_OPENS_PARENTHESIS, documentLabels, labelsIn, listRole, namesText, PRESIDED_LABEL, goesOnBelow, readNames, roleOf, type ListRole } from '../syntax/names';
import { foldFrench } from '../text/numbers';
import { fullNameKey } from './people';
import { DAY_MONTH_YEAR_SOURCE } from '../text/dates';
import { matchesOf } from '../text/matches';
import { SEANCE_HEADING_IN } from '../syntax/acts';

/** Nothing but counts with their labels (« Nbre de conseillers en exercice : 27 »), or nothing. */
const COUNTS_ONLY = /^(?:[ \u00a0]*[\p{L}'’. ]{2,60}?[ \u00a0]*:[ \u00a0]*\d+(?!\d))*[ \u00a0]*$/u;

/** The last field of a line of counts, with its figure, at the line's end: « … : 68 Présents : 57 ». */
const COUNTS_THEN_LABEL = /(?<=^|[ \u00a0])([\p{L}'’ ]{2,40}?[ \u00a0]*:[ \u00a0]*\d{1,4})[ \u00a0]*$/u;
/** The act's text as the reader of names sees it (namesText), where lists are read and where they end. */
const namesOf = (doc: DocumentNode) => namesText(doc.text, doc.positions, doc.offset, doc.end);

function countsThenLabel(line: string): { index: number; label: string } | undefined {
  // (Looked for in the line's last characters only, when it ends with a figure: the pattern tried at every position of
  // a long line costs.)
  let e = line.length;
  while (e > 0 && (line[e - 1] === ' ' || line[e - 1] === '\u00a0')) e--;
  if (e === 0 || line.charCodeAt(e - 1) < 48 || line.charCodeAt(e - 1) > 57) return undefined;
  // (From after a blank, so that the slice's start is a word's.)
  let base = Math.max(0, e - 60);
  while (base > 0 && base < e && line[base - 1] !== ' ' && line[base - 1] !== '\u00a0') base++;
  const m = COUNTS_THEN_LABEL.exec(base > 0 ? line.slice(base) : line);
  return m ? { index: base + m.index, label: m[1] } : undefined;
}

/** A cheap test before the labels are looked for in a line. */
// (« votants », « exercice »: a count inside a list wrapped over lines, the names going on after it.)
export const MAY_HOLD_LABEL = /pr[ée]s[ei][nd]|absent|excus|exception|sauf|invit|pouvoir|procura|mandat|repr[ée]sent|assist|d[ée]l[ée]g|suppl[ée](?:ant|[ée])|titulaire|conseill|adjoint|votants|exercice|r[ée]pond|[A-Z] [A-Z] [A-Z]/i;

/**
 * The heading of the table the members sign at the end of the minutes (« Noms ↵ Signatures », « Tableau des
 * signatures », « Feuille d’émargement »): what stands below it (« Charlène VENOT ↵ Conseillère municipale ↵ Absente
 * Excusée ↵ Marion MERCIER … », each name's function and mark in cells of their own) is no attendance list.
 */
const SIGNATURES_HEADING = /^[ \u00a0\t]*(?:(?:(?:noms?|nom et pr[ée]nom|membres|conseillers)[ \u00a0\t]+(?:et[ \u00a0]+)?)?signatures|tableau[ \u00a0]+des[ \u00a0]+signatures|feuille[ \u00a0]+d['’][ \u00a0]?[ée]margement|[ée]margements?)[ \u00a0\t]*:?[ \u00a0\t\r]*$/iu;

/** So inside a line, the text flattened: « … Noms Signatures Jean-Paul CHARRIER Maire … ». */
const SIGNATURES_IN_LINE = /(?<![\p{L}])(?:(?:Noms?|NOMS?)[ \u00a0]+(?:(?:et|ET)[ \u00a0]+)?(?:Signatures|SIGNATURES)|(?:Tableau|TABLEAU)[ \u00a0]+(?:des|DES)[ \u00a0]+(?:signatures|SIGNATURES)|(?:Feuille|FEUILLE)[ \u00a0]+(?:d|D)['’][ \u00a0]?(?:émargement|ÉMARGEMENT|EMARGEMENT))(?![\p{L}])/u;
/** Where the table of signatures starts in the act, or its end. */
function signaturesStart(doc: DocumentNode): number {
  for (const l of doc.lines) {
    if (l.type === 'blank' || !/ignature|IGNATURE|margement|MARGEMENT/.test(l.text)) continue;
    if (l.text.length <= 40 && SIGNATURES_HEADING.test(l.text)) return l.offset;
    const m = SIGNATURES_IN_LINE.exec(l.text);
    if (m) return l.offset + m.index;
  }
  return doc.end;
}

/** The register's heading with the séance's date, without « séance du ». */
const REGISTER_WITH_DATE = new RegExp(String.raw`extrait[ \u00a0]+du[ \u00a0]+registre[^.;:]{0,120}?(?<![\d\p{L}])${DAY_MONTH_YEAR_SOURCE}`, 'iu');
/** The words that open an act or minutes before a séance's heading: « EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS … ». */
const ACT_OPENING = /(?:extrait[ \u00a0]+du[ \u00a0]+registre|transcription|proc[èe]s[- \u00a0]verbal|compte[- \u00a0]rendu)/iu;

/**
 * « … Absents excusés Mmes DARBAS, … Secrétaire de séance : … TRANSCRIPTION SÉANCE DU CONSEIL MUNICIPAL DU 9 DECEMBRE
 * 2022 18H00 Etaient présents: … », « … Étaient absent(e)s : … EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL
 * MUNICIPAL SÉANCE DU CONSEIL MUNICIPAL DU MARDI 28 JUIN 2022 … »: acts flattened into one line, another act (or the
 * minutes of an earlier séance) after the first one's lists; « PROCES-VERBAL de la réunion du Conseil Municipal du 15
 * DECEMBRE 2020 ↵ … M. X qui a donné procuration à … » after a cover page that listed the séance's attendance. The
 * lists after the opening of minutes or of another act, with a séance's heading, are not this act's (read with this
 * one's, each member would be listed twice): the offset of that opening, or the act's end. (The act splitter,
 * core/syntax/acts.ts, cuts an act there when its lists are whole; this reads what it leaves in one act.)
 */
function anotherSeance(doc: DocumentNode, lists: ListLine[]): number {
  // (After the act's own list of those present: a heading before it opens the act, « Pouvoirs de … » or a box of counts
  // above it being no list of the act.)
  const first = lists.findIndex((l) => roleOf(l) === 'present' && l.entries.length >= 2);
  for (let k = first + 1; first >= 0 && k < lists.length; k++) {
    const from = lists[k - 1].stop ?? lists[k - 1].end;
    if (lists[k].labelSpan.offset <= from) continue;
    const between = doc.text.slice(from, lists[k].labelSpan.offset);
    // (The heading of a séance, with its date: « SÉANCE DU CONSEIL MUNICIPAL DU 9 DECEMBRE 2022 », « … EN DATE DU 28 JUIN
    // 2022 ».)
    SEANCE_HEADING_IN.lastIndex = 0;
    const m = SEANCE_HEADING_IN.exec(between);
    const opening = m ? ACT_OPENING.exec(between.slice(Math.max(0, m.index - 150), m.index + m[0].length)) : null;
    if (opening) return from + Math.max(0, m!.index - 150) + opening.index;
    // (« … Extrait du registre des délibérations du Conseil Communautaire Jeudi 21 MARS 2024 N° 240301.1 … »: so the
    // register's heading with the séance's date, without « séance du ».)
    const register = REGISTER_WITH_DATE.exec(between);
    if (register) return from + register.index;
  }
  return doc.end;
}

export function attendanceLists(doc: DocumentNode, b: Builder): ListLine[] {
  const out: ListLine[] = [];
  const lines = doc.lines;
  const signatures = signaturesStart(doc);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.offset >= signatures) break;
    let from: number;
    if (l.type === 'list' && l.continues && l.continues.stop !== undefined && l.offset >= l.continues.stop) {
      // A line that went on a list which stopped above it (« PRÉSENTS : A, B.↵M. X donne pouvoir à M. Y »): read on
      // its own.
      from = l.offset;
    } else if (l.type === 'list') {
      if (l.continues) {
        // The list stopped inside this line: what follows the stop is read on its own.
        if (l.continues.stop === undefined || l.continues.stop >= l.end || l.continues.stop < l.offset) continue;
        from = l.continues.stop;
      } else {
        // « Etaient présents : » above a table flattened column by column: its pairs are read apart.
        const columns = l.entries.length === 0 && l.unread.length === 0 ? listOfColumns(doc, b, i, roleOf(l), { start: l.labelSpan.offset, end: l.end, label: l.label }, out) : undefined;
        if (columns !== undefined) { i = columns; continue; }
        out.push(l);
        if (l.stop === undefined || l.stop >= l.end) continue;
        from = l.stop;
      }
    } else if (l.type === 'prose' || l.type === 'field' || l.type === 'bullet' || l.type === 'heading') {
      from = l.offset;
    } else continue;
    if (!MAY_HOLD_LABEL.test(from === l.offset ? l.text : doc.text.slice(from, l.end))) continue;
    if (from === l.offset && l.type !== 'list') {
      const presided = presidedBelow(doc, b, i, out);
      if (presided !== undefined) { i = presided; continue; }
    }
    let role = from === l.offset ? aloneLabel(l.text) : undefined;
    // « Nombre de membres en exercice : 68 Présents : 57 », then the names below: the last count of a line of counts is
    // the label of the list below, as if alone on its line.
    const tail = role || from !== l.offset ? undefined : countsThenLabel(l.text);
    if (tail && COUNTS_ONLY.test(l.text.slice(0, tail.index)) && (role = aloneLabel(tail.label))) i = listBelow(doc, b, i, role, out, aloneLabelText(tail.label));
    else if (role) i = listBelow(doc, b, i, role, out);
    else {
      const last = listsInLine(doc, b, i, from, out);
      i = last === i ? countedListBelow(doc, b, i, out) ?? i : last;
    }
    // (« L. FOURNIER a donné pouvoir à N. POUNEMBETTI »: an initial opening the line reads like the number of a heading.)
    if (l.type === 'prose' || l.type === 'list' || l.type === 'field' || (l.type === 'heading' && /^[A-Z]\.$/.test(l.number))) proxySentences(doc, b, l, from, out);
  }
  holdersColumn(doc, b, out);
  const another = anotherSeance(doc, out);
  for (let k = out.length - 1; k >= 0; k--) if (out[k].labelSpan.offset >= Math.min(signatures, another)) out.splice(k, 1);
  if (!out.some((l) => roleOf(l) === 'present')) unlabelledDelegates(doc, b, out);
  if (!out.some((l) => roleOf(l) === 'present')) unlabelledPresent(doc, b, out);
  if (!out.some((l) => roleOf(l) === 'present')) functionLists(doc, b, out);
  if (!out.some((l) => roleOf(l) === 'present')) codedTable(doc, b, out);
  if (!out.some((l) => roleOf(l) === 'present')) enumeratedPresent(doc, b, out);
  if (!out.some((l) => roleOf(l) === 'present')) rollCall(doc, b, out);
  if (!out.some((l) => roleOf(l) === 'present')) markedTable(doc, b, out);
  // « Etaient également présents : - Pascale GARCIA, DGS de la Communauté … » after the list of those present: the
  // staff and the guests, not members (before it, « sous la présidence de M. X. Etaient également présents : … » lists
  // the members).
  const members = out.find((l) => roleOf(l) === 'present' && !ALSO.test(l.label));
  // (« … informe les membres qu’afin d’aborder le projet …, sont présents à cette réunion : - le Président, M. X, et des
  // délégués de … »: so a later label inside a sentence of prose, the people a report mentions.)
  if (members) for (const l of out) if (l.labelSpan.offset > members.labelSpan.offset && roleOf(l) === 'present' && (ALSO.test(l.label) || insideSentence(doc.text, l.labelSpan.offset))) l.role = 'other';
  // « Absents : M. CALLET, excusé, pouvoir à M. MELINON Mme PEVET … ↵ APPEL ↵ Madame le Maire procède à l’appel. Tous
  // les élus sont présents à l’exception de : ↵ M. CALLET, excusé, pouvoir à M. MELINON Mme PEVET … »: the same list
  // given again (the same people in the same order, two at least, on the same side): told once.
  const side = (l: ListLine) => (roleOf(l) === 'present' ? 'present' : roleOf(l) === 'other' ? 'other' : 'away');
  // (Not the givers' list after the list of the excused: the same names, with their proxies this time.)
  const said = (l: ListLine) => l.entries.map((e) => `${e.person.text}>${e.proxyTo?.text ?? ''}<${e.proxyFrom?.text ?? ''}`.replace(/\s+/g, ' ')).join('|');
  const told = new Set<string>();
  // « … Après en avoir délibéré, le Conseil Municipal approuve … ↵ Délibérations : N°2014/25 … ↵ Dominique GOSSET Louis
  // ARMARY ↵ … Louis LAFFOURCADE Absent Serge PRATDESSUS Absent ↵ Patricia FINALDI »: after the decisions, a word without
  // its colon (« Absent ») before names all listed already is a mark of the table of signatures, no list. (A member
  // listed twice in the head is a mistake the checks tell.)
  const listed = new Set<string>();
  let head = -1;
  const bare = (l: ListLine) => !/[:：]/.test(doc.text.slice(l.labelSpan.offset, Math.min(doc.end, l.labelSpan.end + 3)));
  const kept = out.filter((l) => {
    const keys = l.entries.map((e) => fullNameKey(e.person));
    if (head >= 0 && keys.length > 0 && l.label && bare(l) && keys.every((k) => listed.has(k)) && DECIDED.test(doc.text.slice(head, l.labelSpan.offset))) return false;
    if (head < 0) head = l.end;
    for (const k of keys) listed.add(k);
    return true;
  });
  return kept.filter((l) => {
    if (l.entries.length < 2) return true;
    const key = `${side(l)}:${said(l)}`;
    if (told.has(key)) return false;
    told.add(key);
    return true;
  });
}
const ALSO = /[ée]galement/i;

/**
 * « REPRÉSENTÉS : Marième GADIO Samia LEMTAÏ … Maryline VIARD ABSENTS : par Bachir CHEKINI par Norman CHARLES … par
 * Benjamin DONEKOGLU. Sylvain ALLIROT. »: a table of proxies flattened column by column, the givers under one label,
 * then, first under the next, as many « par X » as there are givers: in the same order, each pair is a proxy.
 */
function holdersColumn(doc: DocumentNode, b: Builder, out: ListLine[]) {
  for (let k = 0; k + 1 < out.length; k++) {
    const givers = out[k];
    const next = out[k + 1];
    const role = roleOf(givers);
    if ((role !== 'givers' && role !== 'excused') || givers.entries.length < 2 || givers.unread.length > 0) continue;
    if (givers.entries.some((e) => e.proxyTo || e.proxyFrom || e.replacedBy || e.substituteOf)) continue;
    const span = next.unread[0];
    if (!span || (next.entries[0] && next.entries[0].offset < span.offset)) continue;
    const text = doc.text.slice(span.offset, span.end);
    const bys = [...text.matchAll(/(?:^|[\s\u00a0])par[ \u00a0]+/g)];
    if (bys.length !== givers.entries.length || text.slice(0, bys[0].index).trim() !== '') continue;
    const holders: PersonNode[] = [];
    for (let i = 0; i < bys.length; i++) {
      const from = span.offset + bys[i].index! + bys[i][0].length;
      const to = i + 1 < bys.length ? span.offset + bys[i + 1].index! : span.end;
      const read = readNames(doc.text, from, to, b, 'present');
      if (read.entries.length !== 1 || read.unread.length > 0) break;
      holders.push(read.entries[0].person);
    }
    if (holders.length !== givers.entries.length) continue;
    givers.entries.forEach((e, i) => (e.proxyTo = holders[i]));
    next.unread.shift();
  }
}
/** « après en avoir délibéré »: the words of a decision taken (the lists below them are no longer those of the head). */
export const DELIBERATED_SOURCE = String.raw`apr[èe]s\s+en\s+avoir\s+d[ée]lib[ée]r[ée]`;
const DECIDED = new RegExp(DELIBERATED_SOURCE, 'i');
/**
 * A clause of reported speech before `at` in its sentence (« informe les membres qu’afin de … , »): a label there is
 * part of what the sentence reports. (Not the opening « L’an …, sous la présidence de M. X, Maire, Etaient présents : ».)
 */
function insideSentence(text: string, at: number): boolean {
  // (A sentence wrapped over lines goes on after a line break; a blank line ends it.)
  const before = text.slice(Math.max(0, at - 300), at);
  let blank = -1;
  for (const m of before.matchAll(/\n[ \t\u00a0\r]*\n/g)) blank = m.index!;
  const sentence = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(':'), before.lastIndexOf(';'), blank) + 1);
  return /(?<![\p{L}])qu(?:e|['’])/u.test(sentence) && (sentence.match(/(?<![\p{L}])\p{Ll}{2,}(?![\p{L}])/gu) ?? []).length >= 3;
}

/** « Mesdames Agnès BEGNY, … et Messieurs Claude ANCELME, … »: the plural civilities that open an enumeration. */
const ENUMERATION = /(?<![\p{L}])(?:Mesdames|Messieurs|MM\.|Mmes)[ \u00a0]+(?=\p{Lu}\p{Ll}+[ \u00a0-]|\p{Lu}{2})/u;

/**
 * « Compte rendu du Conseil de Communauté du 23 février 2006 à Vouziers Mesdames Agnès BEGNY, …, Marie- Line THOMAS et
 * Messieurs Claude ANCELME, …, Daniel ZEIMET. Représentés : Madame Françoise BONOMME donne pouvoir … »: in an act with no
 * list of those present, an enumeration under plural civilities in its head, up to the label of the represented or
 * the absent, names those present. Only when it reads whole, ten names at least.
 */
function enumeratedPresent(doc: DocumentNode, b: Builder, out: ListLine[]) {
  const head = doc.text.slice(doc.offset, Math.min(doc.end, doc.offset + 2000));
  const m = ENUMERATION.exec(head);
  if (!m) return;
  const start = doc.offset + m.index;
  const line = doc.lines.find((l) => l.offset <= start && start < l.end);
  // (Not an enumeration a list already read holds: « … à l'exception de : MM. BARBARA – BARTHELEMY … ».)
  if (!line || inList(out, start, start + m[0].length)) return;
  const list = makeList(doc, b, { start, end: start, label: '' }, 'present', line.end);
  if (list.stop === undefined || list.unread.length || list.entries.length < 10) return;
  const next = labelsIn(namesOf(doc), list.stop, line.end)[0];
  if (!next || next.start !== list.stop || next.role === 'present' || next.role === 'stop' || next.role === 'other') return;
  list.role = 'present';
  out.push(list);
}

/** « présents (P) », « excusés (Ex) », « absents (A) »: the words of a legend and the code of each. */
const LEGEND_CODE = /(pr[ée]sente?s?|excus[ée]e?s?|absente?s?)[ \u00a0]*\([ \u00a0]*(\p{L}{1,3})[ \u00a0]*\)/giu;
const LEGEND_ROLES: Record<string, string> = { p: 'Présents', e: 'Excusés', a: 'Absents' };

/**
 * « Étaient présents (P), excusés (Ex), absents (A) : ↵ N° secteur DÉLÉGUÉS … ↵ 1 Thierry GLORIEUX P Luc DARDENNE ↵ 1
 * Sandrine POULET EX Véronique CHAUVIN »: a table of the members, each row a member then the code of the legend for
 * them (then maybe a substitute, not read). In an act without a list of those present; three rows at least, each
 * name read whole.
 */
function codedTable(doc: DocumentNode, b: Builder, out: ListLine[]) {
  const lines = doc.lines;
  const limit = Math.min(lines.length, 80);
  for (let i = 0; i < limit; i++) {
    const l = lines[i];
    if (l.type === 'blank' || l.text.length > 300 || !l.text.includes('(')) continue;
    const codes = new Map<string, string>();
    LEGEND_CODE.lastIndex = 0;
    for (let m = LEGEND_CODE.exec(l.text); m; m = LEGEND_CODE.exec(l.text)) codes.set(m[2].toLowerCase(), LEGEND_ROLES[foldFrench(m[1])[0]]);
    if (codes.size < 2 || !codes.has('p') && ![...codes.values()].includes('Présents')) continue;
    const row = new RegExp(`^[ \\u00a0\\t]*(?:\\d{1,3}[ \\u00a0\\t]+)?(.+?)[ \\u00a0\\t]+(${[...codes.keys()].join('|')})(?=[ \\u00a0\\t]|$)`, 'iu');
    const text = namesOf(doc);
    const lists = listsAt(b, l.offset, l);
    let rows = 0;
    for (let j = i + 1; j < lines.length && j - i < 400; j++) {
      const r = lines[j];
      if (r.type === 'blank') continue;
      const m = row.exec(r.text);
      if (!m) { if (rows > 0 && j - i > 8 && !/^[ \u00a0\t]*\d{1,3}[ \u00a0\t]/.test(r.text)) break; continue; }
      const lead = r.text.indexOf(m[1], m.index);
      const start = r.offset + lead;
      const read = readNames(text, start, start + m[1].length, b, 'present');
      if (!readsOne(read)) continue;
      lists.get(codes.get(m[2].toLowerCase())!).entries.push(...read.entries);
      rows++;
    }
    if (rows < 3 || !lists.has('Présents')) return;
    out.push(...lists.values());
    return;
  }
}

const CIVILITY_SOURCE = String.raw`(?:M\.|Mme|Mlle|Monsieur|Madame)[ \u00a0]+`;
/**
 * One member of a roll call and what they are: « Mme AMALRIC Catherine : présente », « Mme BENECH Valérie : absente,
 * représentée par M. ROUSSY Michel », « M. X : absent excusé ». Groups: the name; after a colon, the status and the
 * holder; without it, the status; or the holder of a proxy.
 */
// (« Mme BAUDRY Catherine présente, Mme BERTRAND Dorothée procuration à Mme BAUDRY Catherine, M.FICHEUX Bruno présent »:
// so without the colon, a proxy given in the roll, the civility stuck to a surname in capitals.)
const ROLL_CIVILITY = String.raw`(?:(?:M\.|Mme|Mlle|Monsieur|Madame)[ \u00a0]+|M\.(?=\p{Lu}{2}))`;
const ROLL_HOLDER = String.raw`${ROLL_CIVILITY}\p{Lu}[\p{L}'’ \u00a0-]{1,50}?(?=[ \u00a0]+${ROLL_CIVILITY}|[ \u00a0]*(?:\r?\n|[.;,]|$))`;
const ROLL_STATUS = String.raw`(présente?|absente?|excusée?)(?:[ \u00a0]+(?:et[ \u00a0]+)?excusée?)?`;
const ROLL_ENTRY = new RegExp(String.raw`(?<![\p{L}.])(${ROLL_CIVILITY}\p{Lu}[^:\n]{1,60}?)(?:[ \u00a0]*:[ \u00a0]*${ROLL_STATUS}(?:[ \u00a0]*,?[ \u00a0]*(?:représentée?|suppléée?)[ \u00a0]+par[ \u00a0]+(${ROLL_HOLDER}))?|[ \u00a0]+${ROLL_STATUS}|[ \u00a0]+(?:procuration|pouvoir)[ \u00a0]+(?:à|a)[ \u00a0]+(${ROLL_HOLDER}))(?![\p{L}])`, 'gu');
/** What may stand between two members of a roll: separators, the label of the next commune's delegates. */
const ROLL_BETWEEN = /^[\s,;.–-]*(?:(?:Pour[ \u00a0]+)?la[ \u00a0]+commune[ \u00a0]+(?:de|du|des|d['’])[ \u00a0]*[^:\n]{1,50}:[\s]*)?$/iu;

/** Whether a cell of a table or a roll read as one name, whole. */
const readsOne = (r: ReturnType<typeof readNames>) => r.entries.length === 1 && !r.unread.length && !r.stopped;

/**
 * The longest run of a pattern's matches from `from` to `end` with nothing between two of them but what `between`
 * allows; a match `keep` refuses breaks the run.
 */
function longestRun(re: RegExp, text: string, from: number, end: number, between: RegExp, keep: (m: RegExpExecArray) => boolean = () => true): RegExpExecArray[] {
  let best: RegExpExecArray[] = [];
  let run: RegExpExecArray[] = [];
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    if (!keep(m)) { run = []; continue; }
    const last = run[run.length - 1];
    if (last && !between.test(text.slice(last.index + last[0].length, m.index))) run = [];
    run.push(m);
    if (run.length > best.length) best = run;
  }
  return best;
}

/**
 * The lists of a roll or a table read at one place (or under the line of its legend), one per label, made as their first
 * member comes.
 */
function listsAt(b: Builder, at: number, legend?: Line) {
  const lists = new Map<string, ListLine>();
  return {
    get(label: string): ListLine {
      let list = lists.get(label);
      if (!list) {
        const where = legend ? { offset: legend.offset, end: legend.end, range: legend.range, text: legend.text } : { offset: at, end: at, range: b.span(at, at).range, text: '' };
        list = { type: 'list', ...where, label, labelSpan: b.span(where.offset, where.offset), entries: [], communes: [], unread: [] };
        lists.set(label, list);
      }
      return list;
    },
    has: (label: string) => lists.has(label),
    values: () => lists.values(),
  };
}

const INNER_CIVILITY = /(?<![\p{L}])(?:M\.|Mme|Mlle|Monsieur|Madame)[ \u00a0]/gu;

/**
 * « Je vais procéder à l’appel. Mme AMALRIC Catherine : présente Mme APCHIN Ginette : présente … Mme BENECH Valérie :
 * absente, représentée par M. ROUSSY Michel … »: a roll call written member by member, in a text with no list of those
 * present. Five members at least, one after the other with nothing between them; each name read whole, else it is
 * not read (the lists are then not known whole).
 */
function rollCall(doc: DocumentNode, b: Builder, out: ListLine[]) {
  const text = namesOf(doc);
  const end = Math.min(doc.end, doc.offset + 40000);
  if (!/(?::[ \u00a0]*|\p{L}[ \u00a0]+)(?:présente?|absente?)(?![\p{L}])/u.test(text.slice(doc.offset, end))) return;
  // The longest run of entries with only blanks and separators between them.
  const best = longestRun(ROLL_ENTRY, text, doc.offset, end, ROLL_BETWEEN);
  if (best.length < 5) return;
  const lists = listsAt(b, best[0].index);
  for (const m of best) {
    const status = m[2] ?? m[4];
    const holderWritten = m[3] ?? m[5];
    const list = lists.get(status?.startsWith('pr') ? 'Présents' : holderWritten ? 'Absents représentés' : /excus/.test(m[0]) ? 'Absents excusés' : 'Absents');
    // (« M. LE PRÉSIDENT.- Je vais procéder à l’appel. Mme NOIR Anne : présente »: the name is the last one before the
    // colon.)
    const inner = matchesOf(m[1], INNER_CIVILITY).pop()?.index ?? 0;
    const at = m.index + inner;
    const read = readNames(text, at, m.index + m[1].length, b, 'present');
    const holder = holderWritten ? readNames(text, m.index + m[0].length - holderWritten.length, m.index + m[0].length, b, 'present') : undefined;
    if (!readsOne(read) || (holder && !readsOne(holder))) {
      list.unread.push(b.span(at, m.index + m[0].length));
      continue;
    }
    const entry = read.entries[0];
    if (holder) entry.proxyTo = holder.entries[0].person;
    list.entries.push(entry);
    list.end = Math.max(list.end, m.index + m[0].length);
  }
  out.push(...lists.values());
}

/** The headers of a table's columns of marks: « P/E/A », « P/A/E », « Pvr/S ». */
const MARK_HEADER = /(?<![\p{L}/])(?:P|A|E|Ex|Exc|Pvr|Pv|S)(?:\/(?:P|A|E|Ex|Exc|Pvr|Pv|S)){1,4}(?![\p{L}/])/gu;
/** What each mark says of a member: present, absent, excused, excused with a proxy given, replaced by a substitute. */
const MARK_LISTS: Record<string, string> = { p: 'Présents', a: 'Absents', e: 'Excusés', ex: 'Excusés', exc: 'Excusés', pvr: 'Excusés ayant donné pouvoir', pv: 'Excusés ayant donné pouvoir', s: 'Absents suppléés' };
/** A member of such a table, surname first, then the mark. Groups: the name, the mark. */
const MARKED_ENTRY = /(?<![\p{L}'’-])(\p{Lu}{2,}[\p{Lu}'’-]*(?:[ \u00a0]+\p{Lu}{2,}[\p{Lu}'’-]*)*[ \u00a0]+\p{Lu}[\p{Ll}'’][\p{L}'’-]*(?:[- ]\p{Lu}[\p{Ll}'’]+)*)[ \u00a0]+(P|A|E|Ex|Exc|Pvr|Pv|S)(?![\p{L}\d])/gu;

/**
 * « P/E/A P/A/E P/A/E NOM Prénom NOM Prénom NOM Prénom Pvr/S Pvr/S Pvr/S AUGER Guy P DUPUY Caroline A … BUREAUX Olivier
 * Pvr … »: a table of the members, each marked with a code of the headers of its columns (P present, A absent, E
 * excused, Pvr a proxy given, S replaced by a substitute), its rows run together by a PDF extraction. In an act without
 * a list of those present; ten members at least, one after the other, each name read whole; else it is not read.
 */
function markedTable(doc: DocumentNode, b: Builder, out: ListLine[]) {
  const text = namesOf(doc);
  const end = Math.min(doc.end, doc.offset + 40000);
  const head = text.slice(doc.offset, end);
  MARK_HEADER.lastIndex = 0;
  const headers = matchesOf(head, MARK_HEADER);
  if (headers.length < 2) return;
  const codes = new Set(headers.flatMap((h) => h[0].toLowerCase().split('/')));
  if (!codes.has('p')) return;
  const from = doc.offset + headers[headers.length - 1].index! + headers[headers.length - 1][0].length;
  // The longest run of members with nothing but blanks between them.
  const best = longestRun(MARKED_ENTRY, text, from, end, /^\s*$/, (m) => codes.has(m[2].toLowerCase()));
  if (best.length < 10) return;
  const lists = listsAt(b, best[0].index);
  for (const m of best) {
    const list = lists.get(MARK_LISTS[m[2].toLowerCase()]);
    const read = readNames(text, m.index, m.index + m[1].length, b, 'present');
    if (!readsOne(read)) { list.unread.push(b.span(m.index, m.index + m[0].length)); continue; }
    list.entries.push(read.entries[0]);
    list.end = Math.max(list.end, m.index + m[0].length);
  }
  if (!lists.has('Présents')) return;
  out.push(...lists.values());
}

/** « Présents : 47 » in the box of counts: the count the names below it must make. */
const PRESENT_COUNT = /(?:^|\n)[ \u00a0\t]*pr[ée]sent(?:e|\(e\))?s[ \u00a0]*:[ \u00a0]*(\d{1,3})[ \u00a0\t\r]*(?:\n|$)/i;

/**
 * « Présents : 47 ↵ Votants : 56 ↵↵ M. Jacky MARIE, Maire ↵↵ M. Gilles LEMARIÉ, Mme Danièle VESQUE, … ↵↵ ÉTAIENT ABSENTS
 * ET EXCUSÉS : »: the members present named under the box of counts without a label of their own, up to the label of
 * the absent. Only when the names below the count make exactly the count stated.
 */
function unlabelledPresent(doc: DocumentNode, b: Builder, out: ListLine[]) {
  const head = doc.text.slice(doc.offset, Math.min(doc.end, doc.offset + 4000));
  const count = PRESENT_COUNT.exec(head);
  if (!count) return;
  const lines = doc.lines;
  const after = doc.offset + count.index + count[0].length;
  // The first line of names after the count, the lines of names that follow (blank lines between them allowed), and
  // the label of the absent right below.
  let i = lines.findIndex((l) => l.offset >= after && l.type !== 'blank' && !/^[ \u00a0\t]*[\p{L} ]{2,40}:[ \u00a0]*\d/u.test(l.text));
  if (i < 0 || i > 60) return;
  const first = i;
  let last = -1;
  for (; i < lines.length && i - first < 40; i++) {
    const l = lines[i];
    if (l.type === 'blank') continue;
    if (aloneLabel(l.text) || labelsIn(doc.text, l.offset, l.end).some((x) => x.start - l.offset < 3 && x.role !== 'stop')) break;
    if (l.type !== 'prose' && l.type !== 'field' && l.type !== 'list') return;
    last = i;
  }
  if (last < 0 || i >= lines.length) return;
  const role = aloneLabel(lines[i].text) ?? labelsIn(doc.text, lines[i].offset, lines[i].end)[0]?.role;
  if (role !== 'absent' && role !== 'excused') return;
  const list = makeList(doc, b, { start: lines[first].offset, end: lines[first].offset, label: '' }, 'present', lines[last].end);
  if (list.unread.length || list.stop !== undefined || list.entries.length !== Number(count[1])) return;
  list.role = 'present';
  out.push(list);
}

/** « Maire : », « Adjoints : », « Conseillers Municipaux : »: the members sitting, named by their function. */
const FUNCTION_LABEL = /^(?:maire|adjointe?s?|maires?[- ]adjointe?s?|conseill(?:er|ère)s?(?:[ \u00a0]+(?:municipa(?:l|le|ux|les)|communautaires?|délégué(?:e|s)?))*)$/i;

/**
 * « Maire : F. SCHMIT ↵ Conseillers Municipaux : E. MAILLARD, E. DEMUR, … ↵ Procurations : … ↵ Absents : … »: in an
 * act without a list of those present, the lines that name the members by their function, right above or among the
 * lists of the absent and the proxies, are those present. Each line must read as names and nothing else.
 */
function functionLists(doc: DocumentNode, b: Builder, out: ListLine[]) {
  const away = out.filter((l) => roleOf(l) !== 'present' && roleOf(l) !== 'other');
  if (away.length === 0) return;
  const lines = doc.lines;
  const near = (l: { offset: number }) => away.some((a) => Math.abs(doc.positions.lineOf(a.offset) - doc.positions.lineOf(l.offset)) <= 8);
  for (const l of lines.slice(0, 80)) {
    if (l.type !== 'field' || !FUNCTION_LABEL.test(l.label.trim()) || !near(l)) continue;
    const list = makeList(doc, b, { start: l.labelSpan.offset, end: l.labelSpan.end + (/^[ \u00a0]*:/.exec(doc.text.slice(l.labelSpan.end, l.end))?.[0].length ?? 0), label: l.label }, 'present', l.end);
    if (list.entries.length === 0 || list.unread.length > 0 || list.stop !== undefined) continue;
    list.role = 'present';
    out.push(list);
  }
}

/** « LES HERBIERS : », « BEAUREPAIRE : »: a commune in capitals, then its delegates. */
const COMMUNE_IN_CAPS = /(?:^|\s)[A-ZÀ-Þ][A-ZÀ-Þ'’-]+(?:[ \u00a0][A-ZÀ-Þ'’-]+){0,4}[ \u00a0]*:[ \u00a0]+(?=\p{Lu}\p{Ll})/gu;
/** The act counts its delegates or members present (« Nombre de délégués présents : 34 »). */
const PRESENT_COUNTED = /pr[ée]sent(?:e|\(e\))?s?[ \u00a0]*:?[ \u00a0]*\d/i;

/**
 * « LES HERBIERS : Véronique BESSE – Roger BRIAND – … BEAUREPAIRE : Patricia DAGUISE – … » in the head of an act that
 * counts those present but lists them under no label at all: the delegates under their communes are those present.
 * Only a line that starts with such a commune and holds two at least, with six names at least.
 */
function unlabelledDelegates(doc: DocumentNode, b: Builder, out: ListLine[]) {
  // (« AHUILLÉ : Christelle REILLON – ARGENTRÉ : Christian LEFORT, … » in an act that counts no one, its text cut in the
  // list: so where the first communes of the line are two known to the official list.)
  const counted = PRESENT_COUNTED.test(doc.text.slice(doc.offset, Math.min(doc.end, doc.offset + 4000)));
  if (!counted && !b.communes) return;
  for (const l of doc.lines.slice(0, 40)) {
    if (l.type !== 'prose' && l.type !== 'field') continue;
    COMMUNE_IN_CAPS.lastIndex = 0;
    const first = COMMUNE_IN_CAPS.exec(l.text);
    // (« … sous la présidence de Monsieur Christophe HOGARD – Président. LES HERBIERS : Christophe HOGARD – … », the act
    // flattened into one line: the first commune after the full stop of the opening sentence.)
    if (!first || (first.index > 2 && !/[.][ \u00a0]*$/.test(l.text.slice(Math.max(0, first.index - 3), first.index + 1)))) continue;
    const known = (m: RegExpExecArray) => b.communes!(m[0].trim().replace(/[ \u00a0]*:$/, ''));
    let communes = 1;
    let knownCommunes = counted || known(first) ? 1 : 0;
    for (let m = COMMUNE_IN_CAPS.exec(l.text); m && communes < 2; m = COMMUNE_IN_CAPS.exec(l.text)) {
      communes++;
      if (!counted && known(m)) knownCommunes++;
    }
    if (communes < 2 || (!counted && knownCommunes < 2)) continue;
    const start = first.index > 2 ? l.offset + first.index + first[0].length - first[0].trimStart().length : l.offset;
    const list = makeList(doc, b, { start, end: start, label: '' }, 'present', l.end);
    if (list.entries.length >= 6 && list.communes.length >= 1) {
      list.role = 'present';
      out.push(list);
    }
    return;
  }
}

/**
 * « M. FLOUTIER donne pouvoir pour voter en son nom à M. SERRE » on a line of its own, « … absents excusés. Mr Xavier
 * QUEMERE a donné procuration à Mr Alain HOUGRON et Mr Dominique HUET à Mr Eric BOULLAND. » in a paragraph: a sentence
 * (or a line) that is nothing but proxies, outside any list.
 */
function proxySentences(doc: DocumentNode, b: Builder, l: { offset: number; end: number; text: string }, from: number, out: ListLine[]) {
  const text = namesOf(doc);
  const local = l.text.slice(from - l.offset);
  // (« -Monsieur HEYNDRICKX procuration à Monsieur DENISE »: « procuration à » right after a surname in capitals.)
  const verbs = [...matchesOf(local, PROXY_VERB), ...matchesOf(local, BARE_PROXY_VERB)].map((m) => from + m.index!).sort((x, y) => x - y);
  let done = from;
  for (const at of verbs) {
    if (at < done) continue;
    // The sentence: from the last full stop before the verb (or the start), to the next one before a capital (or
    // the end of the line); a long one is no list of proxies.
    const stop = sentenceStart(text, at, Math.max(l.offset, at - 300));
    const opening = Math.max(done, stop);
    // (A dash or a bullet may open the line: « -Monsieur HEYNDRICKX procuration à Monsieur DENISE ».)
    let start = opening + (LINE_BULLET.exec(text.slice(opening, at))?.[0].length ?? 0);
    // (« … Présents : 15 X, Y, … Votants : 17 Patrick DUPAYS donne pouvoir à Philippe LAMY, … »: after a count, the
    // sentence of the proxies starts.)
    const countBefore = labelsIn(text, start, at).filter((x) => x.role === 'stop').pop();
    const figure = countBefore ? /^[ \u00a0]*:?[ \u00a0]*\d{1,3}[ \u00a0]+(?=\p{Lu})/u.exec(text.slice(countBefore.end, at)) : null;
    if (countBefore && figure) start = countBefore.end + figure[0].length;
    // (« Conformément à l’article L 2121-20 du Code Général des Collectivités Territoriales, M. X, M. Y et M. Z avaient
    // donné respectivement procuration à M. A, M. B et M. C. »: the law the sentence cites first.)
    start += LAW_FIRST.exec(text.slice(start, at))?.[0].length ?? 0;
    // (« 2 pouvoirs sont déposés sur le bureau de Monsieur le Président : Madame X donne pouvoir à Monsieur Y … »: the
    // words that announce the proxies, up to their colon.)
    start += PROXIES_ANNOUNCED.exec(text.slice(start, at))?.[0].length ?? 0;
    // « … à savoir, Mme Morvan Isabelle était présente et Mme↵Kerneur Marie-Paule absente, avait donné pouvoir à Annie
    // Audic. »: a sentence that opens on the line above (after a civility or a word in lower case) says more than proxies.
    if (opening === l.offset && SENTENCE_GOES_ON.test(doc.text.slice(Math.max(doc.offset, l.offset - 40), l.offset))) { done = sentenceEnd(text, at, l.end); continue; }
    // The sentence ends at its full stop, or where a list read already starts (« … à M. Y Excusés : … »).
    // (Or at a label: « L. FOURNIER a donné pouvoir à N. POUNEMBETTI Secrétaire de séance : C. ROSELLO ».)
    const ends = out.reduce((e, o) => (o.offset > at && o.offset < e ? o.offset : e), sentenceEnd(text, at, l.end));
    const end = labelsIn(text, at, ends)[0]?.start ?? ends;
    done = end;
    if (end - start > 600 || inList(out, start, end)) continue;
    const read = readNames(text, start, end, b, 'givers');
    if (read.entries.length === 0 || read.unread.length > 0 || read.stopped || read.entries.some((e) => !e.proxyTo)) continue;
    // Nothing but the proxies in the sentence (a final full stop at most), starting with the first giver.
    if (!/^[\s.;,]*$/.test(text.slice(read.entries[read.entries.length - 1].end, end)) || text.slice(start, read.entries[0].offset).trim()) continue;
    // A proxy said again in the minutes (« … présente les excuses de↵M. X qui a donné procuration à Mme Y, ») after
    // the list that gave it: the same proxy, not a second one.
    const given = new Set(out.flatMap((o) => o.entries.filter((e) => e.proxyTo).map((e) => foldFrench(e.person.surname))));
    if (read.entries.some((e) => given.has(foldFrench(e.person.surname)))) continue;
    out.push({
      type: 'list', offset: start, end, range: b.span(start, end).range, text: text.slice(start, end),
      label: '', labelSpan: b.span(start, start), entries: read.entries, communes: read.communes, unread: [], role: 'givers',
    });
  }
}
/**
 * The end of a line whose sentence goes on below: a civility, a word in lower case or a particle in capitals (« … et
 * M. Didier LE↵RESTE a donné pouvoir à … »: a name cut by the line break), then the line break.
 */
const SENTENCE_GOES_ON = /(?:^|[\s,])(?:M\.|Mme|Mlle|Monsieur|Madame|[a-zà-ÿ]{2,},?|LE|LA|DE|DU|DES|DI|DA|VAN|VON)[ \t\u00a0]*\r?\n$/u;
// (« Monsieur Jean-Pierre MORLAT donné pouvoir à … »: so the participle without its « a ».)
/** The law a sentence of proxies cites before them (« Conformément à l’article L 2121-20 du CGCT, »). */
const LAW_FIRST = /^[ \u00a0]*Conformément[ \u00a0]+(?:à[ \u00a0]+l['’][ \u00a0]?article|aux[ \u00a0]+dispositions)[^,.\n]{0,160},[ \u00a0]*/u;
/** Words that announce the proxies, up to a colon: « 2 pouvoirs sont déposés sur le bureau de Monsieur le Président : ». */
const PROXIES_ANNOUNCED = /^[^:\n]{0,80}?(?<![\p{L}])(?:pouvoirs?|procurations?)(?![\p{L}])[^:\n]{0,100}:[ \u00a0]*/iu;
const PROXY_VERB = /(?<![\p{L}])(?:donne|donné|a\s+donné|ayant\s+donné|avait\s+donné)\s+(?:respectivement\s+)?(?:(?:son\s+)?pouvoir|procuration|mandat|délégation)/giu;
const LINE_BULLET = /^[ \u00a0\t]*[-–•][ \u00a0]*(?=\p{Lu})/u;
const BARE_PROXY_VERB = /(?<=[A-ZÀ-Þ'’-]{2}[ \u00a0]+)(?:procuration|pouvoir)[ \u00a0]+(?:à|a)(?=[ \u00a0])/g;
const SENTENCE_END = /\.(?=\s+\p{Lu})/gu;
/** After the last full stop that ends a sentence (not that of « M. », « Mme. » or an initial) before `at`. */
function sentenceStart(text: string, at: number, floor: number): number {
  for (let k = text.lastIndexOf('. ', at); k >= floor; k = text.lastIndexOf('. ', k - 1)) {
    if (endsSentence(text, k, floor)) return k + 2;
    if (k === 0) break;
  }
  return floor;
}
/** After the full stop that ends the sentence holding `at` (not that of « M. » or an initial), or `to`. */
function sentenceEnd(text: string, at: number, to: number): number {
  SENTENCE_END.lastIndex = at;
  for (let m = SENTENCE_END.exec(text); m && m.index < to; m = SENTENCE_END.exec(text)) {
    if (endsSentence(text, m.index, at)) return m.index + 1;
  }
  return to;
}
/** Whether the full stop at `dot` ends a sentence: the word before it (read back to `floor` at most) is neither an
 * initial nor a civility (« M. », « Mme. »). */
function endsSentence(text: string, dot: number, floor: number): boolean {
  let w = dot;
  while (w > floor && /[\p{L}]/u.test(text[w - 1])) w--;
  return dot - w >= 3 && !/^(?:Mme|Mlle|Mmes|Mrs|MME|MMES)$/.test(text.slice(w, dot));
}
/** Whether a span of the text lies within a list already read. */
function inList(lists: ListLine[], start: number, end: number): boolean {
  return lists.some((o) => o.offset < end && start < (o.stop ?? o.end));
}

function makeList(doc: DocumentNode, b: Builder, label: { start: number; end: number; label: string }, role: ListRole, to: number): ListLine {
  const read = readNames(namesOf(doc), label.end, to, b, role, undefined, label.label);
  const list: ListLine = {
    type: 'list', offset: label.start, end: read.end, range: b.span(label.start, read.end).range, text: doc.text.slice(label.start, read.end),
    label: label.label, labelSpan: b.span(label.start, label.end), entries: read.entries, communes: read.communes, unread: read.unread,
  };
  if (read.stopped) list.stop = read.end;
  return list;
}

/**
 * A table flattened column by column under a label (syntax/parser.ts `columnTableBelow`): the k-th line of names holds
 * the delegates of the k-th commune (a line whose parenthesis is still open goes on below). The list read, and its
 * last line.
 */
function columnTable(doc: DocumentNode, b: Builder, i: number, role: ListRole, label: { start: number; end: number; label: string }): { list: ListLine; last: number } | undefined {
  const lines = doc.lines;
  const text = doc.text;
  const table = columnTableBelow(text, lines, i);
  if (!table) return undefined;
  const names = namesText(text, doc.positions);
  const list: ListLine = {
    type: 'list', offset: label.start, end: label.end, range: b.span(label.start, label.end).range, text: '',
    label: label.label, labelSpan: b.span(label.start, label.end), entries: [], communes: [], unread: [],
  };
  const open = (from: number, to: number) => (text.slice(from, to).match(/\(/g)?.length ?? 0) > (text.slice(from, to).match(/\)/g)?.length ?? 0);
  let j = table.names;
  for (const k of table.communes) {
    if (j >= lines.length || lines[j].type === 'blank') break;
    // « … Jean-Pierre QUILLIEN (suppléant de Michel ↵ CLOEREC) »: the parenthesis goes on below.
    const last = open(lines[j].offset, lines[j].end) && j + 1 < lines.length && lines[j + 1].type !== 'blank' ? j + 1 : j;
    const t = text.slice(lines[k].offset, lines[k].end).trim();
    const start = text.indexOf(t, lines[k].offset);
    const commune = { ...b.span(start, start + t.length), name: t };
    const read = readNames(names, lines[j].offset, lines[last].end, b, role, commune, label.label);
    for (const e of read.entries) e.group ??= t;
    list.entries.push(...read.entries);
    list.communes.push(commune, ...read.communes);
    list.unread.push(...read.unread);
    list.end = lines[last].end;
    j = last + 1;
  }
  list.range = b.span(list.offset, list.end).range;
  list.text = text.slice(list.offset, list.end);
  return { list, last: j - 1 };
}

/** The list read from a column table below line i, with the rows that follow it; the last line read. */
function listOfColumns(doc: DocumentNode, b: Builder, i: number, role: ListRole, label: { start: number; end: number; label: string }, out: ListLine[]): number | undefined {
  const columns = columnTable(doc, b, i, role, label);
  if (!columns) return undefined;
  const list = columns.list;
  out.push(list);
  // The rows below the table (« PLOUGOUMELEN : Olivier COULON – Michel SCULO ») go on with the same list.
  const more = listLastLine(namesOf(doc), doc.lines, columns.last);
  if (more === columns.last) return columns.last;
  const end = doc.lines[columns.last].end;
  const rest = makeList(doc, b, { start: end, end, label: list.label }, role, doc.lines[more].end);
  list.entries.push(...rest.entries);
  list.communes.push(...rest.communes);
  list.unread.push(...rest.unread);
  list.end = rest.end;
  list.range = b.span(list.offset, rest.end).range;
  list.text = doc.text.slice(list.offset, rest.end);
  if (rest.stop === undefined) return more;
  list.stop = rest.stop;
  return Math.max(i, doc.positions.lineOf(rest.stop) - doc.range.start.line - 1);
}

/** The words of a proxy, one a line in a table flattened column by column (« a », « donné », « pouvoir », « à »). */
const PROXY_COLUMN_WORD = /^(?:a|ayant|avait|donn[ée]|donne|pouvoir|procuration|mandat|délégation|à|par|représentée?s?)$/i;

/**
 * « ETAIENT REPRESENTES : ↵ Monsieur RIOULT ↵ Monsieur MARFOGLIA ↵ a ↵ a ↵ donné ↵ donné ↵ pouvoir ↵ pouvoir ↵ à ↵ à ↵
 * Madame BOUVARD ↵ Monsieur MOUCHET »: a table of proxies flattened column by column below line i (n givers, n lines
 * of each word of the phrase, n holders), read as « giver a donné pouvoir à holder », the k-th giver with the k-th
 * holder. The list and its last line, or undefined when the lines below are not such a table.
 */
function proxyColumns(doc: DocumentNode, b: Builder, i: number, role: ListRole, label: { start: number; end: number; label: string }): { list: ListLine; last: number } | undefined {
  if (role === 'present' || role === 'other') return undefined;
  const lines = doc.lines;
  const names = namesText(doc.text, doc.positions);
  const trimmed = (j: number) => doc.text.slice(lines[j].offset, lines[j].end).trim();
  let j = i + 1;
  // (« . » alone: the bullets of the column, cut from their names.)
  while (j < lines.length && j - i <= 20 && /^[.•·*-]$/.test(trimmed(j))) j++;
  /** The person a line holds and nothing else. */
  const person = (k: number) => {
    if (k >= lines.length || lines[k].end - lines[k].offset > 80 || !trimmed(k)) return undefined;
    const read = readNames(names, lines[k].offset, lines[k].end, b, 'present');
    return read.entries.length === 1 && read.unread.length === 0 && !read.stopped ? read.entries[0] : undefined;
  };
  const givers = [];
  for (let e = person(j); e && givers.length < 100; e = person(j)) { givers.push(e); j++; }
  const n = givers.length;
  if (n < 2) return undefined;
  const words: string[] = [];
  while (j + n <= lines.length) {
    const w = trimmed(j);
    if (!PROXY_COLUMN_WORD.test(w) || !Array.from({ length: n }, (_, k) => trimmed(j + k)).every((x) => x === w)) break;
    words.push(w.toLowerCase());
    j += n;
  }
  if (!/^(?:à|par)$/.test(words[words.length - 1] ?? '') || !words.some((w) => /pouvoir|procuration|mandat|délégation|représent/.test(w))) return undefined;
  const holders = Array.from({ length: n }, (_, k) => person(j + k));
  if (holders.some((h) => !h)) return undefined;
  givers.forEach((g, k) => { g.proxyTo = holders[k]!.person; g.end = lines[j + k].end; });
  const end = lines[j + n - 1].end;
  const list: ListLine = {
    type: 'list', offset: label.start, end, range: b.span(label.start, end).range, text: doc.text.slice(label.start, end),
    label: label.label, labelSpan: b.span(label.start, label.end), entries: givers, communes: [], unread: [],
  };
  return { list, last: j + n - 1 };
}

/** « PRESENTS » alone on line i: the names are on the lines below. Returns the last line read. */
function listBelow(doc: DocumentNode, b: Builder, i: number, role: ListRole, out: ListLine[], text = aloneLabelText(doc.lines[i].text)): number {
  const l = doc.lines[i];
  const start = l.offset + l.text.lastIndexOf(text);
  const proxies = proxyColumns(doc, b, i, role, { start, end: l.end, label: text });
  if (proxies) { out.push(proxies.list); return proxies.last; }
  const columns = listOfColumns(doc, b, i, role, { start, end: l.end, label: text }, out);
  if (columns !== undefined) return columns;
  return readBelow(doc, b, i, { start, end: l.end, label: text }, role, out);
}

/**
 * The names on the lines below line i, under a label that ends on it: the line before the one where the list stops.
 */
function readBelow(doc: DocumentNode, b: Builder, i: number, label: { start: number; end: number; label: string }, role: ListRole, out: ListLine[]): number {
  const last = listLastLine(namesOf(doc), doc.lines, i);
  if (last === i) return i;
  const list = makeList(doc, b, label, role, doc.lines[last].end);
  // An empty list whose names stand under a second label below (« Etaient présents : », then « Mesdames et Messieurs
  // les Conseillers Municipaux : » and the names) is no list: the label below starts it.
  if (list.entries.length > 0 || list.unread.length > 0 || list.stop === undefined) out.push(list);
  // Stopped by a label on a line below: that line is read again from its start.
  const groups = groupsBelow(doc, b, list, last);
  if (groups !== undefined) return groups;
  return list.stop === undefined ? last : Math.max(i, doc.positions.lineOf(list.stop) - doc.range.start.line - 1);
}

/** The colon that ends such a label, its line's last sign. */
const LABEL_COLON_AT_END = /[:：][ \u00a0\t\r]*$/;

/**
 * « Etaient présents sous la présidence de Mme Carine OBERLE, déléguée de la Communauté de↵Communes de la Région de
 * Saverne, Vice-présidente du Syndicat :↵Mmes Michèle FONTANES, … »: the list of those present, its label holding the
 * chair (who is counted present from the séance's « présidence », model/attendance.ts) and ending with a colon on its
 * line or the next; the names below. The line before the one where the list stops, or undefined.
 */
// (« Etaient présents les représentants des Etablissements Publics de Coopération Intercommunale et des↵communes
// suivantes :↵Communauté de Communes du Pays de Gex↵M. X – … »: a clause after « présents » wrapped to the next line,
// which opens in small letters and ends with the colon; so after « Absents excusés ».)
function presidedBelow(doc: DocumentNode, b: Builder, i: number, out: ListLine[]): number | undefined {
  const l = doc.lines[i];
  const presided = PRESIDED_LABEL.exec(l.text);
  const m = presided ?? (l.text.length <= 200 && !LABEL_COLON_AT_END.test(l.text) ? PRESENT_CLAUSE_CUT.exec(l.text) : null);
  if (!m) return undefined;
  const c = LABEL_COLON_AT_END.test(l.text) ? i : i + 1;
  const colonLine = doc.lines[c];
  if (!colonLine || colonLine.type === 'blank' || !LABEL_COLON_AT_END.test(colonLine.text) || colonLine.text.length > 160) return undefined;
  if (!presided && !/^[ \u00a0\t]*[a-zà-ÿ]/.test(colonLine.text)) return undefined;
  const start = l.offset + m[0].indexOf(m[1]);
  if (presided) return readBelow(doc, b, c, { start, end: colonLine.end, label: m[1] }, 'present', out);
  // (The whole clause is the label: « … suppléants suivants mais n’ayant pas↵pris part au vote : » says who they are.)
  const label = doc.text.slice(start, colonLine.end).replace(/[ \u00a0]*[:：][ \u00a0\t\r]*$/, '').replace(/[ \u00a0\t\r]*\n[ \u00a0\t]*/g, ' ');
  return readBelow(doc, b, c, { start, end: colonLine.end, label }, listRole(label), out);
}

/** « Etaient présents », « Absents excusés », and a clause in small letters that the line's end cuts, no colon on the line. */
// (« Absents excusés ayant donné pouvoir à un collègue du Conseil Municipal pour voter↵en leur nom : ».)
const PRESENT_CLAUSE_CUT = /^[ \u00a0\t]*((?:[EÉ]taient|[EÉ]TAIENT|Sont|SONT)[ \u00a0]+(?:pr[ée]sente?s?|PR[ÉE]SENTE?S?|pr[ée]sent\(e\)s)|(?:Absente?s?|ABSENTE?S?)(?:[ \u00a0]+(?:excus[ée]e?s?|EXCUS[ÉE]E?S?))?)(?:,[ \u00a0]*|[ \u00a0]+)[a-zà-ÿ][^:：]*$/u;
/** A count of a list at a line's end: « … Présents : 30 », « … M. André VIGLI Représentés : 01 ». */
const COUNT_AT_END = /(?<![\p{L}])(pr[ée]sent(?:e|\(e\))?s|repr[ée]sent[ée](?:e|\(e\))?s|excus[ée](?:e|\(e\))?s|absent(?:e|\(e\))?s|pouvoirs|procurations)[ \u00a0]*:[ \u00a0]*(\d{1,3})[ \u00a0\t\r]*$/iu;
/** The next line opens with a civility and a capital. */
const CIVILITY_START = /^[ \u00a0\t]*(?:M\.|Mme|Mlle|MM\.|Mmes|Monsieur|Madame)[ \u00a0]+\p{Lu}/u;

/**
 * « Secrétaire de séance : Mme X Présents : 30 ↵↵ M. Anthony ZILIO, M. Benoît SANCHEZ, … »: the count of a list at the
 * end of a line that holds other words, and on the lines below the names it counts, under no label. Read only when
 * the names, each read whole, make exactly the count. Returns the line before the one where the list stops.
 */
function countedListBelow(doc: DocumentNode, b: Builder, i: number, out: ListLine[]): number | undefined {
  const l = doc.lines[i];
  const tail = l.text.slice(-60);
  const m = COUNT_AT_END.exec(tail);
  if (!m || Number(m[2]) === 0) return undefined;
  let next = i + 1;
  while (next < doc.lines.length && next - i <= 3 && doc.lines[next].type === 'blank') next++;
  if (next >= doc.lines.length || next - i > 3 || !CIVILITY_START.test(doc.lines[next].text)) return undefined;
  const start = l.end - tail.length + m.index;
  const label = m[1];
  const role = listRole(label);
  const list = makeList(doc, b, { start, end: l.end, label }, role, doc.lines[listLastLine(namesOf(doc), doc.lines, i)].end);
  if (list.entries.length !== Number(m[2]) || list.unread.length) return undefined;
  out.push(list);
  return list.stop === undefined ? doc.positions.lineOf(list.end) - doc.range.start.line : Math.max(i, doc.positions.lineOf(list.stop) - doc.range.start.line - 1);
}

/**
 * « Etaient présents (25) :↵Le Président↵Les Vice-présidents↵Les Membres », the names in a column beside: groups in
 * place of names below a list's last line are the list's, not read (how many they are is not known), so that its
 * counts are not compared. Returns the last line of the list.
 */
function groupsBelow(doc: DocumentNode, b: Builder, list: ListLine, last: number): number | undefined {
  const lines = doc.lines;
  // (The list may have stopped at the first group, read as prose after its last name.)
  let first = last + 1;
  if (list.stop !== undefined) {
    first = doc.positions.lineOf(list.stop) - doc.range.start.line;
    if (!lines[first] || /\S/.test(doc.text.slice(lines[first].offset, list.stop))) return undefined;
  }
  let k = first;
  while (k < lines.length && k - first < 6 && GROUP_LINE.test(lines[k].text)) k++;
  if (k === first) return undefined;
  for (let g = first; g < k; g++) list.unread.push(b.span(lines[g].offset, lines[g].end));
  list.stop = undefined;
  return Math.max(k - 1, last);
}
/** A group of members in place of their names, alone on its line (« Les Membres », « Les Vice-présidents »). */
const GROUP_LINE = /^[ \u00a0\t]*(?:Les|LES|Tous[ \u00a0]+les|Toutes[ \u00a0]+les)[ \u00a0]+(?:autres[ \u00a0]+)?(?:membres|vice[- ]présidente?s|conseill[eè]re?s|délégué(?:e|s)s?|adjointe?s|élue?s)(?:[ \u00a0]+(?:communautaires|municipaux|titulaires))?[ \u00a0]*[.,;]?[ \u00a0\t\r]*$/iu;

/** The lists that start inside line i (from an offset); returns the last line read (a list may go on below). */
function listsInLine(doc: DocumentNode, b: Builder, i: number, from: number, out: ListLine[]): number {
  const lines = doc.lines;
  const l = lines[i];
  // The labels of the line, found once: each list is read up to the next label (reading the rest of a long line
  // again for each label would grow with the square of its length).
  const labels = documentLabels(doc.text, doc.positions, from, l.end, doc);
  let at = from;
  for (let k = 0; k < labels.length; k++) {
    const label = labels[k];
    if (label.role === 'stop' && label.start >= at) {
      // « … GEORGES E., Nombre de conseillers élus : 15 GRUNER P., HEILLIG D. … »: a count that a PDF extraction set
      // inside a list; the names after its figure go on with the list it cut, when they are nothing but names.
      const cut = out[out.length - 1];
      const figure = /^[ \u00a0]*:?[ \u00a0]*\d+(?!\d)[ \u00a0]+(?=\p{Lu})/u.exec(doc.text.slice(label.end, label.end + 12));
      // (Several counts in a row may stand between: « … Nbre de conseillers en exercice : 27 Présents : 17 Adélaïde
      // AMELOT à … ».)
      const between = cut?.stop !== undefined && cut.stop <= label.start ? doc.text.slice(cut.stop, label.start) : undefined;
      if (cut && between !== undefined && COUNTS_ONLY.test(between) && figure) {
        const from = label.end + figure[0].length;
        // (The names after the figure may go on over the lines below, the text wrapped: « … COULON, Votants : 11
        // Bernadette BOTTA, Christophe ↵ DETOURNAY, Luc DUCHEMIN … ».)
        let last = labels[k + 1] ? i : listLastLine(namesOf(doc), lines, i);
        // (« … André RIMOLDI et Annie ↵ CORSYN, formant la totalité des membres en exercice »: the last surname opens
        // the line of the sentence below; the names stop at its words.)
        if (!labels[k + 1] && last > i && lines[last + 1] && /^[ \u00a0\t]*\p{Lu}{2,}[\p{Lu}'’-]*[ \u00a0]*[,.]/u.test(lines[last + 1].text) && /[ \u00a0]\p{Lu}\p{Ll}+[ \u00a0\t\r]*$/u.test(lines[last].text)) last++;
        const to = labels[k + 1]?.start ?? lines[last].end;
        const rest = makeList(doc, b, { start: from, end: from, label: cut.label }, listRole(cut.label), to);
        if (rest.entries.length > 0 && rest.unread.length === 0) {
          out.push(rest);
          at = rest.stop ?? rest.end;
          if (last > i) return rest.stop === undefined ? last : Math.max(i, doc.positions.lineOf(rest.stop) - doc.range.start.line - 1);
        }
      }
      continue;
    }
    if (label.role === 'stop' || label.start < at) continue;
    // (The label's role, which its words may not give: « Titulaires : » in a roll drawn up member body by member body.)
    const role = label.role;
    const own = (x: ListLine) => { if (role === 'present' && listRole(label.label) !== 'present') x.role = role; return x; };
    let to = labels[k + 1]?.start ?? l.end;
    // (« … (07 Procurations : M.L. CASTELLI, …, M.C. RUIZ,) et 02 … »: a list opening a parenthesis ends where it closes,
    // maybe lines below.)
    const inParens = COUNT_OPENS_PARENTHESIS.test(doc.text.slice(Math.max(0, label.start - 8), label.start));
    const close = inParens ? doc.text.indexOf(')', label.end) : -1;
    if (close > label.end && close < to) to = close;
    let list = own(makeList(doc, b, label, role, to));
    // « Etaient présent(e)s : Excusé(e)s : RAPINEL Denis - … »: the headers of two columns side by side, then the
    // columns run together: where the first ends is not known, so the names are none of the second label's (left
    // unread: the checks that need the lists do not run).
    const previous = out[out.length - 1];
    const sideBySide = !!previous && !!previous.label && previous.entries.length === 0 && previous.unread.length === 0 && previous.offset >= from && listRole(previous.label) === 'present' && role !== 'present' && /^[ \u00a0]*$/.test(doc.text.slice(previous.labelSpan.end, label.start));
    const unreadWhole = (x: ListLine) => {
      x.unread = x.entries.length ? [b.span(x.entries[0].offset, x.entries[x.entries.length - 1].end)] : x.unread;
      x.entries = [];
    };
    if (sideBySide) unreadWhole(list);
    if (list.stop === undefined && to < l.end) list.stop = to;
    // « Avait donné pouvoir : Madame Pascale MINIERE (Boulay les Barres) à↵Monsieur Jean-Guy ROBLIN (Bricy), », « Mme
    // Patricia GARLES, ayant donné pouvoir à Mme↵Johanna SCHNELL »: stopped by a proxy whose holder is on the next line,
    // the list goes on below.
    // (« Etaient représentés : Béatrice CARTAYRADE ayant donné↵pouvoir à Cyrille ROLLIN, … »: so by the first half of a
    // proxy's verb, the rest below.)
    // (« Présents : Anne PHELIPPO-NICOLAS, Nicolas LE REGENT à partir du point↵n°8, Sylvie SCULO, … »: so by the time of
    // the last entry, its report's number below; a proxy only in a list that may hold one.)
    if (list.stop !== undefined && to === l.end && goesOnBelow(doc.text.slice(list.stop, l.end), lines[i + 1]?.text ?? '', role !== 'present')) list.stop = undefined;
    // « … Mme Maryse POTEAUX donne pouvoir de vote à » where the text ends: an entry cut by the end of the extract; the
    // list is not known whole.
    if (list.stop === undefined) {
      // A list that reaches the end of its line goes on over the lines that are nothing but names.
      const last = listLastLine(namesOf(doc), lines, i);
      if (last > i) {
        const closed = close > label.end && close < lines[last].end;
        list = own(makeList(doc, b, label, role, closed ? close : lines[last].end));
        if (closed) list.stop ??= close;
        // (So when the columns run on over the lines below.)
        if (sideBySide) unreadWhole(list);
        out.push(list);
        // Stopped by a label on a line below (« • Excusées : … »): that line is read again from its start.
        const groups = groupsBelow(doc, b, list, last);
        if (groups !== undefined) return groups;
        return list.stop === undefined ? last : Math.max(i, doc.positions.lineOf(list.stop) - doc.range.start.line - 1);
      }
    }
    out.push(list);
    at = list.stop ?? list.end;
  }
  return i;
}
