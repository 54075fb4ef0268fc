// The model: the facts of the act, computed from the syntax tree. Amounts are integers of cents.
import type { AmountNode, DateNode, DocumentNode, ListEntry, ListLine, PercentNode, PersonNode, Qualifier, ReferenceNode, RowLine, Span, Table, Article, Annex, CommuneLabelNode, Line } from '../syntax/tree';

export interface Figure { value: number; span: Span }

export type Attendance = 'present' | 'absent' | 'excused';

export interface Member {
  id: number;
  civility?: string;
  given?: string;
  surname: string;
  commune?: CommuneLabelNode;
  attendance: Attendance;
  /** The list entry that introduces the member. */
  entry: ListEntry;
  list: ListLine;
  /** Set when the member sits as the substitute of another (« suppléante de M. … »). */
  substituteOf?: PersonNode;
  /** Listed under « Membres suppléants avec voix délibérative »: a substitute in the seat of a titulaire not named. */
  substitute?: boolean;
  /** Not listed, but counted present because they preside (« sous la présidence de M. X, Maire » and X not listed). */
  chair?: boolean;
  /** Listed as represented (« Représentés avec pouvoirs : X ») without the one who holds the proxy. */
  holderUnnamed?: boolean;
  /** Arrival and departure against the ordre de passage. */
  from?: Qualifier;
  until?: Qualifier;
  /** Present, or absent, for some reports only: « aux points 1, 2 et 24 », « sauf aux points 23 et 25 ». */
  points?: Qualifier[];
}

export interface Proxy {
  giver: PersonNode;
  holder: PersonNode;
  giverMember?: Member;
  holderMember?: Member;
  /** Qualifiers of either side: the proxy is active only where both allow it. */
  qualifiers: Qualifier[];
  /** The line where the proxy is written (inline « pouvoir à », or the Mandants line). */
  line: ListLine;
  /** « pouvoir à Y (absente) »: where the text says the holder is absent. */
  holderAbsent?: Span;
  /** « inline » for « (pouvoir à …) », « paired » for the Mandants / Mandataires lists. */
  form: 'inline' | 'paired';
}

export interface UnresolvedMention {
  person: PersonNode;
  candidates: Member[];
  role: 'proxy-giver' | 'proxy-holder' | 'interested' | 'named-vote';
}

export interface Seance {
  date?: DateNode;
  /** How the date was found: after a header (« Séance du »), beside « s'est réuni », or alone on a short line. */
  dateFrom?: 'header' | 'meeting' | 'alone';
  /** The date of the séance written in words (« L'an deux mille vingt-cinq, le trois mars »). */
  dateInWords?: { year?: number; month: number; day: number; span: Span };
  /** Only the year in words opening the séance's sentence (« L'an deux mille dix-sept, le conseil … s'est réuni »). */
  yearInWords?: { year: number; span: Span };
  convocation?: DateNode;
  membersInOffice?: Figure;
  declaredPresent?: Figure;
  /**
   * The head states more than one count of those present, and they differ (« délégués titulaires présents : 15 », « …
   * titulaires et suppléants présents : 17 »): which one the checks should take is not known.
   */
  presentCountsDiffer?: boolean;
  declaredVoters?: Figure;
  declaredRepresented?: Figure;
  /** The ordre de passage des rapports. */
  order: { number: string; span: Span }[];
  president?: PersonNode;
  secretary?: PersonNode;
  /** large: a communauté d'agglomération or urbaine, or a métropole (for the convocation delay). */
  /** unsure: read from a title without « de » (« CONSEIL MUNICIPAL LA FONTAINE SAINT MARTIN du … »), a commune only if the official list knows it. */
  collectivity?: { name: string; span: Span; kind: 'commune' | 'epci' | 'departement' | 'other'; large?: boolean; unsure?: boolean };
  /** Where the act says it was written (« A Saint Trinit, le 25/03/2016 »): a commune's name, checked as one. */
  places?: { name: string; span: Span }[];
  /** Reception at the prefecture, transmission to the State's representative, publication. */
  stamps: { kind: 'reception' | 'transmission' | 'publication' | 'affichage' | 'signature'; date: DateNode }[];
}

export interface VoteCount extends Figure { names: PersonNode[] }

export interface Vote {
  span: Span;
  pour?: VoteCount;
  contre?: VoteCount;
  abstention?: VoteCount;
  nppv?: VoteCount;
  /** « à l'unanimité » written for this report. */
  unanimity?: Span;
  /** « à la majorité » */
  majority?: Span;
}

