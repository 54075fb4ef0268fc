import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  type CommuneMatch,
  type CommuneSources,
  compactCommuneData,
  createCommuneIndex,
  editDistance,
  loadCommuneIndex,
  normalizeName,
} from '../core/communes/index';

// The names as written in the attendance lists of a 2017 register of the Grand Besançon.
const REGISTER_2017 = [
  'Amagney', 'Arguel', 'Audeux', 'Avanne-Aveney', 'Besançon', 'Bonnay', 'Braillans', 'Busy', 'Byans-sur-Doubs',
  'Chalezeule', 'Chalèze', 'Champagnay', 'Champvans-les-Moulins', 'Chauconne', 'Chemaudin et Vaux', 'Chevroz',
  'Châtillon-le-Duc', "Cussey-sur-l'ognon", 'Dannemarie-sur-Crête', 'Deluz', 'Devecey', 'Ecole-Valentin', 'Fontain',
  'Franois', 'Geneuille', 'Gennes', 'Grandfontaine', 'La Vèze', 'Les Auxons', 'Mamirolle', 'Mazerolles-le-Salin',
  'Miserey-Salines', 'Montfaucon', 'Montferrand-le-Château', 'Morre', 'Nancray', 'Novillars', 'Osselle-Routelle',
  'Palise', 'Pelousey', 'Pirey', 'Pouilley-Français', 'Pouilley-les-Vignes', 'Pugey', 'Roche-lez-Beaupré', 'Saint-Vit',
  'Serre-les-Sapins', 'Tallenay', 'Thisse', 'Thoraise', 'Torpes', 'Vaire', 'Velesmes-Essarts', 'Vieilley',
  'Vorges-les-Pins', 'Beure', 'Boussières', 'Champoux', 'Chaudfontaine', 'La Chevillotte', 'Larnod', 'Le Gratteris',
  'Marchaux', 'Merey-Vieilley', 'Noironte', 'Rancenay', 'Roset-Fluans', 'Saône', 'Venise', 'Villars Saint-Georges',
];

const MISSPELLED: Record<string, [official: string, reason: string]> = {
  Champagnay: ['Champagney', 'letters'],
  Chauconne: ['Chaucenne', 'letters'],
  "Cussey-sur-l'ognon": ["Cussey-sur-l'Ognon", 'case'],
  'Dannemarie-sur-Crête': ['Dannemarie-sur-Crète', 'accents'],
  'Ecole-Valentin': ['École-Valentin', 'accents'],
  Thisse: ['Thise', 'letters'],
  'Merey-Vieilley': ['Mérey-Vieilley', 'accents'],
  'Villars Saint-Georges': ['Villars-Saint-Georges', 'hyphens'],
};

const GRAND_BESANCON = '242500361';

function describeMatch(m: CommuneMatch): string {
  switch (m.kind) {
    case 'exact':
      return `exact ${m.commune.name}`;
    case 'former':
      return `former ${m.commune.name} → ${m.current.name}`;
    case 'spelling':
      return `spelling → ${m.official.name} (${m.reason})`;
    case 'unknown':
      return 'unknown';
  }
}

