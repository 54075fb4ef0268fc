// ref-unresolved: a reference to an article, an annex or a report that this document does not contain.
import type { Check } from './registry';
import { t } from './registry';

export const references: Check = {
  name: 'references',
  codes: ['ref-unresolved'],
  phase: 'fast',
  run(ctx) {
    const m = ctx.model;
    const articles = new Set(m.doc.articles.map((a) => a.heading.number));
    const annexes = new Set(m.doc.annexes.map((a) => a.heading.number));
    const reports = new Set([...m.seance.order.map((o) => o.number), ...m.reports.flatMap((r) => (r.number ? [r.number] : []))]);
    const conv = m.convention;
    for (const r of m.references) {
      if (r.external || r.numbers.length === 0) continue;
      // Articles are those of a convention the act holds, referred to from inside it: a deliberation's « l'article 5 »
      // (« conformément à l'article 5 ») may be of a text it cited, and its decision's articles are no numbering to
      // hold it to.
      if (r.target === 'article' && !(conv?.titled && r.offset >= conv.span.offset)) continue;
      // A report's own heading (« Rapport n°3.5 - … ») is not a reference.
      if (r.target === 'report' && m.reports.some((rep) => rep.numberSpan && rep.numberSpan.offset >= r.offset && rep.numberSpan.end <= r.end)) continue;
      const known = r.target === 'article' ? articles : r.target === 'annex' ? annexes : reports;
      // A document without any article (annex, ordre de passage) refers to other texts: say nothing.
      if (known.size === 0) continue;
      const missing = r.numbers.filter((n) => !known.has(n));
      if (missing.length === 0) continue;
      const what = r.target === 'article' ? ['à l’article', 'article'] : r.target === 'annex' ? ['à l’annexe', 'annex'] : ['au rapport', 'report'];
      const list = missing.join(', ');
      ctx.report({
        code: 'ref-unresolved',
        range: r.range,
        message: t(
          `Renvoi ${what[0]} ${list}, absent de ce document (${[...known].join(', ')}).`,
          `Reference to ${what[1]} ${list}, which this document does not contain (${[...known].join(', ')}).`,
        ),
      });
    }
  },
};
