// The real acts of corpus/real (and the reference samples of corpus/samples), read as a new user would: the built
// CLI (`delib check` and `delib inspect`) scored against the answer files by scripts/corpus.mjs (npm run corpus).
// What must hold on acts the tool was not written for: no false error or warning, at most one notice per act; and
// what the reader must keep reading (the figures only go up: raise them with the reader).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './helpers/paths';

interface Score {
  docs: number; acts: number; expected: number; found: number; falsePositives: number; noisyActs: number; facts: number; read: number; failed: number;
  layouts: { flattened: number; blankLines: number; wrapped: number; wrapped45: number; wrapped100: number };
}

describe('real acts (corpus/real)', function () {
  this.timeout(900000);
  let score: Score;
  let report: string;
  before(() => {
    const script = join(REPO_ROOT, 'scripts/corpus.mjs');
    score = JSON.parse(execFileSync('node', [script, '--json'], { encoding: 'utf8' }));
    report = execFileSync('node', [script], { encoding: 'utf8' });
  });

  it('reads at least 60 real acts with their answer files, and none fails', () => {
    assert.ok(score.docs >= 60, `${score.docs} documents`);
    assert.equal(score.failed, 0);
  });

  it('raises no error or warning that the answer files do not list', () => {
    assert.equal(score.falsePositives, 0, report);
  });

  it('gives at most one notice per act', () => {
    assert.equal(score.noisyActs, 0, report);
  });

  it('finds every mistake of the answer files', () => {
    assert.equal(score.found, score.expected, report);
  });

  // Floors of the last measure: holdouts join the corpus with the layouts the reader does not read yet (the share
  // read fell from 96.7 % to 94.6 % when the eighth came in, though the reader read more of the others; 95.0 % with
  // the ninth and the tenth; 95.7 % with the eleventh to the thirteenth; 94.9 % with the fourteenth and fifteenth; 94.1 % with the seventeenth, 94.7 % with the sixteenth after fixes; 94.95 % with the nineteenth, 95.0 % after fixes;
  // 94.4 % with the eighteenth and the twentieth to the twenty-third, 95.1 % after fixes; 95.2 % with the forty-fourth, 95.3 % with the forty-fifth, 95.4 % with the forty-sixth;
  // 93.9 % with the forty-eighth to the fiftieth, acts flattened into one line by a dataset, some holding two acts,
  // 94.3 % after fixes), so
  // the count of facts read is the floor, and the share only a guard.
  // The same words laid out as other publishers lay them out: what the act raises must not depend on the layout. An
  // act flattened into one paragraph (as a PDF often pastes) raises nothing more; with its lines wrapped at 70
  // characters (one since the fifteenth session, see below) or a blank line after every line, a reading still differs: a
  // ceiling of the last measure, to lower.
  // (Wrapped at 45 characters, a narrow column, and at 100, a wide page: measured since the thirteenth session, about
  // 44 and 33 on the acts of its start before its fixes, 34 and 6 after them with its holdouts joined: ceilings, to
  // lower. The fourteenth session brought them to 33 and 6 on those acts, and joined the 74th to 76th holdouts' 94 acts,
  // four of which raise one more each: a label cut after its first words at 45 and 100, « Pouvoirs ont été↵donnés
  // par »; a margin's count at the end of a line at 100; a proxy's holder at 45; a list with a blank line after every
  // line, blank lines 2. The fifteenth session brought wrapped at 45 to 30 on those acts (votes cut from their word by
  // the line's end) and joined the 77th holdouts' 38 acts, one of which raises one more wrapped at 70 and at 45: a
  // member listed present and absent, whose given name the line's end sends below « Absente : M. FIEGE », is told as
  // the surname alone, another message for the same true mistake. Then 27 on the acts of its start (a date in words of
  // the convocation, « Article 1° » inline, a page's running header at a line's start) and the 78th holdout's 39 acts
  // joined, one raising two more at 45, a count of those represented against proxies cut by the lines: 31. The sixteenth
  // session joined the 79th and 80th holdouts' 66 acts, read as published without a false finding; six raise more once
  // wrapped: at 70, 4 (a plural civility before a colon at a line's end, « MM :↵GRANDHOMME »; a list wrapped in a
  // table of statuses, two holders then not found; a count of voters against proxies cut by the line), at 45, 5 (« donne
  // procuration de↵vote à », the proxies lost: two; a surname alone; a table of statuses; a town's hyphenated name cut
  // at a line's end, told as misspelt), at 100, 1 (the same name): 5, 36, 9. The seventeenth joined the 81st to 83rd
  // holdouts read as published without a false finding (those they showed mended) and brought wrapped at 100 to 8 (a
  // commune « Saint↵Martin des Champs » cut after a dash, read whole); one of the 83rd raises one more wrapped at 45 (the
  // commune « CHIGNY LES ROSES » of an opening sentence, at a line's start: 37).)
  it('raises no more errors or warnings when an act is flattened, and no more than before with its lines wrapped or blank lines', () => {
    assert.equal(score.layouts.flattened, 0, report);
    assert.ok(score.layouts.blankLines <= 2, `blank lines: ${score.layouts.blankLines}`);
    assert.ok(score.layouts.wrapped <= 5, `wrapped at 70: ${score.layouts.wrapped}`);
    assert.ok(score.layouts.wrapped45 <= 37, `wrapped at 45: ${score.layouts.wrapped45}`);
    assert.ok(score.layouts.wrapped100 <= 8, `wrapped at 100: ${score.layouts.wrapped100}`);
  });

  it('reads the stated facts (séance date, counts, names, proxies, votes) at least as well as before', () => {
    // (The share falls when harder acts join: the twenty-ninth and thirtieth holdouts' tables flattened column by
    // column, boxes interleaved with the proxies and texts cut inside long lists brought it from 95.3 % to 94.4 %.)
    // (And from 95.5 % to 94.3 % with the forty-eighth to the fiftieth: the second act of a line holding two was not
    // read. Reading it brought 94.9 %; the fifty-first's tables flattened column by column, 94.3 %; 94.7 % with the
    // fifty-second and fifty-third after fixes; 95.1 % after the fixes of the sixth session, 94.97 % with the fifty-fourth.)
    // (28 033: the chair who presides and is not listed is no longer given among the names listed present — 54 names
    // the answer files do not state left out, and four stated names that only the chair's « présidence » gave.)
    // (95.05 % after this session's fixes and the fifty-fifth and fifty-sixth holdouts, 17 acts; 95.21 % with the
    // fifty-ninth's 15 acts, after the fixes of the ninth session; 95.00 % with the sixtieth's 15, three of them
    // communautés whose tables the extraction scrambled or an OCR garbled; 95.01 % with the sixty-first to the
    // sixty-third's 45, after the fixes of the tenth session; 95.04 % with the sixty-fourth's 18; 94.69 % with the
    // sixty-fifth to the sixty-eighth's 60 after the fixes of the eleventh session — 85.4 % of theirs are read, tables
    // marked with « x », scrambled or column by column and a roll without a label costing most —, so the share guarded
    // is 94.5 % until the reader reads those; 94.88 % after the twelfth session's fixes, 93.95 % with the sixty-ninth and
    // seventieth's 100 acts joined — 84.1 % of theirs read, tables of communes and delegates flattened across their
    // columns, margin boxes interleaved with the lists and OCR costing most —, 93.99 % after more fixes, 93.75 % with the
    // seventy-first's 15, read with the session's last code and no change made for them, 93.81 % after a last fix, so
    // the share guarded is 93.7 %; 93.47 % with the seventy-second's 41 acts joined after the thirteenth session's fixes
    // — 80.4 % of theirs read, syndicats' rolls scrambled by their sites costing most —; 93.20 % with the seventy-third's
    // 27, read with the session's last code (77.7 % of the 30 collected: tables of communes and delegates, counts read
    // column by column), so the share guarded is 93.1 %; 93.09 % with the seventy-fourth to seventy-sixth's 94 acts
    // joined after the fourteenth session's fixes — 90.0 % of theirs read; of the 99 collected, 84.1 %, 80.7 % and 89.2 % before any fix
    // made for them —, so the share guarded is 93.0 %; 93.11 % after the fifteenth session's fixes, 92.94 % with the
    // seventy-seventh's 38 acts joined — 85.6 % of theirs read, 82.2 % before any fix made for them: tables read column by
    // column, rolls of communes, a box of counts cutting names —, so the share guarded is 92.9 %; 92.54 % with the
    // seventy-eighth's 39 acts joined — 79.2 % of theirs read: communautés' tables of communes and delegates read across
    // their columns, coded tables —, so the share guarded is 92.5 %; 92.46 % with the seventy-ninth's 34 acts joined
    // after the sixteenth session's fixes — 89.2 % of theirs read: lists and proxies in prose, two-column tables read
    // across —, so the share guarded is 92.4 %; 92.16 % with the eightieth's 32 acts and two of the seventy-ninth's
    // joined (79.3 % of theirs read: rolls run into one line, tables of statuses), so the share guarded is 92.1 %.)
    assert.ok(score.read >= 49196 && score.read / score.facts >= 0.919, `${score.read}/${score.facts}`);
  });
});