export interface Interested {
  span: Span;
  /**
   * proxies: those « (2) » says the person holds; written: whether the document gives that count; member: the
   * member of the lists the person is, when one fits.
   */
  persons: { person: PersonNode; proxies: number; written: boolean; member?: Member }[];
  /** They leave the room (« ne participent pas aux débats », « quittent la salle »): they count for no quorum. */
  leave: boolean;
}

export interface Report {
  /** Report number in the ordre de passage (« 3.5 »), if any. */
  number?: string;
  numberSpan?: Span;
  deliberationNumber?: { text: string; span: Span };
  title?: string;
  span: Span;
  vote?: Vote;
  interested?: Interested;
  /** A line says someone does not take part in the vote or leaves the room, whoever it names. */
  withdrawal?: Span;
  /** « Rapporteur : M. X, Vice-Président »: the person as written (with or without civility) and the function after it. */
  rapporteur?: { person: PersonNode; role?: string };
  commission?: { text: string; span: Span };
}

export interface PresenceAt {
  present: Member[];
  /** Members absent at this report (including those who left or have not arrived yet). */
  absent: Member[];
  proxies: Proxy[];
}

export interface TotalCheck {
  row: RowLine;
  column: number;
  stated: AmountNode;
  computed: number;
  covered: RowLine[];
  kind: 'subtotal' | 'total';
}

export interface TableModel {
  table: Table;
  caption?: string;
  /** « charges » / « produits » side of a financing plan, guessed from the header and caption. */
  side?: 'expenses' | 'receipts';
  /** Per amount column, the sum of the plain rows. */
  totals: TotalCheck[];
  /** The amount of the last total row (the table's total), or the sum of its rows. */
  /** consistent: the stated total is the sum of its rows (false when total-mismatch reports it). */
  total?: { cents: number; stated?: AmountNode; consistent?: boolean };
  rowsSum: number;
  annex?: Annex;
}

export type AmountRole = 'subsidy' | 'programme' | 'operation';

export interface RoledAmount {
  role: AmountRole;
  amount: AmountNode;
  /** Where it comes from: prose, a table total, a funder row. */
  source: 'text' | 'table-total' | 'funder-row';
}

export interface Share {
  percent: PercentNode;
  amount: AmountNode;
  line: Line;
}

export interface ConventionModel {
  span: Span;
  title: string;
  /** A title names it a convention; else the articles are those of a deliberation's decision (« DÉCIDE : Article 1 »). */
  titled: boolean;
  articles: Article[];
  annexes: Annex[];
  grantor?: { name: string; acronym?: string };
  /** The citations « Vu … » of the convention. */
  citations: { text: string; span: Span }[];
  references: ReferenceNode[];
}

/**
 * Part of an act the reader could not read as what it seems to be (a list of names with words that are not names):
 * the checks that would rest on it do not run rather than report on a half-read list.
 */
export interface Unread {
  span: Span;
  what: { fr: string; en: string };
  /** The codes whose checks are skipped because of it. */
  checks: string[];
}

/** What the attendance lists of an act say (core/model/attendance.ts reads them). */
export interface AttendanceFacts {
  members: Member[];
  /** The members by name: people.resolve(person) finds the member a mention designates (« JL. FOUSSERET »). */
  people: import('./people').PersonIndex<Member>;
  proxies: Proxy[];
  unresolved: UnresolvedMention[];
  /**
   * Every attendance list was read whole (no words left that are not names), one lists those present, and none
   * leaves who votes unsaid (« X représenté par Y » among those present): only then do counts made from the lists
   * prove anything.
   */
  complete: boolean;
  /** The attendance lists with words that are not names. */
  partial: ListLine[];
  /** Every attendance list: the list lines of the tree and those found inside other lines (a flattened header). */
  lists: ListLine[];
  /**
   * Entries of the list of those present whose names were struck through on the page (the act says so: « Les
   * personnes dont le nom est barré sont reportées ci-dessous ») and are listed again among the absent: listed, not
   * present; no member of their own.
   */
  struck: ListEntry[];
}

export interface Model extends AttendanceFacts {
  doc: DocumentNode;
  seance: Seance;
  reports: Report[];
  convention?: ConventionModel;
  tables: TableModel[];
  amounts: RoledAmount[];
  shares: Share[][];
  references: ReferenceNode[];
  /** What could not be read, and which checks are skipped for it. */
  unread: Unread[];
  /** Who is present, absent and represented at a report (arrivals, departures and proxies applied); reports with the same presence share one object. */
  presenceAt(report?: string): PresenceAt;
}
