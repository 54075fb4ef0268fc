// article-numbering: an article number missing from the sequence, or used twice (with a quick fix to renumber).
import type { Check } from './registry';
import { t } from './registry';
import type { Article } from '../syntax/tree';
import { articleRuns, renumberEdits } from '../syntax/numbering';

/**
 * « Article 1er : », « Article 1° : », « Article 1 - », « ARTICLE PREMIER : », « Article↵2 : » written inside a paragraph: the article of
 * number n so written (its line broken anywhere in it).
 */
// (« DÉCIDE Article 1° : »: a degree sign after the number.)
const articleInline = (n: number) => new RegExp(`(?:^|[\\s:.;])(?:Article|ARTICLE)\\s+${n === 1 ? '(?:1(?:er|ER|°)?|premier|PREMIER)' : `${n}°?`}\\s*[:.–—-]`, 'u');

export const articleNumbering: Check = {
  name: 'article-numbering',
  codes: ['article-numbering'],
  phase: 'fast',
  run(ctx) {
    for (const run of articleRuns(ctx.model.doc.articles)) {
      let expected = Number(run[0].heading.number) || 1;
      // (« … modifier les statuts comme suit : Article 1er : En application … ↵ Article 2 : … »: the first articles inside
      // the paragraph above, where no line starts; « DÉLIBÉRÉ : Article 1 : Adopte … Article↵2 : Précise … ↵ Article 3 : »,
      // so the first two, one cut by a line's end.)
      const allInline = (n: number) => {
        if (n > 10) return false;
        const above = ctx.model.doc.text.slice(Math.max(0, run[0].heading.offset - 3000), run[0].heading.offset);
        return Array.from({ length: n - 1 }, (_, k) => k + 1).every((k) => articleInline(k).test(above));
      };
      // (« Article 777 : quote-part des subventions d’investissement … », a line opening with an account of the budget's
      // nomenclature: three figures or more, no article of an act.)
      if (expected !== 1 && expected < 100 && !allInline(expected)) {
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
