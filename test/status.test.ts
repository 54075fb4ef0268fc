// The words of the status bar item (client/status-text.ts): findings, roster in use or not, in French and English.
import assert from 'node:assert/strict';
import { readingText, statusText } from '../client/status-text';

const NONE = { error: 0, warning: 0, information: 0, hint: 0 };

describe('status bar item', () => {
  it('counts errors and warnings, names the roster in use and how many members it has', () => {
    const s = statusText({ findings: { ...NONE, error: 2, warning: 1 }, roster: { path: '/w/commune/conseil.yaml', members: 29, applies: true } }, 'fr');
    assert.equal(s.text, '$(error) 2 $(warning) 1  $(organization) conseil.yaml');
    assert.match(s.tooltip, /^2 erreurs, 1 avertissement\nTableau des membres utilisé : \/w\/commune\/conseil.yaml \(29 membres\)\nClic : ce qui est lu de l’acte$/);
    assert.match(statusText({ findings: { ...NONE, error: 1 }, roster: null }, 'en').tooltip, /^1 error, 0 warnings\nNo roster/);
  });

  it('says there is nothing wrong, with the notes, and why a roster is not used', () => {
    const s = statusText({ findings: { ...NONE, information: 1 }, roster: { path: '/w/conseil.yaml', members: 83, applies: false } }, 'fr');
    assert.equal(s.text, '$(check) Délibération');
    assert.match(s.tooltip, /^Aucune erreur ni avertissement \(1 remarque\)\nTableau des membres \/w\/conseil.yaml non utilisé : il décrit une autre assemblée\./);
    const broken = statusText({ findings: NONE, roster: { path: '/w/conseil.yaml', members: null, applies: false } }, 'en');
    assert.equal(broken.text, '$(check) Deliberation  $(organization) ?');
    assert.match(broken.tooltip, /cannot be read/);
  });

  it('says when the act is being read, and when it is not analysed at all', () => {
    assert.match(readingText('fr').text, /sync~spin/);
    assert.match(statusText({ findings: null, roster: null }, 'fr').tooltip, /n’est pas analysé/);
  });
});
