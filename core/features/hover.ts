// Hover: one entry point for the server, which asks each hover of the core in turn and keeps the first answer.
// Today: people (people-hover.ts). Other hovers (codes, amounts…) are added to HOVERS.
import type { Analysis } from '../analyze';
import type { Locale, Position } from '../types';
import type { Roster } from '../roster/types';
import { personHover, type HoverResult } from './people-hover';
import { figureHover } from './hover-figures';

export type { HoverResult };

export interface HoverContext {
  roster?: Roster;
  locale?: Locale;
}

type HoverProvider = (analysis: Analysis, position: Position, ctx: HoverContext) => HoverResult | undefined;

const HOVERS: HoverProvider[] = [(a, p, ctx) => personHover(a, p, ctx.roster, ctx.locale), (a, p, ctx) => figureHover(a, p, ctx.locale)];

export function hover(analysis: Analysis, position: Position, ctx: HoverContext = {}): HoverResult | undefined {
  for (const h of HOVERS) {
    const r = h(analysis, position, ctx);
    if (r) return r;
  }
  return undefined;
}
