// Checks on the structure of a convention: numbering of articles, required clauses, references.
import type { Check } from './registry';
import { t } from './registry';
import type { Article } from '../syntax/tree';
import { foldAccents } from '../model/people';
import { renumberEdits } from '../syntax/numbering';
import { requiredArticleSnippet, type RequiredClause } from '../features/templates';
import { expandSnippet } from '../features/snippets';

export const syntax: Check = {
  name: 'syntax',
  codes: ['syntax'],
  phase: 'fast',
  run(ctx) {
    const doc = ctx.model.doc;
    for (const e of doc.errors) ctx.report({ code: 'syntax', range: e.span.range, message: t(e.message, e.messageEn) });
    // Words of a list that are neither a person, a commune nor a qualifier: kept as written, pointed out gently.
    for (const l of doc.lines) {
      if (l.type !== 'list') continue;
      for (const u of l.unread) {
        const text = doc.text.slice(u.offset, u.end);
        ctx.report({
          code: 'syntax',
          severity: 'information',
          range: u.range,
          message: t(`« ${text} » n’est pas lu comme une personne de la liste « ${l.label} » (Civilité Prénom NOM).`, `“${text}” is not read as a person of the list “${l.label}” (Civility Given SURNAME).`),
        });
      }
    }
  },
};

/** Articles grouped by convention: a numbering that starts again at 1 begins another text. */
function articleRuns(articles: Article[]): Article[][] {
  const runs: Article[][] = [];
  for (const a of articles) {
    if (runs.length === 0 || a.heading.number === '1') runs.push([]);
    runs[runs.length - 1].push(a);
  }
  return runs;
}

export const articleNumbering: Check = {
  name: 'article-numbering',
  codes: ['article-numbering'],
  phase: 'fast',
  run(ctx) {
    for (const run of articleRuns(ctx.model.doc.articles)) {
      let expected = Number(run[0].heading.number) || 1;
      if (expected !== 1) {
        ctx.report({ code: 'article-numbering', range: run[0].heading.numberSpan.range, message: t(`La numérotation commence à l’article ${expected} : l’article 1 manque.`, `Numbering starts at article ${expected}: article 1 is missing.`) });
      }
      let previous: Article | undefined;
      /** Renumbers this article and the following ones of the run from `from` on, with their references. */
      const renumberFix = (i: number, from: number) => {
        const changes = new Map<Article, string>(run.slice(i).map((x, k) => [x, String(from + k)]));
        return [{ title: t(`Renuméroter les articles à partir de l’article ${from} (et les renvois)`, `Renumber the articles from article ${from} (and the references)`), edits: renumberEdits(ctx.model.doc, ctx.model.references, changes) }];
      };
      for (const [i, a] of run.entries()) {
        const n = Number(a.heading.number);
        if (!Number.isInteger(n)) continue;
        if (previous && n === Number(previous.heading.number)) {
          ctx.report({
            code: 'article-numbering',
            range: a.heading.numberSpan.range,
            message: t(`Article ${n} numéroté deux fois.`, `Article ${n} is numbered twice.`),
            related: [{ range: previous.heading.numberSpan.range, message: t(`premier article ${n}`, `first article ${n}`) }],
            fixes: renumberFix(i, n + 1),
          });
        } else if (previous && n !== expected) {
          const missing = n > expected ? (n - expected === 1 ? `l’article ${expected} manque` : `les articles ${expected} à ${n - 1} manquent`) : `l’article ${n} est hors d’ordre`;
          const missingEn = n > expected ? (n - expected === 1 ? `article ${expected} is missing` : `articles ${expected} to ${n - 1} are missing`) : `article ${n} is out of order`;
          ctx.report({
            code: 'article-numbering',
            range: a.heading.numberSpan.range,
            message: t(`L’article ${previous.heading.number} est suivi de l’article ${n} : ${missing}.`, `Article ${previous.heading.number} is followed by article ${n}: ${missingEn}.`),
            related: [{ range: previous.heading.numberSpan.range, message: t(`article ${previous.heading.number}`, `article ${previous.heading.number}`) }],
            fixes: renumberFix(i, expected),
          });
        }
        // After a duplicate or an article out of order, the next one is still expected where the sequence stands.
        expected = Math.max(expected, n + 1);
        previous = a;
      }
    }
  },
};

