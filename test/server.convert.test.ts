// Unit tests of the server's pure conversions (core results → LSP), on hand-made findings and outlines.
import assert from 'node:assert/strict';
import { DiagnosticSeverity, SymbolKind } from 'vscode-languageserver-protocol';
import type { OutlineSymbol } from '../core/analyze';
import { range, type Finding } from '../core/types';
import { findingToDiagnostic, outlineToDocumentSymbols, outlineToSymbolInformation, quickFixes } from '../server/convert';
import { analyzeDocumentText } from '../server/server';
import { normalizeSettings } from '../shared/settings';

const URI = 'file:///tmp/a.delib';

describe('server conversions', () => {
  it('maps a finding to a diagnostic, keeping related locations and fixes', () => {
    const fix = { title: 'Fermer le gras', edits: [{ range: range(1, 4, 1, 4), newText: '**' }] };
    const finding: Finding = {
      code: 'syntax',
      severity: 'warning',
      message: 'Gras non fermé',
      range: range(1, 0, 1, 4),
      related: [{ range: range(0, 0, 0, 2), message: 'ouvert ici' }],
      fixes: [fix],
    };
    assert.deepEqual(findingToDiagnostic(finding, URI), {
      range: range(1, 0, 1, 4),
      severity: DiagnosticSeverity.Warning,
      code: 'syntax',
      source: 'deliberation',
      message: 'Gras non fermé',
      relatedInformation: [{ location: { uri: URI, range: range(0, 0, 0, 2) }, message: 'ouvert ici' }],
      data: { fixes: [fix] },
    });
    const plain = findingToDiagnostic({ ...finding, severity: 'hint', related: [], fixes: undefined }, URI);
    assert.equal(plain.severity, DiagnosticSeverity.Hint);
    assert.ok(!('relatedInformation' in plain) && !('data' in plain));
    assert.deepEqual(quickFixes([findingToDiagnostic(finding, URI)], URI)[0].edit, { changes: { [URI]: fix.edits } });
  });

  it('maps the outline to document symbols, repairing what VS Code would reject', () => {
    const article: OutlineSymbol = {
      name: 'Article 1 - Objet',
      kind: 'article',
      range: range(2, 0, 3, 0),
      selectionRange: range(2, 0, 2, 17),
      children: [],
    };
    const deliberation: OutlineSymbol = {
      name: 'Délibération n° 1',
      kind: 'deliberation',
      range: range(1, 0, 9, 0),
      selectionRange: range(1, 0, 1, 5),
      children: [article],
    };
    // An empty name and a selection range outside the range: VS Code would reject both.
    const outline: OutlineSymbol[] = [
      { name: ' ', detail: '16 novembre 2017', kind: 'seance', range: range(0, 0, 9, 0), selectionRange: range(12, 0, 12, 1), children: [deliberation] },
    ];
    const [seance] = outlineToDocumentSymbols(outline);
    assert.equal(seance.name, '…');
    assert.equal(seance.kind, SymbolKind.Namespace);
    assert.deepEqual(seance.selectionRange, seance.range);
    assert.equal(seance.children?.[0].kind, SymbolKind.Module);
    assert.equal(seance.children?.[0].children?.[0].kind, SymbolKind.Method);
    assert.deepEqual(
      outlineToSymbolInformation(outline, URI).map((s) => [s.name, s.containerName]),
      [['…', undefined], ['Délibération n° 1', '…'], ['Article 1 - Objet', 'Délibération n° 1']],
    );
  });

  it('keeps only valid settings', () => {
    assert.deepEqual(normalizeSettings(undefined), { locale: 'fr', severities: {} });
    assert.deepEqual(normalizeSettings({ locale: 'de', checks: { a: 'off', b: 'fatal', c: 'hint' } }), {
      locale: 'fr',
      severities: { a: 'off', c: 'hint' },
    });
  });

  it('refuses binary text at the NUL byte', () => {
    const { findings, outline } = analyzeDocumentText('Séance\nab\0', { locale: 'en', severities: {} });
    assert.deepEqual(outline, []);
    assert.deepEqual(findings.map((f) => [f.code, f.range]), [['syntax', range(1, 2, 1, 3)]]);
  });
});
