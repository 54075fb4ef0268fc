// The séance: date, convocation, declared counts, ordre de passage, presidency, collectivity, stamps;
// and the reports (deliberations) with their votes and interested councillors.
import type { DateNode, DocumentNode, FieldLine, Inline, Line, ListLine, PersonNode, Span } from '../syntax/tree';
import { firstAtOrAfter, goesOnFromAbove, hasInlines, headText } from '../syntax/tree';
import type { Builder } from '../syntax/parser';
import type { Figure, Interested, Report, Seance, Vote, VoteCount } from './types';
import { foldFrench, NUMBER_WORDS_SOURCE, wordsToNumber, YEAR_WORDS_SOURCE } from '../text/numbers';
import { daysBetween, isValidDate, weekdayOf } from '../text/dates';
import { matchesOf } from '../text/matches';
import { PERSON_WRITTEN } from '../syntax/lexer';
import { documentLabels } from '../syntax/names';
import { DELIBERATED_SOURCE, MAY_HOLD_LABEL } from './roll';

function firstDate(inlines: Inline[]): DateNode | undefined {
  return inlines.find((i): i is DateNode => i.type === 'date');
}

/** The person written after a label, with or without civility: « Rapporteur : Alain BLESSEMAILLE, Vice-Président ». */
export function personAfterLabel(l: FieldLine, b: Builder): { person: PersonNode; role?: string } | undefined {
  const rest = l.text.slice(l.labelSpan.end - l.offset);
  const m = PERSON_WRITTEN.exec(rest);
  if (!m) return undefined;
  const start = l.labelSpan.end + m.index;
  const role = rest.slice(m.index + m[0].length).replace(/^[\s,]+/, '').trim() || undefined;
  return { person: b.person(m[0], b.span(start, start + m[0].length)), role };
}

/** A number written after a label: « Présents : 15 », « Pour : 14 ». */
function figureAfterLabel(l: FieldLine, b: Builder): Figure | undefined {
  const rest = l.text.slice(l.labelSpan.end - l.offset);
  const m = /^[\s:]*(\d+)/.exec(rest);
  if (!m) return undefined;
  const start = l.labelSpan.end + m[0].length - m[1].length;
  return { value: Number(m[1]), span: b.span(start, start + m[1].length) };
}

const LABELS = {
  inOffice: /en exercice|en fonction|nombre de (?:conseillers|membres)(?: municipaux| communautaires| syndicaux)?$/i,
  present: /^(?:nombre de )?(?:membres |conseillers )?présents$/i,
  voters: /^(?:nombre de )?votants$|suffrages exprimés/i,
  represented: /^(?:nombre de )?(?:membres |conseillers )?représentés$|^pouvoirs$/i,
  convocation: /date de (?:la )?convocation|convocation/i,
  order: /ordre de passage/i,
  secretary: /secrétaire/i,
  pour: /^pour$/i,
  contre: /^contre$/i,
  abstention: /^abstentions?$/i,
  nppv: /ne (?:prend|prennent) pas part au vote|^nppv$|non[- ]participations?|ne participent? pas au vote/i,
};

/** How far after « présidence de » the person who presides may be named (« de son Maire, Monsieur X »), in characters. */
const PRESIDENT_REACH = 40;

