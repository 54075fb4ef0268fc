import assert from 'node:assert/strict';
import {
  AMOUNT_PATTERN, PERCENT_PATTERN, formatAmount, formatPercent, isPercentConsistent, parseAmount, parsePercent,
  percentOf, scanAmounts, scanPercents,
} from '../core/text/amounts';
import {
  DATE_PATTERN, MONTHS_FR, TIME_PATTERN, WEEKDAYS_FR, clearDaysBetween, compareDates, daysBetween, formatDateFr,
  isValidDate, monthOf, parseDate, parseTime, scanDates, scanTimes, weekdayOf,
} from '../core/text/dates';
import { Alternation } from '../core/text/matches';
import { NUMBER_WORDS_PATTERN, wordsToNumber } from '../core/text/numbers';

const NNBSP = '\u202F';
const NBSP = '\u00A0';

/** All the matches of a token pattern, as the text matched, trying it at each position like a scanner. */
function findAll(pattern: RegExp, text: string): { start: number; text: string }[] {
  const g = new RegExp(pattern.source, pattern.flags + 'g');
  const out: { start: number; text: string }[] = [];
  let m: RegExpExecArray | null;
  while ((m = g.exec(text)) !== null) out.push({ start: m.index, text: m[0] });
  return out;
}

const amountTexts = (line: string) => scanAmounts(line).map((a) => line.slice(a.start, a.end));

