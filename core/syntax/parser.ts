// The parser: a chevrotain parser over the lexer's tokens, line by line, with error recovery. Its embedded
// actions hand the tokens of each line to the builders below, which make the typed nodes of tree.ts.
// Grouping lines into tables, articles and annexes is done afterwards by structure.ts.
import { EmbeddedActionsParser, type IToken } from 'chevrotain';
import * as T from './lexer';
import { parseAmount, parsePercent, scanAmounts } from '../text/amounts';
import { parseDate, TIME_SOURCE } from '../text/dates';
import { LineIndex } from './positions';
import type { CommuneLexicon } from './names';
import { aloneLabel, BODY_WORD, COUNT_BOX, FUNCTION_OPENS_SENTENCE, groupLine, labelsIn, lineLead, listRole, looksLikeNames, namesText, namesThenCutVerb, pointsOpening, FUNCTION_CUT, FUNCTION_END_LINE, pointTimeBelow, POLITICAL_GROUP_AT_END, PRESIDED_LABEL, proxyVerbCut, readNames, TIME_END, goesOnBelow } from './names';
import type {
  Inline, Line, ListLine, PersonNode, ReferenceNode, Cell, AmountNode, PercentNode, Span, MarkNode,
} from './tree';
import { goesOnFromAbove } from './tree';

/** Offset just past a token (the lexer tracks start offsets only, which is faster). */
function endOf(t: IToken): number {
  return t.startOffset + t.image.length;
}

type LineKind = 'blank' | 'list' | 'row' | 'plain';
interface RawLine { kind: LineKind; lead?: IToken; tokens: IToken[]; start: number }

const LEADS = [T.Comment, T.ArticleHead, T.AnnexHead, T.Bullet, T.HeadingNum, T.FieldLabel];
class LineParser extends EmbeddedActionsParser {
  constructor() {
    super(T.allTokens, { recoveryEnabled: true, maxLookahead: 1, skipValidations: true });
    this.performSelfAnalysis();
  }

  public document = this.RULE('document', () => {
    const lines: RawLine[] = [];
    this.MANY(() => {
      const l = this.SUBRULE(this.line);
      this.ACTION(() => lines.push(l));
    });
    return lines;
  });

  private line = this.RULE('line', (): RawLine => {
    const tokens: IToken[] = [];
    let lead: IToken | undefined;
    let kind: LineKind = 'plain';
    let start = -1;
    this.OR([
      { ALT: () => { const t = this.CONSUME(T.Newline); this.ACTION(() => { kind = 'blank'; start = t.startOffset; }); } },
      {
        ALT: () => {
          lead = this.CONSUME(T.ListLabel);
          this.ACTION(() => { kind = 'list'; });
          this.MANY(() => { const t = this.CONSUME(T.ListCat); this.ACTION(() => tokens.push(t)); });
          this.OPTION(() => this.CONSUME(T.LineEnd));
        },
      },
      {
        ALT: () => {
          lead = this.CONSUME(T.RowLead);
          this.ACTION(() => { kind = 'row'; });
          this.MANY2(() => { const t = this.CONSUME(T.CellCat); this.ACTION(() => tokens.push(t)); });
          this.OPTION2(() => this.CONSUME2(T.LineEnd));
        },
      },
      {
        ALT: () => {
          this.OR2([
            { ALT: () => { this.OR3(LEADS.map((t) => ({ ALT: () => { lead = this.CONSUME(t); } }))); this.MANY3(() => { const t = this.CONSUME(T.InlineCat); this.ACTION(() => tokens.push(t)); }); } },
            { ALT: () => { this.AT_LEAST_ONE(() => { const t = this.CONSUME2(T.InlineCat); this.ACTION(() => tokens.push(t)); }); } },
          ]);
          this.OPTION3(() => this.CONSUME2(T.Newline));
        },
      },
    ]);
    return this.ACTION(() => ({ kind, lead, tokens, start: start >= 0 ? start : (lead ?? tokens[0]).startOffset }));
  });
}

let parserInstance: LineParser | undefined;
export function lineParser(): LineParser {
  return (parserInstance ??= new LineParser());
}

export interface ParseOutput {
  lines: Line[];
  lexErrors: { offset: number; length: number; message: string }[];
  parseErrors: { offset: number; message: string }[];
}

/**
 * Lexes and parses the text into lines with their inline elements: the whole text, or only its lines first..last
 * (a range of whole lines: the acts of a register read again after an edit), their offsets and positions those of
 * the whole text.
 */
export function parseLines(text: string, index: LineIndex, first = 0, last = index.lineCount - 1, communes?: CommuneLexicon): ParseOutput {
  const from = index.lineStart(first);
  const to = last + 1 < index.lineCount ? index.lineStart(last + 1) : text.length;
  const whole = from === 0 && to === text.length;
  const lex = T.tokenize(whole ? text : text.slice(from, to));
  if (!whole) {
    // Tokens of the slice, moved to their offsets in the whole text (positions are tracked as offsets only).
    for (const t of lex.tokens) {
      t.startOffset += from;
      if (t.endOffset !== undefined) t.endOffset += from;
    }
    for (const e of lex.errors) e.offset += from;
  }
  const p = lineParser();
  p.input = lex.tokens;
  const raw = p.document() ?? [];
  const parseErrors = p.errors.map((e) => ({ offset: Number.isFinite(e.token.startOffset) ? e.token.startOffset : to, message: e.message }));
  const b = new Builder(text, index, from, to, communes);
  // One node per physical line: lines the parser did not see (blank lines after a list or a row) are blank.
  const lines: Line[] = [];
  let next = first;
  for (const r of raw) {
    const lineNo = index.lineOf(r.start);
    while (next < lineNo) lines.push(b.blank(next++));
    if (next > lineNo) continue; // recovery produced a second node for a line already built
    lines.push(b.build(r, lineNo));
    next = lineNo + 1;
  }
  while (next <= last) lines.push(b.blank(next++));
  continueLists(text, lines, b);
  return { lines, lexErrors: lex.errors, parseErrors };
}

