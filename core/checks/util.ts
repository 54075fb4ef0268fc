// Small helpers shared by the checks: figures as the messages print them, reports to examine, dates in full.
export { eur } from '../text/amounts';
import { isValidDate, type DateParts } from '../text/dates';
import type { DateNode } from '../syntax/tree';
import type { Model, Report } from '../model/types';

export const line = (a: { range: { start: { line: number } } }) => a.range.start.line + 1;

export const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

export function cap(s: string) {
  return s[0].toUpperCase() + s.slice(1);
}

/** The reports to examine: those of the document, or the whole séance when none is numbered. */
export function reportsOf(m: Model): (Report | undefined)[] {
  return m.reports.length ? m.reports : [undefined];
}

export function full(d: DateNode): DateParts | undefined {
  const { year, month, day } = d.date;
  return year !== undefined && isValidDate(year, month, day) ? { year, month, day } : undefined;
}