/** `lists`: the attendance lists of the act (core/model/roll.ts), those found inside lines included. */
export function readSeance(doc: DocumentNode, b: Builder, lists: readonly ListLine[] = []): Seance {
  const seance: Seance = { order: [], stamps: [] };
  let tookPart: Figure | undefined;
  let presentOrRepresented: Figure | undefined;
  let pastLists = false;
  let above: Line | undefined;
  let departmentMet: boolean | undefined;
  for (let li = 0; li < doc.lines.length; li++) {
    const l = doc.lines[li];
    const previous = above;
    above = l;
    if (l.type === 'field') {
      const label = l.label;
      if (LABELS.inOffice.test(label)) seance.membersInOffice ??= figureAfterLabel(l, b);
      else if (LABELS.present.test(label)) seance.declaredPresent ??= figureAfterLabel(l, b);
      else if (LABELS.voters.test(label)) seance.declaredVoters ??= figureAfterLabel(l, b);
      else if (LABELS.represented.test(label)) seance.declaredRepresented ??= figureAfterLabel(l, b);
      else if (LABELS.convocation.test(label)) seance.convocation ??= firstDate(l.inlines);
      else if (LABELS.secretary.test(label)) seance.secretary ??= personAfterLabel(l, b)?.person;
      else if (LABELS.order.test(label)) {
        const re = /\d+(?:\.\d+)*/g;
        const rest = l.text.slice(l.labelSpan.end - l.offset);
        const base = l.labelSpan.end;
        for (let m = re.exec(rest); m; m = re.exec(rest)) seance.order.push({ number: m[0], span: b.span(base + m.index, base + m.index + m[0].length) });
      }
    }
    const counted = withFigureBelow(doc, countsText(doc, l), doc.lines[li + 1]);
    if (counted) {
      readCounts(counted, seance, b);
      tookPart ??= figureIn(TOOK_PART, counted, b);
      presentOrRepresented ??= figureIn(PRESENT_OR_REPRESENTED, counted, b);
    }
    if (!hasInlines(l)) continue;
    const text = l.text;
    if (!seance.president) {
      const m = /présidence\s+de(?:\s+|\s*$)/i.exec(text);
      // (The person named there, not one far after it on a line of a flattened act: « sous la présidence de Stéphane
      // FARESIN, Président. … En préambule, … sont présents : - le Président, M. LACOTTE ».)
      const at = m && l.offset + m.index + m[0].length;
      if (at) seance.president = l.inlines.find((i): i is PersonNode => i.type === 'person' && i.offset >= at && i.offset <= at + PRESIDENT_REACH);
      // (« … sous la présidence de↵Monsieur Marc MAIGNÉ, maire, … »: the person at the start of the next line.)
      const next = doc.lines[li + 1];
      if (at && !seance.president && at >= l.end && next && hasInlines(next)) seance.president = next.inlines.find((i): i is PersonNode => i.type === 'person' && i.offset <= next.offset + PRESIDENT_REACH);
    }
    // (« L’an deux mille quinze, le dix-neuf novembre,↵convocation du Conseil … »: the word that makes it the
    // convocation's may open the next line.)
    const nextLine = doc.lines[li + 1];
    if (!seance.dateInWords) seance.dateInWords = dateInWords(l.text, l.offset, b, nextLine && nextLine.type !== 'blank' ? nextLine.text : undefined);
    // (« L’an DEUX MILLE VINGT DEUX le 9↵décembre à 18 H 00 »: the date in words cut by the line's end, read with the next
    // line.)
    if (!seance.dateInWords && nextLine && nextLine.type !== 'blank' && /l['’ ]\s?an(?:\s|$)/i.test(l.text)) seance.dateInWords = dateInWords(doc.text.slice(l.offset, nextLine.end), l.offset, b);
    if (!seance.dateInWords && !seance.yearInWords && !pastLists) seance.yearInWords = yearInWords(l.text, l.offset, b);
    if (!seance.convocation) seance.convocation = convocationIn(l.text, l.offset, l.inlines);
    // (« Date de la convocation ↵↵ 27/07/2020 »: a form's label alone on its line, its date alone below it, a web page's
    // cells one a paragraph.)
    if (!seance.convocation && CONVOCATION_LABEL_ALONE.test(l.text)) {
      const below = doc.lines.slice(li + 1, li + 4).find((x) => x.type !== 'blank');
      const date = below && hasInlines(below) ? below.inlines.find((x): x is DateNode => x.type === 'date') : undefined;
      if (date && below!.text.trim() === date.text.trim()) seance.convocation = date;
    }
    // (« Sur convocation datée du 4 mai 2018,↵affichée en mairie le 4 mai 2018 … »: a line in lower case that goes on with
    // the sentence above says what that sentence speaks of, not a stamp of the act.)
    if (!(previous && goesOnFromAbove(previous.text, l.text))) stamp(l.text, l.inlines, seance, previous?.text);
    // « A Saint Trinit, le 25/03/2016 », « Fait à Thise, le 3 mars 2025 »: where the act was written, a commune's name.
    const place = PLACE_AND_DATE.exec(text);
    if (place) {
      const [from, to] = place.indices![1];
      (seance.places ??= []).push({ name: place[1], span: b.span(l.offset + from, l.offset + to) });
    }
    // The most specific collectivity of the header: a commune's name under its département's. (Not in the lists nor
    // after them: « PRESENTS : ↵ COMMUNE D’ BONDURAND Jean-Claude COMMUNE DE … » names the communes of delegates.)
    const lineInAct = l.range.start.line - doc.range.start.line;
    const c = pastLists ? undefined : collectivity(l, lineInAct, b) ?? collectivityBelow(l, doc.lines.slice(li + 1, li + 3), lineInAct, b);
    // (« DEPARTEMENT DE LA GIRONDE ↵ SYNDICAT MIXTE DU BASSIN VERSANT … ↵ EXTRAIT DU REGISTRE DES DELIBERATIONS DU COMITE
    // SYNDICAL »: the département locates the body that met, unless its own assembly did.)
    const located = c?.kind === 'departement' && !(departmentMet ??= DEPARTMENT_ASSEMBLY.test(headText(doc, 4000)));
    if (c && !located && (!seance.collectivity || SPECIFICITY[c.kind] > SPECIFICITY[seance.collectivity.kind])) seance.collectivity = c;
    if (!pastLists && lineInAct <= COLLECTIVITY_LINES && MAY_HOLD_LABEL.test(text)) pastLists = documentLabels(doc.text, doc.positions, l.offset, l.end).some((x) => x.role !== 'stop' && x.role !== 'other');
  }
  // « Nombre de membres ayant pris part à la délibération : 15 » (deliberation software): the voters, present or
  // represented; those present when the act gives its voters apart (« … qui ont pris part aux délibérations : 25
  // Nombre de pouvoirs : 2 Nombre total votants : 27 »).
  if (tookPart) {
    if (!seance.declaredVoters) seance.declaredVoters = tookPart;
    else seance.declaredPresent ??= tookPart;
  }
  // « Nombre de délégués présents 24 Nombre de pouvoirs 3 Présents ou représentés 27 »: the voters, where those present
  // and those represented make them.
  const present = seance.declaredPresent?.value;
  const represented = seance.declaredRepresented?.value;
  if (!seance.declaredVoters && presentOrRepresented && present !== undefined && represented !== undefined && present + represented === presentOrRepresented.value) seance.declaredVoters = presentOrRepresented;
  countTable(doc, seance, b);
  seance.convocation ??= convocationInWords(doc, b);
  const date = seanceDate(doc, lists, seance.dateInWords);
  if (date) {
    seance.date = date.date;
    seance.dateFrom = date.from;
    // « Séance du jeudi 19 décembre » and « L'an deux mil douze, le dix-neuf décembre »: the year is that of the words.
    const w = seance.dateInWords;
    const d = date.date.date;
    if (d.year === undefined && w?.year !== undefined && w.day === d.day && w.month === d.month) seance.date = { ...date.date, date: { ...d, year: w.year } };
    // « Séance du 15 décembre … Date de convocation : 8 décembre 2014 »: a header without its year, the act's only
    // year that of the convocation, which the séance follows within a month (« Séance du 6 janvier » convoked on
    // « 29 décembre 2014 »: the next year).
    const c = seance.convocation?.date;
    if (seance.date.date.year === undefined && c?.year !== undefined) {
      const sent = { year: c.year, month: c.month, day: c.day };
      const after = (y: number) => daysBetween(sent, { year: y, month: d.month, day: d.day });
      const year = [c.year, c.year + 1].find((y) => isValidDate(y, d.month, d.day) && after(y) >= 0 && after(y) <= CONVOCATION_REACH);
      if (year !== undefined) seance.date = { ...date.date, date: { ...d, year } };
    }
    // (« Le 11 juillet, … se sont réunis » with no year for it: no date read.)
    if (date.needsYear && seance.date.date.year === undefined) {
      seance.date = undefined;
      seance.dateFrom = undefined;
    }
  }
  return seance;
}

/** How many days after its convocation a séance whose header gives no year may be held. */
const CONVOCATION_REACH = 31;

/**
 * The text of a line where counts may be stated: a field, prose, a bullet (« - Représentés : 28 »); of a list that
 * stops inside its line, what follows it (« … Conseillers en fonction : 15 Conseillers présents : 14 Secrétaire … »).
 */
function countsText(doc: DocumentNode, l: Line): { offset: number; text: string } | undefined {
  if (l.type === 'field' || l.type === 'prose' || l.type === 'bullet') return l;
  if (l.type === 'list' && l.stop !== undefined && l.stop < l.end) return { offset: l.stop, text: doc.text.slice(l.stop, l.end) };
  // (« … Laurence ADRIEN-BIGEON – Mathieu LERAY. Nombre de présents : 49 »: so on the last line of a list that goes on
  // over several, where its head says it stops.)
  const stop = l.type === 'list' ? l.continues?.stop : undefined;
  if (stop !== undefined && stop >= l.offset && stop < l.end) return { offset: stop, text: doc.text.slice(stop, l.end) };
  return undefined;
}

/**
 * « … Nombre de conseillers titulaires présents ↵ : 52 Conseillers suppléants présents : 02 … »: a count's label at the
 * end of a line whose figure opens the next (a text wrapped at its width): the two lines read as one, each line break a
 * blank so that offsets stay.
 */
function withFigureBelow(doc: DocumentNode, counted: { offset: number; text: string } | undefined, next: Line | undefined): { offset: number; text: string } | undefined {
  // (Not « Soit 31 présents ↵ 2 procurations »: the figure is before its word there, and the line below has no colon.)
  // (« … a dénombré ↵ 15 conseillers présents »: so the count's verb at the end of the line, its figure opening the next.)
  const countedBelow = !!counted && !!next && next.type !== 'blank' && /d[ée]nombr[ée][ \t\u00a0\r]*$/iu.test(counted.text.slice(-14)) && /^[ \t\u00a0]*\d{1,3}[ \t\u00a0]+\p{L}/u.test(next.text);
  if (!countedBelow && (!counted || !next || next.type === 'blank' || !/^[ \t\u00a0]*[:：][ \t\u00a0]*\d{1,3}(?!\d)/.test(next.text) || !/\p{L}[ \t\u00a0\r]*$/u.test(counted.text.slice(-8)))) return counted;
  return { offset: counted.offset, text: doc.text.slice(counted.offset, next.end).replace(/[\r\n]/g, ' ') };
}

/** A line that ends with the name of the meeting: « COMPTE-RENDU DE LA RÉUNION DU CONSEIL MUNICIPAL ». */
const MEETING_TITLE_END = /(?:s[ée]ance|r[ée]union|conseil|comit[ée]|bureau|assembl[ée]e)(?:[ \t\u00a0]+(?:municipal|communautaire|syndical|d[ée]partemental|m[ée]tropolitain|d['’]administration|ordinaire|extraordinaire))*[ \t\u00a0]*$/iu;

/** How many lines of an act its header may take (a flattened header is one long line). */
const HEAD_LINES = 80;
/** « DE CHALMOUX du »: a place in capitals (a commune), then « du », opening a line before its date. */
const PLACE_THEN_DU = /^[ \t\u00a0]*(?:DE|D['’]|DU|À|A)[ \t\u00a0]*\p{Lu}[\p{Lu}'’-]*(?:[ \t\u00a0]+\p{Lu}[\p{Lu}'’-]*){0,3}[ \t\u00a0]+(?:du|DU)[ \t\u00a0]+$/u;
const WEEKDAY = '(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)';
/** « Séance du », « CONSEIL MUNICIPAL DU », « Réunion du comité syndical du », « Procès-verbal de la séance du … du ». */
// (« Séance : 8 Avril 2008 à 20 h 00 », « SEANCE DU : 2 MARS 2020 »: the field of the séance, its colon for « du ».)
// (« Compte rendu 30 septembre 2015 – 20 heures 30 »: the name of the minutes right before the date; « Compte rendu
// conseil municipal – 14 mars 2016 », the meeting's, a dash between.)
// (« - VILLE D’AVIGNON - Conseil Municipal du : 25 septembre 2021 »: the field's colon after « du »; « Compte-rendu de
// réunion du Conseil Municipal 19 mars 2021 - Hôtel de Ville »: the date right after the meeting's name, in the title of
// its minutes.)
// (« SE/CONSEIL MUNICIPALDU VENDREDI 14 MARS 2008 »: a site that ran the lines of a page together, « du » glued to the
// meeting's name.)
const HEADER_BEFORE = new RegExp(`(?:s[ée]ance|r[ée]union|conseil|comit[ée]|commission\\s+permanente|bureau|assembl[ée]e|proc[èe]s[- ]verbal|compte[- ]rendu|C\\.\\s?R\\.|d[ée]lib[ée]rations?)(?![\\p{L}])(?:[^.;!?]{0,120}?(?:\\b|(?<=municipal|communautaire|syndical))(?:du|en\\s+date\\s+du|le)\\s+(?:${WEEKDAY}\\s+)?|(?:[ \\t\\u00a0]+(?:municipal|communautaire|syndical))?(?:[ \\t\\u00a0]+du)?[ \\t\\u00a0]*:[ \\t\\u00a0]*(?:${WEEKDAY}\\s+)?)$|(?:compte[- ]rendu|proc[èe]s[- ]verbal|r[ée]union|s[ée]ance)[^.;!?\\n]{0,40}(?:conseil|comit[ée])[ \\t\\u00a0]+(?:municipal|communautaire|syndical)[ \\t\\u00a0]+$|(?:^|[\\n.]|[ \\t\\u00a0]{2})[ \\t\\u00a0]*(?:compte[- ]rendu|proc[èe]s[- ]verbal)[ \\t\\u00a0]+$|(?:s[ée]ance|r[ée]union|conseil|comit[ée]|bureau)(?:[ \\t\\u00a0]+(?:municipal|communautaire|syndical|d[ée]partemental|m[ée]tropolitain))?[ \\t\\u00a0]+[–—][ \\t\\u00a0]*$`, 'iu');
// « Assemblée Générale de la Communauté de Communes du Pays d'Huriel mercredi 23 février 2023 »: the body's name
// between the meeting and its weekday.
// (« CONSEIL DE COMMUNAUTE – Mardi 10 décembre 2019 »: a dash before the weekday.)
// (« CONSEIL MUNICIPAL ORDINAIRE VENDREDI 8 JUIN 2018 »: two words may say which assembly.)
const HEADER_WEEKDAY = /(?:s[ée]ance|r[ée]union|conseil|comit[ée]|bureau|assembl[ée]e)(?:[ \u00a0]+(?:municipal|communautaire|syndical|départemental|d[ée]partemental|r[ée]gional|m[ée]tropolitain|d['’]administration|ordinaire|extraordinaire|pl[ée]ni[èe]re?|g[ée]n[ée]rale)){0,2}(?:[ \u00a0]+(?:de[ \u00a0]+la|du|des|de[ \u00a0]+l['’]|d['’]|de)[ \u00a0]*[A-ZÀ-Þ][^.;:!?\n\d]{0,100}?)?(?:[ \u00a0]*[–—-])?[ \u00a0]+$/iu;
/** The name of the meeting alone before its date, opening an act: « Conseil Communautaire 26 septembre 2013 », « Compte-rendu de réunion du Conseil Communautaire 9 décembre 2019 ». */
// (« CR Comité Syndical SIVU Honcourt 12/02/2024 »: « CR », and the body's name in capitals or capitalised after it.)
const OPENING_TITLE = /^[ \t\u00a0]*(?:\d{1,3}[ \t\u00a0]+)?(?:(?:compte[- ]rendu|proc[èe]s[- ]verbal|CR|PV)(?:[ \u00a0]+de(?:[ \u00a0]+la)?[ \u00a0]+(?:r[ée]union|s[ée]ance))?(?:[ \u00a0]+d[ue])?[ \u00a0]+)?(?:conseil|comit[ée]|bureau)(?:[ \u00a0]+(?:municipal|communautaire|syndical|d[ée]partemental|m[ée]tropolitain))?((?:[ \u00a0]+(?:du|de|des|d['’])?[ \u00a0]*\p{L}[\p{L}'’-]*){0,4})[ \u00a0]+$/iu;
/** A line that is the title of the minutes of a séance: « Compte-rendu de la séance du mercredi ». */
const SEANCE_TITLE_LINE = new RegExp(String.raw`^[ \t\u00a0]*(?:compte[- ]+rendu|proc[èe]s[- ]+verbal)[ \t\u00a0]+de[ \t\u00a0]+la[ \t\u00a0]+s[ée]ance[ \t\u00a0]+du[ \t\u00a0]+(?:${WEEKDAY}[ \t\u00a0]+)?$`, 'iu');
/** The first words of a title of minutes: « COMPTE- RENDU REUNION DU … », « Procès-verbal de la séance … ». */
const TITLE_OPENING = /^[ \t\u00a0]*(?:\d{1,3}[ \t\u00a0]+)?(?:compte[- ]+rendu|proc[èe]s[- ]+verbal|r[ée]union|s[ée]ance)(?![\p{L}])/iu;
/** The words of a body's name after the meeting's: each capitalised (the pattern above ignores case). */
const BODY_NAME = /^(?:[ \u00a0]+(?:(?:du|de|des)[ \u00a0]+|d['’][ \u00a0]?)?[A-ZÀ-ÖØ-Þ][\p{L}'’-]*)*$/u;
/** What the previous séance's minutes approved are called: « Approbation du compte rendu de la séance du … ». */
// (« Le quorum n'ayant pas été atteint pour l'Assemblée Générale du 29 juin 2004 »: a séance not held.)
// (« … conformément à la délibération du 22 février 2016 », « Vu la délibération du … »: an earlier act cited. Not
// « habilité à signer par délibération … en date du 28 avril 2025 »: a convention's séance is the one that approved it.)
// (« … proclamés par le Bureau Electoral à la suite des opérations du 30 mars 2014 », « … élus lors du scrutin du
// 15 mars 2020 »: the election, before the séance that installs the council.)
const EARLIER = /conform[ée]ment\s+[àa]|op[ée]rations?\s+(?:[ée]lectorales?\s+)?(?:du|des)\s|scrutins?\s+(?:du|des)\s|[ée]lections?\s+(?:municipales\s+|communautaires\s+|g[ée]n[ée]rales\s+)?(?:du|des)\s|(?:^|[\s(])vu\s+(?:la|les|sa|ses)\s|approbation|approuv|adopt|pr[ée]c[ée]dent|dernier|derni[èe]re|convocation|convoqu|lors\s+d[eu]|distribution|r[ée]unira|prochain|suivante?|report[ée]|annul|pas\s+(?:été\s+)?atteint/i;
/** The title of minutes after a date and a dash (« - PROCÈS VERBAL DE SÉANCE DU CONSEIL »), not the name of a meeting alone. */
const PV_TITLE_AFTER = /^[ \t\u00a0]*[,–—-][ \t\u00a0]*(?:compte[- ]rendu|proc[èe]s[- ]verbal)[ \t\u00a0]/iu;
/** After a date, a comma or a dash, then the name of its meeting: « , Réunion du Conseil Municipal », « – Séance du conseil communautaire ». */
// (Not « lundi 12 octobre 2020 ↵ Réunion de Conseil ↵ Le Maire informe … se réunira », a page's date above its title.)
// (« 1 décembre 2022 - PROCÈS VERBAL DE SÉANCE DU CONSEIL MUNICIPAL »: « de séance », no article.)
const MEETING_AFTER = /^[ \t\u00a0]*[,–—-][ \t\u00a0]*(?:(?:compte[- ]rendu|proc[èe]s[- ]verbal)[ \t\u00a0]+(?:de[ \t\u00a0]+(?:la[ \t\u00a0]+)?)?)?(?:r[ée]union|s[ée]ance)[ \t\u00a0]+(?:du|de[ \t\u00a0]+la|de[ \t\u00a0]+l['’]|de)[ \t\u00a0]*(?:conseil|comit[ée]|bureau|assembl[ée]e|commission)(?![\p{L}])/iu;
/** Before the name of the minutes, what makes the date that of a stamp: « Date d’affichage du (procès-verbal) ». */
const STAMP_OF = /(?:affichage|publication|transmission|mise[ \u00a0]+en[ \u00a0]+ligne|envoi|notification)[ \u00a0]+(?:du|de[ \u00a0]+la|des|de[ \u00a0]+l['’])[ \u00a0]*$/i;
/** The hour of a meeting right after its date: « à 20h », « - 10h30 - », « à 18 h 30 ». */
const AT_HOUR = /^[ \t\u00a0]*(?:[-–,]|à|a)[ \t\u00a0]*\d{1,2}[ \t\u00a0]*h(?:eures?)?(?:[ \t\u00a0]*\d{2})?(?![\p{L}\d])/iu;
const DAY_OF = new RegExp(`(?:^|[ \\t\\u00a0])du[ \\t\\u00a0]+(?:${WEEKDAY}[ \\t\\u00a0]+)?$`, 'iu');
/** « Le Conseil Municipal du 26 décembre 2005 n’a pu se tenir faute de quorum et a été reporté à cette séance. » */
const NOT_HELD = /^[^.;]{0,80}?(?:n['’][ \u00a0]?a[ \u00a0]+(?:pas[ \u00a0]+)?pu[ \u00a0]+(?:se[ \u00a0]+tenir|avoir[ \u00a0]+lieu|siéger|délibérer)|faute[ \u00a0]+de[ \u00a0]+quorum|(?:a[ \u00a0]+été|est)[ \u00a0]+(?:report|annul))/i;
// (« … DU CONSEIL MUNICIPAL DE NEUILLY-CRIMOLOIS qui s’est tenue en Mairie ↵ Le 3 juillet 2020 à 18H »: the meeting held.)
const MET = /(?:s['’]\s*est|se\s+sont)\s+(?:r[ée]uni(?:e|s|es)?|tenue?s?)\b/i;
/** « À Saint-Philbert-de-Bouaine, le », « Fait à Tours, le »: the place and the day a text was written. */
const WRITTEN_AT = /(?:^|[\s.])(?:À|A|Fait[ \u00a0]+à)[ \u00a0]+\p{Lu}[\p{L}'’-]*(?:[ \u00a0-]+\p{L}[\p{L}'’-]*){0,5}[ \u00a0]*,[ \u00a0]*le[ \u00a0]+$/u;
/** The date of a stamp of the act (« publication : 17 mars 2014 », « Affiché le … »): never the séance's. */
const STAMPED = /(?:publi(?:cation|[ée]e?)|affich(?:age|[ée]e?)|transmis(?:e|sion)?|re[çc]ue?|envoy[ée]e?|ex[ée]cutoire)(?:[ \t\u00a0]+(?:en|à|a)[ \t\u00a0]+pr[ée]fecture)?[ \t\u00a0]*:?[ \t\u00a0]*(?:(?:le|du)[ \t\u00a0]+)?$/i;

/**
 * The date of the séance, as real acts give it: after a header (« Séance du lundi 23 juin 2025 », « CONSEIL
 * MUNICIPAL DU 20 MARS 2017 », « Compte rendu de la réunion du Conseil Municipal du 16 septembre 2019 »), beside
 * « s'est réuni » (« Le 9 décembre 2014, … le Comité … s'est réuni », « s'est réunie … le vendredi 19 juin 2015 »),
 * or alone on a short line (« JEUDI 19 DECEMBRE 2019 • 18H30 »). Not the séance whose minutes are approved, nor
 * the convocation. The first of the strongest form wins.
 */
function seanceDate(doc: DocumentNode, lists: readonly ListLine[], inWords?: Seance['dateInWords']): { date: DateNode; from: NonNullable<Seance['dateFrom']>; needsYear?: boolean } | undefined {
  let best: { date: DateNode; score: number } | undefined;
  // A header's date past the lists, the séance's when nothing before gives it (`laterHeaderSays`).
  let laterHeader: DateNode | undefined;
  let yearless: DateNode | undefined;
  // The header's date without its year, kept for the year of the date in words when no other date comes.
  let firstYearless: DateNode | undefined;
  // A header's date that the date in words contradicts: the séance's only if no other header agrees with the words.
  let laterStrong: DateNode | undefined;
  // A date without its year beside « s'est réuni »: the séance's only with the year of a convocation (`readSeance`).
  let metYearless: DateNode | undefined;
  const lines = doc.lines;
  // Once the attendance is listed, the act is past its header: « … sur les comptes rendus des Conseils municipaux du
  // 13 février et du 6 mars 2007 » names earlier séances, not this one.
  let pastAttendance = false;
  // The same inside one line: a flattened act (« … Absents excusés M. Lorillé, … (pouvoir à M. Corbonnois). Election
  // du secrétaire de séance. … comptes rendus des Conseils municipaux du 13 février et du 6 mars 2007 … ») is past its
  // header after the first list of names.
  let firstListEnd = Infinity;
  for (const list of lists) if (list.entries.length > 0) firstListEnd = Math.min(firstListEnd, list.entries[list.entries.length - 1].end);
  // Every date of the head, in order.
  const dates: DateNode[] = [];
  // The act's first line that is not blank (where the name of the meeting may open it).
  const firstFilled = lines.findIndex((x) => x.type !== 'blank');
  for (let i = 0; i < lines.length && i < HEAD_LINES; i++) {
    const l = lines[i];
    if (i > 0 && lines[i - 1].type === 'list') pastAttendance = true;
    if (!hasInlines(l)) continue;
    for (const found of l.inlines) {
      if (found.type !== 'date') continue;
      dates.push(found);
      let d = found;
      if (found.offset > firstListEnd) pastAttendance = true;
      let before = doc.text.slice(Math.max(l.offset, d.offset - 160), d.offset);
      // « RÉUNION DES 23 ET 24 JUIN 2014 », « s'est réuni … les 23 et 24 juin 2014 »: a séance of two days starts on the
      // first, read as « du 23 juin 2014 ».
      const twoDays = /(?<![\p{L}])(?:des|les)[ \t\u00a0]+(\d{1,2})[ \t\u00a0]+(?:et|&)[ \t\u00a0]+$/iu.exec(before);
      const firstDay = twoDays ? Number(twoDays[1]) : 0;
      if (twoDays && firstDay >= 1 && firstDay < d.date.day) {
        const start = d.offset - before.length + twoDays.index + twoDays[0].indexOf(twoDays[1]);
        d = { ...d, offset: start, range: doc.positions.range(start, d.end), text: doc.text.slice(start, d.end), date: { ...d.date, day: firstDay, weekday: undefined } };
        before = `${before.slice(0, twoDays.index)}du `;
      }
      // (« Séance du 7 mai ↵ 2003 Syndicat mixte … »: a date whose year the line's end put on the next line.)
      const yearBelow = d.date.year === undefined && /^[ \t\u00a0\r]*$/.test(doc.text.slice(d.end, l.end)) && lines[i + 1] ? /^[ \t\u00a0]*((?:19|20)\d{2})(?!\d)/.exec(lines[i + 1].text) : null;
      if (yearBelow) {
        const end = lines[i + 1].offset + yearBelow[0].length;
        d = { ...d, end, range: doc.positions.range(d.offset, end), text: doc.text.slice(d.offset, end), date: { ...d.date, year: Number(yearBelow[1]) } };
      }
      // « COMPTE-RENDU DU CONSEIL MUNICIPAL ↵ DU 20 JUIN 2014 »: a header cut before its « du », the line above (a blank
      // line between them allowed) is read with it.
      // Or cut after it: « … de la réunion du Conseil Municipal du ↵ jeudi 28 mars 2013. »
      const startsLine = /^[ \t\u00a0]*$/.test(before);
      // (« Compte-rendu ↵ du Conseil Municipal ↵ N° ↵ 02 du 11 Février 2016 »: a header whose every few words a PDF
      // extraction put on a line of its own, the séance's number before « du »: its short lines above read with it.)
      if (/^[ \t\u00a0]*\d{1,3}[ \t\u00a0]+du[ \t\u00a0]+$/i.test(before) && i >= 3 && [1, 2, 3].every((k) => lines[i - k].type !== 'blank' && lines[i - k].end - lines[i - k].offset <= 40)) {
        before = `${[3, 2, 1].map((k) => doc.text.slice(lines[i - k].offset, lines[i - k].end)).join(' ')} ${before}`;
      }
      // (« DU CONSEIL D’ARRONDISSEMENT ↵↵ EN DATE DU 1er février 2016 »: « en date du » as « du ».)
      if (startsLine || /^[ \t\u00a0]*(?:en[ \t\u00a0]+date[ \t\u00a0]+)?(?:du|le)[ \t\u00a0]+$/i.test(before)) {
        const above = [lines[i - 1], lines[i - 2]].find((x) => x && x.type !== 'blank');
        // (« CONSEIL COMMUNAUTAIRE DU ↵ PAYS DE LALBENQUE-LIMOGNE ↵ DU 08 JUILLET 2021 »: the name of the meeting over two
        // lines in capitals, its place on the second.)
        const twoAbove = !startsLine && above && above.text === above.text.toUpperCase() && above.end - above.offset < 80 ? [lines[i - 2], lines[i - 3]].find((x) => x && x !== above && x.type !== 'blank' && x.offset < above.offset) : undefined;
        if (twoAbove && twoAbove.end - twoAbove.offset < 80 && twoAbove.text === twoAbove.text.toUpperCase() && MEETING_TITLE_END.test(`${twoAbove.text} ${above!.text}`.replace(/[ \t\u00a0]+(?:DU|DE)[ \t\u00a0]+\S.*$/, ''))) before = `${doc.text.slice(twoAbove.offset, twoAbove.end)} ${doc.text.slice(above!.offset, above!.end)} ${before}`;
        // (« COMPTE RENDU DE LA REUNION DE COMITE DU : ↵ 23 FEVRIER 2011 »: so « du » and a colon.)
        // (« REUNION DU CONSEIL MUNICIPAL Séance du lundi ↵ 7 juillet 2014 »: so « du » and the weekday.)
        else if (above && above.end - above.offset < 160 && (!startsLine || /(?:^|[ \t\u00a0])(?:du|le)(?:[ \t\u00a0]+(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))?[ \t\u00a0]*:?[ \t\u00a0\r]*$/i.test(above.text))) before = `${doc.text.slice(above.offset, above.end)} ${before}`;
        // « COMPTE-RENDU DE LA RÉUNION DU CONSEIL MUNICIPAL ↵↵ 01 AVRIL 2014 A 20 H »: the title of the meeting, then
        // its date on a short line of its own: read as « … du 01 avril 2014 ».
        else if (startsLine && above && above.end - above.offset < 160 && l.text.trim().length < 40 && MEETING_TITLE_END.test(above.text)) before = `${doc.text.slice(above.offset, above.end)} du `;
      } else if (PLACE_THEN_DU.test(before) && l.text.trim().length < 60) {
        // « DU CONSEIL MUNICIPAL ORDINAIRE ↵↵ DE CHALMOUX du 7 juin 2018 »: the place of the meeting named on the line
        // above opens the line of its date.
        const above = [lines[i - 1], lines[i - 2]].find((x) => x && x.type !== 'blank');
        if (above && above.end - above.offset < 160 && MEETING_TITLE_END.test(above.text)) before = `${doc.text.slice(above.offset, above.end)} ${before}`;
      }
      // « Date de convocation↵du Conseil Municipal : le 27 octobre 2016 »: a line that opens in lower case goes on with
      // the sentence of the line above, whose words say what the date is.
      // (« Compte-rendu de la réunion du Conseil↵Municipal du 16 septembre 2019 »: so a header wrapped a few words before
      // its date, the line above not ended by a full stop.)
      // (Not « Compte-rendu de la séance du vendredi 10 juillet 2020 », a whole header on its line; unless the line above
      // ends with the title of minutes whose meeting the line names: « ➢ Approbation du compte-rendu du↵Conseil Municipal
      // du 13 décembre 2022 ».)
      const lineAbove = lines[i - 1];
      const wrappedHeader = !startsLine && d.offset - l.offset <= 30 && /^[ \t\u00a0]*\p{Lu}[\p{L}'’ \t\u00a0-]*(?:du|le)[ \t\u00a0]+$/iu.test(before) && (!/s[ée]ance|r[ée]union|conseil|comit[ée]|bureau|assembl|commission/i.test(before) || (!!lineAbove && /(?:compte[- ]rendu|proc[èe]s[- ]verbal)[ \t\u00a0]+(?:de[ \t\u00a0]+la[ \t\u00a0]+s[ée]ance[ \t\u00a0]+)?du[ \t\u00a0\r]*$/i.test(lineAbove.text)));
      if (d.offset - l.offset <= 160 && (/^[ \t\u00a0]*\p{Ll}/u.test(l.text) || wrappedHeader)) {
        const above = lines[i - 1];
        if (above && above.type !== 'blank' && !(wrappedHeader && /[.!?:;][ \t\u00a0\r]*$/.test(above.text))) before = `${doc.text.slice(Math.max(above.offset, above.end - 80), above.end)} ${before}`;
      }
      // (A sentence wrapped after its date goes on over the next line: « L'an deux mille vingt, le dix sept septembre, à
      // vingt et une heures,↵le Conseil Municipal, légalement convoqué, s'est réuni … ».)
      const next = lines[i + 1];
      const wraps = next && next.type !== 'blank' && !/[.!?:][ \t\u00a0\r]*$/.test(l.text);
      const after = doc.text.slice(d.end, Math.min(wraps ? next.end : l.end, d.end + 160));
      // (« .2 Compte-rendu des décisions du Bureau du 9 février 2017.................. 07 »: an entry of a table of
      // contents, its dots leading to a page's number, is no header.)
      if (TOC_LEADER.test(after)) continue;
      let score = 0;
      // « PROCES-VERBAL DU CONSEIL COMMUNAUTAIRE JEUDI 4 JUIN 2020 »: the weekday stands for « du ».
      // (weaker than a header with « du »: « COMITÉ SYNDICAL MARDI 4 FÉVRIER 2020 » above « Objet : Procès-verbal du comité
      // syndical du mardi 17 décembre 2019 » is the meeting the minutes go to.)
      const strong = pastAttendance ? null : HEADER_BEFORE.exec(before);
      // (« … a délibéré sur les rapports inscrits à l’ordre du jour le 21 juillet 2020 … SEANCE DU 21 JUILLET 2020 »: so a
      // heading « Séance du » whose date the head gave already.)
      const saidBefore = SEANCE_HEADING_BEFORE.test(before) && !EARLIER.test(before.slice(-60)) && dates.some((x) => x !== d && x.date.year === d.date.year && x.date.month === d.date.month && x.date.day === d.date.day);
      if (pastAttendance && !laterHeader && d.date.year !== undefined && (laterHeaderSays(d, before, inWords) || saidBefore)) laterHeader = d;
      // « 1 Conseil Communautaire 26 septembre 2013 Tavaux 18h30 COMPTE-RENDU … »: the name of the meeting opening the act
      // (a page's number before it), then its date.
      const openingTitle = !pastAttendance && i === firstFilled ? OPENING_TITLE.exec(before) : null;
      const opening = openingTitle && BODY_NAME.test(openingTitle[1] ?? '') ? openingTitle : null;
      // « 15 décembre 2009, Réunion du Conseil Municipal. »: the date opening the act, the name of the meeting after it.
      // (« Mairie de X ↵ Délibérations 2022 ↵ 1 décembre 2022 - PROCÈS VERBAL DE SÉANCE DU CONSEIL MUNICIPAL »: so on a line of the
      // head below the collectivity's, the minutes' own title after the date.)
      const titled = !pastAttendance && (i === firstFilled || PV_TITLE_AFTER.test(after)) && /^[ \t\u00a0]*$/.test(before) && MEETING_AFTER.test(after) ? /$/.exec(before) : null;
      // « COMPTE- RENDU REUNION DU SYNDICAT … SOUS LA PRESIDENCE DE M. Xavier NICOLAS 11 Avril 2019 »: the title opening the
      // act, its date ending the line.
      const closingTitle = !pastAttendance && i === firstFilled && TITLE_OPENING.test(before) && /^[ \t\u00a0]*$/.test(doc.text.slice(d.end, l.end)) ? /$/.exec(before) : null;
      // (« Présents : … Excusées : … ↵ Compte-rendu de la séance du mercredi 10 juillet 2020 »: the title of the minutes,
      // a line of its own, under lists set above it.)
      const titleBelow = pastAttendance && SEANCE_TITLE_LINE.test(before) && /^[ \t\u00a0.:]*$/.test(doc.text.slice(d.end, l.end)) ? /$/.exec(before) : null;
      const header = strong ?? (d.date.weekday !== undefined && !pastAttendance ? HEADER_WEEKDAY.exec(before) : null) ?? opening ?? titled ?? closingTitle ?? titleBelow;
      // The rest of the sentence may say it too: « Le procès-verbal de la séance du 28 septembre est adopté ».
      // (« Monsieur le Président soumet le procès-verbal du 24 septembre 2018 à l’approbation des membres présents »: so
      // submitted for approval; « Le procès-verbal de la séance du 19 septembre 2018 a été adressé aux membres … », sent.)
      const approved = /^[^.;]{0,60}?\b(?:est|a\s+été|sont|ont\s+été)\s+(?:adopt|approuv|adress|transmis|envoy|communiqu|diffus)/i.test(after) || /^[ \t\u00a0]*[àa][ \t\u00a0]+l['’][ \t\u00a0]?approbation/i.test(after) || NOT_HELD.test(after);
      // (« Date d’affichage du procès-verbal : 10 septembre 2019 »: the date a stamp gives the minutes, not the séance's.)
      const stampOf = header ? STAMP_OF.test(before.slice(Math.max(0, header.index - 40), header.index)) : false;
      // (« CONSEIL MUNICIPAL … À Saint-Philbert-de-Bouaine, le 17/01/2023 Mesdames, Messieurs, J’ai l’honneur de vous
      // inviter … »: where and when a letter or the act was written, not the séance.)
      const written = WRITTEN_AT.test(before.slice(-80));
      // (Nor « Délibération instauration Taxe de séjour - Saint Envoyé en préfecture le 21/05/2015 », a flattened act's
      // stamp right after its title.)
      if (header && !EARLIER.test(before.slice(Math.max(0, header.index - 40))) && !approved && !stampOf && !written && !STAMPED.test(before.slice(-40))) score = strong ? 3 : 2.5;
      else if ((MET.test(after.split(/[.;]/)[0]) || MET.test(before.split(/[.;]/).pop()!)) && !EARLIER.test(before.slice(-40)) && !STAMPED.test(before.slice(-40))) score = 2;
      // Alone on a short line of the head, unless it ends a sentence of the line above that names an earlier séance
      // (« Approbation du procès-verbal de la réunion du Conseil Municipal du ↵ jeudi 28 mars 2013. »).
      // (« - Vendredi 02 juillet 2004, à 21 heures, »: a bullet before it; « Mercredi 26 février 2020 à 19h (Salle des
      // Fêtes de …) »: its hour, then the place, a longer line.)
      else if (!pastAttendance && (l.text.trim().length < 60 || AT_HOUR.test(after)) && d.date.weekday !== undefined && l.text.trim().replace(/^[-–•*+][ \t\u00a0]*/, '').startsWith(d.text) && !EARLIER.test(before)) score = 1;
      // « TOURS du 11 avril 2022 à 20h » (a header's cells run together), « COMMISSION PERMANENTE Séance du Vendredi 20
      // juillet 2018 - 10h30 - » (the summary of a recueil, after its lists): a day « du » with the hour of a meeting.
      else if (AT_HOUR.test(after) && DAY_OF.test(before) && !EARLIER.test(before.slice(-60)) && !STAMPED.test(before.slice(-40)) && !approved && (!pastAttendance || HEADER_BEFORE.test(before))) score = 1.5;
      // A header without the year (« Compte rendu du conseil municipal du 5 avril ») waits for the same day with it.
      // (« Le 11 juillet suivant la convocation adressée le 04 juillet 2017, les conseillers … se sont réunis »: so beside
      // « se sont réunis », kept for the year of a convocation.)
      if (d.date.year === undefined) {
        if (score === 3) { yearless ??= d; firstYearless ??= d; }
        else if (score === 2) metYearless ??= d;
        continue;
      }
      if (yearless && (yearless.date.day !== d.date.day || yearless.date.month !== d.date.month)) yearless = undefined;
      // (« Comité syndical du 17 octobre 2017 … Objet : compte-rendu de la séance du 20 juin 2017 L'an deux mille dix-sept,
      // le vingt-juin … »: the minutes of one séance printed under the header of the meeting that approves them; the
      // date in words says which.)
      const agrees = !inWords || (inWords.day === d.date.day && inWords.month === d.date.month);
      if (score === 3 && !agrees && !laterStrong) { laterStrong = d; continue; }
      // (Not the date in words itself, read as a header's date: that is the contradiction `date-mismatch` reports.)
      if (laterStrong && inWords && d.offset < inWords.span.end && d.end > inWords.span.offset) continue;
      if (score === 3 || (yearless && score === 0)) return { date: d, from: 'header' };
      if (score > (best?.score ?? 0)) best = { date: d, score };
    }
  }
  if (laterStrong) return { date: laterStrong, from: 'header' };
  if (best) return { date: best.date, from: best.score === 2.5 ? 'header' : best.score === 2 ? 'meeting' : 'alone' };
  if (laterHeader) return { date: laterHeader, from: 'header' };
  // « 17-03-2017 ↵ PROCES-VERBAL DE LA REUNION DU 17 MARS »: the header's day with its year, written above it.
  if (firstYearless) {
    const same = dates.find((d) => d.offset < firstYearless!.offset && d.date.year !== undefined && d.date.day === firstYearless!.date.day && d.date.month === firstYearless!.date.month);
    if (same) return { date: same, from: 'header' };
  }
  if (firstYearless) return { date: firstYearless, from: 'header' };
  return metYearless && { date: metYearless, from: 'meeting', needsYear: true };
}

/** The dots of a table of contents after its entry, to the page's number. */
const TOC_LEADER = /^[ \t\u00a0]*(?:\.{5,}|…{3,}|(?:\.[ \u00a0]){4,})/;
/** « Séance du lundi 25 mai 2020 »: a heading's « Séance du », capitalised, before a date with its right weekday. */
const SEANCE_HEADING_BEFORE = /(?<![\p{L}])(?:Séance|SÉANCE|SEANCE)[ \t\u00a0]+(?:du|DU)[ \t\u00a0]+$/u;
/**
 * Whether a date found past the lists is the séance's: « … Membres absents : REPUBLIQUE FRANCAISE … Conseil Municipal
 * Séance du lundi 25 mai 2020 … », the boxes of the page's head that a PDF extraction put after the body. Only a
 * header that names no earlier séance, and either the day of the act's date in words (« L'an deux mil vingt, le
 * vingt-cinq mai ») or a heading « Séance du » with the right weekday.
 */
function laterHeaderSays(d: DateNode, before: string, inWords: Seance['dateInWords']): boolean {
  const { year, month, day, weekday } = d.date;
  if (year === undefined || EARLIER.test(before.slice(-60)) || STAMPED.test(before.slice(-40))) return false;
  if (inWords) return day === inWords.day && month === inWords.month && (inWords.year === undefined || inWords.year === year) && HEADER_BEFORE.test(before);
  return weekday !== undefined && weekday === weekdayOf(year, month, day) && SEANCE_HEADING_BEFORE.test(before);
}

/**
 * « … le quorum était atteint (17 présents ; 3 pouvoirs) », « ( 43 conseillers titulaires, 39 présents et 3 pouvoirs
 * donc 42 votants) »: each figure before its word, in a parenthesis; the seats may head it (not read), the voters
 * close it. The pattern whose group is the figure of `field`.
 */
function parenCounts(field: 'present' | 'represented' | 'voters'): RegExp {
  const figure = (f: typeof field) => (f === field ? String.raw`(\d{1,3})` : String.raw`\d{1,3}`);
  const seats = String.raw`\(\s*(?:\d{1,3}\s+(?:conseillers|membres|d[ée]l[ée]gu[ée]s)(?:\s+(?:titulaires|en\s+exercice))?\s*,\s*)?`;
  // Between those present and the proxies « ; », « , », « et »; before the voters « donc », « soit », a comma.
  const voters = String.raw`\s*(?:[;,]\s*|\s+(?:donc|soit)\s+)${figure('voters')}\s+votants`;
  return new RegExp(String.raw`${seats}${figure('present')}\s+pr[ée]sents\s*(?:[;,]|\s+et)\s*${figure('represented')}\s+(?:pouvoirs?|procurations?)${field === 'voters' ? voters : `(?:${voters})?`}\s*\)`, 'giu');
}

/** A name ahead, its civility first or not: « Mme Sandra NOIR », « M. NOIR », « Jacques BRUNE », « DUPONT Jean ». */
const NAME_AHEAD = String.raw`(?:(?:M\.|Mmes?|MM\.?|Madame|Monsieur|Mesdames|Messieurs)[ \u00a0]+)?(?:\p{Lu}\p{Ll}+[ \u00a0]+)?\p{Lu}{2}`;

/**
 * Several counts on one line: « En exercice : 19 - Présents : 15 - Votants : 17 ». Each entry: the count it reads, a
 * word every match of its pattern holds (a line without that word is not searched with the pattern: a line where
 * counts may stand is searched with all of them, and a few words are cheaper), the pattern.
 */
const COUNTS: [keyof Seance & ('membersInOffice' | 'declaredPresent' | 'declaredVoters' | 'declaredRepresented'), RegExp, RegExp][] = [
  // « en exercice au jour de la séance : 87 », « Nombre de membres composant le conseil : 55 ».
  // « 79 conseillers en exercice : 67 présents … »: the figure before the words, when the one after belongs to the next.
  ['membersInOffice', /exercice/i, /(?<![\d,.])(\d{1,3})[ \u00a0]+(?:conseillers|membres|d[ée]l[ée]gu[ée]s)(?:[ \u00a0]+(?:municipaux|communautaires|syndicaux|titulaires))?[ \u00a0]+en[ \u00a0]+exercice[ \u00a0]*:?[ \u00a0]*(?=\d{1,3}[ \u00a0]+pr[ée]sents[ \u00a0,]+\d{1,3}[ \u00a0]+(?:pouvoirs?|procurations?|repr[ée]sent[ée]s?)[ \u00a0,]+\d{1,3}[ \u00a0]+(?:excus[ée]s?|absents?)(?![\p{L}])(?![ \u00a0]*[:\d]))/giu],
  // (« Légal 23En Exercice 23Présents 20Procuration 1 »: the cells of a box run together, each figure glued to the next
  // label; so a label right after a figure. « … de la strate : 19, en activité : 19 »: « en activité » for in office.)
  ['membersInOffice', /exercice|fonction|aff[ée]rents|composant|activit/i, /(?<![a-zà-ÿ])(?:(?:en\s+(?:exercice|activit[ée](?=\s*:))|(?:membres|conseillers|délégués)(?:\s+titulaires)?\s+en\s+fonction|aff[ée]rents\s+au\s+conseil(?:\s+municipal)?)(?:\s*:?|(?:\s+[a-zà-ÿ'’]+){1,5}\s*:)|(?:membres|conseillers|délégués)\s+composant\s+l[ea]\s+(?:conseil|comité|bureau|assemblée)(?:\s+(?:municipal|communautaire|syndical|départemental))?\s*:?)\s*(\d+)(?!\d)/gi],
  // « Membres titulaires : 61 Etaient réunis : 42 Nombre de votants : 54 »: an EPCI's titular delegates, its members.
  // (« Nombre de délégués en exercice : Titulaires : 66 Suppléants : 66 »: so the titular ones of those in office.)
  // « Etaient présents : 69 délégués sur 106 en exercice »: those in office after those present.
  ['membersInOffice', /exercice/i, /(?<![\p{L}])(?:d[ée]l[ée]gu[ée]s|membres|conseillers|[ée]lus)[ \u00a0]+sur[ \u00a0]+(\d{1,3})[ \u00a0]+en[ \u00a0]+exercice(?![\p{L}])/giu],
  ['membersInOffice', /titulaires/i, /(?<![\p{L}])(?:membres|conseillers|d[ée]l[ée]gu[ée]s|en\s+exercice\s*:)\s+titulaires\s*:\s*(\d{1,3})(?!\d)/giu],
  // « : 58 NOMBRE DE CONSEILLERS EN EXERCICE Présents titulaires : … »: a box's figure flattened before its header.
  // (Not « 27 16 3 19 Nombre de Conseillers en exercice Présents Procurations Votants », the last of a row of figures
  // before a row of headers: the table's reading.)
  ['membersInOffice', /nombre/iu, /(?<![\d,.])(?<!\d[ \u00a0]{1,3})(\d{1,3})[ \u00a0]+nombre[ \u00a0]+de[ \u00a0]+(?:conseillers|membres|d[ée]l[ée]gu[ée]s)[ \u00a0]+en[ \u00a0]+exercice(?![ \u00a0]*:?[ \u00a0]*\d)/giu],
  // « Nombre de conseillers municipaux : 69 Nombre de conseillers municipaux présents : 67 »: the seats of the council,
  // its colon right after the body's name.
  ['membersInOffice', /nombre/iu, /(?<![\p{L}])nombre\s+de\s+(?:conseillers|membres|d[ée]l[ée]gu[ée]s)(?:\s+(?:municipaux|communautaires|syndicaux|d[ée]partementaux))?\s*:\s*(\d{1,3})(?![\d/.,])/giu],
  // « le Conseil Municipal de Cabourg, composé de 27 membres en exercice, … ».
  ['membersInOffice', /exercice/i, /\bcompos[ée]e?\s+de\s+(\d{1,3})\s+(?:membres|conseillers(?:\s+municipaux)?|d[ée]l[ée]gu[ée]s)\s+en\s+exercice\b/gi],
  // « Le nombre des Conseillers Municipaux en exercice est de 35 », « … la majorité des membres en exercice qui sont au
  // nombre de 33 ».
  ['membersInOffice', /exercice/i, /\ben\s+exercice\s*,?\s+(?:est\s+de|(?:qui\s+)?sont\s+au\s+nombre\s+de)\s+(\d{1,3})(?![\d,.]?\d)/gi],
  // « En fonction : 126 ».
  ['membersInOffice', /fonction/iu, /(?<![\p{L}])en\s+fonction\s*:\s*(\d{1,3})(?!\d)/giu],
  // « Nombre de conseillers municipaux : Exercice : 23 » (not « Exercice : 2022 », a budget's year).
  ['membersInOffice', /exercice/iu, /(?<![\p{L}])exercice\s*:\s*(\d{1,3})(?!\d)/giu],
  // « Présents : (48) »; not « Auditeurs présents : 63 » (the public), nor « Présents ou représentés : 27 ».
  // « Présents à l'appel nominal : 22 élus »: a few words between the label and its colon.
  // « Nombre de personnes présentes : 37 » is the members'; « 63 personnes présentes » the public.
  // « Nombre de conseillers qui assistaient à la séance : 34 »; « 182 délégués étaient présents ; 2 avaient donné
  // pouvoir écrit » (a sentence).
  ['declaredPresent', /assist/i, /\b(?:qui\s+assistaient|qui\s+assistent|assistant)\s+à\s+la\s+s[ée]ance\s*:\s*(\d+)(?!\d)/gi],
  // « … les membres composant le Conseil … se sont réunis à la salle des fêtes, au nombre de 34, sous la présidence de … ».
  ['declaredPresent', /r[ée]unis/i, /\bse\s+sont\s+r[ée]unis\b[^.;:]{0,200}?\s+au\s+nombre\s+de\s+(\d{1,3})(?![\d,.]?\d)/giu],
  // « Qui ont pris part à la réunion : 17 »: those at the meeting.
  ['declaredPresent', /r[ée]union/i, /\b(?:qui\s+ont|ayant)\s+pris\s+part\s+à\s+la\s+r[ée]union\s*:\s*(\d{1,3})(?!\d)/gi],
  // « Etaient réunis : 42 ».
  ['declaredPresent', /r[ée]unis/i, /(?<![\p{L}])(?:[ée]taient|sont)\s+r[ée]unis\s*:\s*(\d{1,3})(?!\d)/giu],
  // « Étaient présents (41/71) : », « présents : Membres (36/72) : »: those present of those in office.
  ['declaredPresent', /\//, /pr[ée]sents?(?:\s*:\s*membres)?\s*\(\s*(\d{1,3})\s*\/\s*\d{1,3}\s*\)\s*:/giu],
  ['membersInOffice', /\//, /pr[ée]sents?(?:\s*:\s*membres)?\s*\(\s*\d{1,3}\s*\/\s*(\d{1,3})\s*\)\s*:/giu],
  // « 17 membres du Conseil étant présents », « le quorum est atteint par 26 élus présents sur 41 ».
  // (« 27 puis 28 conseillers communautaires étaient présents : »: the count at the opening, then after an arrival.)
  // (Not « 27 Conseillers étaient Présents ou Représentés »: those present and those represented together.)
  ['declaredPresent', /pr[ée]sents/i, /(?<![\d,.])(\d+)(?:\s+puis\s+\d+)?\s+(?:membres|d[ée]l[ée]gu[ée]s|conseillers|[ée]lus)(?:\s+(?:municipaux|communautaires|syndicaux))?(?:\s+du\s+(?:conseil|comit[ée])(?:\s+(?:municipal|communautaire|syndical))?)?\s+(?:[ée]taient|sont|[ée]tant)\s+pr[ée]sents\b(?!\s+(?:ou|et)\s+repr[ée]sent)/gi],
  // (« Quorum : 21 présents sur 26 »: so without the members' name.)
  ['declaredPresent', /pr[ée]sents/i, /(?<![\d,.])(\d+)\s+(?:(?:membres|d[ée]l[ée]gu[ée]s|conseillers|[ée]lus)\s+)?pr[ée]sents\s+sur\s+\d+(?!\d)/gi],
  // « Le maire a procédé à l’appel nominal des membres du conseil, a dénombré 9 conseillers présents ».
  ['declaredPresent', /d[ée]nombr/iu, /\bd[ée]nombr[ée]\s+(\d{1,3})\s+(?:membres|d[ée]l[ée]gu[ée]s|conseillers|[ée]lus)(?:\s+(?:municipaux|communautaires|syndicaux))?\s+pr[ée]sents(?![\p{L}])/giu],
  // « constate que le quorum est atteint, par 22 conseillers présents ».
  ['declaredPresent', /quorum/i, /\bquorum\s+(?:est|[ée]tant)\s+atteint\s*,?\s+(?:avec|par)\s+(\d{1,3})\s+(?:membres|d[ée]l[ée]gu[ée]s|conseillers(?:\s+(?:communautaires|municipaux))?|[ée]lus)\s+pr[ée]sents\b/gi],
  // « le Président a constaté que 55 des 100 délégués en exercice sont présents ».
  ['declaredPresent', /pr[ée]sents/i, /(?<![\d,.])(\d+)\s+des\s+\d+\s+(?:membres|d[ée]l[ée]gu[ée]s|conseillers|[ée]lus)(?:\s+en\s+exercice)?\s+(?:[ée]taient|sont|[ée]tant)\s+pr[ée]sents\b/gi],
  ['membersInOffice', /pr[ée]sents/i, /(?<![\d,.])\d+\s+des\s+(\d+)\s+(?:membres|d[ée]l[ée]gu[ée]s|conseillers|[ée]lus)(?:\s+en\s+exercice)?\s+(?:[ée]taient|sont|[ée]tant)\s+pr[ée]sents\b/gi],
  // « Soit 58 conseillers, formant la majorité des membres en exercice » under the list, « …, soit 8 élus, se sont
  // déplacés »: the count of those just named present.
  ['declaredPresent', /soit/iu, /(?<![\p{L}])soit\s+(\d{1,3})\s+(?:(?:conseillers|membres|d[ée]l[ée]gu[ée]s|[ée]lus)(?:\s+pr[ée]sents)?|pr[ée]sents)(?!\s+(?:absents?|excus|repr[ée]sent|en\s+exercice|titulaires|suppl))(?![\p{L}])/giu],
  ['membersInOffice', /pr[ée]sents/i, /(?<![\d,.])\d+\s+(?:(?:membres|d[ée]l[ée]gu[ée]s|conseillers|[ée]lus)\s+)?pr[ée]sents\s+sur\s+(\d+)(?!\d)/gi],
  ['declaredPresent', /pr[ée]sents/i, parenCounts('present')],
  ['declaredRepresented', /pr[ée]sents/i, parenCounts('represented')],
  ['declaredVoters', /votants/i, parenCounts('voters')],
  // « Soit 53 présents et 57 votants », « Soit 32 présents et 7 pouvoirs soit 39 votants »: the figure before its word,
  // after those present.
  ['declaredVoters', /votants/i, /(?<![\p{L}])soit\s+\d{1,3}\s+(?:(?:conseillers|membres|d[ée]l[ée]gu[ée]s|[ée]lus)\s+)?pr[ée]sents\s+(?:et\s+\d{1,3}\s+(?:pouvoirs?|procurations?)\s*,?\s+(?:soit|et)\s+|et\s+)(\d{1,3})\s+votants(?![\p{L}])/giu],
  // (« Soit 28 membres présents, 10 membres représentés et 2 membres absents. »: so the members represented.)
  ['declaredRepresented', /soit/i, /(?<![\p{L}])soit\s+\d{1,3}\s+(?:(?:conseillers|membres|d[ée]l[ée]gu[ée]s|[ée]lus)\s+)?pr[ée]sents\s*(?:,|\s+et)\s+(\d{1,3})\s+(?:(?:(?:conseillers|membres|d[ée]l[ée]gu[ée]s|[ée]lus)\s+)?repr[ée]sent[ée]s|pouvoirs?|procurations?)(?![\p{L}])/giu],
  // « 79 conseillers en exercice : 67 présents 10 pouvoirs 2 excusés »: each figure before its word, in a row (not « En
  // exercice 31 Présents 25 Pouvoirs 3 Excusés 2 », each word before its figure).
  ['declaredPresent', /pr[ée]sents/i, /(?<![\d,.])(\d{1,3})[ \u00a0]+pr[ée]sents[ \u00a0,]+(?=\d{1,3}[ \u00a0]+(?:pouvoirs?|procurations?|repr[ée]sent[ée]s?)[ \u00a0,]+\d{1,3}[ \u00a0]+(?:excus[ée]s?|absents?)(?![\p{L}])(?![ \u00a0]*[:\d]))/giu],
  ['declaredRepresented', /pr[ée]sents/i, /(?<=\d[ \u00a0]+pr[ée]sents[ \u00a0,]+)(\d{1,3})[ \u00a0]+(?:pouvoirs?|procurations?|repr[ée]sent[ée]s?)[ \u00a0,]+(?=\d{1,3}[ \u00a0]+(?:excus[ée]s?|absents?)(?![\p{L}])(?![ \u00a0]*[:\d]))/giu],
  // « … en exercice : 45. 38 PRESENTS : Jacques BRUNE, Président. », « … SEMPASTOUS. 3 Pouvoirs de vote : Monsieur le
  // Président dépose … » (a sentence, not read), « 1 POUVOIR : Mme Sandra NOIR donne pouvoir … »: the count opening a
  // sentence before the label of its list, a name after the colon (not « En exercice : 133 Présents : M. X », the figure
  // of the label before, nor « 3 Pouvoirs de police : transfert », an item of an agenda).
  ['declaredPresent', /pr[ée]sents/iu, new RegExp(String.raw`(?<=(?:^|[.;][ \u00a0]{1,3}))(\d{1,3})[ \u00a0]+(?:PR[ÉE]SENTS|[Pp]r[ée]sents)[ \u00a0]*:[ \u00a0]*(?=${NAME_AHEAD})`, 'gu')],
  ['declaredRepresented', /pouvoir|procuration/iu, new RegExp(String.raw`(?<=(?:^|[.;][ \u00a0]{1,3}))(\d{1,3})[ \u00a0]+(?:POUVOIRS?(?:[ \u00a0]+DE[ \u00a0]+VOTE)?|PROCURATIONS?|[Pp]ouvoirs?(?:[ \u00a0]+de[ \u00a0]+vote)?|[Pp]rocurations?)[ \u00a0]*:[ \u00a0]*(?=${NAME_AHEAD})`, 'gu')],
  // « (28) Présents : COUDERC Henri, … (5) Représentés : X par Y »: the count in parentheses before the label of its list.
  ['declaredPresent', /pr[ée]sents/iu, /\((\d{1,3})\)[ \u00a0]*pr[ée]sents[ \u00a0]*:/giu],
  // (« ABSENTS (3) AYANT DONNÉ PROCURATION : »: so the absent who gave a proxy.)
  ['declaredRepresented', /repr[ée]sent|pouvoir|procuration/iu, /\((\d{1,3})\)[ \u00a0]*(?:repr[ée]sent[ée]s|pouvoirs|procurations|(?:ayant|avec)[ \u00a0]+(?:donn[ée][ \u00a0]+)?(?:pouvoirs?|procurations?))[ \u00a0]*:/giu],
  // « Nombre de présents à 20h30 : 28 »: those present at an hour (the opening's).
  ['declaredPresent', /pr[ée]sents/i, /\bpr[ée]sents\s+(?:à|a)\s+\d{1,2}[ \u00a0]?h(?:[ \u00a0]?\d{2})?\s*:\s*(\d{1,3})(?!\d)/gi],
  // (Not a date: « Présents délibération Date d’affichage : 15/12/2015 », the headers of a box run together.)
  ['declaredPresent', /pr[ée]sent/i, /(?<!(?:auditeurs|public|spectateurs|habitants|élèves|enfants)\s)(?<!(?<!nombre\s+de\s)personnes\s)(?<![a-zà-ÿ])pr[ée]sent(?:(?:e|\(e\)|-e-?|\.e\.?)?s\s*:?|(?:e|\(e\)|-e-?|\.e\.?)?\s*:|(?:e|\(e\)|-e-?|\.e\.?)?s?(?:\s+(?!ou\s|et\s|suppl[ée]ante?s?\s*:)[a-zà-ÿ'’]+){1,4}\s*:)\s*(?:\((?=\d+\))|)(\d+)\)?(?!\d|[/.]\d)/gi],
  // « Le nombre de présents est de 23, le nombre de votants est de 27 dont 4 procurations ».
  ['declaredPresent', /pr[ée]sents/i, /\bnombre\s+de\s+(?:membres\s+|conseillers\s+)?pr[ée]sents\s+est\s+de\s+(\d+)(?!\d)/gi],
  ['declaredVoters', /votants/i, /\bnombre\s+de\s+votants\s+est\s+de\s+(\d+)(?!\d)/gi],
  // « Nombre de votes : 24 dont 2 pouvoirs »: the votes cast, one a voter.
  ['declaredVoters', /votes/i, /\bnombre\s+de\s+votes\s*:\s*(\d+)(?!\d)/gi],
  // « Nombre de voix : 33 (P+R) » in the head: the voices, present and represented (not « Nombre de voix pour : 20 »).
  ['declaredVoters', /voix/i, /\bnombre\s+de\s+voix\s*:\s*(\d+)(?!\d)/gi],
  // « Présents en qualité de conseillers communautaires titulaires (45) : »: the figure in parentheses before the colon,
  // after the words of the label (not « présents ou représentés (27) »).
  ['declaredPresent', /pr[ée]sents/i, /\bpr[ée]sent(?:e|\(e\))?s(?:[ \u00a0]+(?!ou[ \u00a0]|et[ \u00a0])[a-zà-ÿ'’]+){1,8}[ \u00a0]*\((\d{1,3})\)[ \u00a0]*:/giu],
  // « PRESENTS [13] : », « ABSENTS EXCUSES AYANT DONNE MANDAT DE VOTE [2]: ».
  ['declaredPresent', /\[/, /\bpr[ée]sents?\s*\[\s*(\d+)\s*\]/gi],
  ['declaredRepresented', /\[/, /\b(?:mandats?\s+de\s+vote|pouvoirs?|procurations?|repr[ée]sent[ée]s)\s*\[\s*(\d+)\s*\]/gi],
  // « Votants (présents ou représentés) : 22 »; not « Présents votants : 73 » (those present who vote).
  // (Not a sum: « Votants : 78 + 8 pouvoirs ».)
  ['declaredVoters', /votants/i, /(?<!pr[ée]sents\s+)\bvotants(?:\s*\([^()]{0,40}\))?\s*:?\s*(\d+)(?!\d)(?![ \u00a0]*\+)/gi],
  ['declaredVoters', /pris/i, /\b(?:qui\s+ont|ayant)\s+pris\s+part\s+au\s+vote\s*:\s*(\d+)(?!\d)/gi],
  // « Conseillers en exercice 39 Conseillers présents 33 Conseillers votant 35 »: the singular after the members' noun.
  ['declaredVoters', /votant/i, /(?<![\p{L}])(?:conseillers|membres|d[ée]l[ée]gu[ée]s)(?:[ \u00a0]+(?:municipaux|communautaires|syndicaux))?[ \u00a0]+votant[ \u00a0]*:?[ \u00a0]*(\d{1,3})(?![\d/.,])/giu],
  // « Nombre de conseillers pouvant participer au vote : 57 »: those present and represented.
  ['declaredVoters', /pouvant/i, /\bpouvant\s+(?:participer|prendre\s+part)\s+au\s+vote\s*:\s*(\d+)(?!\d)/gi],
  // « Soit 31 présents ↵ 2 procurations ↵ 33 votants »: a line of its own, the figure before its word.
  ['declaredRepresented', /procuration|pouvoir/iu, /^[ \t\u00a0]*(\d{1,3})[ \t\u00a0]+(?:procurations?|pouvoirs?)[ \t\u00a0.]*$/gu],
  ['declaredVoters', /votants/iu, /^[ \t\u00a0]*(\d{1,3})[ \t\u00a0]+votants[ \t\u00a0.]*$/gu],
  // (« Questions 1 à 10 : ↵ 32 présents ↵ 1 procuration ↵ 0 absent »: so those present.)
  ['declaredPresent', /pr[ée]sents/iu, /^[ \t\u00a0]*(\d{1,3})[ \t\u00a0]+pr[ée]sents[ \t\u00a0.]*$/gu],
  // « Représentés : 2 », « Pouvoirs 2 »; not « représente 1050 chercheurs » (a verb).
  // « … : 46 dont 6 procurations ».
  // (« dont . 2 procurations »: a stray full stop of the page's box.)
  ['declaredRepresented', /dont/iu, /\bdont\s+(?:\.\s+)?(\d+)\s+(?:procurations?|pouvoirs?)(?![\p{L}])/giu],
  // « … des pouvoirs remis par les personnes absentes (5 pouvoirs) : X donne pouvoir à Y, … »: their count before the
  // colon of the list.
  ['declaredRepresented', /pouvoir|procuration/iu, /\(\s*(\d{1,3})\s+(?:pouvoirs|procurations)\s*\)[ \u00a0]*:/giu],
  // (« … Présents ou Représentés (07 Procurations : M.L. CASTELLI, … ) »: the count opening the parenthesis of the list.)
  ['declaredRepresented', /pouvoir|procuration/iu, /\(\s*(\d{1,3})\s+(?:pouvoirs|procurations)\s*[:：]/giu],
  // « Votants : 32 (4 pouvoirs) », « Votants : 78 (4 délégations) »; « Sept (7) procurations de vote ont été accordées ».
  // (« Votants : 26 délégués – 2 pouvoirs »: after a dash, the noun of the voters between.)
  ['declaredRepresented', /votants/iu, /\bvotants\s*:?\s*\d+(?:\s*\(\s*|(?:\s+(?:d[ée]l[ée]gu[ée]s|membres|conseillers|[ée]lus))?[ \u00a0]+[-–—][ \u00a0]+)(\d+)\s+(?:procurations?|pouvoirs?|d[ée]l[ée]gations?)(?:\s*\)|(?![\p{L}]))/giu],
  ['declaredRepresented', /procuration|pouvoir/iu, /(?<![\d,.])\(?(\d{1,3})\)?\s+(?:procurations?|pouvoirs?)(?:\s+de\s+vote)?\s+(?:ont|a)\s+été\s+(?:accordée?s?|donnée?s?|reçue?s?|remise?s?|enregistrée?s?)(?![\p{L}])/giu],
  // (« 254 délégués sont présents ainsi qu'il résulte des contrôles effectués à l'entrée, 45 ont donné un pouvoir
  // recevable »: a figure for subject.)
  // (« Le maire informe les conseillers que 2 conseillers municipaux absents ont donné pouvoir »: after « que ».)
  // (« … M. Bruno TAILLANDIER 5 puis 4 conseillers communautaires avaient donné pouvoir : »: after the last name of a
  // list, the text flattened; the count at the opening.)
  ['declaredRepresented', /donn/iu, /(?<=(?:^|[,;:]|(?<![\p{L}])que|\p{Lu}{2})[ \t\u00a0]*)(\d+)(?:\s+puis\s+\d+)?\s+(?:(?:membres|d[ée]l[ée]gu[ée]s|conseillers|[ée]lus)(?:\s+(?:municipaux|communautaires|syndicaux))?(?:\s+absents)?\s+)?(?:avaient|ont)\s+donn[ée]\s+(?:un\s+|leur\s+)?(?:pouvoir|procuration)(?![ \t\u00a0]+(?:de|d['’])(?![\p{L}]))/giu],
  // « Présents : 13 présents + 1 procuration », « Effectif valable : 10 + 5 procurations /15 » (not « 10 pour (8 + 2
  // procurations) » in a vote: a figure of present members or a field's figure before the « + »).
  ['declaredRepresented', /\+/u, /(?:\d+[ \u00a0]+pr[ée]sent(?:e|\(e\))?s?|:[ \u00a0]*\d+)[ \u00a0]*\+[ \u00a0]*(\d+)[ \u00a0]+(?:procurations?|pouvoirs?)(?![\p{L}])/giu],
  // « ABSENTS AYANT DONNE POUVOIR (06) : », « Avaient donné procuration (2) : »: the count in parentheses before the colon
  // of their list.
  ['declaredRepresented', /donn/iu, /(?<![\p{L}])(?:ayant|avaient|ont)\s+donn[ée]e?s?\s+(?:un\s+|leur\s+)?(?:pouvoirs?|procurations?)(?:\s+de\s+vote)?\s*\(\s*(\d{1,3})\s*\)\s*:/giu],
  // (« Excusés avec Délégation de vote : 6 », « Nombre de membres ayant donné pouvoir écrit de vote : 3 », « Pouvoirs de
  // vote : 3 ».)
  // (Not the title of an agenda's item, « 11/ Délégations de pouvoirs 12/ Règlement intérieur »: a number and a slash.)
  // (Not « Présents ou représentés : 27 », « Nombre de délégués présents et représentés : 39 »: those who vote, or the
  // entries of a list where some stand for others; no count read.)
  ['declaredRepresented', /repr[ée]sent|pouvoir|procuration|d[ée]l[ée]gation/i, /(?<!(?:ou|et)\s)(?<!d[ée]l[ée]gations?\s+de\s+)\b(?:(?:repr[ée]sent[ée]s|pouvoirs|procurations|pouvoir\(s\)|procuration\(s\))\s*:?|(?:repr[ée]sent[ée]|(?:pouvoirs?|procurations?)(?:\s+de\s+vote)?|ayant\s+donn[ée]\s+(?:pouvoir|procuration)(?:\s+[ée]crit)?(?:\s+de\s+vote)?|d[ée]l[ée]gation\s+de\s+vote)\s*:)\s*\(?(\d+)\)?(?!\d|\/)/gi],
];


/**
 * « Présents : 1. SCHELLENBERGER Raphaël 2. … » is a numbered list, not a count; so is « Présents : 001 AFFILE
 * Gwendoline , 002 … » (a number with leading zeros before a surname in capitals).
 */
function numberedList(text: string, m: RegExpMatchArray): boolean {
  const after = text.slice(m.index! + m[0].length);
  // (« Étaient présents : 1 - M Jacques SEVRAIN, Maire 2 - … »: so a dash after the number, a civility without its full stop.)
  return /^[.)][ \u00a0]+(?:[A-ZÀ-Þ]{2,}|(?:M\.|Mme|Mlle|Monsieur|Madame)[ \u00a0])|^[ \u00a0]?-[ \u00a0]+(?:M\.?|Mme|Mlle|Monsieur|Madame)[ \u00a0]/.test(after) || (/^0\d/.test(m[1]) && /^[ \u00a0]+[A-ZÀ-Þ]{2,}/.test(after));
}

/** « Présents ou représentés 27 », « Membres présents ou représentés : 27 » (not in a vote's box: « … 40 voix »). */
// (« Nombre de présents 33 Nombre de pouvoirs 6 Votes comptabilisés 39 » (deliberation software): so « votes
// comptabilisés ».)
const PRESENT_OR_REPRESENTED = /(?<![\p{L}])(?:pr[ée]sents[ \u00a0]+ou[ \u00a0]+repr[ée]sent[ée]s|votes[ \u00a0]+comptabilis[ée]s)[ \u00a0]*:?[ \u00a0]*(\d{1,3})(?![\d/.,])(?![ \u00a0]*voix)/iu;
const TOOK_PART = /\b(?:qui\s+ont|ayant)\s+pris\s+part\s+(?:aux\s+d[ée]lib[ée]rations|à\s+la\s+d[ée]lib[ée]ration)\s*:\s*(\d+)(?!\d)/i;

/** The figure a pattern finds in a line (its first group), with its span. */
function figureIn(re: RegExp, l: { offset: number; text: string }, b: Builder): Figure | undefined {
  const m = re.exec(l.text);
  if (!m) return undefined;
  const start = l.offset + m.index + m[0].lastIndexOf(m[1]);
  return { value: Number(m[1]), span: b.span(start, start + m[1].length) };
}

/**
 * « Conseillers en exercice : vingt-neuf. », « - en exercice : quatorze - quorum : huit - présents : neuf - votants : dix
 * (un pouvoir de … ) »: counts in words after their labels, each up to the end of its sentence, a dash or a parenthesis.
 */
const COUNTS_IN_WORDS = /(?<![\p{L}])(en\s+exercice|pr[ée]sents|votants|repr[ée]sent[ée]s)\s*:\s*([a-zà-ÿ]+(?:[ -][a-zà-ÿ]+){0,4}?)[ \u00a0]*(?=[.;,(]|[-–—][ \u00a0]|$)/giu;
const KEY_IN_WORDS = { e: 'membersInOffice', p: 'declaredPresent', v: 'declaredVoters', r: 'declaredRepresented' } as const;

function countsInWords(l: { offset: number; text: string }, seance: Seance, b: Builder) {
  for (const m of l.text.matchAll(COUNTS_IN_WORDS)) {
    const key = KEY_IN_WORDS[foldFrench(m[1])[0].toLowerCase() as keyof typeof KEY_IN_WORDS];
    const value = wordsToNumber(foldFrench(m[2]));
    if (!key || seance[key] || value === undefined || value < 1 || value > 999 || (key === 'membersInOffice' && value < 3)) continue;
    const start = l.offset + m.index! + m[0].lastIndexOf(m[2]);
    seance[key] = { value, span: b.span(start, start + m[2].length) };
  }
}

/**
 * « Votants : 27 dont 22 Présents et 05 Procurations »: the voters, then those present and those represented that make
 * them (read only where they do).
 */
const VOTERS_OF_WHICH = /(?<![\p{L}])votants[ \u00a0]*:?[ \u00a0]*(\d{1,3})[ \u00a0]+dont[ \u00a0]+(\d{1,3})[ \u00a0]+pr[ée]sent(?:e|\(e\))?s?[ \u00a0]+et[ \u00a0]+(\d{1,3})[ \u00a0]+(?:procurations?|pouvoirs?|repr[ée]sent[ée]s?)(?![\p{L}])/iu;

function votersOfWhich(l: { offset: number; text: string }, seance: Seance, b: Builder) {
  const m = VOTERS_OF_WHICH.exec(l.text);
  if (!m || Number(m[2]) + Number(m[3]) !== Number(m[1])) return;
  const figure = (k: number, from: number): Figure => {
    const start = l.offset + m.index + m[0].indexOf(m[k], from);
    return { value: Number(m[k]), span: b.span(start, start + m[k].length) };
  };
  const voters = figure(1, 0);
  const present = figure(2, voters.span.end - l.offset - m.index);
  const represented = figure(3, present.span.end - l.offset - m.index);
  seance.declaredVoters ??= voters;
  seance.declaredPresent ??= present;
  seance.declaredRepresented ??= represented;
}

/**
 * « … a procédé à l’appel nominal des membres du conseil, a dénombré sept conseillers présents … » (the official form of
 * the minutes of an election), « Le quorum étant atteint avec huit conseillers municipaux présents »: those present
 * counted in words.
 */
const COUNTED_IN_WORDS = new RegExp(String.raw`\b(?:d[ée]nombr[ée]|quorum\s+(?:est|[ée]tant)\s+atteint\s*,?\s+(?:avec|par))\s+(${NUMBER_WORDS_SOURCE})\s+(?:membres|d[ée]l[ée]gu[ée]s|conseillers|[ée]lus)(?:\s+(?:municipaux|communautaires|syndicaux))?\s+pr[ée]sents(?![\p{L}])`, 'iu');

function countedInWords(l: { offset: number; text: string }, seance: Seance, b: Builder) {
  const m = COUNTED_IN_WORDS.exec(l.text);
  const value = m ? wordsToNumber(foldFrench(m[1]).replace(/-/g, ' ')) : undefined;
  if (!m || value === undefined || value < 1 || value > 999) return;
  const start = l.offset + m.index + m[0].indexOf(m[1]);
  seance.declaredPresent = { value, span: b.span(start, start + m[1].length) };
}

function readCounts(line: { offset: number; text: string }, seance: Seance, b: Builder) {
  // (« Nombre de Conseillers en exercice : ...... 43 »: the dot leaders of a printed form after a colon, read as blanks.)
  // (« en exercice………… 61 », « Conseillers en exercice ...... 43 »: so before the figure.)
  // (« Conseillers présents:.…....…….24 »: full stops and ellipses mixed.)
  let l = line.text.includes('..') || line.text.includes('…') ? { offset: line.offset, text: line.text.replace(/(?<=[:：][ \u00a0]*)(?:\.[.…]|…)[.…]*|(?<=\p{L}[ \u00a0]*)(?:\.[.…]{2}|…)[.…]*(?=[ \u00a0]*\d)/gu, (m) => ' '.repeat(m.length)) } : line;
  // (« Nombre de conseillers présents ; 27 Nombre de conseillers votants ; 38 »: an OCR's semicolon for the colon of a
  // count named « Nombre de … ».)
  if (l.text.includes(';') && /nombre/i.test(l.text)) l = { offset: l.offset, text: l.text.replace(SEMICOLON_COUNT, '$1:') };
  if (l.text.includes(':') && /exercice|pr[ée]sents|votants|repr[ée]sent/i.test(l.text)) countsInWords(l, seance, b);
  if (!seance.declaredPresent && /d[ée]nombr|quorum/i.test(l.text)) countedInWords(l, seance, b);
  if (l.text.includes('dont')) votersOfWhich(l, seance, b);
  if (!/\d/.test(l.text) || !/exercice|fonction|composant|aff[ée]rents|nombre|pr[ée]sent|votant|voix|repr[ée]sent|pouvoir|procuration|mandat|pris\s+part|au\s+vote|assist|soit\s+\d|titulaires|r[ée]unis/i.test(l.text)) return;
  for (const [key, words, re] of COUNTS) {
    if (seance[key] && key !== 'declaredPresent') continue;
    if (!words.test(l.text)) continue;
    // (Not the day of a date: « Nombre de votants 7 FEVRIER 2020 40 26 3 29 », a box's headers, the date of its
    // convocation, then its figures.)
    const found = matchesOf(l.text, re).filter((x) => !dayOfDate(l.text, x));
    if (key === 'declaredPresent') {
      // Every count of those present: two that differ (« délégués titulaires présents : 15 », « … titulaires et
      // suppléants présents : 17 ») leave it uncertain which one the checks should take.
      const values = found.filter((x) => !numberedList(l.text, x)).map((x) => Number(x[1]));
      if (values.some((v) => v !== (seance.declaredPresent?.value ?? values[0]))) seance.presentCountsDiffer = true;
    }
    // (« Étaient présents : 1 - M X, … Présents : 13 … »: the first figure that is no numbered entry's.)
    // (« Afférents au Conseil : 50 - En exercice : 49 »: the seats, then the members in office: those in office.)
    // (Not « - présents : - représentés : 30 11 - absents : 2 »: a box whose figures follow its labels in a row, the
    // figure after a label being another's; nor « … en exercice Présents Procurations Votants 27 20 3 23 », the headers of
    // a table then its figures, the first after the last header.)
    const fits = (x: RegExpMatchArray) => !numberedList(l.text, x) && !FIGURES_IN_A_ROW.test(l.text.slice(x.index! + x[0].length, x.index! + x[0].length + 16));
    const m = (key === 'membersInOffice' ? found.find((x) => /exercice/i.test(x[0]) && fits(x)) : undefined) ?? found.find(fits);
    if (seance[key] || !m) continue;
    const start = l.offset + m.index + m[0].lastIndexOf(m[1]);
    seance[key] = { value: Number(m[1]), span: b.span(start, start + m[1].length) };
  }
}

/** Whether the figure a count's pattern found (its first group) is followed by a month: the day of a date. */
function dayOfDate(text: string, x: RegExpMatchArray): boolean {
  const at = x.index! + x[0].lastIndexOf(x[1]) + x[1].length;
  return MONTH_AFTER.test(text.slice(at, at + 30));
}

/** « Nombre de conseillers présents ; 27 »: a count named « Nombre de … », a semicolon before its figure. */
const SEMICOLON_COUNT = /(nombre[ \u00a0]+de[ \u00a0]+(?:conseillers|membres|d[ée]l[ée]gu[ée]s)(?:[ \u00a0]+(?:municipaux|communautaires|syndicaux))?[ \u00a0]+(?:en[ \u00a0]+exercice|pr[ée]sents|votants|repr[ée]sent[ée]s)[ \u00a0]*);(?=[ \u00a0]*\d)/giu;
/** Labels of a vote with nothing between them, then their figures in a row: the headers of a box, then its figures. */
// (Not « Pour : 28 Contre : Abstention : », empty cells after a figure.)
const VOTE_BOX_HEADERS = /(?:(?:votes?[ \u00a0]+)?(?:pour|contre|abstentions?)[ \u00a0]*:[ \u00a0]*){2,}\d{1,3}[ \u00a0]+\d{1,3}(?![\d/.,])/i;
/**
 * Right after a count's figure, another figure standing alone before a dash or the end, or two more figures: figures of
 * a box in a row.
 */
// (Not « En exercice : 16 3 - Mme Éliane LOISON », the number of the next entry of a list.)
const FIGURES_IN_A_ROW = /^[ \u00a0]+\d{1,3}(?=[ \u00a0]+[-–][ \u00a0]+\p{Ll}|[ \u00a0]*$)|^[ \u00a0]+\d{1,3}[ \u00a0]+\d{1,3}(?![\d/.,:h])(?![ \u00a0]*\p{L})/u;
/** The name of a month, in the patterns of dates (« février » or « fevrier », « août » or « aout »). */
const MONTH_WORD = String.raw`(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre)`;
/** A month's name after a figure: the day of a date. */
const MONTH_AFTER = new RegExp(String.raw`^(?:er)?[ \t\u00a0]+${MONTH_WORD}(?![\p{L}])`, 'iu');
/** After a figure of a table of counts: « jusqu'à 20 heures 15 puis 29 », to the end of its line. */
const UNTIL_THEN = /^[ \u00a0]+jusqu['’][ \u00a0]*(?:à|a)[ \u00a0][^\n]{0,40}?[ \u00a0]puis[ \u00a0]+\d{1,3}\.?(?=[ \u00a0\r]*(?:\n|$))/;

/**
 * Counts printed as a table and flattened by a PDF extraction: the column headers, then their figures in the same
 * order (« en exercice présents procurations absent(s) 55 43 11 1 »; a header cell on two lines may be cut by the
 * others: « en présents procurations absent(s) exercice 55 45 6 4 »), or each header on its line above its figure
 * (« NOMBRE DE CONSEILLERS : En exercice↵29 »). Read only where the figures are exactly as many as the headers, in the
 * head of the act, and never over a count read on a line.
 */
function countTable(doc: DocumentNode, seance: Seance, b: Builder) {
  const end = Math.min(doc.end, doc.offset + HEAD_CHARS);
  const text = doc.text;
  let keys: (keyof typeof COLUMN | 'absent')[] = [];
  let pendingEn = false;
  let keyAt = 0;
  let figures: { value: number; start: number; end: number }[] = [];
  let withProxy: 'avec' | 'sans' | undefined;
  // Headers that each open with « Nombre de » (« Nombre de membres en exercice : ↵ Nombre de présents : ↵ … »).
  let afterNombre = false;
  const reset = () => {
    keys = [];
    pendingEn = false;
    figures = [];
    withProxy = undefined;
    afterNombre = false;
  };
  // « 27 16 3 19 Nombre de Conseillers en exercice Présents Procurations Votants N° 2023 »: the figures of a table before
  // its headers, no figure after them; read only where they agree (16 present and 3 represented make 19 voters, no more
  // than 27 in office).
  const figuresBefore = () => {
    if (figures.length > 0 || pendingEn || keys.length < 3) return;
    const from = Math.max(doc.offset, keyAt - 80);
    const head = LEADING_FIGURES.exec(text.slice(from, keyAt));
    if (!head || head.index === 0) return;
    const found: typeof figures = [];
    const re = /\d+/g;
    for (let f = re.exec(head[1]); f; f = re.exec(head[1])) {
      const start = from + head.index + head[0].indexOf(head[1]) + f.index;
      found.push({ value: Number(f[0]), start, end: start + f[0].length });
    }
    if (found.length === keys.length && countsAgree(keys, found)) figures = found;
  };
  const settle = () => {
    figuresBefore();
    if (figures.length > 0 && figures.length === keys.length && !pendingEn) {
      keys.forEach((k, i) => {
        if (k === 'absent') return;
        const field = COLUMN[k];
        if (!seance[field]) seance[field] = { value: figures[i].value, span: b.span(figures[i].start, figures[i].end) };
      });
    }
    reset();
  };
  /** Reads the tokens from `from` while a header is gathered (at least up to `hint`); returns where it stopped. */
  const readTable = (from: number, hint: number): number => {
    reset();
    TABLE_TOKEN.lastIndex = from;
    for (let m = TABLE_TOKEN.exec(text); m && m.index < end; m = TABLE_TOKEN.exec(text)) {
      if (m.index > hint && keys.length === 0 && !pendingEn) return m.index;
      const w = m[0];
      // (« Présents : (18) »: parentheses around a figure change nothing.)
      if (w === '(' || w === ')') continue;
      // (« En exercice : ......... ↵ Présents : ....... »: the dot leaders of a printed form.)
      if (w === '…' || (w === '.' && (text[m.index + 1] === '.' || text[m.index - 1] === '.'))) continue;
      // Another number (a year, an amount, « 2/183 »), a punctuation mark other than a colon: no table here.
      // (« Présents : 1. SCHELLENBERGER Raphaël 2. … » is a numbered list.)
      const digits = /^\d/.test(w);
      // (Nor the day of a date: « Etaient présents : ↵↵ Conseil Municipal du 21 décembre 2006 ».)
      if (digits ? !/^\d{1,3}$/.test(w) || (/^(?:[\p{L}%°]|[.)]\s+\p{Lu})/u.test(text.slice(m.index + w.length, m.index + w.length + 3)) && text[m.index - 1] !== '(') || MONTH_AFTER.test(text.slice(m.index + w.length, m.index + w.length + 30)) : w !== ':' && !/^\p{L}/u.test(w)) {
        settle();
        continue;
      }
      if (digits) {
        if (keys.length === 0) continue;
        // One header and its figure on the same line: read only as a label at the line's start (« Etaient présents :
        // (18) »), not « Présents ou représentés : 27 » nor « Auditeurs présents : 63 » (those are the lines' own
        // reading, with its exceptions).
        if (keys.length === 1 && !text.slice(keyAt, m.index).includes('\n') && !LINE_START_KEY.test(text.slice(doc.positions.lineStart(doc.positions.lineOf(keyAt)), keyAt))) { reset(); continue; }
        figures.push({ value: Number(w), start: m.index, end: m.index + w.length });
        // « 27 jusqu'à 20 heures 15 puis 29 »: the figure at the opening, then its change later in the séance (the rest
        // of the line).
        const later = UNTIL_THEN.exec(text.slice(m.index + w.length, m.index + w.length + 60));
        if (later) TABLE_TOKEN.lastIndex = m.index + w.length + later[0].length;
        // (« Nombre de votants : ↵ 1 ↵ 23 ↵ 18 ↵ 4 ↵ 22 »: more figures than headers, a page's number among them: which is
        // which is not known.)
        if (figures.length === keys.length) {
          // (So with blank lines between the figures.)
          const next = /^[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*){1,3}\d{1,3}[ \t\u00a0]*(?:\r?\n|$)/.exec(text.slice(m.index + w.length, m.index + w.length + 24));
          if (next) { reset(); TABLE_TOKEN.lastIndex = m.index + w.length + next[0].length; continue; }
          settle();
        }
        continue;
      }
      if (figures.length > 0) settle();
      const t = foldFrench(w);
      const key = TABLE_KEYS.find(([re]) => re.test(t))?.[1];
      // « Excusée avec procuration » is one header, of those represented; « Excusées sans procuration » one of the
      // absent: the proxy word after « avec » or « sans » is no header of its own.
      if (withProxy !== undefined) {
        const qualified = withProxy;
        withProxy = undefined;
        if (key === 'represented') {
          if (qualified === 'avec') keys[keys.length - 1] = 'represented';
          continue;
        }
      }
      if ((t === 'avec' || t === 'sans') && keys[keys.length - 1] === 'absent') {
        withProxy = t;
        continue;
      }
      // (« Absents ayant donné procuration ↵ ou suppléants : ↵ 4 »: so « ayant donné ».)
      const gave = t === 'ayant' && keys[keys.length - 1] === 'absent' ? /^[ \u00a0]+donn[ée](?=[ \u00a0\r\n])/i.exec(text.slice(m.index + w.length, m.index + w.length + 8)) : null;
      if (gave) {
        withProxy = 'avec';
        TABLE_TOKEN.lastIndex = m.index + w.length + gave[0].length;
        continue;
      }
      // (« Nombre de conseillers présents ou représentés : 34 (33 pour le vote de la question n° 26) »: one header, of
      // those present and those represented together, read apart (PRESENT_OR_REPRESENTED); no table.)
      if (key === 'represented' && keys[keys.length - 1] === 'present' && /pr[ée]sent[^\s]{0,5}[ \u00a0]+(?:ou|et)[ \u00a0]+$/i.test(text.slice(Math.max(0, m.index - 20), m.index))) { reset(); continue; }
      // (« Absente excusée »: one header of two words.)
      if (key === 'absent' && keys[keys.length - 1] === 'absent' && /(?:^|\s)absent(?:e?s?|\(s\))[ \u00a0]+$/.test(foldFrench(text.slice(Math.max(0, m.index - 12), m.index)))) continue;
      // (« Soit 31 présents ↵ 2 procurations ↵↵ 33 votants »: each figure before its word, a row of counts, no table.)
      if (key && /(?:^|[^\d.,])\d{1,3}[ \t\u00a0]+$/.test(text.slice(Math.max(0, m.index - 8), m.index))) { reset(); continue; }
      if (key) {
        // A header seen twice is another table, or prose: what was gathered is dropped, the new one starts.
        if (keys.includes(key) && !(key === 'inOffice' && pendingEn)) reset();
        if (key === 'inOffice' && pendingEn) pendingEn = false;
        else {
          if (keys.length === 0) keyAt = m.index;
          keys.push(key);
        }
      } else if (t === 'nombre') {
        // « Etaient présents : NOMBRE DE CONSEILLERS : En exercice 29 »: « Nombre » starts a header; in a column of
        // headers that each open with it, the next one.
        const nombreFirst = keys.length > 0 && /^[\s\u00a0]*nombre[\s\u00a0]/i.test(text.slice(doc.positions.lineStart(doc.positions.lineOf(keyAt)), keyAt));
        if (!((afterNombre || nombreFirst) && keys.length > 0)) {
          reset();
          afterNombre = true;
        }
      } else if (t === 'en') {
        if (pendingEn) keys = [];
        pendingEn = true;
        if (keys.length === 0) keyAt = m.index;
        keys.push('inOffice');
      } else if (!TABLE_FILLER.test(t)) settle();
    }
    settle();
    return end;
  };
  // The text is read only around the words of a header (the rest of the head is prose): from a little before each
  // one (« en » of « en exercice »), while a header is being gathered.
  let pos = doc.offset;
  TABLE_HINT.lastIndex = doc.offset;
  for (let h = TABLE_HINT.exec(text); h && h.index < end; h = TABLE_HINT.exec(text)) {
    if (h.index < pos) continue;
    let from = Math.max(pos, h.index - 12);
    while (from > pos && /\S/.test(text[from - 1])) from--;
    pos = readTable(from, h.index);
    TABLE_HINT.lastIndex = Math.max(pos, h.index + 1);
  }
}

/**
 * Whether the figures of a table, taken in the order of its headers, agree: those present and those represented make
 * the voters, no more than those in office (the evidence that a layout whose figures are not exactly under their
 * headers was read right).
 */
function countsAgree(keys: readonly (keyof typeof COLUMN | 'absent')[], figures: readonly { value: number }[]): boolean {
  const value = (k: keyof typeof COLUMN) => {
    const i = keys.indexOf(k);
    return i < 0 ? undefined : figures[i].value;
  };
  const present = value('present');
  const represented = value('represented');
  const voters = value('voters');
  const inOffice = value('inOffice');
  return present !== undefined && represented !== undefined && voters !== undefined && present > 0 && present + represented === voters && (inOffice === undefined || voters <= inOffice);
}

/** Figures in a row, then the words that open a header (« 27 16 3 19 Nombre de Conseillers »), to the end. */
const LEADING_FIGURES = /(?<![\d.,/:])[ \t\u00a0]((?:\d{1,3}[ \t\u00a0\r\n]+){3,8})(?:(?:nombre|de|des|conseillers|membres|d[ée]l[ée]gu[ée]s|municipaux|communautaires|syndicaux)[ \t\u00a0\r\n]+)*$/iu;

/** The words a table of counts has among its headers. */
const TABLE_HINT = /exercice|pr[ée]sent|procuration|pouvoir|repr[ée]sent|votant/gi;

/** How far into an act a table of counts is looked for. */
const HEAD_CHARS = 20000;
const COLUMN = { inOffice: 'membersInOffice', present: 'declaredPresent', represented: 'declaredRepresented', voters: 'declaredVoters' } as const;
/** Words, numbers (a figure has one to three digits) and punctuation marks. */
const TABLE_TOKEN = /\d+(?:[.,/]\d+)*|[\p{L}][\p{L}()'’-]*|[^\s\p{L}\d]/gu;
const TABLE_KEYS: [RegExp, keyof typeof COLUMN | 'absent'][] = [
  [/^exercice$/, 'inOffice'],
  [/^presents?(?:\(e\)s|\(s\)|\.e\.s)?$/, 'present'],
  [/^(?:procurations?|pouvoirs?|pouvoir\(s\)|procuration\(s\)|representes?)$/, 'represented'],
  [/^votants?$/, 'voters'],
  [/^(?:absente?s?|absent\(s\)|excusee?s?)$/, 'absent'],
];
/**
 * What may stand before a header at its line's start: « Etaient », « Nombre de », « Conseillers »; before those
 * represented, « Absents (excusés) ayant donné » (« ABSENTS AYANT DONNE POUVOIR (06) : »).
 */
const LINE_START_KEY = /^[\s\u00a0]*(?:(?:[ée]taient|sont|nombre\s+de|membres|conseillers|d[ée]l[ée]gu[ée]s|absente?s?|excus[ée]e?s?|ayant|donn[ée]e?s?)[\s\u00a0]+)*$/i;
// (« Nombre de membres titulaires présents à l’ouverture de la séance : ↵ 42 », « … procuration ↵ ou suppléants : ↵ 4 ».)
const TABLE_FILLER = /^(?::|membres|du|conseil|municipal|communautaire|syndical|de|des|conseillers|delegues|titulaires|a|la|l['’]ouverture|seance|ou|suppleants)$/;

function stamp(text: string, inlines: Inline[], seance: Seance, above?: string) {
  const date = firstDate(inlines);
  if (!date) return;
  const t = text.toLowerCase();
  // (« Date de convocation : 07/02/2023 … ↵ Affichée le : 07/02/2023 »: the posting of the convocation, its line above.)
  if (/^\s*affichée?\b/.test(t) && above && /convocation[^.]{0,80}$/i.test(above.slice(-120))) return;
  if (/^\s*reçu(?:e)?\s+(?:à\s+la\s+préfecture\s+)?le\b/.test(t) || /^\s*accusé de réception/.test(t)) seance.stamps.push({ kind: 'reception', date });
  else if (/^\s*transmise?s?\b|télétransmis/.test(t)) seance.stamps.push({ kind: 'transmission', date });
  else if (/^\s*(?:publiée?|mise?\s+en\s+ligne)(?=\s|$)/.test(t)) seance.stamps.push({ kind: 'publication', date });
  else if (/^\s*affichée?\b/.test(t)) seance.stamps.push({ kind: 'affichage', date });
}

/** A line opening with where and when the act was written: « A Saint Trinit, le 25/03/2016 », « Fait à Thise, le 3 mars 2025 ». */
// (« … Pour extrait conforme, Fait à Putanges-le-Lac, le 7 … »: « Fait à » inside a line too.)
const PLACE_AND_DATE = /(?:^[ \t\u00a0]*(?:Fait[ \u00a0]+(?:et[ \u00a0]+délibéré[ \u00a0]+)?)?(?:À|A|à)|(?<![\p{L}])Fait[ \u00a0]+(?:et[ \u00a0]+délibéré[ \u00a0]+)?à)[ \u00a0]+(\p{Lu}[\p{L}'’-]*(?:[ \u00a0-]+\p{L}[\p{L}'’-]*){0,5}?)[ \u00a0]*,[ \u00a0]*le[ \u00a0]+(?:\d|1er|premier|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)[ \u00a0])/du;

const SPECIFICITY = { departement: 1, epci: 2, commune: 3, other: 0 } as const;
/** The words that say a département's own assembly met (its « DÉPARTEMENT DE … » header is then the collectivity). */
const DEPARTMENT_ASSEMBLY = /conseil\s+(?:d[ée]partemental|g[ée]n[ée]ral)|commission\s+permanente|assembl[ée]e\s+d[ée]partementale/i;
/** The first word of a meeting's name in capitals, after a collectivity's in a header (« … CONSEIL MUNICIPAL DU … »). */
const MEETING_WORDS = String.raw`(?:CONSEIL|S[ÉE]ANCE|PROC[ÈE]S|EXTRAIT|COMPTE|R[ÉE]UNION|D[ÉE]LIB[ÉE]RATION|REGISTRE)(?![A-ZÀ-Þ])`;
// (« COMMUNE DE BAGNERES DE LUCHON COMPTE-RENDU DU CONSEIL MUNICIPAL DU 12 JUIN 2020 »: up to the meeting's name.)
// (« PROCES VERBAL DU CONSEIL MUNICIPAL ↵ DE LA COMMUNE DE PREUILLY SUR CLAISE »: the header's line goes on from the one above.)
/** The words between a body's noun and its name: « DE », « DU », « D’ »; « DE LA » and « DE L’ » but after a commune's, whose
 * article is its name's (« COMMUNE DE LA CHAPELLE VENDOMOISE »). */
const OF_BODY = String.raw`(?:(?<!(?:COMMUNE|VILLE|MAIRIE)\s+)(?:DE\s+LA\s+|DE\s+L['’])|DU\s+|DES\s+|DE\s+|D['’])?`;
// (« VILLE DE CAGNES-SUR-MER - CONSEIL MUNICIPAL »: not the dash before the meeting's words; « COMMUNE DE LA CHAPELLE
// VENDOMOISE »: a commune's article is its name's, « La Chapelle-Vendômoise ».)
const COLLECTIVITY = new RegExp(String.raw`^\s*(?:DE\s+LA\s+|DU\s+)?(COMMUNE|VILLE|MAIRIE|DÉPARTEMENT|DEPARTEMENT|COMMUNAUTÉ|COMMUNAUTE|MÉTROPOLE|METROPOLE)\s+${OF_BODY}(.+?)(?=\s*[-–—:,]?\s+${MEETING_WORDS}|\s*$)`, 'i');

/** « Commune de Chevincourt » alone on a short line of the header. */
// (« Extrait du registre des délibérations du Conseil Municipal ↵ de la Commune de Noirmoutier-en-l'île »: so the end
// of a title wrapped.)
const COLLECTIVITY_LINE = /^\s*(?:de\s+la\s+)?(Commune|Ville|Mairie)\s+(?:de\s+|d['’]\s?)([A-ZÀ-Þ][\p{L}'’ -]*\p{L})\s*$/u;
/** The first word of another body's name, after a commune's (« SIEGE : MAIRIE DE ARCINS SYNDICAT MIXTE DU … »). */
const BODY_WORDS = String.raw`(?:SYNDICAT|SIVOM|SIVU|SMICTOM|SICTOM|COMMUNAUT[ÉE]|M[ÉE]TROPOLE|AGGLOM[ÉE]RATION|D[ÉE]PARTEMENT|R[ÉE]PUBLIQUE)(?![A-ZÀ-Þ])`;
/** A commune's name in capitals, its particles too (« SAINT GEORGES D'HURTIERES », « BAGNERES DE LUCHON »), before the meeting's name. */
const NAME_IN_CAPITALS_SOURCE = String.raw`[A-ZÀ-Þ][A-ZÀ-Þ'’-]*(?:\s(?!${MEETING_WORDS}|${BODY_WORDS}|(?:ARRONDISSEMENT|CANTON)(?![A-ZÀ-Þ]))(?:DE|DU|DES|LA|LE|LES|SUR|SOUS|EN|LÈS|LEZ|ET|[A-ZÀ-Þ][A-ZÀ-Þ'’-]+))*`;
/** « MAIRIE DE TRETS Direction Générale… », « COMMUNE DE TOMBLAINE Meurthe et Moselle… »: inside a flattened header. */
// (« 1 COMMUNE DE SAINT RÉMY-LÈS-CHEVREUSE CONSEIL MUNICIPAL DU 30 JUIN 2008 Présents : … »: up to the name of the
// meeting in capitals; « Département du Morbihan Commune de SAINT PHILIBERT . 02 97… », the name in capitals after
// « Commune de » opening the line or after the département, not in prose, « … de la Commune de SANILHAC SAGRIES ».)
// (« République Française Commune De MAILLY LE CHATEAU COMPTE RENDU … »: after the Republic's name, « De » capitalised;
// « DEPARTEMENT Conseil Municipal de la Commune de VILLEFRANCHE DE PANAT ARRONDISSEMENT … », a form's header read
// across, up to the next field of the form.)
// (Not « … CONSEIL COMMUNAUTAIRE … A 20 HEURES 30 A LA MAIRIE DE ST-PAUL CAP DE JOUX Etaient présents : … », a header
// flattened: where the meeting was held.)
const COLLECTIVITY_IN = new RegExp(String.raw`(?<!(?:^|\s)[AÀaà]\s+LA)(?:^|\s)(COMMUNE|VILLE|MAIRIE|(?<=^\s*(?:\d{1,3}\s+)?|^\s*R[ée]publique\s+[Ff]ran[çc]aise\s+|^\s*(?:D[ÉE]PARTEMENT\s+)?Conseil\s+[Mm]unicipal\s+de\s+la\s+|D[ée]partement\s+(?:du|de\s+la|de\s+l['’]|des|de|d['’])\s*\p{Lu}[\p{L}'’-]*(?:[\s-]\p{Lu}[\p{L}'’-]*){0,3}\s+)(?:Commune|Ville|Mairie))\s+(?:DE\s+|D['’]\s?|de\s+|d['’]\s?|De\s+)(${NAME_IN_CAPITALS_SOURCE})(?=\s+[A-ZÀ-Þ][a-zà-ÿ]|\s*[,.(]|\s*$|\s+${MEETING_WORDS}|\s+(?:ARRONDISSEMENT|CANTON)(?![A-ZÀ-Þ]))`, 'u');
/**
 * « PROCES-VERBAL DU CONSEIL MUNICIPAL DE TALUYERS », « … DU CONSEIL MUNICIPAL DE LA COMMUNE DE POULX », « CONSEIL
 * MUNICIPAL DE VILLERS BRETONNEUX Séance du … », « … DE MOUGUERRE DU MERCREDI 13 FEVRIER 2019 »: the commune named by
 * its council, in capitals, up to the day, the date or the next words in small letters; in a title (the line's start,
 * « … DU CONSEIL MUNICIPAL »), not in a sentence in capitals (« S’EST RÉUNI LE CONSEIL MUNICIPAL DE X AU LIEU … »).
 */
/** The kind of a séance after the council's words in a title: « PUBLIC », « EXTRAORDINAIRE ». */
const SEANCE_KIND = String.raw`(?:(?:PUBLIC|PUBLIQUE|ORDINAIRE|EXTRAORDINAIRE|PRIV[ÉE]E?|EXCEPTIONNEL)\s+)?`;
const DAY_IN_CAPITALS = String.raw`(?:DU\s+)?(?:LUNDI|MARDI|MERCREDI|JEUDI|VENDREDI|SAMEDI|DIMANCHE|\d)`;
// (« PROCÈS-VERBAL DU CONSEIL MUNICIPAL PUBLIC DE ROMANS SUR ISERE DU 19 SEPTEMBRE 2011 »: the séance's kind between.)
const MUNICIPAL_OF = new RegExp(String.raw`(?<=^\s*|(?:^|\s)DU\s+)(CONSEIL\s+MUNICIPAL)\s+${SEANCE_KIND}(?:DE\s+LA\s+(?:COMMUNE|VILLE)\s+)?(?:DE\s+(?!LA\s+(?:COMMUNE|VILLE)(?![A-ZÀ-Þ]))|D['’]\s?|D\s(?=[AEIOUYÉH][A-ZÀ-Þ]))([A-ZÀ-Þ][A-ZÀ-Þ'’-]*(?:\s(?!${MEETING_WORDS}|${DAY_IN_CAPITALS})(?:[A-ZÀ-Þ][A-ZÀ-Þ'’-]*))*)(?=\s+${DAY_IN_CAPITALS}|\s+${MEETING_WORDS}|\s+[A-ZÀ-Þ][a-zà-ÿ]|\s*[,.(]|\s*$)`, 'u');
/**
 * « COMPTE-RENDU SEANCE DU CONSEIL MUNICIPAL LA FONTAINE SAINT MARTIN du 30 Octobre 2017 »: the commune's name in capitals
 * right after the council's, without « de », then the date; unsure (it may be no commune's), so checked only where the
 * official list knows it.
 */
const MUNICIPAL_NAMED = new RegExp(String.raw`(?<=^\s*|(?:^|\s)DU\s+)(CONSEIL\s+MUNICIPAL)\s+(?!${MEETING_WORDS}|(?:DE|DU|D['’]|ORDINAIRE|EXTRAORDINAIRE|PUBLIC|PUBLIQUE|PRIV[ÉE]E?|PL[ÉE]NI[ÈE]RE?|EXCEPTIONNEL|D['’]INSTALLATION|D['’]URGENCE)(?![A-ZÀ-Þ]))(${NAME_IN_CAPITALS_SOURCE})(?=\s+(?:du|DU|le|LE)\s+(?:${WEEKDAY}\s+|(?:LUNDI|MARDI|MERCREDI|JEUDI|VENDREDI|SAMEDI|DIMANCHE)\s+)?(?:\d{1,2}|1er)\s)`, 'u');
/**
 * « Compte-rendu de la séance du conseil municipal d’Hermanville-Sur-Mer du lundi 30 novembre 2015 »: the commune named
 * after the council's words in small letters, then the date; unsure like MUNICIPAL_NAMED (it may be no commune's).
 */
const MUNICIPAL_OF_WORDS = new RegExp(String.raw`(?<=^|\s)([cC]onseil\s+[mM]unicipal)\s+(?:de\s+|d['’]\s?)([A-ZÀ-Þ][\p{L}'’]*(?:-[\p{L}'’]+)*(?:\s(?:(?:sur|sous|en|lès|lez|et|de|du|des|la|le|les|aux?)\s)?[A-ZÀ-Þ][\p{L}'’]*(?:-[\p{L}'’]+)*){0,4})(?=\s+(?:du|le)\s+(?:${WEEKDAY}\s+)?(?:\d{1,2}|1er)\s)`, 'u');
/** What every match of COLLECTIVITY_IN holds: tried first, the long pattern is run on few lines. */
const MAY_COLLECTIVITY_IN = /COMMUNE|VILLE|MAIRIE|Commune|Ville|Mairie/;

/** The same, further on a line in capitals (after a département that only locates it). */
const COLLECTIVITY_LATER = new RegExp(String.raw`(?<=\s)(COMMUNE|VILLE|MAIRIE|COMMUNAUTÉ|COMMUNAUTE|MÉTROPOLE|METROPOLE)\s+${OF_BODY}(.+?)\s*$`);

/**
 * « Département de la Vendée Arrondissement des Sables d'Olonne Canton de Moutiers les Mauxfaits Commune de La
 * Boissière des Landes »: the places that locate the commune, then the commune, its name up to the line's end.
 */
// (« Le Département de L’ Canton de BOURGTHEROULDE Commune de FLANCOURT-CRESCY EN ROUMOIS »: so after « Le ».)
// (« République Française Département Commune de Lusigny sur Barse »: after the Republic's name.)
const PLACES_FIRST = /^\s*(?:R[ée]publique\s+[Ff]ran[çc]aise\s+)?(?:Le\s+|LE\s+)?(?:D[ée]partement|DÉPARTEMENT|DEPARTEMENT|Arrondissement|ARRONDISSEMENT|Canton|CANTON)\s/u;
const COMMUNE_AT_END = /(?:^|\s)(Commune|Ville|Mairie)\s+(?:de\s+|d['’]\s?)([A-ZÀ-Þ][\p{L}'’-]*(?:\s[\p{L}'’-]+){0,6})\s*$/u;

/** How many lines of an act its collectivity may be read from. */
const COLLECTIVITY_LINES = 20;

function collectivity(l: Line, lineInAct: number, b: Builder): Seance['collectivity'] {
  if (lineInAct > COLLECTIVITY_LINES) return undefined;
  // An all-capitals line of the header: « COMMUNE DE POUILLEY-LES-VIGNES »; a short line « Commune de Chevincourt »;
  // the same words in capitals inside a flattened header.
  const head = l.text.slice(0, 2000);
  let m = l.text === l.text.toUpperCase() ? COLLECTIVITY.exec(l.text) : COLLECTIVITY_LINE.exec(l.text) ?? (MAY_COLLECTIVITY_IN.test(head) ? COLLECTIVITY_IN.exec(head) : null);
  if (!m && l.text.length < 300 && PLACES_FIRST.test(l.text)) m = COMMUNE_AT_END.exec(l.text);
  if (!m && /CONSEIL\s+MUNICIPAL\s+(?:[A-ZÉ]+\s+)?D/.test(head)) m = MUNICIPAL_OF.exec(head);
  const unsure = !m && ((/CONSEIL\s+MUNICIPAL\s/.test(head) && !!(m = MUNICIPAL_NAMED.exec(head))) || (/onseil\s+[mM]unicipal\s+d/.test(head) && !!(m = MUNICIPAL_OF_WORDS.exec(head))));
  // « DEPARTEMENT DE L' - PROCES-VERBAL … COMMUNAUTE DE COMMUNES DES VALLEES D’AUGE … » (a header flattened in
  // capitals): a communauté or a commune named further on the line is the collectivity, the département only locates it.
  if (m && /^D[ÉE]PARTEMENT$/i.test(m[1]) && l.text === l.text.toUpperCase()) {
    const later = COLLECTIVITY_LATER.exec(l.text.slice(m.index + m[1].length, 2000));
    if (later) m = Object.assign([...later], { index: m.index + m[1].length + later.index, input: l.text }) as unknown as RegExpExecArray;
  }
  // « COMMUNE D’ » (the name was a logo the extraction lost): a particle alone is no name; nor « COMMUNE D’ 61200 », a
  // postcode a site put in the name's place.
  if (!m || /^(?:d['’]|de|du|des|de\s+la|de\s+l['’]|la|le|les|l['’])$/i.test(m[2].trim()) || !/^\s*\p{L}/u.test(m[2])) return undefined;
  const word = m[1].toUpperCase();
  const kind = /COMMUNE|VILLE|MAIRIE|MUNICIPAL/.test(word) ? 'commune' : /D[ÉE]PARTEMENT/.test(word) ? 'departement' : 'epci';
  const start = l.offset + l.text.indexOf(m[2], m.index);
  // (« VILLE DE PERROS-GUIREC ------ »: a rule after the name, the page's, not of it; « MAIRIE D’ALSTING - - ______ », dashes
  // between blanks too.)
  const name = m[2].replace(/(?:[ \t\u00a0]+(?:[-–—_=*.]{2,}|[-–—]))+[ \t\u00a0]*$/, '');
  const c: NonNullable<Seance['collectivity']> = { name, span: b.span(start, start + name.length), kind, ...(unsure ? { unsure } : {}) };
  // A communauté d'agglomération or urbaine, a métropole: a grouping whose centre has more than 3 500 inhabitants.
  if (kind === 'epci' && (/^M[ÉE]TROPOLE/.test(word) || /^(?:AGGLOM|URBAINE)/i.test(foldFrench(m[2])))) c.large = true;
  return c;
}

/** « Commune de » alone on a line of the header, its name in capitals below (« Commune de ↵↵ SAINT GEORGES D'HURTIERES »). */
const COLLECTIVITY_WORD_ALONE = /^\s*(Commune|COMMUNE|Ville|VILLE|Mairie|MAIRIE)\s+(?:de|DE|d['’]|D['’])\s*$/u;
const NAME_IN_CAPITALS = new RegExp(String.raw`^\s*(${NAME_IN_CAPITALS_SOURCE})\s*$`, 'u');
const NOT_A_NAME_BELOW = new RegExp(String.raw`^(?:D[ÉE]PARTEMENT|R[ÉE]PUBLIQUE|ARRONDISSEMENT|CANTON|${MEETING_WORDS})`);
// (« REGISTRE REPUBLIQUE FRANCAISE … ↵ DES DE LA COMMUNE DE PYRENEES ATLANTIQUES ↵↵ SAINT PEE SUR NIVELLE »: a register's
// heading read across its columns, « COMMUNE DE » inside a short line in capitals, the name alone below.)
const COLLECTIVITY_WORD_ACROSS = /^[A-ZÀ-Þ' ]{0,20}\s(?:COMMUNE|VILLE|MAIRIE)\s+(?:DE|D['’])(?:\s|$)/;
/** « MAIRIE » alone on the first line of the header, the commune's name in capitals below (« MAIRIE ↵ LE GRAU DU ROI »). */
const TOWN_HALL_ALONE = /^\s*MAIRIE\s*$/;
function collectivityBelow(l: Line, below: readonly Line[], lineInAct: number, b: Builder): Seance['collectivity'] {
  if (lineInAct > COLLECTIVITY_LINES || l.text.length > 60) return undefined;
  const word = (l.text.length <= 40 ? COLLECTIVITY_WORD_ALONE.exec(l.text) : null) ?? (l.text === l.text.toUpperCase() ? COLLECTIVITY_WORD_ACROSS.exec(l.text) : null);
  // (Without « de », unsure: a commune only if the official list knows it; on the act's first line only.)
  const unsure = !word && lineInAct === 0 && TOWN_HALL_ALONE.test(l.text);
  const next = word || unsure ? below.find((x) => x.type !== 'blank') : undefined;
  const m = next && next.text.length < 80 ? NAME_IN_CAPITALS.exec(next.text) : null;
  // (Not « Commune de ↵ DELIBERATION DU CONSEIL MUNICIPAL »: the name lost, the title of the act below.)
  if (!m || NOT_A_NAME_BELOW.test(m[1])) return undefined;
  const start = next!.offset + next!.text.indexOf(m[1]);
  return { name: m[1], span: b.span(start, start + m[1].length), kind: 'commune', ...(unsure ? { unsure } : {}) };
}

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
/** « L'an deux mille vingt-cinq, le trois mars », « L’ an deux mil onze, le jeudi 12 mai », « L'an deux mille douze et le dix-sept décembre ». */
// (« le vingt-juin »: a hyphen before the month.)
// (« … des Collectivités TerritorialesL’an deux mille six, le quatorze mars »: a capital glued to the word before it, the
// lines of a page run together by a site.)
const IN_WORDS = new RegExp(String.raw`(?:(?<![\p{L}])l|(?<=\p{Ll})L)(?:['’]\s?|\s)an\s+([a-zà-ÿ\s-]+?)\s*,?\s+(?:et\s+)?le\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?([a-zà-ÿ\s-]+?|\d{1,2}|1er|1\s?er)(?:\s+|-)(?:du\s+mois\s+d['’]\s?|du\s+mois\s+de\s+)?(${MONTH_WORD})\b`, 'iu');

/**
 * « Le douze mars deux mille vingt et un à dix-huit heures, les membres du Comité … se sont réunis »: the opening of
 * the minutes with the day, the month and the year in words, at the start of its paragraph, before the hour and the
 * words of a meeting (elsewhere a date in words is some other date).
 */
// (« CONSEIL MUNICIPAL DU 16 FEVRIER 2023 COMPTE RENDU Le premier décembre deux mille vingt-deux, les membres du Conseil
// municipal, convoqués … », « … DU 30 JANVIER 2020 LE DIX-SEPT DECEMBRE DEUX-MILLE DIX-NEUF A DIX-HUIT HEURES TRENTE, S’EST
// RÉUNI … »: so after a heading in capitals on the line, the act flattened; the hour's « à » may be missing.)
const DAY_MONTH_YEAR_WORDS = new RegExp(String.raw`(?<![\p{L}])le\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?([a-zà-ÿ-]+(?:[\s-]+[a-zà-ÿ]+){0,2}?|\d{1,2}|1er)\s+(${MONTH_WORD})\s+(${YEAR_WORDS_SOURCE})\s*,?\s+(?:[àa]\s+)?[^.]{0,200}?(?:réuni|reuni|assembl|(?<!(?:avons|ai|a)\s)convoqu)`, 'giu');

/** Words just before the date of the convocation, in prose or in a line of counts: « dûment convoqué le », « Date de la convocation : », « Date convocation : ». */
// (« … à la suite de la convocation adressée par Madame le Maire le 1er décembre 2014 »: who sent it, between.)
const CONVOKED_BEFORE = /(?:convoqu[ée]e?s?(?:\s+[a-zà-ÿ]+){0,3}\s+(?:le|du)|date\s+(?:de\s+(?:la\s+)?)?convocation\s*:|convocation\s+(?:du|en\s+date\s+du|(?:adress[ée]e|envoy[ée]e|faite)\s+(?:par\s+(?:[a-zà-ÿ'’.-]+\s+){1,4}?)?le))\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?$/i;

/**
 * « Les convocations et l’ordre du jour ont été transmis par écrit aux conseillers municipaux, le vendredi 8 décembre
 * 2021 »: the convocations as the subject, how and to whom they were sent between them and the date.
 */
const CONVOCATIONS_SENT = /convocations?(?:\s+et\s+l['’]\s?ordre\s+du\s+jour)?\s+(?:ont|a)\s+été\s+(?:transmis|adressé|envoyé|expédié|remis)e?s?(?:\s+par\s+(?:écrit|courrier|voie\s+(?:postale|électronique|dématérialisée)|mail|courriel))?(?:\s+(?:aux|à\s+(?:chaque|tous\s+les))\s+(?:conseillers|membres|élus|délégués)(?:\s+(?:municipaux|communautaires|syndicaux))?)?\s*,?\s+le\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?$/i;

/** « Date de la convocation », « Date de convocation : » alone on its line. */
const CONVOCATION_LABEL_ALONE = /^[ \t\u00a0]*date[ \t\u00a0]+(?:de[ \t\u00a0]+(?:la[ \t\u00a0]+)?)?convocation[ \t\u00a0]*:?[ \t\u00a0\r]*$/i;
/** The date of the convocation that a line of the head states in its text. */
function convocationIn(text: string, offset: number, inlines: Inline[]): DateNode | undefined {
  if (!/convo/i.test(text)) return undefined;
  for (const i of inlines) {
    if (i.type !== 'date') continue;
    const at = i.offset - offset;
    // (Not « Les collèges électoraux pour l’élection des sénateurs sont convoqués le dimanche 27 septembre 2020 »: the
    // electors of another election.)
    if ((CONVOKED_BEFORE.test(text.slice(Math.max(0, at - 60), at)) || CONVOCATIONS_SENT.test(text.slice(Math.max(0, at - 200), at))) && !ELECTORS_CONVOKED.test(text.slice(Math.max(0, at - 120), at))) return i;
  }
  return undefined;
}
/** The electors of an election, convoked (« les collèges électoraux … sont convoqués le »). */
const ELECTORS_CONVOKED = /(?:[ée]lecteurs|[ée]lectoraux|coll[èe]ges?)(?:[^.;:]{0,80})convoqu[^.;:]{0,40}$/i;

/** « … sur la convocation faite par↵lui le trente décembre deux mille quinze. »: the convocation's date in words. */
const CONVOKED_IN_WORDS = new RegExp(String.raw`convocation\s+(?:faite|adress[ée]e|envoy[ée]e|dat[ée]e)(?:\s+par\s+(?:lui|elle|le\s+maire|le\s+pr[ée]sident|la\s+pr[ée]sidente))?\s+(?:le|du)\s+(premier|1er|\d{1,2}|[a-zà-ÿ]+(?:[\s-]+[a-zà-ÿ]+){0,2}?)\s+(${MONTH_WORD})\s+((?:deux\s+mille?|mil)(?:[\s-]+[a-zà-ÿ]+){0,4}?)(?=\s*[.,;]|\s*$)`, 'di');

/** The convocation's date written in words in the head of the act (maybe over a line break), as a date. */
function convocationInWords(doc: DocumentNode, b: Builder): DateNode | undefined {
  const head = doc.text.slice(doc.offset, Math.min(doc.end, doc.offset + 4000));
  if (!/convocation/i.test(head)) return undefined;
  const m = CONVOKED_IN_WORDS.exec(head);
  if (!m) return undefined;
  const day = /^\d/.test(m[1]) ? parseInt(m[1], 10) : /^(?:premier|1er)$/i.test(m[1]) ? 1 : wordsToNumber(m[1].replace(/\s+/g, ' '));
  const year = wordsToNumber(m[3].replace(/\s+/g, ' '));
  const month = MONTHS.findIndex((x) => foldFrench(x) === foldFrench(m[2])) + 1;
  if (!day || !year || !month) return undefined;
  const start = doc.offset + m.indices![1][0];
  const end = doc.offset + m.index + m[0].length;
  return { type: 'date', ...b.span(start, end), text: doc.text.slice(start, end), date: { year, month, day } };
}

/** A cheap test before IN_WORDS (its lookbehind keeps V8 from looking for its start quickly). */
const MAY_BE_IN_WORDS = /l['’ ] ?an\s/i;

/** Where DAY_MONTH_YEAR_WORDS may start: a line's start, after a sentence's end or a colon, after a heading in capitals. */
const OPENS_SENTENCE = /(?:^[ \t\u00a0]*|[.!?:][ \t\u00a0]*|[A-ZÀ-Þ\d]{2}[ \t\u00a0]+)$/u;
function dayMonthYearWords(text: string): RegExpExecArray | null {
  if (!/(?:^|[^\p{L}])le\s/iu.test(text)) return null;
  DAY_MONTH_YEAR_WORDS.lastIndex = 0;
  for (let k = 0, m = DAY_MONTH_YEAR_WORDS.exec(text); m && k < 8; k++, m = DAY_MONTH_YEAR_WORDS.exec(text)) {
    // (Not « CONVOCATION Le vingt-quatre janvier deux mille vingt-trois Nous, Maire, avons convoqué le Conseil »: the
    // day of the convocation.)
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    // (At a line's start, the hour after the year: « légalement convoqué ↵ le dix mars deux mille vingt-trois, s'est
    // réuni » is the day of the convocation, the line above cut.)
    const hourAfter = /^\s*,?\s+[àa]\s/i.test(m[0].slice(m[0].indexOf(m[3], m[0].indexOf(m[2])) + m[3].length));
    if (OPENS_SENTENCE.test(before) && !/convocation/i.test(before) && (hourAfter || /\S/.test(before))) return m;
  }
  return null;
}

/**
 * « L’an deux mille dix-sept, le conseil de communauté légalement convoqué … s’est réuni le mardi 20 février 2018 »: the
 * opening formula with its year alone in words, then the words of the meeting in the same sentence.
 */
const YEAR_ONLY_IN_WORDS = new RegExp(String.raw`(?<![\p{L}])l(?:['’]\s?|\s)an\s+(${YEAR_WORDS_SOURCE})\s*,\s+(?!le\s+(?:premier|1er|\d|[a-zà-ÿ-]+\s+${MONTH_WORD}))[^.]{0,200}?(?:réuni|reuni|assembl)`, 'iu');
function yearInWords(text: string, offset: number, b: Builder): Seance['yearInWords'] {
  const m = MAY_BE_IN_WORDS.test(text) ? YEAR_ONLY_IN_WORDS.exec(text) : null;
  const year = m ? wordsToNumber(m[1].trim()) : undefined;
  if (!m || year === undefined || year < 1900 || year > 2200) return undefined;
  const start = offset + m.index + m[0].indexOf(m[1], 5);
  return { year, span: b.span(m.index + offset, start + m[1].trimEnd().length) };
}

/** After a date in words, the word that makes it the convocation's: « …, convocation du Conseil … ». */
// (Over a line break too: « …, le dix-neuf novembre,↵convocation du Conseil … ».)
const CONVOCATION_AFTER = /^\s*,?\s*(?:convocation|envoi\s+(?:de\s+la\s+)?convocation)(?![\p{L}])/iu;
/** below: the next line's text, where the words after the date may go on. */
function dateInWords(text: string, offset: number, b: Builder, below?: string): Seance['dateInWords'] {
  const m = MAY_BE_IN_WORDS.test(text) ? IN_WORDS.exec(text) : null;
  const n = m ? null : dayMonthYearWords(text);
  if (!m && !n) return undefined;
  const [yearWords, dayWords, monthWord] = m ? [m[1], m[2], m[3]] : [n![3], n![1], n![2]];
  const year = wordsToNumber(yearWords);
  if (!m && year === undefined) return undefined;
  const day = /^\d/.test(dayWords) ? parseInt(dayWords, 10) : /^premier$/i.test(dayWords.trim()) ? 1 : wordsToNumber(dayWords);
  const month = MONTHS.findIndex((x) => foldFrench(x) === foldFrench(monthWord)) + 1;
  if (!day || !month) return undefined;
  const found = (m ?? n)!;
  const end = m ? found.index + found[0].length : found.index + found[0].indexOf(yearWords) + yearWords.length;
  // (« L’an deux mille quinze, le dix-neuf novembre, convocation du Conseil Municipal pour le mercredi vingt-cinq
  // novembre »: the day the council was convened, not the séance's.)
  const after = text.slice(end, end + 40);
  if (CONVOCATION_AFTER.test(below !== undefined && !/[^\s,]/.test(after) ? `${after}\n${below.slice(0, 40)}` : after)) return undefined;
  return { year, month, day, span: b.span(offset + found.index, offset + end) };
}

// ---------------------------------------------------------------- reports

const REPORT_START = /^\s*(?:Rapport|Délibération|Deliberation|DÉLIBÉRATION|Dossier)\s+n\s*°\s*([\w./-]+)/i;

/** « - Emploi permanent d’adjoint technique (stagiaire) : Délibération n° 2023 039 D (Voir annexe) »: an item of minutes, its title, then the number of its deliberation. */
const ITEM_OPENING_SOURCE = String.raw`^\s*(?:[-–•]|[a-z]\.|\d{1,3}\s*[.)°])\s+\S`;
const NUMBER_AFTER_TITLE_SOURCE = String.raw`\s[:–—-]\s*(?:Délibération|DÉLIBÉRATION|Deliberation)\s+n\s*°\s*([\w./-]+)`;
const REPORT_IN_ITEM = new RegExp(`${ITEM_OPENING_SOURCE}[^\n]{0,200}?${NUMBER_AFTER_TITLE_SOURCE}`, 'u');
/** (« f. Délégation du conseil au maire pour modifier et supprimer les régies ↵ existantes - Délibération n° 2023 _038_D »: so the title wrapped, its number on the next line.) */
const ITEM_OPENING = new RegExp(ITEM_OPENING_SOURCE, 'u');
const NUMBER_AFTER_TITLE = new RegExp(`^[^\n]{0,120}?${NUMBER_AFTER_TITLE_SOURCE}`, 'u');

/** The number that opens a report on a line (the line above given, if any), its figure captured at the match's end. */
function reportNumber(above: string | undefined, line: string): RegExpExecArray | null {
  // (Not « … à partir de la ↵ délibération n°2. », a sentence wrapped before it.)
  const own = above !== undefined && goesOnFromAbove(above, line) ? null : REPORT_START.exec(line) ?? REPORT_IN_ITEM.exec(line);
  return own ?? (above !== undefined && ITEM_OPENING.test(above) && !/n\s*°/.test(above) ? NUMBER_AFTER_TITLE.exec(line) : null);
}

/** How many lines after a vote's line its sentence may go on. */
const VOTE_SENTENCE_LINES = 3;
/** A line that ends a sentence: a full stop not after an initial (« P. »), « ! », « ? ». */
const SENTENCE_ENDS_LINE = /(?:(?<![ \t\u00a0(]\p{Lu})\.|[!?])[ \t\u00a0\r]*$/u;

/** conventionStart: where a convention begins; its articles and annexes belong to no report. */
export function readReports(doc: DocumentNode, b: Builder, conventionStart?: number): Report[] {
  const reports: Report[] = [];
  let current: Report | undefined;
  const open = (l: Line): Report => {
    const r: Report = { span: { offset: l.offset, end: l.end, range: l.range } };
    reports.push(r);
    return r;
  };
  const extend = (r: Report, l: Line) => {
    if (l.end > r.span.end) r.span = b.span(r.span.offset, l.end);
  };
  let lastVote = -1;
  let joined: number | undefined;
  let voteAbove = false;
  let voteSentence = VOTE_SENTENCE_LINES;
  for (const [i, l] of doc.lines.entries()) {
    if ((l.type === 'article' || l.type === 'annex') && conventionStart !== undefined && l.offset >= conventionStart) {
      current = undefined; // the convention and its annexes belong to no report
      continue;
    }
    const m = reportNumber(doc.lines[i - 1]?.text, l.text);
    if (m) {
      const isDelib = !/^\s*(?:Rapport|Dossier)/i.test(l.text);
      const start = l.offset + m.index + m[0].length - m[1].length;
      // « Délibération n° » then « Rapport n° » on the next lines describe one report.
      const r = current && !(isDelib ? current.deliberationNumber : current.number) && !current.vote ? current : open(l);
      if (isDelib) r.deliberationNumber = { text: m[1], span: b.span(start, start + m[1].length) };
      else {
        r.number = m[1].replace(/[.-]$/, '');
        r.numberSpan = b.span(start, start + r.number.length);
        r.title = l.text.slice(m.index + m[0].length).replace(/^\s*[-–—:]\s*/, '').trim() || undefined;
      }
      current = r;
      // (« Délibération n° 2023 040 D (Voir annexe) Le conseil approuve à l’unanimité le ↵ choix … »: its vote may follow
      // on the line.)
      if (!MAY_VOTE.test(l.text.slice(m.index + m[0].length))) continue;
    }
    if (l.type === 'field' && current) {
      if (/^objet$/i.test(l.label) && !current.title) current.title = l.text.slice(l.labelSpan.end - l.offset).trim() || titleBelow(doc.lines, i);
      else if (/^rapporteur/i.test(l.label)) current.rapporteur ??= personAfterLabel(l, b);
      else if (/^commission/i.test(l.label)) current.commission ??= { text: l.text.slice(l.labelSpan.end - l.offset).trim(), span: b.span(l.labelSpan.end, l.end) };
    }
    // A new item of minutes (« 2. Tarifs », « II - Finances », « Point 3 : ») after a vote closes an unnumbered report.
    if (current?.vote && !current.number && !current.deliberationNumber && (l.type === 'heading' || ITEM_START.test(l.text))) current = undefined;
    // A vote statement: it opens a report when none is open, or a new one when the report open has its vote already
    // (minutes list many deliberations, each with its vote, without « Délibération n° » lines).
    // (A line may state two votes: the second is another report's.)
    let statements: VoteStatement[] = [];
    if (hasInlines(l) || l.type === 'list') {
      const read = withVoteBelow(doc, unjoined(l, joined), doc.lines[i + 1]);
      statements = voteStatement(read.line, b, voteAbove);
      joined = read.joined;
    } else joined = undefined;
    // (« Approbation à la majorité : 10 pour (8 + 2 ↵ procurations) et 5 contre »: a sentence of votes goes on below, for
    // a few lines at most; « L. Chapon, P. » at a line's end are initials, not the sentence's end.)
    voteSentence = statements.length > 0 ? 0 : voteSentence + 1;
    voteAbove = voteSentence < VOTE_SENTENCE_LINES && !SENTENCE_ENDS_LINE.test(l.text.slice(-8));
    // « Le Maire ne prend pas part au vote. » just above the result belongs to this vote (looked for once per line: a line
    // flattened from many acts may state hundreds of votes).
    let withdrawal: Line | null | undefined;
    // (The line's text before each statement, from the end of the one before: « … M. X décide de ne pas prendre part au
    // vote. Mme Y ne prend pas part au vote non plus. Le compte rendu est adopté par 15 voix pour … », a flattened act
    // whose every vote is on one line: that sentence is the next vote's.)
    let before = l.offset;
    for (let n = 0; n < statements.length; n++) {
      const st = statements[n];
      if (!current || (current.vote && (n > 0 || (lastVote >= 0 && conflicts(current, st, i - lastVote))))) {
        current = open(l);
        if (withdrawal === undefined) {
          withdrawal = null;
          for (let k = Math.max(0, i - 2); k < i; k++) if (INTERESTED.test(doc.lines[k].text)) withdrawal ??= doc.lines[k];
        }
        if (withdrawal) current.withdrawal = withdrawal;
      }
      const { start, end } = statementBounds(st);
      if (start > before && !current.withdrawal) {
        const said = WITHDRAWS.exec(doc.text.slice(before, start));
        if (said) current.withdrawal = b.span(before + said.index, before + said.index + said[0].length);
      }
      before = Math.max(before, end);
      applyVote(current, st, l, b);
      lastVote = i;
    }
    if (!current) continue;
    extend(current, l);
    readInterested(l, current, b);
  }
  return oneVoteOfExtract(doc, reports, b);
}

/** An extract of the register: its title, or its closing formula. */
const EXTRACT = /(?<![\p{L}])(?:extrait\s+(?:du|des)\s+registres?|pour\s+extrait\s+(?:certifi[ée]e?\s+)?conforme)(?![\p{L}])/iu;

/**
 * « EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS … Suffrages exprimés : 21 Votes : pour : 21 ; contre : 0 ; abstention : 0 …
 * Objet : … le Conseil Municipal décide à l’unanimité : … »: an extract of the register records one deliberation; its
 * counts and its unanimity, stated apart (a box of the head, or the result under the decision), are its one vote. Read
 * so only where the act has those two votes and no other report, the counts agreeing (none against, no abstention).
 */
function oneVoteOfExtract(doc: DocumentNode, reports: Report[], b: Builder): Report[] {
  if (reports.length !== 2 || !reports.every((r) => r.vote)) return reports;
  const counted = reports.find((r) => r.vote!.pour && !r.vote!.unanimity && !r.vote!.majority);
  const unanimous = reports.find((r) => r.vote!.unanimity && !r.vote!.majority && !VOTE_KEYS.some((k) => r.vote![k]));
  if (!counted || !unanimous) return reports;
  const v = counted.vote!;
  if ((v.contre?.value ?? 0) > 0 || (v.abstention?.value ?? 0) > 0) return reports;
  if (counted.number && unanimous.number && counted.number !== unanimous.number) return reports;
  if (counted.deliberationNumber && unanimous.deliberationNumber && counted.deliberationNumber.text !== unanimous.deliberationNumber.text) return reports;
  if (!EXTRACT.test(doc.text.slice(doc.offset, doc.end))) return reports;
  const [first, second] = reports;
  const span = (x: Span, y: Span) => b.span(Math.min(x.offset, y.offset), Math.max(x.end, y.end));
  const merged: Report = { ...first, span: span(first.span, second.span), vote: { ...v, unanimity: unanimous.vote!.unanimity, span: span(v.span, unanimous.vote!.span) } };
  merged.number ??= second.number;
  merged.numberSpan ??= second.numberSpan;
  merged.deliberationNumber ??= second.deliberationNumber;
  merged.title ??= second.title;
  merged.interested ??= second.interested;
  merged.withdrawal ??= second.withdrawal;
  merged.rapporteur ??= second.rapporteur;
  merged.commission ??= second.commission;
  return [merged];
}

/** The start of an item of minutes: « 2. », « 3) », « II - », « Point 4 : », « Question n° 2 ». */
const ITEM_START = /^\s*(?:\d{1,3}\s*[.)°–-]\s+\p{Lu}|[IVX]{1,5}\s*[.)–-]\s+\p{Lu}|(?:Point|Question|Affaire)\s+(?:n\s*°\s*)?\d+)/u;

/** « Objet : » ending its line: the object is the paragraph below it (up to a blank line). */
function titleBelow(lines: Line[], i: number): string | undefined {
  const out: string[] = [];
  for (let j = i + 1; j < lines.length && lines[j].type === 'prose'; j++) out.push(lines[j].text.trim());
  return out.join(' ') || undefined;
}

/** What a line says of a vote: counts (« Pour : 14 », « 25 voix pour, 2 contre », « ONT VOTÉ CONTRE : / »), unanimity, majority. */
interface VoteStatement {
  /** `paired`: the figure written after its word (« Pour : 14 »). */
  counts: { key: (typeof VOTE_KEYS)[number]; value: number; start: number; end: number; names: PersonNode[]; paired?: boolean }[];
  unanimity?: Span;
  majority?: Span;
}

const VOTE_KEYS = ['pour', 'contre', 'abstention', 'nppv'] as const;
/** Which count a word of a vote names. */
function voteKey(word: string): (typeof VOTE_KEYS)[number] | undefined {
  const w = foldFrench(word);
  if (/contre$|^opposition$/.test(w)) return 'contre';
  if (/abstention|abstien|abstenu/.test(w)) return 'abstention';
  if (/pas part|nppv|non[- ]participation|refus de vote|non[- ]votant/.test(w)) return 'nppv';
  if (/pour$|^approbation$/.test(w)) return 'pour';
  return undefined;
}
/** « Pour : 14 », « ONT VOTÉ POUR : 14 », « Contre : / », « Abstention(s) : néant », « NPPV : 1 », « Opposition : 0 Approbation : 30 ». */
// (Not an amount: « Terrains de tennis pour : 111 328,80€ ».)
// (« pour: 0 contre: 0 abstention(s): 0 non votant(s) : 27 », « S’abstient : 0 », « SE SONT ABSTENUS : / ».)
const VOTE_PAIR = /(?<![\p{L}\d])((?:ont\s+vot[ée]e?s?\s+)?(?:pour|contre|abstentions?|abstention\(s\)|opposition|approbation|ne\s+(?:prend|prennent)\s+pas\s+part(?:\s+au\s+vote)?|ne\s+prenant\s+pas\s+part(?:\s+au\s+vote)?|nppv|non[- ]participations?|refus\s+de\s+vote|non[- ]votants?|non[- ]votant\(s\)|s['’]\s?abstien(?:t|nent)|se\s+sont\s+abstenu(?:e|s|es)?))[ \u00a0]*[:=][ \u00a0]*(\d+|\/|-|—|–|n[ée]ant|aucune?)(?![\d\p{L}])(?![ \u00a0]?\d{3}(?!\d)|[,.]\d|[ \u00a0]*€)/giu;
/** « 25 voix pour », « 2 contre », « 1 abstention », « 3 conseillers ne prenant pas part au vote »; not a year (« rentrée
 * 2016/2017 pour les collèges »). */
// (Not « 2 pour la commune de CHATEAUNEUF SUR ISERE : … », « l’agence 06 pour l’étude », a figure before « pour » and an
// article; nor « la Mutualité 82 pour définir un pré-projet », a figure right before « pour » and a verb.)
// (« à 34 voix pour et une voix contre », « Par : DEUX voix POUR - ONZE voix CONTRE et 1 ABSTENTION »: a figure in words
// before « voix ».)
// (« 10 votes pour. 2 Abstentions », « par 20 votes pour : »: « votes » for « voix ».)
// (« à la majorité avec 38 voix pour et une abstention de M. X », « quatre abstentions »: a figure in words right before
// « abstention »; « avec 09 voix Pour, 0 voix Contre et 0 voix d’Abstention ».)
const VOTE_COUNT = new RegExp(String.raw`(?<![\d,./_\p{L}])(?:(\d{1,3})[ \u00a0]+(?:(?:voix|votes?)[ \u00a0]+(?:d['’][ \u00a0]?(?=abstention))?)?|(une?|${NUMBER_WORDS_SOURCE})[ \u00a0]+(?:(?:voix|votes?)[ \u00a0]+(?:d['’][ \u00a0]?(?=abstention))?|(?=abstention)))(pour(?![ \u00a0]+(?:(?:la|le|les|un|une|des|du|chaque|cent|ce|cette|ces|sa|son|ses|leur|leurs)(?![\p{L}])|l['’]))(?!(?<=\d[ \u00a0]{1,3}pour)[ \u00a0]+\p{Ll}+(?:er|ir|re)(?![\p{L}]))|contre|abstentions?|(?:conseillers?[ \u00a0]+)?(?:ne[ \u00a0]+prenant[ \u00a0]+pas[ \u00a0]+part|non[- ]participations?))(?![\p{L}])`, 'giu');
/** What every match of VOTE_PAIR and of KEYED_VOICES holds. */
const HAS_PAIR_MARK = /[:=]/;
const HAS_VOICES = /voix/iu;
const KEYED_VOICES = /(?<![\p{L}\d])(pour|contre|abstentions?)[ \u00a0]+(\d{1,3})[ \u00a0]+voix(?![\p{L}])/giu;
// (Not the figure of a box's label before it: « Exprimés 40 voix Pour 40 voix Contre Abstention », its labels first.)
const VOICES_KEYED = /(?<![\p{L}\d])(?<!(?:exprim[ée]s|repr[ée]sent[ée]s|votants|pr[ée]sents)[ \u00a0]*:?[ \u00a0]*)\d{1,3}[ \u00a0]+voix[ \u00a0]+(?:pour|contre|abstentions?)(?![\p{L}])/iu;
const BARE_VOTE_PAIR = /(?<![\p{L}\d])(pour|contre|abstentions?)[ \u00a0]+(\d{1,3})(?![\d\p{L}])/giu;
const BARE_VOTE_LINE = /^[ \u00a0\t]*(?:[^:\n]{0,60}:[ \u00a0]*)?(?:(?:pour|contre|abstentions?)[ \u00a0]+\d{1,3}[ \u00a0\t,;.–-]*)+$/iu;
/** The counts that open a line made of counts without colons (BARE_VOTE_LINE without its end). */
const BARE_VOTE_START = /^[ \u00a0\t]*(?:[^:\n]{0,60}:[ \u00a0]*)?(?:(?:pour|contre|abstentions?)[ \u00a0]+\d{1,3}[ \u00a0\t,;.–-]*)+/iu;
/** Names and nothing else, each word capitalised, a comma, a blank or « et » between (« Denis DECHOUX », « Anne ROSE et Luc GRIS »). */
const NAMES_ONLY = /^[ \u00a0]*\p{Lu}[\p{L}'’.-]*(?:(?:[ \u00a0]*,[ \u00a0]*|[ \u00a0]+)(?:et[ \u00a0]+)?\p{Lu}[\p{L}'’.-]*)*[ \u00a0.]*$/u;
/** How long the names after counts without colons may be, in characters. */
const NAMES_AFTER_BARE = 120;
/**
 * « Pour 8 ↵ Abstention 1 Denis DECHOUX ↵ Contre 0 »: a line of counts without colons, then the names of those who
 * voted so, and nothing else.
 */
function namedAfterBareVote(text: string): boolean {
  const m = BARE_VOTE_START.exec(text);
  const rest = m ? text.slice(m[0].length) : '';
  return rest.length > 0 && rest.length <= NAMES_AFTER_BARE && NAMES_ONLY.test(rest);
}
/** A line where counts written before their word are those of a vote, not of anything else (« 1 pour 1 000 habitants »). */
const BARE_VOTE_GROUP = /\([ \u00a0]*(?:(?:pour|contre|abstentions?)[ \u00a0]+\d{1,3}[ \u00a0]*[\/;,]?[ \u00a0]*){2,3}\)/i;
const VOTE_CONTEXT = /vot|voix|adopt|approuv|majorit|unanimit|accord|d[ée]lib[ée]r|scrutin|suffrage|rejet|d[ée]cid/i;
/** How far around a count its vote's words may stand, in a long paragraph (an act flattened into one line). */
const LOCAL_VOTE_CONTEXT = 300;
// (« Adopté à Punanimité. »: an OCR's « P » for the elided « l’ » glued to the word.)
// (« Il est approuvé par tous les membres présents à cette séance »: approved by all, the unanimity in other words.)
const UNANIMITY = /(?<![\p{L}])(?:[àa][ \u00a0]+(?:l['’][ \u00a0]?|P)unanimit[ée]|unanimit[ée]|unanimement|(?<=(?:approuv|adopt)[ée]e?s?[ \u00a0]+)par[ \u00a0]+tous[ \u00a0]+les[ \u00a0]+membres[ \u00a0]+présents)(?![\p{L}])/iu;
/** How far from a vote's counts a word of the same vote (« à l’unanimité ») may stand, in characters. */
const VOTE_REACH = 300;
/** The words that open another decision or vote, between a count and a unanimity that is not its. */
// (« … DCM 23.1.56 À l’unanimité Point n°9 Mise à jour du tableau des effectifs DCM 23.1.57 A la majorité avec 32 voix
// pour »: the next item of minutes flattened into the line.)
const ANOTHER_DECISION_SOURCE = String.raw`d[ée]lib[ée]r[ée]|(?<![\p{L}])(?:d[ée]cide(?![\p{L}])|(?:point|question|affaire)[ \u00a0]+n[ \u00a0]*°[ \u00a0]*\d)|(?<![\p{L}\d])\d{1,2}\)[ \u00a0]`;
const ANOTHER_DECISION = new RegExp(String.raw`${ANOTHER_DECISION_SOURCE}|(?<![\p{L}])(?<!(?:au|du)[ \u00a0]+)vote[ \u00a0]*:`, 'iu');
/** Between two words of votes (« à l’unanimité »), those that open another decision: not « vote : », that may give the result again (« … a été élue secrétaire de séance à l’unanimité … Le Conseil Municipal vote : Pour Contre Abstention UNANIMITE »). */
// (« … valident à l’unanimité le fait d’ajouter ces quatre points à l’ordre du jour. M. X propose la validation des
// procès-verbaux … Les membres du conseil valident à l’unanimité ces deux procès-verbaux »: a sentence that makes
// another proposal.)
const ANOTHER_DECISION_BETWEEN_WORDS = new RegExp(String.raw`${ANOTHER_DECISION_SOURCE}|[.!?][ \u00a0]+[^.!?]{0,60}?(?<![\p{L}])propos(?:e|ent)(?![\p{L}])`, 'iu');
// (Not the rule of an election: « l’élection aura lieu à la majorité relative ».)
const MAJORITY = /(?<![\p{L}])[àa][ \u00a0]+la[ \u00a0]+majorit[ée](?![ \u00a0]+(?:absolue|relative))/iu;
const UNANIMITIES = new RegExp(UNANIMITY.source, 'giu');
const MAJORITIES = new RegExp(MAJORITY.source, 'giu');
const CITATION = /^\s*(?:Vu|Considérant|Considerant|Attendu)\b/i;
/** The decision that may follow the citations on their line. */
// (« …, DELIBERE Article unique : … »: the council deliberates.)
const DECISION = new RegExp(String.raw`\b(?:${DELIBERATED_SOURCE}|d[ée]lib[èe]re|d[ée]cide|d[ée]cident)(?![\p{L}])`, 'iu');
const DECISION_AFTER = new RegExp(DECISION.source, 'giu');
/** A commission's opinion: « avis favorable de la commission », « la commission … a émis un avis ». */
const COMMISSION_OPINION = /\bavis\b[^.]{0,80}\bcommission|\bcommission\b[^.]{0,80}\bavis\b/gi;
/** A cheap test before the expressions above. */
const MAY_VOTE = /pour|contre|abst|non[- ]votant|unanim|majorit|pas part|nppv|participation|opposition|approbation|approuv|adopt|voix/i;
/**
 * « Compte rendu de la dernière réunion approuvé par 13 »: the votes for. (Not an election, « est élu, par 11 voix sur
 * 11, Maire »: blank ballots count for no one, so the votes cast are not known.)
 */
// (« … décide par 22 voix de procéder … »: « décide », its voices before what it decides.)
const PASSED_BY = /(?<![\p{L}])(?:(?:approuvée?s?|adoptée?s?)[ \u00a0]*,?[ \u00a0]+par[ \u00a0]+(\d{1,3})(?:[ \u00a0]+voix)?(?=[ \u00a0]*(?:[,.;)]|$))|d[ée]cide[ \u00a0]*,?[ \u00a0]+par[ \u00a0]+(\d{1,3})[ \u00a0]+voix(?=[ \u00a0]*,?[ \u00a0]+(?:de|d['’]|que)[ \u00a0]|[ \u00a0]*[,.;]))/iu;

/** « à l’unanimité des votants (31 voix) », « à l’unanimité des suffrages exprimés (31 voix) ». */
const UNANIMOUS_VOICES = /unanimit[ée](?:[ \u00a0]+des[ \u00a0]+(?:votants|suffrages[ \u00a0]+exprimés|membres[ \u00a0]+présents(?:[ \u00a0]+et[ \u00a0]+représentés)?))?[ \u00a0]*\([ \u00a0]*(\d{1,3})[ \u00a0]+voix[ \u00a0]*\)/iu;

/** Before the first name after a count: « (», « : », a dash, « voix ». */
const BEFORE_NAMED = /^[\s(:–—-]*(?:voix|votes?)?[\s(:–—-]*$/i;
/** Between two names after a count: anything but the end of a sentence or of the parenthesis (« , maire, », « et »). */
const BETWEEN_NAMED = /^[^.!?;)\n]*$/;

/**
 * The names written right after the figure of a vote count (ending at `from`), before `until`, within one sentence or
 * parenthesis.
 */
function namesAfterCount(l: Line, from: number, until: number): PersonNode[] {
  if (!hasInlines(l)) return [];
  const names: PersonNode[] = [];
  let at = from;
  // (The first inline at `from` found by halves: a line flattened from many acts holds hundreds of counts.)
  for (let k = firstAtOrAfter(l.inlines, from); k < l.inlines.length; k++) {
    const n = l.inlines[k];
    if (n.offset >= until) break;
    if (n.type !== 'person') continue;
    if (!(names.length ? BETWEEN_NAMED : BEFORE_NAMED).test(l.text.slice(at - l.offset, n.offset - l.offset))) break;
    names.push(n);
    at = n.end;
  }
  return names;
}

/** A figure (and « voix ») ending a text: at a line's end, a count cut from its word opening the next line; before a vote's word, its count. */
const COUNT_AT_END = new RegExp(String.raw`(?<![\d,./_\p{L}])(?:\d{1,3}|une?|${NUMBER_WORDS_SOURCE})(?:[ \u00a0]+(?:voix|votes?))?[ \t\u00a0\r]*$`, 'iu');
const LABEL_BEFORE_FIGURE = /(?:[:=：°]|(?<![\p{L}])(?:n[o°]\.?|articles?|art\.|pages?|p\.|pour|contre|abstentions?|votants|exprim[ée]s|pr[ée]sents|repr[ée]sent[ée]s|pouvoirs|exercice))[ \t\u00a0]*$/iu;
const VOTE_WORD_START = /^[ \t\u00a0]*(?:(?:voix|votes?)[ \u00a0]+)?(?:pour|contre|abstentions?)(?![\p{L}])/iu;
/** A line's end where the word of a vote waits for its figure below (« … Exprimés 40 voix Pour ↵ 40 voix Contre … »). */
const WORD_AT_END = /(?<![\p{L}])(?:pour|contre|abstentions?)[ \t\u00a0]*[:：]?[ \t\u00a0\r]*$/iu;
const FIGURE_START = /^[ \t\u00a0]*\d{1,3}(?:[ \u00a0]+(?:voix|votes?)(?![\p{L}])|(?=[ \t\u00a0]*(?:[,;.)–—-]|$|(?:pour|contre|abstentions?)(?![\p{L}]))))/iu;

/**
 * A text wrapped at its width between a count of votes and its word: « Secrétaire de Séance à 26 voix pour et 02 ↵
 * abstentions », « … Exprimés 40 voix Pour ↵ 40 voix Contre Abstention ». The line is read with what opens the next one
 * (the line break a blank, so that offsets stay); `joined` is where the next line's own reading starts then.
 */
// (Not « Pour : 12 ↵ Contre : 0 », « Votants 14 ↵ Pour 14 »: a figure after its label, then the next count's label; nor
// « 26 voix pour ↵ 2 contre »: a count whole at the end of the line.)
function withVoteBelow(doc: DocumentNode, l: Line, next: Line | undefined): { line: Line; joined?: number } {
  if (!next || next.type === 'blank') return { line: l };
  const tail = l.text.slice(-40);
  let end: number | undefined;
  const count = COUNT_AT_END.exec(tail);
  if (count && !LABEL_BEFORE_FIGURE.test(tail.slice(0, count.index))) {
    const word = VOTE_WORD_START.exec(next.text);
    if (word && !/^[ \t\u00a0]*(?:[:=：]|\d)/.test(next.text.slice(word[0].length))) end = next.offset + word[0].length;
  } else {
    // (A figure right before the word is its count, « 26 voix pour ↵ 2 contre », unless a label's: « Exprimés 40 voix Pour ».)
    const word = WORD_AT_END.exec(tail);
    const before = word && COUNT_AT_END.exec(tail.slice(0, word.index));
    const figure = word && (!before || LABEL_BEFORE_FIGURE.test(tail.slice(0, before.index))) ? FIGURE_START.exec(next.text) : null;
    if (figure) end = next.offset + figure[0].length;
  }
  if (end === undefined) return { line: l };
  const text = doc.text.slice(l.offset, end).replace(/[\r\n]/g, ' ');
  return { line: { ...l, text, end: l.offset + text.length }, joined: end };
}

/** A line whose start was read with the line above (withVoteBelow): the rest of it. */
function unjoined(l: Line, joined: number | undefined): Line {
  if (joined === undefined || joined <= l.offset) return l;
  return { ...l, offset: joined, text: l.text.slice(joined - l.offset) };
}

function voteStatement(l: Line, b: Builder, voteAbove = false): VoteStatement[] {
  if (!MAY_VOTE.test(l.text)) return [];
  // The citations (« Considérant l'avis de la commission (Pour : 6 ; Contre : 0) ») are not the vote of the act; the
  // decision may close the citation's line all the same (« Vu les articles …, le Conseil Municipal, après en avoir
  // délibéré, à l’unanimité, », « CONSIDERANT qu’aucune remarque n’a été émise …, décide à l’unanimité d’adopter … »).
  let from = 0;
  if (CITATION.test(l.text)) {
    const decision = DECISION.exec(l.text);
    if (!decision) return [];
    from = decision.index;
  }
  // (A commission's opinion, « avis favorable de la commission (Pour : 6) », is not the act's vote; the decision after
  // it on the line may be: « … Vu l’avis de la commission de préparation …, DELIBERE … adoptée par : 46 voix Pour ».)
  // What comes before the opinion's sentence is read apart: in an act flattened into one line, the votes of the
  // decisions before it (« … Après en avoir délibéré, A l’unanimité des suffrages exprimés Le Conseil Municipal, >
  // ADOPTE le procès-verbal … Vu l’avis favorable de la commission Finances … »).
  const out: VoteStatement[] = [];
  let decisionAt = -1;
  COMMISSION_OPINION.lastIndex = from;
  for (let m = COMMISSION_OPINION.exec(l.text); m; m = COMMISSION_OPINION.exec(l.text)) {
    const sentence = sentenceStartBefore(l.text, m.index, from);
    if (sentence > from) out.push(...statementsIn(l, from, sentence, b, voteAbove && from === 0));
    // The decision after the opinion (searched again only past the one found, so that a line is read once).
    const after = m.index + m[0].length;
    if (decisionAt < after) {
      DECISION_AFTER.lastIndex = after;
      decisionAt = DECISION_AFTER.exec(l.text)?.index ?? Infinity;
    }
    from = Math.min(decisionAt, l.text.length);
    COMMISSION_OPINION.lastIndex = from;
  }
  if (from < l.text.length) out.push(...statementsIn(l, from, l.text.length, b, voteAbove && from === 0));
  return out;
}

/** How far before a commission's opinion the start of its sentence is looked for, in characters. */
const SENTENCE_REACH = 200;
/** Where the sentence that holds `at` starts: after the last full stop or semicolon before it, within SENTENCE_REACH (else that far back), never before `from`. */
function sentenceStartBefore(text: string, at: number, from: number): number {
  const start = Math.max(from, at - SENTENCE_REACH);
  const before = text.slice(start, at);
  const end = Math.max(before.lastIndexOf('. '), before.lastIndexOf('; '));
  return end >= 0 ? start + end + 1 : start;
}

/** The votes stated in the part [from, to) of a line. */
/** voteAbove: the line goes on with a sentence of votes from the line above. */
function statementsIn(l: Line, from: number, to: number, b: Builder, voteAbove = false): VoteStatement[] {
  const text = from || to < l.text.length ? l.text.slice(from, to) : l.text;
  const offset = l.offset + from;
  const counts: VoteStatement['counts'] = [];
  // (VOTE_PAIR's figure follows a colon or an equals sign: a line without one is not searched.)
  // (Not « Votes pour : Votes contre : Abstentions : 41 0 0 »: the headers of a box, then its figures in a row; which
  // figure is whose is not read.)
  let pairs = HAS_PAIR_MARK.test(text) && !VOTE_BOX_HEADERS.test(text) ? matchesOf(text, VOTE_PAIR) : [];
  // « DÉLIBÉRATION APPROUVÉE : Pour 86 », « Contre 0 Abstentions 5 »: without colons, only on a line made of nothing
  // else (after a label at most), so that « pour 3 ans » in a sentence is no vote.
  if (pairs.length === 0 && (BARE_VOTE_LINE.test(text) || namedAfterBareVote(text))) pairs = matchesOf(text, BARE_VOTE_PAIR);
  // « Pour 13 voix Contre 0 voix Abstentions 0 voix »: the word, its figure, « voix » — when the line starts so, not
  // « par 7 voix POUR 0 voix CONTRE 1 ABSTENTION » (the figure, « voix », the word).
  if (pairs.length === 0) {
    const keyFirst = HAS_VOICES.test(text) ? KEYED_VOICES.exec(text) : null;
    KEYED_VOICES.lastIndex = 0;
    const figureFirst = keyFirst && VOICES_KEYED.exec(text);
    if (keyFirst && !(figureFirst && figureFirst.index < keyFirst.index)) pairs = matchesOf(text, KEYED_VOICES);
  }
  // « … qui ont pris part à la délibération : 11 (Pour 31/Abstention 0 /Contre 0) »: so within parentheses that hold
  // nothing else, two counts at least.
  if (pairs.length === 0) {
    const group = BARE_VOTE_GROUP.exec(text);
    if (group) pairs = matchesOf(text, BARE_VOTE_PAIR).filter((m) => m.index! > group.index && m.index! < group.index + group[0].length);
  }
  pairs.forEach((m, i) => {
    const key = voteKey(m[1]);
    if (!key) return;
    const value = /^\d+$/.test(m[2]) ? Number(m[2]) : 0;
    // (The figure after the word: at the pair's end, or before « voix », « Pour 40 voix ».)
    const start = offset + m.index! + m[0].indexOf(m[2], m[1].length);
    const until = i + 1 < pairs.length ? offset + pairs[i + 1].index! : l.offset + to;
    // The names written right after a count (« Contre : 1 (M. X) », « Abstention : 1 - Mme Y ») belong to it, up to the
    // next count or the end of the sentence (not « Abstentions : 0 Conformément aux dispositions … » in a flattened act).
    const names = namesAfterCount(l, start + m[2].length, until);
    counts.push({ key, value, start, end: start + m[2].length, names, paired: true });
  });
  if (voteAbove || VOTE_CONTEXT.test(text) || /^\s*\d+\s+(?:voix\s+)?pour\b/i.test(text)) {
    const paired = counts.length;
    let p = 0;
    for (const m of matchesOf(text, VOTE_COUNT)) {
      const key = voteKey(m[3]);
      const value = m[1] !== undefined ? Number(m[1]) : /^une?$/i.test(m[2]) ? 1 : wordsToNumber(foldFrench(m[2]).replace(/-/g, ' '));
      // (Not « Pour : 28 Contre : Abstention : »: the figure of a pair read already, before the next label.)
      const at = offset + m.index!;
      while (p < paired && counts[p].end <= at) p++;
      if (!key || value === undefined || insideCount(text, m.index!) || (p < paired && counts[p].start <= at)) continue;
      // (Not « la Société BUREAU 60 pour 15 087,60 € TTC », « 1 animateur … et pour la piscine 1 pour 6 enfants »: a figure,
      // « pour » and another figure that no vote's word follows, a ratio or a price; nor, for a figure and its word alone,
      // far from any word of a vote, in an act flattened into one paragraph.)
      const rest = text.slice(m.index! + m[0].length, m.index! + m[0].length + 40);
      // (Nor « Présents : 10 Abstentions :↵0 »: the word is the label of the figure after its colon, the figure before it
      // another field's; not « 6 abstentions : Mme X, M. Y », the names after it.)
      if (/^[ \u00a0]*[:：][ \u00a0\t\r]*\d/.test(rest) || (/^[ \u00a0]*[:：][ \u00a0\t\r]*$/.test(rest) && /[:：][ \u00a0]*$/.test(text.slice(Math.max(0, m.index! - 4), m.index!)))) continue;
      if (key === 'pour' && /^[ \u00a0]+\d/.test(rest) && !/^[ \u00a0]+\d{1,3}[ \u00a0]*(?:voix|votes?|contre|abstentions?|ne[ \u00a0]+prenant)(?![\p{L}])/iu.test(rest)) continue;
      if (!/voix|vote/i.test(m[0]) && text.length > LOCAL_VOTE_CONTEXT && !VOTE_CONTEXT.test(text.slice(Math.max(0, m.index! - LOCAL_VOTE_CONTEXT), m.index! + m[0].length + LOCAL_VOTE_CONTEXT))) continue;
      counts.push({ key, value, start: at, end: at + m[0].length, names: [] });
    }
  }
  for (const m of matchesOf(text, NAMED_ABSTAINING)) {
    const named = abstainersBefore(text, offset, m.index!, b);
    const end = offset + m.index! + m[0].length;
    if (named.length && (named.length === 1 || /nent$/i.test(m[0]))) counts.push({ key: 'abstention', value: named.length, start: named[0].offset, end, names: named });
  }
  // « A L'UNANIMITE des votants (31 voix), 8 abstentions »: the votes for, in parentheses after the unanimity.
  if (!counts.some((c) => c.key === 'pour')) {
    const voices = UNANIMOUS_VOICES.exec(text);
    if (voices) {
      const start = offset + voices.index + voices[0].lastIndexOf(voices[1]);
      counts.push({ key: 'pour', value: Number(voices[1]), start, end: start + voices[1].length, names: [] });
    }
  }
  if (counts.length === 0) {
    const passed = PASSED_BY.exec(text);
    if (passed) {
      const figure = passed[1] ?? passed[2];
      const start = offset + passed.index + passed[0].indexOf(figure, passed[0].search(/par/i));
      counts.push({ key: 'pour', value: Number(figure), start, end: start + figure.length, names: [] });
    }
  }
  // (In a paragraph that holds several votes, an act flattened into one line: « Par 13 voix POUR – 1 ABSTENTION … Le
  // Conseil Municipal après en avoir délibéré, Par 13 voix POUR – 1 voix CONTRE »: the counts of one vote stand together;
  // those after a gap or the words of another decision are another vote's.)
  counts.sort((x, y) => x.start - y.start);
  const apartFrom = (end: number, at: number) => at - end > VOTE_REACH || ANOTHER_DECISION.test(l.text.slice(end - l.offset, at - l.offset));
  const statements: VoteStatement[] = [];
  let group: VoteStatement | undefined;
  let lastEnd = 0;
  for (const c of counts) {
    // A count given again (« Pour : 59 Adopté à l’unanimité Manifestation sportive … Pour : 52 Contre : 7 ») is another
    // vote's.
    const same = group?.counts.find((x) => x.key === c.key);
    if (!group || (same && same.paired === c.paired) || apartFrom(lastEnd, c.start)) statements.push((group = { counts: [] }));
    lastEnd = c.end;
    // (A count after its word, « Pour : 15 », over one before it: not « Votants : 15 Contre : 0 Majorité : 8 Pour : 15 »
    // read as 15 against and 8 for.)
    const k = group.counts.findIndex((x) => x.key === c.key);
    if (k < 0) group.counts.push(c);
    else if (c.paired) group.counts[k] = c;
  }
  for (const st of statements) st.counts.sort((x, y) => x.start - y.start);
  // The words of a vote (« à l’unanimité », « à la majorité ») belong to the counts they stand by: before the first or
  // after the last, near and with no other decision opening between (not « Vote : Pour : 14 Contre : 1, M. X 2.
  // Approbation … Vote : Pour à l’unanimité », « Par 13 voix POUR – 1 voix CONTRE ACCEPTE les tarifs … 2) Il propose …
  // Le Conseil Municipal après en avoir délibéré, à l’unanimité »). Else they are another vote, stated on the same line
  // (« … Pour 13 voix Contre 0 voix Abstentions 0 voix … ce procès-verbal est approuvé à l’unanimité. »), the same as
  // the words near them.
  const words: { kind: 'unanimity' | 'majority'; start: number; end: number }[] = [];
  for (const m of matchesOf(text, UNANIMITIES)) words.push({ kind: 'unanimity', start: offset + m.index!, end: offset + m.index! + m[0].length });
  for (const m of matchesOf(text, MAJORITIES)) words.push({ kind: 'majority', start: offset + m.index!, end: offset + m.index! + m[0].length });
  words.sort((x, y) => x.start - y.start);
  const grouped = statements.length;
  let g = 0;
  let alone: VoteStatement | undefined;
  let aloneEnd = 0;
  for (const w of words) {
    while (g < grouped && statements[g].counts[0].start < w.start) g++;
    // The counts before the word (their last figure) and after it (their first).
    const before = g > 0 ? statements[g - 1] : undefined;
    const after = g < grouped ? statements[g] : undefined;
    // (A word said again near the same counts is the same vote's: « à l’unanimité, … Pour : 12 … adopté à l’unanimité ».)
    const beforeEnd = before ? before.counts[before.counts.length - 1].end : 0;
    let target = before && (!apartFrom(beforeEnd, w.start) || decidedAfterCounts(l, before, beforeEnd, w)) ? before : after && !apartFrom(w.end, after.counts[0].start) && !againstAfterSentence(l, w, after) ? after : undefined;
    if (!target) {
      if (!alone || w.start - aloneEnd > VOTE_REACH || ANOTHER_DECISION_BETWEEN_WORDS.test(l.text.slice(aloneEnd - l.offset, w.start - l.offset))) statements.push((alone = { counts: [] }));
      aloneEnd = w.end;
      target = alone;
    }
    target[w.kind] ??= b.span(w.start, w.end);
  }
  return statements.sort((x, y) => statementStart(x) - statementStart(y));
}

/**
 * « … approuve à l’unanimité la création d’un emploi (stagiaire). - Emploi permanent … Délibération : 4 Abstention 7
 * Contre 0 Pour »: votes against after the sentence that said unanimity ends are another vote's (the lines of minutes
 * flattened into one; as conflicts() says of them on lines apart).
 */
function againstAfterSentence(l: Line, w: { kind: 'unanimity' | 'majority'; end: number }, st: VoteStatement): boolean {
  return w.kind === 'unanimity' && votesAgainst(st) && SENTENCE_BETWEEN.test(l.text.slice(w.end - l.offset, st.counts[0].start - l.offset));
}
/** Whether a statement counts votes against. */
const votesAgainst = (st: VoteStatement) => st.counts.some((c) => c.key === 'contre' && c.value > 0);
const SENTENCE_BETWEEN = /[.!?][ \u00a0]+(?:[-–—•][ \u00a0]+)?\p{Lu}/u;

/**
 * « Pour : 28 Contre : 0 Abstention : 0 Vu le Code Général des Collectivités Territoriales, Après en avoir délibéré, en
 * l’absence de remarque, et à l’unanimité des délégués votants, le conseil approuve … »: the counts, then the citations
 * and the formula of the decision they are the vote of, in one sentence, its unanimity in it (counts that agree: none
 * against, no abstention).
 */
function decidedAfterCounts(l: Line, st: VoteStatement, end: number, w: { kind: 'unanimity' | 'majority'; start: number }): boolean {
  if (w.kind !== 'unanimity' || w.start - end > VOTE_REACH) return false;
  if (st.counts.some((c) => (c.key === 'contre' || c.key === 'abstention') && c.value > 0)) return false;
  return DELIBERATED_AFTER_COUNTS.test(l.text.slice(end - l.offset, w.start - l.offset));
}
/** Between counts and the unanimity of the decision after them: citations (each up to its comma), then « après en avoir délibéré », no sentence's end. */
const DELIBERATED_AFTER_COUNTS = new RegExp(String.raw`^[ \u00a0]*(?:(?:vu|consid[ée]rant)[ \u00a0][^.;:,]*,[ \u00a0]*)*${DELIBERATED_SOURCE}[^.;:]*$`, 'iu');

/** Where a statement's first word or figure stands. */
function statementStart(st: VoteStatement): number {
  return Math.min(st.counts[0]?.start ?? Infinity, st.unanimity?.offset ?? Infinity, st.majority?.offset ?? Infinity);
}

/** « Monsieur X s’abstient », « … à l’exception de M. X et Mme Y qui s’abstiennent » (not the label « S’abstient : 0 »). */
const NAMED_ABSTAINING = /(?<![\p{L}])s['’][ \u00a0]?abstien(?:t|nent)(?![\p{L}])(?![ \u00a0]*:)/giu;
/** How far before « s’abstient » those who abstain may be named, in characters. */
const ABSTAINERS_REACH = 160;
/** Between the last name and « s’abstiennent »: « qui », a comma. */
const BEFORE_ABSTAINING = /^[ \u00a0,]*(?:qui[ \u00a0]+)?$/iu;
/**
 * The persons named right before « s’abstient » (ending at `at` in `text`), one after the other (« M. X, Mme Y et M. Z »),
 * within the clause.
 */
function abstainersBefore(text: string, offset: number, at: number, b: Builder): PersonNode[] {
  const from = Math.max(0, at - ABSTAINERS_REACH);
  const window = text.slice(from, at);
  const clause = Math.max(window.lastIndexOf('. '), window.lastIndexOf(';'), window.lastIndexOf(':')) + 1;
  const found = b.mentionsIn(window.slice(clause), offset + from + clause);
  const out: PersonNode[] = [];
  let until = offset + at;
  for (let k = found.length - 1; k >= 0; k--) {
    const gap = text.slice(found[k].end - offset, until - offset);
    if (!(out.length ? BETWEEN_LISTED : BEFORE_ABSTAINING).test(gap)) break;
    out.unshift(found[k].person);
    until = found[k].person.offset;
  }
  return out;
}
/** Between two names listed: commas, « et ». */
const BETWEEN_LISTED = /^[ \u00a0]*(?:,|et)?[ \u00a0]*(?:et[ \u00a0]+)?$/iu;

/** « (8 + 2 procurations) »: figures inside the parentheses that detail a count are not counts of their own. */
function insideCount(text: string, at: number): boolean {
  // Looked for in the few characters around the figure only: a long line must not be searched again per figure.
  const before = text.slice(Math.max(0, at - 40), at);
  const open = before.lastIndexOf('(');
  return open >= 0 && before.indexOf(')', open) < 0 && /\+/.test(before.slice(open) + text.slice(at, at + 12));
}

/**
 * Whether a statement belongs to another vote than the one the report has: a count given again, unanimity after a
 * result; or, in minutes without numbered deliberations, a vote stated far below the last one.
 */
function conflicts(r: Report, st: VoteStatement, linesAfter: number): boolean {
  const v = r.vote!;
  if (st.counts.some((c) => v[c.key])) return true;
  // (« Le conseil approuve à l’unanimité la création d’un emploi … ↵ - Emploi permanent … ↵ Délibération : 4 Abstention 7
  // Contre 0 Pour »: votes against, lines below a vote that was a unanimity only, are another vote's, numbered or not;
  // counts that agree with it may restate it, « … DECIDE à l’unanimité … ↵ Pour 9 ↵ Abstention 0 ↵ Contre 0 ».)
  if (v.unanimity && !VOTE_KEYS.some((k) => v[k]) && linesAfter > 1 && votesAgainst(st)) return true;
  // (« … Budget principal Ville à l’unanimité DECIDE de procéder par un vote↵unique, … à La majorité 38 votes pour, … 11
  // votes contre »: words of a majority on a line after a unanimity are another vote's, a line wrapped between them.)
  if (v.unanimity && !v.majority && st.majority && linesAfter >= 1) return true;
  // A numbered deliberation may say « à l'unanimité » twice; minutes without numbers start a new vote.
  if (r.number || r.deliberationNumber) return false;
  // (« Pour : 46 ↵ Contre : 7 ↵ Adopté à l’unanimité »: on the line right after the counts, the same vote's words; a
  // mistake the checks tell.)
  if (st.unanimity && (v.unanimity || (v.pour && (linesAfter > 1 || st.counts.length > 0)))) return true;
  return linesAfter > 3 && (st.counts.length > 0 || !!st.unanimity);
}

function applyVote(r: Report, st: VoteStatement, l: Line, b: Builder) {
  const v = (r.vote ??= { span: { offset: l.offset, end: l.end, range: l.range } });
  for (const c of st.counts) {
    if (v[c.key]) continue;
    v[c.key] = { value: c.value, span: b.span(c.start, c.end), names: c.names } satisfies VoteCount;
  }
  if (st.unanimity) v.unanimity ??= st.unanimity;
  if (st.majority) v.majority ??= st.majority;
  v.span = b.span(Math.min(v.span.offset, l.offset), Math.max(v.span.end, l.end));
}

/** Where a statement of votes is written. */
function statementBounds(st: VoteStatement): { start: number; end: number } {
  let start = Infinity;
  let end = -Infinity;
  for (const x of [...st.counts, ...(st.unanimity ? [st.unanimity] : []), ...(st.majority ? [st.majority] : [])]) {
    const from = 'offset' in x ? x.offset : x.start;
    start = Math.min(start, from);
    end = Math.max(end, x.end);
  }
  return { start, end };
}

/** A member who does not vote, said in a sentence (« Le Maire ne prend pas part au vote », « M. X décide de ne pas prendre part au vote », « se retire »). */
const WITHDRAWS = /ne (?:prend|prennent) pas part (?:au vote|aux débats)|ne pas prendre part (?:au vote|aux débats)|ne participe(?:nt)? pas (?:au vote|aux débats)|se retire(?:nt)?\b|quitte(?:nt)? la salle/i;

/** So, or a member said interested in the matter. */
const INTERESTED = new RegExp(`intéressée?s?|${WITHDRAWS.source}`, 'i');

const LEAVE = /ne participe(?:nt)? pas aux débats|quitte(?:nt)? la salle|se retire(?:nt)?\b/i;

/** The end of a sentence: a full stop (not that of a civility or initials: « M. », « Mme. », « J. », « JL. ») before a capital. */
const SENTENCE_END = /(?<!(?:^|[^\p{L}])(?:M|MM|Mme|Mmes|Mlle|Mr|Mrs|St|Ste|\p{Lu}(?:-?\p{Lu}){0,2}))[.!?](?=[ \u00a0\t]+\p{Lu})/gu;

/** The bounds of the sentence of `text` that holds `at`, and the end of the sentence after it. */
function sentenceAround(text: string, at: number): { start: number; end: number; nextEnd: number } {
  let start = 0;
  const ends: number[] = [];
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    if (m.index < at) start = m.index + 1;
    else { ends.push(m.index + 1); if (ends.length === 2) break; }
  }
  return { start, end: ends[0] ?? text.length, nextEnd: ends[1] ?? text.length };
}

function readInterested(l: Line, r: Report, b: Builder) {
  if (l.type === 'field' || !hasInlines(l)) return;
  const found = INTERESTED.exec(l.text);
  if (!found) return;
  if (/^\s*(?:pour|contre|abstention)/i.test(l.text)) return;
  // Only the sentence that says it (a flattened act is one line: « … Mme X, intéressée, quitte la salle. … »).
  const { start, end, nextEnd } = sentenceAround(l.text, found.index);
  const sentence = l.text.slice(start, end);
  // Someone does not take part (« Le Maire ne prend pas part au vote »), named or not.
  r.withdrawal ??= b.span(l.offset + start, l.offset + end);
  const persons: Interested['persons'] = [];
  for (const { person, end: after } of b.mentionsIn(sentence, l.offset + start)) {
    const count = /^\s*\((\d+)\)/.exec(l.text.slice(after - l.offset, end));
    persons.push({ person, proxies: count ? Math.max(0, Number(count[1]) - 1) : 0, written: !!count });
  }
  if (persons.length === 0) return;
  // (« Mme X et M. Y, intéressés. Ils quittent la salle. »: the next sentence may say that they leave.)
  r.interested = { span: b.span(l.offset + start, l.offset + end), persons, leave: LEAVE.test(l.text.slice(start, nextEnd)) };
}