describe('text: token patterns', () => {
  const patterns: [string, RegExp][] = [
    ['AMOUNT_PATTERN', AMOUNT_PATTERN],
    ['PERCENT_PATTERN', PERCENT_PATTERN],
    ['DATE_PATTERN', DATE_PATTERN],
    ['TIME_PATTERN', TIME_PATTERN],
    ['NUMBER_WORDS_PATTERN', NUMBER_WORDS_PATTERN],
  ];
  for (const [name, p] of patterns) {
    it(`${name} has no anchor, no global/sticky flag, never matches empty`, () => {
      assert.ok(!p.global && !p.sticky, 'flags');
      assert.ok(!p.source.startsWith('^') && !p.source.endsWith('$'), 'anchors');
      for (const s of ['', ' ', 'x', ',', '1', '€', '%', 'le', '\n']) {
        const y = new RegExp(p.source, p.flags + 'y');
        const m = y.exec(s);
        assert.ok(m === null || m[0].length > 0, `empty match on ${JSON.stringify(s)}`);
      }
    });
  }

  it('patterns match at the current position (sticky, as a lexer uses them)', () => {
    const text = "L'an deux mille vingt-cinq, le trois mars, 834 000 € HT soit 60 %";
    const at = (p: RegExp, i: number) => {
      const y = new RegExp(p.source, p.flags + 'y');
      y.lastIndex = i;
      return y.exec(text)?.[0];
    };
    assert.equal(at(DATE_PATTERN, 0), "L'an deux mille vingt-cinq, le trois mars");
    assert.equal(at(NUMBER_WORDS_PATTERN, 5), 'deux mille vingt-cinq');
    assert.equal(at(AMOUNT_PATTERN, text.indexOf('834')), '834 000 € HT');
    assert.equal(at(PERCENT_PATTERN, text.indexOf('60')), '60 %');
    assert.equal(at(AMOUNT_PATTERN, 0), undefined);
  });

  it('work as chevrotain token patterns with first-char optimizations', async () => {
    // Imported here: chevrotain is an ES module, and this file also runs under tsx as CommonJS.
    const { createToken, Lexer } = await import('chevrotain');
    const tokens = [
      createToken({ name: 'Blank', pattern: /[ \t\u00A0\u202F]+/, group: Lexer.SKIPPED }),
      createToken({ name: 'Date', pattern: DATE_PATTERN }),
      createToken({ name: 'Time', pattern: TIME_PATTERN }),
      createToken({ name: 'Amount', pattern: AMOUNT_PATTERN }),
      createToken({ name: 'Percent', pattern: PERCENT_PATTERN }),
      createToken({ name: 'NumberWords', pattern: NUMBER_WORDS_PATTERN }),
      createToken({ name: 'Number', pattern: /\d+(?:,\d+)?/ }),
      createToken({ name: 'Word', pattern: /[A-Za-zÀ-ÖØ-öø-ÿ'’^{}]+/ }),
      createToken({ name: 'Punct', pattern: /[.,;:!?()«»-]/ }),
    ];
    const lexer = new Lexer(tokens, { ensureOptimizations: true, positionTracking: 'onlyOffset' });
    const r = lexer.tokenize(
      "L'an deux mille vingt-cinq, le trois mars à vingt heures, pour l'année 2017 de 41 000 € HT ; " +
        'en 2017 400 000 € soit 60 % ; 118 entreprises ; 1,36 milliards d’euros',
    );
    assert.deepEqual(r.errors, []);
    const images = r.tokens.filter((t) => t.tokenType.name !== 'Word' && t.tokenType.name !== 'Punct')
      .map((t) => `${t.tokenType.name}:${t.image}`);
    assert.deepEqual(images, [
      "Date:L'an deux mille vingt-cinq, le trois mars",
      'Time:vingt heures',
      'Number:2017',
      'Amount:41 000 € HT',
      'Number:2017',
      'Amount:400 000 €',
      'Percent:60 %',
      'Number:118',
      'Amount:1,36 milliards d’euros',
    ]);
  });

  it('no catastrophic backtracking on pathological input', () => {
    const inputs = [
      '1 '.repeat(20000) + 'x',
      '000 '.repeat(3000) + 'euro',
      '1'.repeat(50000) + ' €x',
      'deux '.repeat(20000) + 'mars',
      'vingt-'.repeat(20000),
      'deux '.repeat(20000) + 'heures',
      'deux '.repeat(20000) + 'pour cent',
      '1.'.repeat(20000) + '%',
      "l'an deux mille ".repeat(5000),
      '12 h '.repeat(10000),
    ];
    for (const p of [AMOUNT_PATTERN, PERCENT_PATTERN, DATE_PATTERN, TIME_PATTERN, NUMBER_WORDS_PATTERN]) {
      for (const s of inputs) {
        const t = performance.now();
        findAll(p, s);
        const ms = performance.now() - t;
        assert.ok(ms < 1500, `${p.source.slice(0, 30)}… on ${JSON.stringify(s.slice(0, 12))}: ${ms} ms`);
      }
    }
  });
});

describe('text: amounts', () => {
  const cases: [string, number, ('HT' | 'TTC')?][] = [
    ['834 000 €', 83400000],
    ['834 000 € HT', 83400000, 'HT'],
    ['182 400 € TTC', 18240000, 'TTC'],
    ['1 234,56 €', 123456],
    ['41 000 euros', 4100000],
    ['41000 €', 4100000],
    ['2,90 €', 290],
    ['2,9 €', 290],
    ['400 000 €', 40000000],
    ['10 000,00 €', 1000000],
    ['517 513.78€', 51751378],
    ['12.50 €', 1250],
    ['1.234 €', 123400],
    ['1.234.567 €', 123456700],
    ['10 000,00 EUR', 1000000],
    ['1 euro', 100],
    ['41 000 Euros', 4100000],
    ['400 k€', 40000000],
    ['1,5 M€', 150000000],
    ['2 millions d’euros', 200000000],
    ['1,36 milliards d\'euros', 136000000000],
    ['1,36 milliard d\'euros', 136000000000],
    ['12 000 € hors taxes', 1200000, 'HT'],
    ['12 000 € toutes taxes comprises', 1200000, 'TTC'],
    ['12 000 € H.T.', 1200000, 'HT'],
    ['12 000 €HT', 1200000, 'HT'],
    ['0 €', 0],
    [`834${NNBSP}000${NBSP}€`, 83400000],
    [`834${NBSP}000 €`, 83400000],
    [`1${NNBSP}234${NNBSP}567,89${NBSP}€${NBSP}TTC`, 123456789, 'TTC'],
  ];
  for (const [text, cents, tax] of cases) {
    it(`parses ${JSON.stringify(text)}`, () => {
      assert.equal(findAll(AMOUNT_PATTERN, text)[0]?.text, text, 'the pattern matches the whole amount');
      const a = parseAmount(text);
      assert.ok(a);
      assert.equal(a.cents, cents);
      assert.equal(a.tax, tax);
      assert.ok(Number.isSafeInteger(a.cents));
    });
  }

  it('1,36 milliards d\'euros = 136 000 000 000 cents', () => {
    assert.equal(parseAmount("1,36 milliards d'euros")?.cents, 136_000_000_000);
  });

  it('"118 entreprises adhérentes" is no amount', () => {
    assert.deepEqual(scanAmounts('118 entreprises adhérentes'), []);
    assert.equal(parseAmount('118 entreprises adhérentes'), undefined);
    assert.deepEqual(findAll(AMOUNT_PATTERN, '118 entreprises adhérentes'), []);
  });

  it('does not swallow a preceding year', () => {
    assert.deepEqual(amountTexts("pour l'année 2017 de 41 000 €"), ['41 000 €']);
    assert.deepEqual(amountTexts('en 2017 400 000 €'), ['400 000 €']);
    assert.equal(parseAmount('2017 400 000 €')?.cents, 40000000);
    assert.deepEqual(amountTexts('au 31 décembre 2024 12 000 €'), ['12 000 €']);
    assert.deepEqual(findAll(AMOUNT_PATTERN, 'en 2017 400 000 €').map((m) => m.text), ['400 000 €']);
  });

  it('groups after the first have exactly three digits', () => {
    assert.deepEqual(amountTexts('1 2345 €'), ['2345 €']);
    assert.deepEqual(amountTexts('12 34 €'), ['34 €']);
    assert.deepEqual(amountTexts('1.5 M€'), []); // a dot is a thousands separator, never a decimal point
  });

  it('never starts inside a number or a word', () => {
    assert.deepEqual(amountTexts('A1 €, B12,50 €'), []);
    assert.deepEqual(amountTexts('3,5 €'), ['3,5 €']);
    assert.deepEqual(amountTexts('3,25,5 €'), []);
    assert.deepEqual(amountTexts('41 000 eurosx'), []);
    assert.deepEqual(amountTexts('41 000 €, 2 000 €.'), ['41 000 €', '2 000 €']);
  });

  it('fractions of a cent are rounded half up and flagged', () => {
    assert.deepEqual(parseAmount('0,125 €'), { cents: 13, inexact: true });
    assert.deepEqual(parseAmount('0,124 €'), { cents: 12, inexact: true });
    assert.deepEqual(parseAmount('0,120 €'), { cents: 12 });
    assert.equal(parseAmount('1,23456 k€')?.cents, 123456);
  });

  it('refuses amounts beyond safe integers', () => {
    assert.equal(parseAmount('999 999 999 milliards d’euros'), undefined);
  });

  it('scans a line with positions', () => {
    const line = `Le coût total de 834 000 € HT, soit 1 000 800 € TTC, dont 60 %, soit 500 400 €, pour l'année 2017 de 41${NNBSP}000 euros.`;
    const found = scanAmounts(line);
    assert.deepEqual(found.map((a) => ({ text: line.slice(a.start, a.end), cents: a.cents, tax: a.tax })), [
      { text: '834 000 € HT', cents: 83400000, tax: 'HT' },
      { text: '1 000 800 € TTC', cents: 100080000, tax: 'TTC' },
      { text: '500 400 €', cents: 50040000, tax: undefined },
      { text: `41${NNBSP}000 euros`, cents: 4100000, tax: undefined },
    ]);
    assert.equal(found[0].start, line.indexOf('834'));
    assert.equal(found[0].end, line.indexOf(','));
  });

  it('"100%, soit 41 000 €": both the percentage and the amount are found', () => {
    const line = '100%, soit 41 000 €';
    assert.deepEqual(scanPercents(line), [{ start: 0, end: 4, basisPoints: 10000 }]);
    assert.deepEqual(scanAmounts(line), [{ start: 11, end: 19, cents: 4100000 }]);
  });

  it('formats amounts the French way', () => {
    assert.equal(formatAmount(83390600), `833${NNBSP}906${NBSP}€`);
    assert.equal(formatAmount(123456), `1${NNBSP}234,56${NBSP}€`);
    assert.equal(formatAmount(123456, { nbsp: ' ' }), '1 234,56 €');
    assert.equal(formatAmount(83390600, { nbsp: ' ' }), '833 906 €');
    assert.equal(formatAmount(136000000000, { nbsp: ' ' }), '1 360 000 000 €');
    assert.equal(formatAmount(5, { nbsp: ' ' }), '0,05 €');
    assert.equal(formatAmount(0, { nbsp: ' ' }), '0 €');
    assert.equal(formatAmount(100, { nbsp: ' ', alwaysCents: true }), '1,00 €');
    assert.equal(formatAmount(-123456, { nbsp: ' ' }), '-1 234,56 €');
    assert.equal(formatAmount(99999, { nbsp: ' ' }), '999,99 €');
  });

  it('formatAmount and parseAmount round-trip', () => {
    for (const c of [0, 1, 99, 100, 123456, 83390600, 100000000, 136000000000, 9007199254740991]) {
      assert.equal(parseAmount(formatAmount(c))?.cents, c);
      assert.equal(parseAmount(formatAmount(c, { nbsp: ' ' }))?.cents, c);
    }
  });
});

describe('text: percentages', () => {
  const cases: [string, number][] = [
    ['60 %', 6000],
    ['60%', 6000],
    [`60${NNBSP}%`, 6000],
    ['12,5 %', 1250],
    ['100 %', 10000],
    ['1%', 100],
    ['0,25 %', 25],
    ['0 %', 0],
    ['33,33 %', 3333],
    ['60 pour cent', 6000],
    ['60 pour-cent', 6000],
    ['soixante pour cent', 6000],
    ['quatre-vingts pour cent', 8000],
    ['5 p. 100', 500],
  ];
  for (const [text, bp] of cases) {
    it(`parses ${JSON.stringify(text)}`, () => {
      assert.equal(findAll(PERCENT_PATTERN, text)[0]?.text, text);
      assert.equal(parsePercent(text), bp);
    });
  }

  it('12,5 % = 1250 basis points', () => assert.equal(parsePercent('12,5 %'), 1250));
  it('no percentage in plain numbers', () => {
    assert.ok(Number.isNaN(parsePercent('118 entreprises')));
    assert.deepEqual(scanPercents('2017 et 60 pour la commune'), []);
  });

  it('percentOf rounds exactly to the cent, half up', () => {
    assert.equal(percentOf(2500000, 6000), 1500000);
    assert.equal(percentOf(5, 5000), 3); // 2,5 cents → 3
    assert.equal(percentOf(3, 5000), 2); // 1,5 cents → 2
    assert.equal(percentOf(1, 4999), 0);
    assert.equal(percentOf(100, 3333), 33);
    assert.equal(percentOf(136000000000, 1250), 17000000000);
    assert.equal(percentOf(900719925474099, 9999), 900629853481552); // beyond 2^53 in the product: BigInt
    assert.equal(percentOf(-5, 5000), -3);
  });

  it('60 %, soit 15 000 € is consistent with 25 000 €', () => {
    const line = 'Le Département participe à hauteur de 60 %, soit 15 000 €.';
    const [p] = scanPercents(line);
    const [a] = scanAmounts(line);
    assert.equal(p.basisPoints, 6000);
    assert.equal(a.cents, 1500000);
    assert.ok(isPercentConsistent(2500000, p.basisPoints, a.cents));
    assert.ok(!isPercentConsistent(2500000, p.basisPoints, 1600000));
  });

  it('tolerates rounding to the euro only for whole-euro amounts', () => {
    // 33 % of 1 234,56 € = 407,4048 €
    assert.ok(isPercentConsistent(123456, 3300, 40740));
    assert.ok(isPercentConsistent(123456, 3300, 40700)); // 407 €
    assert.ok(isPercentConsistent(123456, 3300, 40800)); // 408 €
    assert.ok(!isPercentConsistent(123456, 3300, 40600)); // 406 €
    assert.ok(!isPercentConsistent(123456, 3300, 40741)); // 407,41 €: not the cent rounding
    assert.ok(isPercentConsistent(100000, 3333, 33300)); // 333,30 € → 333 €
    assert.ok(!isPercentConsistent(100000, 3333, 33500));
  });

  it('formats percentages', () => {
    assert.equal(formatPercent(6000, { nbsp: ' ' }), '60 %');
    assert.equal(formatPercent(1250, { nbsp: ' ' }), '12,5 %');
    assert.equal(formatPercent(25), `0,25${NBSP}%`);
  });
});

describe('text: numbers in words', () => {
  const cases: [string, number][] = [
    ['deux mille vingt-cinq', 2025],
    ['deux mil dix-sept', 2017],
    ['mille neuf cent quatre-vingt-dix-neuf', 1999],
    ['mil neuf cent quatre-vingt-dix-neuf', 1999],
    ['trois', 3],
    ['premier', 1],
    ['première', 1],
    ['1er', 1],
    ['1^{er}', 1],
    ['vingt et un', 21],
    ['vingt-et-un', 21],
    ['trente et un', 31],
    ['soixante-dix', 70],
    ['soixante et onze', 71],
    ['soixante-dix-sept', 77],
    ['quatre-vingts', 80],
    ['quatre-vingt-un', 81],
    ['quatre-vingt-dix-sept', 97],
    ['dix-huit', 18],
    ['seize', 16],
    ['cent', 100],
    ['deux cents', 200],
    ['trois cent quatre-vingt-dix-neuf', 399],
    ['mille', 1000],
    ['cent mille', 100000],
    ['un million deux cent mille', 1200000],
    ['un milliard deux cent trente-quatre millions cinq cent soixante-sept mille huit cent quatre-vingt-dix-neuf', 1234567899],
    ['zéro', 0],
    ['DEUX MILLE VINGT-CINQ', 2025],
    ['Deux Mille Vingt Cinq', 2025],
    ['deux mille dix sept', 2017],
    ['zero', 0],
    ['dix-neuf', 19],
    ['2025', 2025],
  ];
  for (const [text, n] of cases) it(`${text} = ${n}`, () => assert.equal(wordsToNumber(text), n));

  it('rejects what is not a numeral', () => {
    for (const t of ['', 'deux trois', 'vingt et', 'et un', 'mars', 'million', 'cent cent', 'quatre-vingt et un x']) {
      assert.equal(wordsToNumber(t), undefined, t);
    }
  });

  it('NUMBER_WORDS_PATTERN finds "L\'an deux mille vingt-cinq"', () => {
    assert.deepEqual(findAll(NUMBER_WORDS_PATTERN, "L'an deux mille vingt-cinq, le trois mars").map((m) => m.text), [
      'deux mille vingt-cinq',
      'trois',
    ]);
    assert.deepEqual(findAll(NUMBER_WORDS_PATTERN, 'le trente et un décembre').map((m) => m.text), ['trente et un']);
    const long = 'un milliard deux cent trente-quatre millions cinq cent soixante-sept mille huit cent quatre-vingt-dix-neuf';
    assert.deepEqual(findAll(NUMBER_WORDS_PATTERN, `soit ${long} euros`).map((m) => m.text), [long]);
  });

  it('NUMBER_WORDS_PATTERN ignores words that merely begin like numbers, and the article "un"', () => {
    assert.deepEqual(findAll(NUMBER_WORDS_PATTERN, 'septembre sixième centre dixième quatrième'), []);
    assert.deepEqual(findAll(NUMBER_WORDS_PATTERN, "d'un montant, un conseiller, chacun"), []);
    assert.deepEqual(findAll(NUMBER_WORDS_PATTERN, 'un million').map((m) => m.text), ['un million']);
  });
});

describe('text: dates', () => {
  const cases: [string, { year?: number; month: number; day: number; weekday?: number; weekdayText?: string }][] = [
    ['3 mars 2025', { year: 2025, month: 3, day: 3 }],
    ['lundi 3 mars 2025', { year: 2025, month: 3, day: 3, weekday: 1, weekdayText: 'lundi' }],
    ['Jeudi 16 Novembre 2017', { year: 2017, month: 11, day: 16, weekday: 4, weekdayText: 'Jeudi' }],
    ['LUNDI 3 MARS 2025', { year: 2025, month: 3, day: 3, weekday: 1, weekdayText: 'LUNDI' }],
    ['1er septembre 2025', { year: 2025, month: 9, day: 1 }],
    ['1^{er} septembre 2025', { year: 2025, month: 9, day: 1 }],
    ['29 NOV. 2017', { year: 2017, month: 11, day: 29 }],
    ['3 févr. 2025', { year: 2025, month: 2, day: 3 }],
    ['3 janv. 2025', { year: 2025, month: 1, day: 3 }],
    ['14 juil. 2025', { year: 2025, month: 7, day: 14 }],
    ['15 août 2025', { year: 2025, month: 8, day: 15 }],
    ['15 aout 2025', { year: 2025, month: 8, day: 15 }],
    ['4 déc. 2025', { year: 2025, month: 12, day: 4 }],
    ['4 DÉCEMBRE 2025', { year: 2025, month: 12, day: 4 }],
    ['03 février 2025', { year: 2025, month: 2, day: 3 }],
    ['16/11/2017', { year: 2017, month: 11, day: 16 }],
    ['16.11.2017', { year: 2017, month: 11, day: 16 }],
    ['03/03/2025', { year: 2025, month: 3, day: 3 }],
    ['06.12.24', { year: 2024, month: 12, day: 6 }],
    ['12/05/98', { year: 1998, month: 5, day: 12 }],
    ['trois mars', { month: 3, day: 3 }],
    ['trente et un décembre', { month: 12, day: 31 }],
    ['premier mars 2025', { year: 2025, month: 3, day: 1 }],
    ['seize novembre deux mille dix-sept', { year: 2017, month: 11, day: 16 }],
    ["L'an deux mille vingt-cinq, le trois mars", { year: 2025, month: 3, day: 3 }],
    ['L’an deux mil dix-sept, le jeudi seize novembre', { year: 2017, month: 11, day: 16, weekday: 4, weekdayText: 'jeudi' }],
    ["L'an deux mille vingt-cinq, le trois du mois de mars", { year: 2025, month: 3, day: 3 }],
    ["L'an deux mille vingt-cinq le vingt et un du mois d'avril", { year: 2025, month: 4, day: 21 }],
    ["L'an 2025, le 3 mars", { year: 2025, month: 3, day: 3 }],
  ];
  for (const [text, expected] of cases) {
    it(`parses ${JSON.stringify(text)}`, () => {
      assert.equal(findAll(DATE_PATTERN, text)[0]?.text, text, 'the pattern matches the whole date');
      assert.deepEqual(parseDate(text), expected);
    });
  }

  it('"le trois mars": day in words, no year', () => {
    assert.deepEqual(parseDate('le trois mars'), { month: 3, day: 3 });
    assert.deepEqual(scanDates('le trois mars'), [{ start: 3, end: 13, month: 3, day: 3 }]);
  });

  it('a weekday that is not written is absent', () => {
    const d = parseDate('3 mars 2025');
    assert.ok(d && !('weekday' in d) && !('weekdayText' in d));
  });

  it('no date in unrelated text', () => {
    assert.deepEqual(scanDates('118 entreprises adhérentes, 41 000 € en septembre'), []);
    assert.deepEqual(scanDates('le sept septembre'), [{ start: 3, end: 17, month: 9, day: 7 }]);
    assert.deepEqual(scanDates('32 mars 2025 ; 13/13/2025'), []);
    assert.deepEqual(scanDates('version 1.16.11.20175'), []);
    // A year of two figures only with day and month of two figures, never inside a longer run of figures.
    assert.deepEqual(scanDates('tél. 03.88.06.12.24 ; article 1.10.12.3 ; le 6.12.24 ; 06-12-24 ; 06.12.245'), []);
  });

  it('returns what is written even when invalid: 29 février 2025', () => {
    const d = parseDate('29 février 2025');
    assert.deepEqual(d, { year: 2025, month: 2, day: 29 });
    assert.ok(!isValidDate(2025, 2, 29));
    assert.ok(isValidDate(2024, 2, 29));
    assert.ok(!isValidDate(1900, 2, 29));
    assert.ok(isValidDate(2000, 2, 29));
    assert.ok(!isValidDate(2025, 4, 31));
    assert.ok(!isValidDate(2025, 13, 1));
    assert.ok(!isValidDate(2025, 0, 1));
    assert.ok(!isValidDate(2025, 1, 0));
  });

  it('scans a line with positions', () => {
    const line = "L'an deux mille vingt-cinq, le trois mars à vingt heures, convoqué le 25 février 2025 ; délibération du 16/11/2017 et du lundi 3 mars 2025.";
    const found = scanDates(line);
    assert.deepEqual(
      found.map((d) => [line.slice(d.start, d.end), d.year, d.month, d.day, d.weekday]),
      [
        ["L'an deux mille vingt-cinq, le trois mars", 2025, 3, 3, undefined],
        ['25 février 2025', 2025, 2, 25, undefined],
        ['16/11/2017', 2017, 11, 16, undefined],
        ['lundi 3 mars 2025', 2025, 3, 3, 1],
      ],
    );
  });

  it('weekdays', () => {
    assert.equal(weekdayOf(2017, 11, 16), 4);
    assert.equal(WEEKDAYS_FR[weekdayOf(2017, 11, 16)], 'jeudi');
    assert.equal(WEEKDAYS_FR[weekdayOf(2025, 3, 3)], 'lundi');
    assert.equal(weekdayOf(2000, 1, 1), 6); // samedi
    assert.equal(weekdayOf(2024, 2, 29), 4); // jeudi
    assert.equal(weekdayOf(1970, 1, 1), 4);
    // agrees with Date in UTC over a long range
    for (let t = Date.UTC(1890, 0, 1); t < Date.UTC(2110, 0, 1); t += 86400000 * 13) {
      const d = new Date(t);
      assert.equal(weekdayOf(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()), d.getUTCDay());
    }
    const d = parseDate('Jeudi 16 Novembre 2017');
    assert.ok(d && d.year !== undefined);
    assert.equal(d.weekday, weekdayOf(d.year, d.month, d.day));
    const wrong = parseDate('mardi 3 mars 2025');
    assert.ok(wrong && wrong.year !== undefined);
    assert.notEqual(wrong.weekday, weekdayOf(wrong.year, wrong.month, wrong.day));
  });

  it('days between and clear days (jours francs)', () => {
    const sent = { year: 2025, month: 2, day: 25 };
    const meeting = { year: 2025, month: 3, day: 3 };
    assert.equal(daysBetween(sent, meeting), 6);
    assert.equal(clearDaysBetween(sent, meeting), 5);
    assert.equal(clearDaysBetween({ year: 2024, month: 2, day: 25 }, { year: 2024, month: 3, day: 3 }), 6); // leap year
    assert.equal(clearDaysBetween(meeting, meeting), 0);
    assert.equal(clearDaysBetween({ year: 2025, month: 3, day: 2 }, meeting), 0);
    assert.equal(clearDaysBetween(meeting, sent), 0);
    assert.equal(daysBetween(meeting, sent), -6);
    assert.equal(daysBetween({ year: 2024, month: 12, day: 31 }, { year: 2025, month: 1, day: 1 }), 1);
    assert.equal(daysBetween({ year: 2000, month: 1, day: 1 }, { year: 2001, month: 1, day: 1 }), 366);
    assert.equal(daysBetween({ year: 1900, month: 1, day: 1 }, { year: 1901, month: 1, day: 1 }), 365);
  });

  it('compares dates', () => {
    assert.ok(compareDates({ year: 2025, month: 2, day: 25 }, { year: 2025, month: 3, day: 3 }) < 0);
    assert.ok(compareDates({ year: 2025, month: 3, day: 3 }, { year: 2025, month: 2, day: 25 }) > 0);
    assert.equal(compareDates({ year: 2025, month: 3, day: 3 }, { year: 2025, month: 3, day: 3 }), 0);
    assert.ok(compareDates({ year: 2024, month: 12, day: 31 }, { year: 2025, month: 1, day: 1 }) < 0);
  });

  it('formats dates', () => {
    assert.equal(formatDateFr({ year: 2025, month: 3, day: 3 }, true), 'lundi 3 mars 2025');
    assert.equal(formatDateFr({ year: 2025, month: 3, day: 3 }), '3 mars 2025');
    assert.equal(formatDateFr({ year: 2025, month: 9, day: 1 }, true), 'lundi 1er septembre 2025');
    assert.equal(formatDateFr({ month: 3, day: 3 }, true), '3 mars');
    assert.equal(formatDateFr({ year: 2017, month: 11, day: 16 }, true), 'jeudi 16 novembre 2017');
    assert.equal(MONTHS_FR[7], 'août');
    assert.equal(monthOf('FÉVR.'), 2);
  });

  it('formatDateFr and parseDate round-trip', () => {
    for (let m = 1; m <= 12; m++) {
      for (const day of [1, 9, 28]) {
        const d = { year: 2025, month: m, day };
        assert.deepEqual(parseDate(formatDateFr(d)), d);
        const w = parseDate(formatDateFr(d, true));
        assert.equal(w?.weekday, weekdayOf(2025, m, day));
      }
    }
  });
});

describe('text: hours', () => {
  const cases: [string, number][] = [
    ['à vingt heures', 1200],
    ['18h10', 1090],
    ['18H10', 1090],
    ['20 h 30', 1230],
    ['18 h', 1080],
    ['18 heures 30', 1110],
    ['18:30', 1110],
    ['dix-huit heures trente', 1110],
    ['vingt heures et demie', 1230],
    ['dix-neuf heures quinze minutes', 1155],
    ['une heure', 60],
    ['midi', 720],
    ['minuit', 0],
  ];
  for (const [text, minutes] of cases) it(`${text} → ${minutes}`, () => assert.equal(parseTime(text), minutes));

  it('no hour in unrelated text', () => {
    assert.equal(parseTime('18 hectares'), undefined);
    assert.deepEqual(scanTimes('18 hectares, 25 heures'), []);
    const line = 'séance ouverte à 18h10, levée à vingt heures';
    assert.deepEqual(scanTimes(line), [
      { start: line.indexOf('18h'), end: line.indexOf(','), minutes: 1090 },
      { start: line.indexOf('vingt'), end: line.length, minutes: 1200 },
    ]);
  });
});

describe('text: alternations split under the size V8 optimises', () => {
  /** Every match of a global pattern, as « offset:text ». */
  const all = (re: { lastIndex: number; exec(s: string): RegExpExecArray | null }, text: string) => {
    re.lastIndex = 0;
    const out: string[] = [];
    for (let m = re.exec(text); m; m = re.exec(text)) out.push(`${m.index}:${m[0]}`);
    return out;
  };
  const alternatives = ['présents', 'absents excusés', 'absents', 'excusés', 'pouvoirs?', 'secrétaire'];
  const before = '(?<![\\p{L}])';
  const after = '[ \\u00a0]*:';
  const texts = [
    'absents excusés : X présents : Y absents : Z excusés : W',
    'présents : A, B ; secrétaire : C ; pouvoir : D à E ; pouvoirs : F',
    'rien ici',
    'absentsexcusés : non ; absents excusés:oui',
  ];

  it('finds what the single pattern finds, however the alternatives are packed', () => {
    const one = new RegExp(`${before}(?:${alternatives.join('|')})${after}`, 'gu');
    for (const limit of [1, 40, 60, 10_000]) {
      const split = new Alternation(alternatives, { before, after, flags: 'gu' }, limit);
      if (limit === 1) assert.equal(split.parts.length, alternatives.length);
      if (limit === 10_000) assert.equal(split.parts.length, 1);
      for (const text of texts) assert.deepEqual(all(split, text), all(one, text), `${limit}: ${text}`);
    }
  });

  it('keeps the first alternative of those matching at one offset', () => {
    // « absents » alone comes after « absents excusés »: the longer one, first, wins in both.
    const split = new Alternation(['absents excusés', 'absents'], { before, flags: 'gu' }, 1);
    assert.deepEqual(all(split, 'absents excusés'), ['0:absents excusés']);
    const reversed = new Alternation(['absents', 'absents excusés'], { before, flags: 'gu' }, 1);
    assert.deepEqual(all(reversed, 'absents excusés'), ['0:absents']);
  });

  it('goes on from lastIndex, on another text too, and is reset after the last match', () => {
    const split = new Alternation(alternatives, { before, after, flags: 'gu' }, 1);
    split.lastIndex = 21;
    assert.equal(split.exec(texts[0])?.index, 33);
    assert.equal(split.lastIndex, 42);
    split.lastIndex = 0;
    assert.equal(split.exec(texts[1])?.index, 0);
    assert.equal(split.exec(texts[2]), null);
    assert.equal(split.lastIndex, 0);
  });

  it('an anchored pattern, not global', () => {
    const split = new Alternation(alternatives, { before: '^', after: `${after}$`, flags: 'u' }, 1);
    assert.equal(split.test('absents excusés :'), true);
    assert.equal(split.test(' absents :'), false);
    assert.equal(split.exec('excusés :')?.[0], 'excusés :');
  });
});
