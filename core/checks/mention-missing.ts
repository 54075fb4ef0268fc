// mention-missing: an extract of the register, whole from its title to its closing, that lacks a mention the law
// asks of it — the date of the séance, the convocation (CGCT L2121-10), the members present, the secrétaire de
// séance (L2121-15), the result of the vote — or whose vote gives the votes against and the abstentions but not the
// votes for.
//
// Only a text that proves it is whole is held to it: it calls itself an « Extrait du registre des délibérations » and
// ends with its closing (« Pour extrait conforme », « Fait et délibéré… », « Ainsi fait… »). A pasted excerpt, a
// compte rendu or minutes cut anywhere say nothing. A mention counts as present as soon as its word is written
// (« secrétaire », « convoqué », « présents »…), even when the reader could not read what follows: silence when unsure.
import type { Check } from './registry';
import { t } from './registry';
import type { Model } from '../model/types';
import { ACT_CLOSING as CLOSING, isExtractTitle } from '../syntax/acts';

/** How far from the act's start its title may stand (header lines of the collectivity come first). */
const TITLE_REACH = 12;

interface Mention {
  fr: string;
  en: string;
  law?: string;
  /** Whether the act holds it: what the model read, or its word written anywhere. */
  holds(m: Model, text: string): boolean;
}

const MENTIONS: Mention[] = [
  { fr: 'la date de la séance', en: 'the date of the séance', holds: (m) => !!(m.seance.date || m.seance.dateInWords) },
  { fr: 'la date de convocation', en: 'the date of the convocation', law: 'CGCT L2121-10', holds: (m, x) => !!m.seance.convocation || /convoca|convoqu/i.test(x) },
  { fr: 'les membres présents', en: 'the members present', holds: (m, x) => !!m.seance.declaredPresent || m.members.some((p) => p.attendance === 'present') || /pr[ée]sents?\b|pr[ée]sentes?\b/i.test(x) },
  { fr: 'le secrétaire de séance', en: 'the secretary of the séance', law: 'CGCT L2121-15', holds: (m, x) => !!m.seance.secretary || /secr[ée]tai?re/i.test(x) },
  {
    fr: 'le résultat du vote',
    en: 'the result of the vote',
    // (« Le Conseil Municipal donne acte de la présentation … », « prend acte du débat »: taking note is no vote.)
    holds: (m, x) => m.reports.some((r) => r.vote) || /unanimit|(?<!\p{L})(?:vot(?:e|é|ée|és|ées|ent|er)|voix)(?!\p{L})|(?<!\p{L})(?:adopt|rejet|majorit)|(?<!\p{L})(?:pr(?:end|ennent|is)|donn(?:e|ent|é))\s+acte(?!\p{L})/iu.test(x),
  },
];

export const mentionMissing: Check = {
  name: 'mention-missing',
  codes: ['mention-missing'],
  phase: 'fast',
  run(ctx) {
    const m = ctx.model;
    const lines = m.doc.lines;
    const title = lines.slice(0, TITLE_REACH).find((l) => isExtractTitle(l.text));
    if (!title) return;
    const text = m.doc.text.slice(m.doc.offset, m.doc.end);
    if (!CLOSING.test(text.slice(title.end - m.doc.offset))) return;
    const missing = MENTIONS.filter((x) => !x.holds(m, text));
    if (missing.length) {
      const laws = [...new Set(missing.flatMap((x) => (x.law ? [x.law] : [])))];
      const law = laws.length ? ` (${laws.join(', ')})` : '';
      ctx.report({
        code: 'mention-missing',
        range: title.range,
        message: t(
          `Extrait du registre sans ${missing.map((x) => x.fr).join(', ')}${law}.`,
          `Extract of the register without ${missing.map((x) => x.en).join(', ')}${law}.`,
        ),
      });
    }
    // « Contre : 2 – Abstention : 1 » and nothing for: the result is not stated.
    for (const r of m.reports) {
      const v = r.vote;
      if (!v || v.pour || v.unanimity || v.majority || !(v.contre || v.abstention)) continue;
      const given = [v.contre && t(`contre ${v.contre.value}`, `against ${v.contre.value}`), v.abstention && t(`abstention ${v.abstention.value}`, `abstaining ${v.abstention.value}`)].filter((x) => !!x);
      ctx.report({
        code: 'mention-missing',
        range: (v.contre ?? v.abstention)!.span.range,
        message: t(
          `Vote sans le nombre de voix pour (${given.map((g) => g!.fr).join(', ')}).`,
          `Vote without the number of votes for (${given.map((g) => g!.en).join(', ')}).`,
        ),
      });
    }
  },
};