/** A line that may go on a list: prose or a bullet, or a field that is a commune label (« Besançon : M. X »). */
// (Whole words: « Contrexéville : Mme X » is a commune label, not « Contre : ».)
const KNOWN_LABELS = /(?<![\p{L}])(?:secrétaire|rapporteur|objet|présiden\p{L}*|commission|date|nombre|votants|présents|absents|excusés|représentés|pouvoirs|mandants?|mandataires?|séance|contre|abstentions?|votes?|délibérations?|rapports?)(?![\p{L}])|pour$/iu;

/** A member numbered in a list: « 1. Monsieur Vincent NOIR », « 12) Mme X ». */
const NUMBERED_MEMBER = /^[ \u00a0\t]*\d{1,3}[.)][ \u00a0]+(?:M\.|Mme|Mlle|Monsieur|Madame)[ \u00a0]+\p{Lu}/u;
function mayContinue(l: Line | undefined): boolean {
  if (!l) return false;
  // « P. BANIEL, M. BAQUÉ » starts like a heading « A. »: an initial; « 1. Monsieur Vincent NOIR 16. Madame … », a
  // numbered entry.
  if (l.type === 'heading') return /^[A-Z]\.$/.test(l.number) || (/^\d{1,3}\.?$/.test(l.number) && NUMBERED_MEMBER.test(l.text));
  if (l.type !== 'prose' && l.type !== 'bullet' && l.type !== 'field') return false;
  return !(l.type === 'field' && KNOWN_LABELS.test(l.label));
}

/**
 * The last line of a list that starts at line i and goes on over the lines below that are nothing but names (one
 * blank line between them allowed: « Membres présents : », a blank line, the names); i when it goes on over none.
 */
/** A commune in capitals alone on its line (« ARRADON », « ILE D’ARZ », « LE BONO »). */
const CAPS_COMMUNE_LINE = /^[ \u00a0]*[A-ZÀ-Þ][A-ZÀ-Þ'’-]*(?:[ \u00a0][A-ZÀ-Þ][A-ZÀ-Þ'’-]*){0,5}[ \u00a0]*$/u;
const COLON_LINE = /^[ \u00a0]*:[ \u00a0]*$/;

/**
 * A table flattened column by column below line i (« Etaient présents : ↵ ARRADON ↵ BADEN ↵ … ↵ : ↵ : ↵ … ↵ Dominique
 * MOURIER – Yves MAHEVAS ↵ … »): n ≥ 2 communes in capitals a line each, then n lines holding a colon alone, then the
 * names. The lines of the communes and the line where the names start; undefined for any other layout.
 */
export function columnTableBelow(text: string, lines: Line[], i: number): { communes: number[]; names: number } | undefined {
  const lineText = (k: number) => text.slice(lines[k].offset, lines[k].end);
  let j = i + 1;
  const communes: number[] = [];
  while (j < lines.length && communes.length < 200 && lines[j].type !== 'blank' && CAPS_COMMUNE_LINE.test(lineText(j))) communes.push(j++);
  if (communes.length < 2) return undefined;
  let colons = 0;
  while (j < lines.length && colons < communes.length && COLON_LINE.test(lineText(j))) { colons++; j++; }
  return colons === communes.length && j < lines.length ? { communes, names: j } : undefined;
}