describe('communes', () => {
  const index = loadCommuneIndex();
  const territory = index.inferTerritory(REGISTER_2017);

  describe('normalizeName', () => {
    it('ignores case, accents, hyphens, apostrophes and St/Saint', () => {
      assert.equal(normalizeName('École-Valentin'), 'ecole valentin');
      assert.equal(normalizeName("Cussey-sur-l’Ognon"), normalizeName("cussey sur l'ognon"));
      assert.equal(normalizeName('St-Vit'), normalizeName('Saint Vit'));
      assert.equal(normalizeName('Ste-Marie'), 'sainte marie');
      assert.equal(normalizeName('Œuilly'), 'oeuilly');
      assert.equal(normalizeName('Stenay'), 'stenay');
    });

    it('counts a transposition as one edit', () => {
      assert.equal(editDistance('thise', 'thsie'), 1);
      assert.equal(editDistance('champagnay', 'champagney'), 1);
      assert.equal(editDistance('abc', 'xyz', 1), 2);
    });
  });

  describe('the index', () => {
    it('holds the current communes, the EPCI and the départements', () => {
      assert.ok(index.communes.length > 34_000, `${index.communes.length} communes`);
      assert.match(index.source, /decoupage-administratif@/);
      assert.equal(index.departement('25')?.name, 'Doubs');
      const epci = index.epci(GRAND_BESANCON);
      assert.ok(epci && epci.members.length > 60);
      assert.ok(epci.members.every((c) => c.epci === GRAND_BESANCON));
    });

    it('gives the population of a commune', () => {
      const commune = index.byCode('25467')!;
      assert.equal(commune.name, 'Pouilley-les-Vignes');
      const population = index.population(commune)!;
      assert.ok(population > 1_000 && population < 3_500, `${population}`);
      assert.equal(index.population('25467'), population);
    });
  });

  describe('a 2017 register of the Grand Besançon', () => {
    it('infers the territory from the names of the attendance list', () => {
      assert.deepEqual(territory, { epci: GRAND_BESANCON, departement: '25' });
    });

    it('finds exactly the eight misspelled names, with their official forms', () => {
      const misspelled: Record<string, [string, string]> = {};
      for (const name of REGISTER_2017) {
        const m = index.lookup(name, territory);
        if (m.kind === 'spelling') misspelled[name] = [m.official.name, m.reason];
      }
      assert.deepEqual(misspelled, MISSPELLED);
    });

    it('knows every other name, as a current or a former commune', () => {
      for (const name of REGISTER_2017.filter((n) => !(n in MISSPELLED))) {
        const m = index.lookup(name, territory);
        assert.ok(m.kind === 'exact' || m.kind === 'former', `${name}: ${describeMatch(m)}`);
      }
    });

    it('recognises the communes merged since', () => {
      const cases: [written: string, former: string, current: string][] = [
        ['Arguel', 'Arguel', 'Fontain'],
        ['Le Gratteris', 'Le Gratteris', 'Mamirolle'],
        ['Marchaux', 'Marchaux', 'Marchaux-Chaudefontaine'],
        ['Chaudfontaine', 'Chaudefontaine', 'Marchaux-Chaudefontaine'],
      ];
      for (const [written, former, current] of cases) {
        const m = index.lookup(written, territory);
        assert.equal(describeMatch(m), `former ${former} → ${current}`);
      }
      const chaudfontaine = index.lookup('Chaudfontaine', territory);
      assert.equal(chaudfontaine.kind === 'former' && chaudfontaine.reason, 'letters');
    });

    it('accepts the typographic apostrophe', () => {
      assert.equal(index.lookup('Cussey-sur-l’Ognon', territory).kind, 'exact');
    });
  });

  describe('lookup', () => {
    it('only guesses misspelled letters within the territory', () => {
      assert.equal(index.lookup('Champagnay').kind, 'unknown');
      assert.equal(index.lookup('Thisse', { departement: '25' }).kind, 'spelling');
    });

    it('answers unknown for a name known nowhere', () => {
      assert.equal(index.lookup('Zorglubville', territory).kind, 'unknown');
      assert.equal(index.lookup('', territory).kind, 'unknown');
    });

    it('accepts a correct name from another département', () => {
      const m = index.lookup('Chamonix-Mont-Blanc', territory);
      assert.equal(m.kind === 'exact' && m.commune.departement, '74');
    });

    it("prefers the territory's commune among homonyms", () => {
      assert.equal(describeMatch(index.lookup('Vaire')), 'exact Vaire');
      assert.equal(describeMatch(index.lookup('Vaire', { departement: '85' })), 'spelling → Vairé (accents)');
    });

    it('reads St as Saint', () => {
      assert.equal(describeMatch(index.lookup('St-Vit', territory)), 'spelling → Saint-Vit (abbreviation)');
    });

    it('reads S/ as sur, as tables abbreviate it', () => {
      assert.equal(describeMatch(index.lookup('BEAULIEU S/ LAYON')), 'spelling → Beaulieu-sur-Layon (abbreviation)');
    });

    it('finds a commune whose first word « Saint » was left out, in the territory only', () => {
      assert.equal(describeMatch(index.lookup('Julien en St Alban', { departement: '07' })), 'spelling → Saint-Julien-en-Saint-Alban (letters)');
      assert.equal(index.lookup('Julien en St Alban').kind, 'unknown');
      assert.equal(describeMatch(index.lookup('Julien en Saint Alban', { departement: '25' })), 'unknown');
      // A single word is a surname before it is Saint-Vit.
      assert.equal(describeMatch(index.lookup('Vit', territory)), 'unknown');
    });

    it('finds the one commune of France whose name has a linking word left out (« GEVIGNEY – MERCEY »)', () => {
      assert.equal(describeMatch(index.lookup('GEVIGNEY – MERCEY')), 'spelling → Gevigney-et-Mercey (letters)');
      assert.equal(describeMatch(index.lookup('Chatillon Seine')), 'spelling → Châtillon-sur-Seine (letters)');
      // Two words that no linking word makes a commune.
      assert.equal(describeMatch(index.lookup('Jean Martin')), 'unknown');
    });
  });

  describe('territory', () => {
    it('recognises an EPCI however it is written', () => {
      for (const text of [
        "Communauté d'Agglomération du Grand Besançon",
        'Grand Besançon Métropole',
        'CA du Grand Besançon',
        'Extrait du registre des délibérations du Conseil de communauté de la Communauté urbaine Grand Besançon Métropole',
      ]) {
        assert.equal(index.findEpciByName(text), GRAND_BESANCON, text);
      }
      assert.equal(index.findEpciByName('Conseil municipal de Besançon'), undefined);
      assert.equal(index.findEpciByName('le conseil municipal de Lyon'), undefined);
      assert.equal(index.epci(index.findEpciByName('la Métropole de Lyon')!)?.name, 'Métropole de Lyon');
    });

    it('recognises a département', () => {
      assert.equal(index.findDepartementByName('Doubs'), '25');
      assert.equal(index.findDepartementByName('département du Doubs'), '25');
      assert.equal(index.findDepartementByName("Côte-d'Or"), '21');
      assert.equal(index.findDepartementByName('Atlantide'), undefined);
    });
  });

  describe('complete', () => {
    it('matches without accents, territory first', () => {
      const names = index.complete('ecole', territory).map((c) => c.name);
      assert.equal(names[0], 'École-Valentin');
      assert.ok(names.length > 1);
    });

    it('matches the start of any word', () => {
      assert.ok(index.complete('valentin', territory).some((c) => c.name === 'École-Valentin'));
    });

    it('ranks the EPCI, then the département, then by population', () => {
      const found = index.complete('saint', territory, 200);
      const rank = (c: (typeof found)[number]) => (c.epci === GRAND_BESANCON ? 0 : c.departement === '25' ? 1 : 2);
      assert.equal(found[0].name, 'Saint-Vit');
      assert.deepEqual(found.map(rank), [...found.map(rank)].sort());
      assert.equal(index.complete('saint', undefined, 1)[0].name, 'Saint-Étienne');
      assert.equal(index.complete('saint', territory, 5).length, 5);
    });
  });

  describe('building the compact index', () => {
    // A small made-up département: general rules, no real name needed.
    const sources: CommuneSources = {
      source: 'test',
      departements: [{ code: '99', nom: 'Testshire' }],
      epci: [{ code: '200000001', nom: 'CC des Essais', membres: [{ code: '99001' }, { code: '99002' }, { code: '99003' }] }],
      communes: [
        { code: '99001', nom: 'Alpha-Bêta', type: 'commune-actuelle', departement: '99', population: 900, anciensCodes: ['99009'] },
        { code: '99002', nom: 'Montval', type: 'commune-actuelle', departement: '99', population: 100 },
        { code: '99003', nom: 'Montvel', type: 'commune-actuelle', departement: '99', population: 200 },
        { code: '99004', nom: 'Gamma', type: 'commune-deleguee', departement: '99', chefLieu: '99002' },
        { code: '99005', nom: 'Delta et Epsi', type: 'commune-actuelle', departement: '99', population: 300, anciensCodes: ['99008'] },
        { code: '99006', nom: 'Omicron et Epsi', type: 'commune-actuelle', departement: '99', population: 300 },
      ],
      history: [['99009', 'Bêta', null], ['99008', 'Epsi-sur-Loue', null]],
    };
    const small = createCommuneIndex(compactCommuneData(sources));
    const t = small.inferTerritory(['Montval', 'Alpha-Bêta']);

    it('keeps delegated, absorbed and derived former names', () => {
      assert.deepEqual(t, { epci: '200000001', departement: '99' });
      assert.equal(describeMatch(small.lookup('Gamma', t)), 'former Gamma → Montval');
      assert.equal(describeMatch(small.lookup('Bêta', t)), 'former Bêta → Alpha-Bêta');
      assert.equal(describeMatch(small.lookup('Alpha', t)), 'former Alpha → Alpha-Bêta');
    });

    it('derives a former name when the other part is the short form of a merged commune (« Delta et Epsi »)', () => {
      assert.equal(describeMatch(small.lookup('Epsi-sur-Loue', t)), 'former Epsi-sur-Loue → Delta et Epsi');
      assert.equal(describeMatch(small.lookup('Delta', t)), 'former Delta → Delta et Epsi');
      assert.equal(small.lookup('Omicron', t).kind, 'unknown', 'no merger behind « Omicron et Epsi »: nothing derived');
    });

    it('refuses to choose between two equally close names', () => {
      assert.equal(small.lookup('Montvol', t).kind, 'unknown');
      assert.equal(describeMatch(small.lookup('Montvall', t)), 'spelling → Montval (letters)');
    });

    it('writes an index under 2 MB that loads fast', function () {
      this.timeout(60_000);
      const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'communes-')), 'communes.json');
      execFileSync(process.execPath, ['scripts/build-communes.mjs', out]);
      assert.ok(fs.statSync(out).size < 2_000_000, `${fs.statSync(out).size} bytes`);
      const start = performance.now();
      const built = loadCommuneIndex(out);
      const elapsed = performance.now() - start;
      assert.equal(built.communes.length, index.communes.length);
      assert.ok(elapsed < 500, `${elapsed} ms`); // ~50 ms on the reference machine; generous for slow CI
      assert.equal(describeMatch(built.lookup('Thisse', territory)), 'spelling → Thise (letters)');
    });
  });
});
