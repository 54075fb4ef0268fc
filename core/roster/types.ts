// The roster (tableau des membres) of an assembly: who sits, for which commune, with which functions. Read from a
// YAML file (see docs/roster.md and parse.ts), built from extracts (extract.ts), used by the checks, completion and hover.
import type { Range } from '../types';

export type { Civility } from '../text/agree';
import type { Civility } from '../text/agree';

export type AssemblyKind = 'conseil municipal' | 'conseil communautaire' | 'conseil départemental' | 'conseil régional' | 'autre';

export const ASSEMBLY_KINDS: readonly AssemblyKind[] = ['conseil municipal', 'conseil communautaire', 'conseil départemental', 'conseil régional', 'autre'];

export interface RosterPerson {
  civility?: Civility;
  given: string;
  surname: string;
}

export interface RosterMember extends RosterPerson {
  commune?: string;
  /** président, 1er vice-président, maire, adjoint… in lower case. */
  functions: string[];
  /** The substitute (suppléant) of a member for a commune with one seat. */
  substitute?: RosterPerson;
  /** Where the member is written in the roster file. */
  range?: Range;
}

export interface Roster {
  /** « Conseil de Communauté du Grand Besançon ». */
  name: string;
  kind?: AssemblyKind;
  /** The EPCI of a community council, as written (« Grand Besançon Métropole »). */
  epci?: string;
  /** The commune of a municipal council. */
  commune?: string;
  membersInOffice?: number;
  siret?: string;
  /** PREF_ID of the open data: the prefecture that controls the acts (« PREF025 »). */
  prefecture?: string;
  /** DELIB_URL of the open data: the address of each published act, {DELIB_ID}, {DELIB_DATE}, {ANNEE} replaced. */
  actsUrl?: string;
  members: RosterMember[];
}