/** A line that holds only a dash or a bullet. */
const LONE_MARK = /^[ \t\u00a0]*[-–—•·*][ \t\u00a0\r]*$/;
export function listLastLine(text: string, lines: Line[], i: number): number {
  // (Its pairs are read apart: roll.ts.)
  if (columnTableBelow(text, lines, i)) return i;
  // « Absents : // », « Absents : néant »: the label says there is no one; the line below is not its list.
  if (NOBODY_AFTER_LABEL.test(text.slice(lines[i].offset, lines[i].end))) return i;
  let last = i;
  // Parentheses left open at the end of the lines read (« Madame Joëlle HOURS (de↵l’ouverture de la séance à la
  // délibération n°9 et de la délibération↵n°11 à la fin de la séance), … »): the lines below that close them are the
  // list's, whatever their words, up to three.
  let open = parensLeftOpen(text, lines[i].offset, lines[i].end, 0);
  let openLines = 0;
  // Whether the list's groups are communes named alone on their lines (« Commune d’Andilly ↵ M. Vincent HUMBERT »).
  let communeGroups = false;
  for (let j = i + 1; j < lines.length; j++) {
    // (« (07 Procurations: M.L. CASTELLI, F. DEMUYNCK, F.↵LUCIANI,↵↵A. ORSINI, …, M.C. RUIZ,) et … »: so over one blank
    // line, an OCR's.)
    if (open > 0 && openLines < 3 && j === last + 1 && lines[j].type === 'blank' && lines[j + 1] && lines[j + 1].type !== 'blank' && /^[^()]{0,240}\)/.test(text.slice(lines[j + 1].offset, lines[j + 1].end + 240))) j++;
    if (open > 0 && openLines < 3 && (j === last + 1 || (j === last + 2 && lines[last + 1].type === 'blank')) && lines[j].type !== 'blank' && /^[^()]{0,240}\)/.test(text.slice(lines[j].offset, lines[j].end + 240))) {
      open = parensLeftOpen(text, lines[j].offset, lines[j].end, open);
      openLines++;
      last = j;
      // (« … quitte↵la séance après le vote du point n° 4.4). Excusés ayant donné pouvoir : … »: the list ends in this
      // line, at its label.)
      if (labelsIn(text, lineLead(text, lines[j].offset, lines[j].end), lines[j].end).length > 0) break;
      continue;
    }
    openLines = 0;
    let k = lines[j].type === 'blank' && j === last + 1 ? j + 1 : j;
    // (A text with a blank line after every line, « Mmes X, Y adjointes; ↵↵↵↵ Mmes Z, W … »: its paragraphs are parted
    // by three blank lines, as others by one.)
    if (k === j + 1 && lines[k]?.type === 'blank' && lines[k + 1]?.type === 'blank' && lines[k + 2] && lines[k + 2].type !== 'blank' && doubleSpaced(lines)) k += 2;
    // (« ETAIENT PRESENTS : ↵↵ &nbsp; ↵↵ BESSONIES : … »: a web page's empty paragraphs under a label, up to three.)
    // (« PRESENT(E)S : ↵ - ↵ Bourgbarré : Mme X … »: so a line that holds only a dash or a bullet, its list's first entry
    // moved below it.)
    const mark = (x: Line | undefined) => !!x && LONE_MARK.test(text.slice(x.offset, x.end));
    if (last === i && (k > j || mark(lines[k]))) while (k < lines.length && k - j < 3 && (lines[k].type === 'blank' || mark(lines[k]))) k++;
    // A box of counts flattened into the list (« NOMBRE DE↵CONSEILLERS :↵En exercice↵29 »): the names go on below it.
    let box = k;
    // (A figure right under a label with no names is its count: « Pouvoir↵↵1 »; under names, a page's number or the
    // figure of an ordinal whose suffix the PDF extraction put apart: « 1er Adjoint- DAUDON Moïse,↵2↵Adjoint- … ».)
    if (last === i && lines[k] && /^\d{1,3}$/.test(text.slice(lines[k].offset, lines[k].end).trim()) && !namesAfterLabel(text.slice(lines[i].offset, lines[i].end))) break;
    // (« M. Francis NARDY ↵ 1 / 53 ↵ M. Christian PANTOUSTIER »: so the number of a page and of the pages, a line of its own.)
    while (box < lines.length && box - k < 5 && (isCountBox(text, lines[box]) || PAGE_OF_PAGES.test(text.slice(lines[box].offset, lines[box].end)))) box++;
    // (« …↵↵1↵↵Annick GOUJON Mérico CHIES … »: a page's number between blank lines, the names go on below it.)
    if (box === k + 1 && lines[box]?.type === 'blank' && lines[box + 1] && lines[box + 1].type !== 'blank' && /^\d{1,3}$/.test(text.slice(lines[k].offset, lines[k].end).trim())) box++;
    if (box > k && box - k < 5) k = box;
    const l = lines[k];
    // (A line read as a field for the count of a margin run into it, « Jean-Paul - présents : 24 BEAUVAIS, … », whose
    // field the reader of names blanks: names, as the text the list is read from shows.)
    if (!l || !(mayContinue(l) || (l.type === 'field' && text.slice(l.offset, l.end) !== l.text && !/[:：]/.test(text.slice(l.offset, l.end))) || namesBeforeField(text, l))) break;
    // « Camille PARIGGI donne procuration à Marie-Pierre BRUNO↵↵Commune de LUMIO↵↵Séance du 17 juin 2020 »: after a
    // blank line, the running header of the next page.
    // (Not in a list whose groups are so labelled, « Commune de Saint-Blaise ↵ M. André VESIN ↵ 1 ↵ Commune de
    // Villy-le-Pelloux ↵ M. Jean-François VERNON »: the next group after a page's number.)
    const communeLine = groupLine(text.slice(l.offset, l.end).replace(/[ \t\u00a0\r]+$/, '')) && lines[k + 1] && lines[k + 1].type !== 'blank' && looksLikeNames(text, lines[k + 1].offset, lines[k + 1].end);
    if (communeLine && (k === last + 1 || communeGroups)) { communeGroups = true; last = k; j = k; continue; }
    if (k > last + 1 && RUNNING_HEADER.test(text.slice(l.offset, l.end))) break;
    // (« En présence de Monsieur Philippe X, Directeur des Services et Madame Y, … »: the staff, after the lists.)
    if (IN_PRESENCE_OF.test(text.slice(l.offset, Math.min(l.end, l.offset + 30)))) break;
    // « … (remplacé par↵ROQUERE P.)↵ORDRE DU JOUR », « DESIGNATION DU SECRETAIRE DE SEANCE »: a heading in capitals.
    if (HEADING_IN_CAPS.test(text.slice(l.offset, Math.min(l.end, l.offset + 40)))) break;
    // (« Etaient présents sous la présidence de Mme X, … : »: the label of the next list, its colon maybe below.)
    if (PRESIDED_LABEL.test(text.slice(l.offset, Math.min(l.end, l.offset + 60)))) break;
    // « … Pierre BRUYERE ↵ COMMUNAUTE DE COMMUNES FIER ET USSES ↵ Titulaires : … »: the name of the next member body, in
    // capitals above the label that opens its roll.
    let b = k + 1;
    while (lines[b]?.type === 'blank' && b - k < 3) b++;
    const below = lines[b];
    if (below && below.type !== 'blank' && l.end - l.offset <= 120 && BODY_HEADING.test(text.slice(l.offset, l.end))) {
      const lead = lineLead(text, below.offset, below.end);
      if (labelsIn(text, lead, below.end)[0]?.start === lead) break;
    }
    // « … Leroy (pouvoir à M. Corbonnois).↵Election du secrétaire de séance. »: after a list closed by its full stop, a
    // line that opens like a sentence (a word, then words in lower case) is the next item, not a name.
    if (SENTENCE_END_LINE.test(text.slice(Math.max(lines[last].offset, lines[last].end - 4), lines[last].end)) && SENTENCE_START.test(text.slice(l.offset, Math.min(l.end, l.offset + 80)))) break;
    // (« … M. GAUTHIER P. ↵↵ Monsieur le Président, Gérard CESAR et Monsieur le Maire de DOULEZON, Monsieur BOURDIER,
    // souhaitent la bienvenue aux Conseillers »: after a blank line, a line that opens with a function as a sentence does
    // (the names reader's FUNCTION_OPENS_SENTENCE) and holds words in lower case that say no proxy is the minutes' first
    // sentence.)
    if (k > last + 1 && FUNCTION_OPENS_SENTENCE.test(text.slice(l.offset, Math.min(l.end + 2, l.offset + 60)))) {
      // (Over the line's end too: « Monsieur le Président, Gérard CESAR et Monsieur le Maire de X,↵Monsieur Y, souhaitent … ».)
      const words = LOWER_RUN.exec(text.slice(l.offset, Math.min(text.length, l.offset + 300)));
      if (words && !/pouvoir|procuration|mandat|donn/.test(words[0])) break;
    }
    // The labels of the line, found once: whether it reads as names, and whether the list ends in it.
    const lead = lineLead(text, l.offset, l.end);
    const labels = labelsIn(text, lead, l.end);
    if (!looksLikeNames(text, l.offset, l.end, labels)) {
      // « … Mme. Diana JOJE-PANSA - M.↵Jocelyn MADELEINE - M. Alain PANELLE Ouverture de la séance… »: a line cut after a
      // civility or a separator goes on with the names that start the next line, up to the prose.
      const prev = lines[k - 1];
      // « … Mme Stéphanie LEYNE, jusqu'à↵20 heures 15. »: the hour of a time cut by the end of the line above.
      if (k === last + 1 && prev && TIME_END.test(text.slice(Math.max(prev.offset, prev.end - 20), prev.end)) && HOUR_LINE.test(text.slice(l.offset, l.end))) { last = k; break; }
      // « Monsieur Jean-Yves BONY a donné pouvoir à Madame Marie-Hélène CHASTRE↵à partir du rapport n°15. »: the time of the
      // entry above, wrapped to a line of its own.
      // « … Absents excusés : Groupe Liste↵d Union pour un nouveau souffle pour Versailles Mme RIGAUD-JURÉ a↵donné pouvoir
      // à … »: the name of a political group wrapped before its members.
      const prevEnd = prev ? text.slice(Math.max(prev.offset, prev.end - 100), prev.end) : '';
      if (k === last + 1 && prev && POLITICAL_GROUP_AT_END.test(prevEnd.trimEnd()) && /[ \u00a0](?:M\.|Mme|MM\.|Mmes|Monsieur|Madame)[ \u00a0]/.test(text.slice(l.offset, l.end))) { last = k; j = k; continue; }
      // (« Sont représentés : X donne pouvoir à Y↵Catherine MARTEL donne↵pouvoir à Anne BLANC »: a line that is a name and
      // the first half of its proxy's verb, the rest below.)
      const next = lines[k + 1];
      if (k === last + 1 && next && next.type !== 'blank' && namesThenCutVerb(text, l.offset, l.end, next.offset)) { last = k; j = k; continue; }
      // (« … M. CAVAILLE,↵M↵REYMANN a donné pouvoir à M. PECH … »: a civility alone on its line, its name below.)
      if (k === last + 1 && next && next.type !== 'blank' && CIVILITY_LINE.test(text.slice(l.offset, l.end))) { last = k; j = k; continue; }
      // « … Mme RIGAUD-JURÉ a↵donné pouvoir à Mme BOURACHOT-ROUCAYROL, … »: the verb of a proxy wrapped after its « a ».
      if (k === last + 1 && prev && proxyVerbCut(prevEnd.slice(-24), text.slice(l.offset, l.offset + 40))) { last = k; j = k; continue; }
      // (« … FRECHOU à↵partir du rapport n°21. »: so when the « à » stays above.)
      if (k === last + 1 && pointTimeBelow(prevEnd, text.slice(l.offset, l.end), true)) { last = k; j = k; continue; }
      // (« … LE FORESTIER Florence à Mme LE SCORNET Georgette↵jusqu’au point « Commissions », LE HOUEROU Rollande à … »:
      // the time of the entry above, then more names after a comma.)
      // (« … Erwan AMPHOUX à↵partir du point n°2, Lydia LE GALLIC, … »: so with the « à » above.)
      // (« … CLEMENT a donné pouvoir à↵partir du point 4 à J-Luc PENNA. Secrétaire de séance : … »: or the holder of a proxy
      // after its time, up to a full stop or the next label.)
      const timed = k === last + 1 && pointTimeBelow(prevEnd, text.slice(l.offset, Math.min(l.end, l.offset + 60)));
      const comma = timed ? text.indexOf(',', l.offset) : -1;
      const holder = timed && /[ \u00a0]à[ \u00a0\t\r]*$/.test(prevEnd.slice(-40).replace(/(?:à[ \u00a0]+partir[ \u00a0]+d[ue]|jusqu['’][ \u00a0]*(?:au|à))[ \u00a0\t\r]*$/, '')) && HOLDER_AFTER_TIME.test(text.slice(l.offset, Math.min(l.end, l.offset + 120)));
      if ((comma > 0 && comma < l.end && looksLikeNames(text, comma + 1, l.end)) || holder) { last = k; j = k; open = parensLeftOpen(text, l.offset, l.end, open); if (labels.some((x) => x.start > lead)) break; continue; }
      // (« MM. PROTEAU, BOMPARD, Mmes HUET, MONBEIG,↵conseillers de↵Bourcefranc-le Chapus↵M. PETIT, … »: the function and
      // the « de » of the names above, wrapped before their commune.)
      if (k === last + 1 && FUNCTION_OF_PLACE_LINE.test(text.slice(l.offset, l.end))) { last = k; j = k; continue; }
      // (« … RAULO et DIARD-MARTIN conseillères↵municipales.↵↵M MEROUR, Maire, … »: the end of the function of the names
      // above, a line of its own.)
      if (k === last + 1 && FUNCTION_END_LINE.test(text.slice(l.offset, l.end)) && FUNCTION_CUT.test(prevEnd)) { last = k; j = k; continue; }
      // (« … Mesdames Nadine HUSTACHE↵saufs au points 23 et 25, Bernadette GEHIN … »: the points of the entry above, then
      // names.)
      if (k === last + 1 && pointsOpening(text.slice(l.offset, l.end)) > 0) { last = k; j = k; open = parensLeftOpen(text, l.offset, l.end, open); if (labels.some((x) => x.start > lead)) break; continue; }
      // (« … Mme GRIS à 00h37↵(a donné pouvoir à Mme BLANC) ; »: the proxy of the entry above, wrapped to a line of its
      // own.)
      if (k === last + 1 && PROXY_IN_PARENS_LINE.test(text.slice(l.offset, Math.min(l.end, l.offset + 40)))) { last = k; j = k; open = parensLeftOpen(text, l.offset, l.end, open); if (labels.some((x) => x.start > lead)) break; continue; }
      if (k !== last + 1 || !prev || !DANGLING.test(text.slice(Math.max(prev.offset, prev.end - 8), prev.end))) break;
      const first = /^[^,;\-–—]{1,60}/.exec(text.slice(l.offset, Math.min(l.end, l.offset + 60)));
      if (!first || !looksLikeNames(text, l.offset, l.offset + first[0].length)) break;
      last = k;
      break;
    }
    last = k;
    j = k;
    open = parensLeftOpen(text, l.offset, l.end, open);
    // « • Mme Frédérique POSTEL Étaient absents avec procuration »: the list ends in this line, at the next one's label.
    if (labels.some((x) => x.start > lead)) break;
  }
  return last;
}
/**
 * Whether a line read as a field holds names before its label, the list above wrapped into it (« BROUSSE Gérard VIOLLE
 * Stéphanie SERIEIX Etaient représentés : Béatrice CARTAYRADE … »).
 */
function namesBeforeField(text: string, l: Line): boolean {
  if (l.type !== 'field') return false;
  const lead = lineLead(text, l.offset, l.end);
  const first = labelsIn(text, lead, l.end)[0];
  // (Not « Mr BERTRAND   Etaient absents: », two columns side by side, a wide gap between them.)
  // (Nor « Nombre de délégués présents : 6 », words of a count before the label: a surname in capitals before it.)
  const before = first ? text.slice(lead, first.start) : '';
  return first !== undefined && first.start > lead && !/(?:[ \u00a0]{2}|\t)$/.test(before) && /\p{Lu}{2}/u.test(before) && !/^[ \u00a0\t]*(?:nombre|nbre|nb)(?![\p{L}])/iu.test(before) && looksLikeNames(text, lead, first.start);
}
/** Whether a text puts a blank line after (nearly) every line: its line breaks are doubled. */
const spacedTexts = new WeakMap<Line[], boolean>();
function doubleSpaced(lines: Line[]): boolean {
  let known = spacedTexts.get(lines);
  if (known === undefined) {
    let filled = 0;
    let followed = 0;
    for (let i = 0; i + 1 < lines.length; i++) {
      if (lines[i].type === 'blank') continue;
      filled++;
      if (lines[i + 1].type === 'blank') followed++;
    }
    known = filled >= 6 && followed >= filled * 0.9;
    spacedTexts.set(lines, known);
  }
  return known;
}
/** How many parentheses are open after text[from, to), `open` being open before it. */
function parensLeftOpen(text: string, from: number, to: number, open: number): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 40) open++;
    else if (c === 41 && open > 0) open--;
  }
  return open;
}
/** A label followed by the mark of no one (« // », « - », « néant », « aucun ») and nothing else. */
const NOBODY_AFTER_LABEL = /[:：][ \u00a0\t]*(?:\/{1,3}|[-–—]{1,3}|n[ée]ant|NÉANT|NEANT|aucun|aucune|AUCUN)[ \u00a0\t.;]*\r?$/iu;
const IN_PRESENCE_OF = /^[ \u00a0\t]*en[ \u00a0]+pr[ée]sence[ \u00a0]+d[eu'’]/i;
/** A line that opens with a proxy in parentheses (« (a donné pouvoir à Mme BLANC) »). */
const PROXY_IN_PARENS_LINE = /^[ \u00a0\t]*\((?:a|ayant|avait)[ \u00a0]+donn[ée][ \u00a0]+(?:pouvoir|procuration|mandat)(?![\p{L}])/iu;
// (« … BUCARD. ↵ DATE D’AFFICHAGE ↵ 13 février 2015 ↵ NOMBRE DE CONSEILLERS »: the fields of a margin box, after the names.)
const HEADING_IN_CAPS = /^[ \u00a0\t]*(?:ORDRE DU JOUR|D[ÉE]SIGNATION|APPROBATION|[ÉE]LECTION|D[ÉE]LIB[ÉE]RATION|QUESTIONS? DIVERSES|COMPTE[- ]RENDU|PROC[ÈE]S[- ]VERBAL|OUVERTURE DE LA S[ÉE]ANCE|SECR[ÉE]TAIRE DE S[ÉE]ANCE|INFORMATIONS?|INSTALLATION DU CONSEIL|DATE D['’ ]AFFICHAGE|DATE DE (?:LA )?CONVOCATION|NOMBRE DE (?:CONSEILLERS|MEMBRES|D[ÉE]L[ÉE]GU[ÉE]S))(?![\p{L}])/u;
/** A line in capitals that names a member body of a syndicat: a communauté, a syndicat, a commune. */
const BODY_HEADING = new RegExp(`^[ \\u00a0\\t]*${BODY_WORD}[^\\p{Ll}\\n]*$`, 'u');
const RUNNING_HEADER = /^[ \u00a0\t]*(?:Commune|COMMUNE|Ville|VILLE|Mairie|MAIRIE)[ \u00a0]+(?:de|DE|d['’]|D['’])[ \u00a0]*[^\s:,;]+(?:[ \u00a0-][^\s:,;]+){0,4}[ \u00a0\t\r]*$/u;
/** Whether a list's first line holds names after its label (« PRESENTS : AUBARD Roger, … »), not its label alone. */
function namesAfterLabel(line: string): boolean {
  return !aloneLabel(line) && /[:：][ \u00a0]*\p{Lu}/u.test(line);
}
/** « 1 / 53 », « 2/12 » alone on a line: a page's number and the number of pages. */
const PAGE_OF_PAGES = /^[ \t\u00a0]*\d{1,3}[ \t\u00a0]*\/[ \t\u00a0]*\d{1,3}[ \t\u00a0\r]*$/;
const SENTENCE_END_LINE = /[\p{Ll})]\.[ \u00a0\t\r]*$/u;
/** Three words in lower case in a row, the first of three letters at least (« souhaitent la bienvenue aux », not « de la X »). */
const LOWER_RUN = /(?<![\p{L}'’-])\p{Ll}{3,}(?:[ \u00a0]+\p{Ll}+){2}/u;
const SENTENCE_START = /^[ \u00a0\t]*\p{Lu}\p{Ll}+[ \u00a0]+(?:(?:du|de|des|la|le|les|d['’]|l['’])[ \u00a0]*)?\p{Ll}{3,}/u;
/** A line that is nothing but an hour (« 20 heures 15. »). */
const HOUR_LINE = new RegExp(`^[ \\u00a0\\t]*${TIME_SOURCE}[ \\u00a0]*[.,;]?[ \\u00a0\\t\\r]*$`, 'i');
/** A line that is only the function of the names above and the « de » of their commune (« conseillers de »). */
const FUNCTION_OF_PLACE_LINE = /^[ \u00a0\t]*(?:conseill[eè]re?s?|d[ée]l[ée]gu[ée]e?s?)(?:[ \u00a0]+(?:titulaires?|suppl[ée]ante?s?|communautaires?|municipa(?:l|le|ux|les)))*[ \u00a0]+(?:de|du|des|d['’])[ \u00a0\t\r]*$/i;
/** The rest of a time opening a line, then a proxy's holder up to a full stop, a comma or the line's end. */
const HOLDER_AFTER_TIME = /^[ \u00a0\t]*(?:partir[ \u00a0]+d[ue][ \u00a0]+|compter[ \u00a0]+d[ue][ \u00a0]+)?(?:rapport|point|dossier|question|délibération)[ \u00a0]*(?:n[ \u00a0]*°?|n°)?[ \u00a0]*[\d.]*\d[ \u00a0]+à[ \u00a0]+(?:(?:M\.|Mme|Monsieur|Madame)[ \u00a0]+)?\p{Lu}[\p{L}'’. -]{1,60}?(?:[.,;]|[ \u00a0\t\r]*$)/u;
/** A civility alone on its line. */
const CIVILITY_LINE = /^[ \u00a0\t]*(?:M\.?|MM\.?|Mme\.?|Mmes\.?|Mlle\.?|Monsieur|Madame)[ \u00a0\t\r]*$/;
const DANGLING = /(?:[,\-–—]|(?:^|[ \u00a0])(?:M\.|Mme\.?|Mlle\.?|Melle\.?|MM\.|Monsieur|Madame))[ \u00a0\t\r]*$/;

function isCountBox(text: string, l: Line): boolean {
  return l.type !== 'blank' && l.end - l.offset < 40 && COUNT_BOX.test(text.slice(l.offset, l.end).trim());
}

function continueLists(text: string, lines: Line[], b: Builder) {
  for (let i = 0; i < lines.length; i++) {
    const head = lines[i];
    if (head.type !== 'list') continue;
    // A list that stops inside its line (another label, or prose) does not go on below; but one stopped by a proxy
    // whose holder is on the next line does (« Mme Patricia GARLES, ayant donné pouvoir à Mme↵Johanna SCHNELL »).
    // (So does one stopped by the first half of a proxy's verb, the rest below: « Procurations : … Catherine MARTEL
    // donne↵procuration à Muriel NIGGEL ».)
    const below = lines[i + 1];
    if (head.stop !== undefined && !(head.stop < head.end && goesOnBelow(text.slice(head.stop, head.end), below ? text.slice(below.offset, below.offset + 40) : '', true))) continue;
    const last = listLastLine(b.names(), lines, i);
    if (last === i) continue;
    b.continueList(head, lines, i, last);
    i = last;
  }
}

// ---------------------------------------------------------------- builders

const CIVILITY_PREFIX = new RegExp(`^(${T.CIVILITY})[ \\u00a0]+`);
const PARTICLES = new Set(T.PARTICLE_WORDS);
/** « MM. », « Mesdames »: the civility of an enumeration (« MM. X et Y »), which belongs to none of its people. */
const PLURAL_CIVILITY = /^(?:MM\.|Mmes\.?|Messieurs|Mesdames)[ \u00a0]+/;
const PEOPLE_IN_TEXT = new RegExp(T.PERSON_IN_TEXT.source, 'gu');
/** A word of a surname as printed: capitals (with hyphens and apostrophes), at least two letters. */
const isSurnameWord = (word: string) => {
  const w = word.replace(/^d['’]/, '');
  return w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase() && !w.endsWith('.');
};
const EXTERNAL_AFTER = /^[ \u00a0,]*(?:\d+[ \u00a0]*)?(?:de[ \u00a0]+la[ \u00a0]+loi|de[ \u00a0]+l['’]ordonnance|du[ \u00a0]+(?:code|décret|CGCT|règlement|traité)|de[ \u00a0]+l['’]arrêté|de[ \u00a0]+la[ \u00a0]+(?:directive|constitution|circulaire|délibération)|du[ \u00a0]+(?:même[ \u00a0]+)?(?:code|texte)|de[ \u00a0]+ladite|dudit|de[ \u00a0]+cette[ \u00a0]+loi|de[ \u00a0]+ce[ \u00a0]+(?:code|décret)|CGCT|du[ \u00a0]+Code|du[ \u00a0]+contrat|de[ \u00a0]+la[ \u00a0]+convention[ \u00a0]+(?!ci)|de[ \u00a0]+l['’]accord)/i;

/**
 * Makes the nodes of the lines. Their span is written out field by field (`offset: s.offset, …`) rather than
 * spread (`...s`): V8 gives each object made by a spread followed by more properties a hidden class of its own,
 * which made building the nodes of a 40 KB act several times slower.
 */
export class Builder {
  /** from..to: the lines it builds (all the text's by default), whose names are read (namesText). */
  constructor(private readonly text: string, private readonly index: LineIndex, private readonly from = 0, private readonly to = text.length, readonly communes?: CommuneLexicon) {}

  // The line being built: spans inside it get their positions without a search in the line index.
  private line = { no: -1, start: 0, end: -1 };

  span(offset: number, end: number): Span {
    const l = this.line;
    if (offset >= l.start && end <= l.end) {
      return { offset, end, range: { start: { line: l.no, character: offset - l.start }, end: { line: l.no, character: end - l.start } } };
    }
    return { offset, end, range: this.index.range(offset, end) };
  }

  private lineSpan(lineNo: number) {
    const offset = this.index.lineStart(lineNo);
    const end = this.index.lineEnd(lineNo);
    this.line = { no: lineNo, start: offset, end };
    const range = { start: { line: lineNo, character: 0 }, end: { line: lineNo, character: end - offset } };
    return { offset, end, range, text: this.text.slice(offset, end) };
  }

  blank(lineNo: number): Line {
    const base = this.lineSpan(lineNo);
    return { type: 'blank', offset: base.offset, end: base.end, range: base.range, text: base.text };
  }

  build(r: RawLine, lineNo: number): Line {
    const base = this.lineSpan(lineNo);
    if (r.kind === 'blank') return { type: 'blank', offset: base.offset, end: base.end, range: base.range, text: base.text };
    if (r.kind === 'list') return this.list(r, base);
    if (r.kind === 'row') return this.row(r, base);
    const inlines = r.tokens.map((t) => this.inline(t));
    const lead = r.lead;
    if (!lead) return { type: 'prose', offset: base.offset, end: base.end, range: base.range, text: base.text, inlines };
    const leadText = lead.image.trim();
    const leadSpan = this.span(lead.startOffset, lead.startOffset + lead.image.trimEnd().length);
    const title = this.text.slice(endOf(lead), base.end).trim();
    switch (lead.tokenType) {
      case T.ArticleHead: return { type: 'article', offset: base.offset, end: base.end, range: base.range, text: base.text, number: headNumber(leadText), numberSpan: leadSpan, title, inlines };
      case T.AnnexHead: return { type: 'annex', offset: base.offset, end: base.end, range: base.range, text: base.text, number: headNumber(leadText), numberSpan: leadSpan, title, inlines };
      case T.HeadingNum: return { type: 'heading', offset: base.offset, end: base.end, range: base.range, text: base.text, number: leadText, numberSpan: leadSpan, inlines };
      case T.Bullet: return { type: 'bullet', offset: base.offset, end: base.end, range: base.range, text: base.text, inlines };
      case T.Comment: return { type: 'comment', offset: base.offset, end: base.end, range: base.range, text: base.text };
      default: return { type: 'field', offset: base.offset, end: base.end, range: base.range, text: base.text, label: leadText.replace(/[ \u00a0]*:$/, ''), labelSpan: leadSpan, inlines };
    }
  }

  inline(t: IToken): Inline {
    const s = this.span(t.startOffset, endOf(t));
    const text = t.image;
    switch (t.tokenType) {
      case T.Amount: {
        const a = parseAmount(text);
        return a ? { type: 'amount', offset: s.offset, end: s.end, range: s.range, text, cents: a.cents, tax: a.tax } : { type: 'text', offset: s.offset, end: s.end, range: s.range, text };
      }
      case T.Percent: return { type: 'percent', offset: s.offset, end: s.end, range: s.range, text, basisPoints: parsePercent(text) };
      case T.DateTok: {
        const d = parseDate(text);
        return d ? { type: 'date', offset: s.offset, end: s.end, range: s.range, text, date: d } : { type: 'text', offset: s.offset, end: s.end, range: s.range, text };
      }
      case T.Reference: return this.reference(t, s);
      case T.Person: return this.person(text, s);
      case T.BoldMark: return { type: 'mark', offset: s.offset, end: s.end, range: s.range, mark: 'bold' } satisfies MarkNode;
      case T.ItalicMark: return { type: 'mark', offset: s.offset, end: s.end, range: s.range, mark: 'italic' };
      case T.SupOpen: return { type: 'mark', offset: s.offset, end: s.end, range: s.range, mark: 'sup-open' };
      case T.BraceClose: return { type: 'mark', offset: s.offset, end: s.end, range: s.range, mark: 'sup-close' };
      default: return { type: 'text', offset: s.offset, end: s.end, range: s.range, text };
    }
  }

  private reference(t: IToken, s: Span): ReferenceNode {
    const text = t.image;
    const word = /(article|annexe|rapport)/i.exec(text)![1].toLowerCase();
    const target = word === 'annexe' ? 'annex' : word === 'rapport' ? 'report' : 'article';
    const rest = text.slice(text.toLowerCase().indexOf(word) + word.length).replace(/^s/i, '');
    const codeArticle = /^[ \u00a0]+(?:n°[ \u00a0]*)?[LRD]\.?[ \u00a0]?\d/.test(rest);
    const numbers = codeArticle ? [] : (rest.match(/\d+(?:\.\d+)*|premier|unique/gi) ?? []).map((n) => (/^premier$/i.test(n) ? '1' : n.toLowerCase()));
    const after = this.text.slice(endOf(t), Math.min(this.text.length, endOf(t) + 60));
    // « son article 10 », « ses articles » (of the text just cited), and the citations « Vu … » refer to other texts.
    // (The start of the line being built, without searching back over a long line for each reference.)
    const lineStart = t.startOffset >= this.line.start && t.startOffset <= this.line.end ? this.line.start : this.index.lineStart(this.index.lineOf(t.startOffset));
    let before = this.text.slice(Math.max(lineStart, t.startOffset - 12), t.startOffset);
    // The sentence may have begun on the lines above (« Vu la loi … et notamment son↵article 10, »): back over the lines
    // of its paragraph that end with no full stop, a few at most.
    let sentenceStart = lineStart;
    // (A line that opens with a capital starts a sentence of its own: « Le remboursement se fait … de l'article 7 ».)
    for (let k = 0, no = this.index.lineOf(lineStart); k < 4 && no > 0; k++, no--) {
      const above = this.index.lineStart(no - 1);
      // (Its last characters only: a line above may be a whole flattened page.)
      const tail = this.text.slice(Math.max(above, sentenceStart - 200), sentenceStart).replace(/[\r\n]+$/, '');
      if (!goesOnFromAbove(tail, this.text.slice(sentenceStart, sentenceStart + 20))) break;
      if (k === 0 && !before.trim()) before = `${tail.slice(-12)} `;
      sentenceStart = above;
    }
    // « article 6574 » of a budget is a line of the accounting nomenclature, not an article of this act.
    const nomenclature = numbers.length > 0 && numbers.every((n) => /^\d{4,}$/.test(n));
    const external = codeArticle || nomenclature || EXTERNAL_AFTER.test(after.replace(/^\^\{er\}/, '')) || /\b(?:son|sa|ses|leur|leurs|dudit|du même)\s+$/i.test(before) || /^\s*Vu\b/.test(this.text.slice(lineStart, lineStart + 4)) || (sentenceStart !== lineStart && /^\s*Vu\b/.test(this.text.slice(sentenceStart, sentenceStart + 4)));
    return { type: 'reference', offset: s.offset, end: s.end, range: s.range, text, target, numbers, external };
  }

  /** Splits « M. Jean-Louis FOUSSERET » into civility, given names (or initials) and surname (the words in capitals). */
  /** A person met in running text, a plural civility (« MM. X et Y ») left out of it. */
  mention(text: string, offset: number): PersonNode {
    const plural = PLURAL_CIVILITY.exec(text);
    const t = plural ? text.slice(plural[0].length) : text;
    const start = offset + (plural ? plural[0].length : 0);
    return this.person(t, this.span(start, start + t.length));
  }

  /** The people written in a text that starts at `offset` of the document, each with the offset its writing ends at. */
  mentionsIn(text: string, offset: number): { person: PersonNode; end: number }[] {
    const out: { person: PersonNode; end: number }[] = [];
    PEOPLE_IN_TEXT.lastIndex = 0;
    for (let m = PEOPLE_IN_TEXT.exec(text); m; m = PEOPLE_IN_TEXT.exec(text)) {
      out.push({ person: this.mention(m[0], offset + m.index), end: offset + m.index + m[0].length });
    }
    return out;
  }

  person(text: string, s: Span): PersonNode {
    let rest = text.trim();
    const c = CIVILITY_PREFIX.exec(rest);
    if (c) rest = rest.slice(c[0].length);
    const words = rest.split(/[ \u00a0]+/);
    let first = words.length;
    while (first > 0 && isSurnameWord(words[first - 1])) first--;
    if (first === words.length) return { type: 'person', offset: s.offset, end: s.end, range: s.range, text, civility: c?.[1], surname: rest };
    if (first > 0 && (PARTICLES.has(words[first - 1]) )) first--;
    const given = words.slice(0, first).join(' ');
    return { type: 'person', offset: s.offset, end: s.end, range: s.range, text, civility: c?.[1], given: given || undefined, surname: words.slice(first).join(' ') };
  }


  private list(r: RawLine, base: { text: string } & Span): Line {
    const lead = r.lead!;
    const label = lead.image.replace(/[ \u00a0]*:$/, '').trim();
    const line: ListLine = {
      type: 'list', offset: base.offset, end: base.end, range: base.range, text: base.text, label, labelSpan: this.span(lead.startOffset, endOf(lead)),
      entries: [], communes: [], unread: [],
    };
    const read = readNames(this.names(), endOf(lead), base.end, this, listRole(label), undefined, label);
    line.entries = read.entries;
    line.communes = read.communes;
    line.unread = read.unread;
    if (read.stopped) line.stop = read.end;
    return line;
  }

  /**
   * A list that goes on over the lines below its label (one name or one commune per line, names wrapped by the
   * printing): it is read again as one text, and those lines become its continuations.
   */
  /** The text as the reader of names sees it (namesText), for the lines this builder builds. */
  names(): string {
    return namesText(this.text, this.index, this.from, this.to);
  }

  continueList(head: ListLine, lines: Line[], i: number, last: number) {
    const read = readNames(this.names(), head.labelSpan.end, lines[last].end, this, listRole(head.label), undefined, head.label);
    head.entries = read.entries;
    head.communes = read.communes;
    head.unread = read.unread;
    head.stop = read.stopped ? read.end : undefined;
    for (let j = i + 1; j <= last; j++) {
      const l = lines[j];
      if (l.type === 'blank') continue;
      lines[j] = { type: 'list', offset: l.offset, end: l.end, range: l.range, text: l.text, label: head.label, labelSpan: head.labelSpan, entries: [], communes: [], unread: [], continues: head };
    }
  }

  private row(r: RawLine, base: { text: string } & Span): Line {
    const lead = r.lead!;
    const pipe = lead.image.endsWith('|');
    const cells: Cell[] = [];
    const newCell = (offset: number): Cell => ({ offset, end: offset, range: this.span(offset, offset).range, text: '', amounts: [], percents: [] });
    let cell: Cell;
    if (lead.image === '|') cell = newCell(endOf(lead)); // « | a | b | »: no cell before the leading pipe
    else {
      // The first cell is the lead token without its tab or pipe.
      cell = newCell(lead.startOffset);
      this.extend(cell, endOf(lead) - 1);
      cells.push(cell);
      cell = newCell(endOf(lead));
    }
    for (const t of r.tokens) {
      if (t.tokenType === T.Tab || t.tokenType === T.Pipe) {
        cells.push(cell);
        cell = newCell(endOf(t));
        continue;
      }
      const s = this.span(t.startOffset, endOf(t));
      if (t.tokenType === T.Amount) {
        const a = parseAmount(t.image);
        if (a) cell.amounts.push({ type: 'amount', offset: s.offset, end: s.end, range: s.range, text: t.image, cents: a.cents, tax: a.tax } satisfies AmountNode);
      } else if (t.tokenType === T.Percent) {
        cell.percents.push({ type: 'percent', offset: s.offset, end: s.end, range: s.range, text: t.image, basisPoints: parsePercent(t.image) } satisfies PercentNode);
      }
      this.extend(cell, endOf(t));
    }
    // In a pipe table, a closing « | » leaves no cell after it; in a tab table, a trailing tab is an empty cell.
    if (!pipe || cell.text.trim() !== '') cells.push(cell);
    for (const c of cells) this.trimCell(c);
    return { type: 'row', offset: base.offset, end: base.end, range: base.range, text: base.text, cells, separator: pipe ? 'pipe' : 'tab' };
  }

  private extend(cell: Cell, end: number) {
    cell.end = Math.max(cell.end, end);
    cell.text = this.text.slice(cell.offset, cell.end);
  }

  private trimCell(c: Cell) {
    const raw = this.text.slice(c.offset, c.end);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    c.offset += lead;
    c.end = c.offset + text.length;
    c.text = text;
    c.range = this.index.range(c.offset, c.end);
    // Amounts of the first cell are not tokens of the table mode: read them from the text.
    if (c.amounts.length === 0 && /\d/.test(text)) {
      for (const a of scanAmounts(text)) {
        const at = this.span(c.offset + a.start, c.offset + a.end);
        c.amounts.push({ type: 'amount', offset: at.offset, end: at.end, range: at.range, text: text.slice(a.start, a.end), cents: a.cents, tax: a.tax });
      }
    }
  }
}


function headNumber(lead: string): string {
  const m = /(\d+|premier|unique|[IVX]+)(?:er|\^\{er\})?/i.exec(lead.replace(/^(Article|Annexe)/i, ''));
  if (!m) return '';
  const n = m[1].toLowerCase();
  if (n === 'premier') return '1';
  if (/^[ivx]+$/.test(n)) return String(romanToInt(n));
  return n;
}

function romanToInt(s: string): number {
  const v: Record<string, number> = { i: 1, v: 5, x: 10 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const a = v[s[i]], b = v[s[i + 1]] ?? 0;
    total += a < b ? -a : a;
  }
  return total;
}