interface Clause {
  /** The template of the article that supplies the clause (quick fix). */
  template: RequiredClause;
  fr: string;
  en: string;
  title: RegExp;
  body: RegExp;
}

/** What loi n° 2000-321 art. 10 and décret n° 2001-495 require of a subsidy convention. */
const REQUIRED: Clause[] = [
  { template: 'objet', fr: 'l’objet', en: 'the purpose (objet)', title: /\bobjet\b/, body: /a pour objet|ont pour objet/ },
  { template: 'montant', fr: 'le montant', en: 'the amount', title: /montant|subvention|financ|participation|contribution|engagement de la/, body: /(?:subvention|participation|contribution)[^.]{0,80}?\d[\d \u00a0\u202f.]*(?:,\d+)?\s*(?:€|euros)/ },
  { template: 'versement', fr: 'les modalités de versement', en: 'the payment terms', title: /versement|paiement|modalites financieres|liquidation/, body: /sera versee|seront versees|est versee|versement/ },
  { template: 'utilisation', fr: 'les conditions d’utilisation', en: 'the conditions of use', title: /obligation|utilisation|engagement|condition|controle|emploi/, body: /utilis(?:er|ation)[^.]{0,40}subvention|emploi de la subvention/ },
];

export const articleRequired: Check = {
  name: 'article-required',
  codes: ['article-required'],
  phase: 'fast',
  run(ctx) {
    const conv = ctx.model.convention;
    if (!conv || conv.articles.length === 0) return;
    const text = (s: string) => foldAccents(s).toLowerCase();
    const bodies = conv.articles.map((a) => ({ title: text(a.heading.title), body: text(a.lines.map((l) => l.text).join('\n')) }));
    if (!bodies.some((b) => /subvention/.test(b.body))) return; // not a subsidy convention
    const lastArticle = conv.articles[conv.articles.length - 1];
    const nextNumber = Math.max(0, ...conv.articles.map((a) => Number(a.heading.number)).filter(Number.isInteger)) + 1;
    for (const c of REQUIRED) {
      if (bodies.some((b) => c.title.test(b.title) || c.body.test(b.body))) continue;
      ctx.report({
        code: 'article-required',
        range: conv.articles[0].heading.range.start.line > 0 ? { start: conv.span.range.start, end: { line: conv.span.range.start.line, character: conv.title.length } } : conv.articles[0].heading.range,
        message: t(
          `Convention de subvention sans article sur ${c.fr} (loi n° 2000-321, art. 10).`,
          `Subsidy convention without an article on ${c.en} (loi n° 2000-321, art. 10).`,
        ),
        fixes: [{ title: t(`Ajouter l’article sur ${c.fr} (modèle)`, `Add the article on ${c.en} (template)`), edits: [{ range: { start: lastArticle.range.end, end: lastArticle.range.end }, newText: `\n\n${expandSnippet(requiredArticleSnippet(c.template, nextNumber))}` }] }],
      });
    }
  },
};

export const references: Check = {
  name: 'references',
  codes: ['ref-unresolved'],
  phase: 'fast',
  run(ctx) {
    const m = ctx.model;
    const articles = new Set(m.doc.articles.map((a) => a.heading.number));
    const annexes = new Set(m.doc.annexes.map((a) => a.heading.number));
    const reports = new Set([...m.seance.order.map((o) => o.number), ...m.reports.flatMap((r) => (r.number ? [r.number] : []))]);
    for (const r of m.references) {
      if (r.external || r.numbers.length === 0) continue;
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
