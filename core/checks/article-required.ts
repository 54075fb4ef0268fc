// article-required: a clause the law requires in a subsidy convention is absent (loi n° 2000-321 art. 10).
import type { Check } from './registry';
import { t } from './registry';
import { foldAccents } from '../text/fold';
import { requiredArticleSnippet, type RequiredClause } from '../text/clauses';
import { expandSnippet } from '../text/snippets';

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
    // Only a convention: the articles of a deliberation's decision (« DÉCIDE : Article 1 ») need none of these clauses.
    if (!conv?.titled || conv.articles.length === 0) return;
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
