// HTML renderer of the layout: one self-contained printable file (inline CSS, every text escaped). The VS Code
// preview uses the same renderer, with the findings marked in the margin and the source line of each block.
import type { Finding, Locale } from '../types';
import type { Block, Layout, Run } from './layout';
import { DRAFT } from './layout';

export interface HtmlOptions {
  locale?: Locale;
  /** Findings to mark in the margin (the preview). */
  findings?: readonly Finding[];
  /** Adds data-line attributes (the first source line of each block) for scrolling with the cursor. */
  sourceLines?: boolean;
  /** The Content-Security-Policy; by default nothing may be loaded and only the inline style applies. */
  csp?: string;
  /** A script of the host (never of the document), with the nonce the policy allows. */
  script?: { nonce: string; code: string };
  /** An act exported despite its errors: « PROJET » across the page (on every printed page). */
  draft?: boolean;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

export const DEFAULT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const CSS = `
@page { size: A4; margin: 2cm 2cm 2.2cm 2.2cm; }
html { background: #f3f3f3; }
body { margin: 0; font-family: "DejaVu Serif", "Times New Roman", Georgia, serif; font-size: 11pt; line-height: 1.35; color: #000; }
.act { background: #fff; max-width: 17cm; margin: 1.5em auto; padding: 2cm 2cm 2cm 2.4cm; box-shadow: 0 0 4px rgba(0,0,0,.2); position: relative; }
p { margin: 0 0 .6em; text-align: justify; }
h1 { font-size: 15pt; text-transform: uppercase; letter-spacing: .02em; margin: 1em 0 .8em; }
h2 { font-size: 12.5pt; margin: 1.1em 0 .5em; }
h3 { font-size: 11.5pt; margin: 1em 0 .4em; }
.center { text-align: center; }
.header p { margin: 0; font-weight: bold; text-align: left; font-size: 10.5pt; }
.header { margin-bottom: 1.5em; }
.attendance { text-align: justify; font-size: 10pt; }
.stamp { font-size: 9.5pt; margin: 0 0 .2em; text-align: left; }
ul { margin: 0 0 .6em 1.2em; padding-left: 1em; list-style-type: '–  '; }
li { margin: 0 0 .3em; text-align: justify; }
table { border-collapse: collapse; margin: .4em 0 1em; width: 100%; page-break-inside: auto; }
table.data td, table.data th { border: 1px solid #444; padding: .2em .4em; vertical-align: top; text-align: left; }
table.data th { background: #e8e8e8; font-weight: bold; }
table.data tr.total td { font-weight: bold; background: #f2f2f2; }
table.data td.num, table.data th.num { text-align: right; white-space: nowrap; }
table.vote { width: auto; margin: .6em 0 1em; }
table.vote td { padding: .1em .6em .1em 0; vertical-align: top; }
table.vote td.label { font-weight: bold; }
table.vote td.num { text-align: right; font-weight: bold; }
.signatures { display: flex; justify-content: space-between; gap: 2em; margin: 1.2em 0 1.5em; }
.signatures.single { justify-content: flex-end; }
.signatures .party { min-width: 40%; text-align: center; }
.gap { display: block; height: 3.2em; }
.watermark { position: fixed; top: 45%; left: 0; right: 0; text-align: center; transform: rotate(-40deg); font: bold 96pt sans-serif; color: rgba(192,0,0,.12); pointer-events: none; z-index: 10; }
.page-break { break-before: page; page-break-before: always; }
.keep, h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
table.vote, .signatures { break-inside: avoid; page-break-inside: avoid; }
.blk { position: relative; }
.marks { position: absolute; left: -2.1cm; width: 1.8cm; text-align: right; font-family: sans-serif; font-size: 8pt; line-height: 1.2; }
.mark { display: inline-block; border-radius: 3px; padding: 0 .3em; margin: 0 0 .15em .2em; color: #fff; cursor: help; }
.mark.error { background: #c62828; } .mark.warning { background: #b26a00; } .mark.information { background: #1565c0; } .mark.hint { background: #777; }
.notes { font-family: sans-serif; font-size: 8.5pt; line-height: 1.3; margin: .2em 0 .6em; text-align: left; }
.note { margin: .1em 0; padding: .1em .5em; border-left: 3px solid #777; background: #f5f5f5; }
.note.error { border-color: #c62828; background: #fdecea; } .note.warning { border-color: #b26a00; background: #fff4e0; } .note.information { border-color: #1565c0; background: #e8f0fb; }
.blk.finding-error { box-shadow: -3px 0 0 #c62828; } .blk.finding-warning { box-shadow: -3px 0 0 #b26a00; }
.blk.cursor { background: rgba(255, 235, 59, .18); }
@media screen and (max-width: 21cm) { .act { margin: 0; padding: 1.2em 1.2em 1.2em 2.3cm; box-shadow: none; } }
@media print { html { background: #fff; } .act { box-shadow: none; margin: 0; padding: 0; max-width: none; } .marks, .notes { display: none; } .blk.finding-error, .blk.finding-warning { box-shadow: none; } }
`;

function runsHtml(runs: readonly Run[]): string {
  return runs
    .map((r) => {
      let h = escapeHtml(r.text);
      if (r.sup) h = `<sup>${h}</sup>`;
      if (r.italic) h = `<em>${h}</em>`;
      if (r.bold) h = `<strong>${h}</strong>`;
      return (r.gap ? '<span class="gap"></span>' : r.break ? '<br>' : '') + h;
    })
    .join('');
}

const LABELS = {
  fr: { error: 'Erreur', warning: 'Attention', information: 'Info', hint: 'Conseil' },
  en: { error: 'Error', warning: 'Warning', information: 'Info', hint: 'Hint' },
};

function blockHtml(b: Block): string {
  switch (b.kind) {
    case 'heading': {
      return `<h${b.level}${b.centered ? ' class="center"' : ''}>${runsHtml(b.runs)}</h${b.level}>`;
    }
    case 'paragraph':
      return b.role === 'header' ? `<p>${runsHtml(b.runs)}</p>` : `<p class="${b.role}${b.keepWithNext ? ' keep' : ''}">${runsHtml(b.runs)}</p>`;
    case 'list':
      return `<ul>${b.items.map((i) => `<li>${runsHtml(i.runs)}</li>`).join('')}</ul>`;
    case 'vote':
      return `<table class="vote">${b.rows.map((r) => `<tr><td class="label">${escapeHtml(r.label)} :</td><td class="num">${escapeHtml(r.count)}</td><td>${runsHtml(r.runs)}</td></tr>`).join('')}</table>`;
    case 'table': {
      const cell = (text: string, i: number, tag: 'td' | 'th') => `<${tag}${b.numeric[i] ? ' class="num"' : ''}>${escapeHtml(text)}</${tag}>`;
      const rows = b.rows.map((r) => (r.header ? `<thead><tr>${r.cells.map((c, i) => cell(c, i, 'th')).join('')}</tr></thead>` : `<tr${r.total ? ' class="total"' : ''}>${r.cells.map((c, i) => cell(c, i, 'td')).join('')}</tr>`));
      return `<table class="data">${rows.join('')}</table>`;
    }
    case 'signatures':
      return `<div class="signatures${b.parties.length === 1 ? ' single' : ''}">${b.parties.map((p) => `<div class="party">${runsHtml(p)}</div>`).join('')}</div>`;
  }
}

/** The content of the page (inside <main>): what the preview replaces as the drafter types. */
export function renderBody(layout: Layout, options: HtmlOptions = {}): string {
  const locale = options.locale ?? 'fr';
  const findings = options.findings ?? [];
  const parts: string[] = [];
  let header: string[] = [];
  let headerBreak = false;
  const flushHeader = () => {
    if (header.length) parts.push(`<div class="header${headerBreak ? ' page-break' : ''}">${header.join('')}</div>`);
    header = [];
    headerBreak = false;
  };
  for (const b of layout.blocks) {
    const html = blockHtml(b);
    const here = findings.filter((f) => f.range.start.line >= b.first && f.range.start.line <= b.last);
    // In the margin, the kind of finding in the drafter's language (its code for who wants it, on hover); under the
    // block, its message (the preview only: printing hides both).
    const marks = here.length
      ? `<div class="marks">${here.map((f) => `<span class="mark ${f.severity}" title="${escapeHtml(f.code)}">${escapeHtml(LABELS[locale][f.severity])}</span>`).join('')}</div>`
      : '';
    const notes = here.length ? `<div class="notes">${here.map((f) => `<p class="note ${f.severity}">${escapeHtml(f.message)}</p>`).join('')}</div>` : '';
    const worst = here.some((f) => f.severity === 'error') ? ' finding-error' : here.some((f) => f.severity === 'warning') ? ' finding-warning' : '';
    const wrapped = options.sourceLines || marks ? `<div class="blk${worst}"${options.sourceLines ? ` data-line="${b.first}" data-last="${b.last}"` : ''}>${marks}${html}${notes}</div>` : html;
    if (b.kind === 'paragraph' && b.role === 'header') {
      // The header of the next act of a register starts its page: the header group carries the break.
      if (b.pageBreakBefore) { flushHeader(); headerBreak = true; }
      header.push(wrapped);
    } else {
      flushHeader();
      if (!b.pageBreakBefore) parts.push(wrapped);
      else parts.push(wrapped !== html ? wrapped.replace('<div class="blk', '<div class="page-break blk') : `<div class="page-break">${html}</div>`);
    }
  }
  flushHeader();
  return parts.join('\n');
}

/** The whole printable page. */
export function renderHtml(layout: Layout, options: HtmlOptions = {}): string {
  const locale = options.locale ?? 'fr';
  const csp = options.csp ?? DEFAULT_CSP;
  const script = options.script ? `<script nonce="${escapeHtml(options.script.nonce)}">${options.script.code.replace(/<\/script/gi, '<\\/script')}</script>` : '';
  return [
    '<!DOCTYPE html>',
    `<html lang="${locale}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(layout.title)}</title>`,
    `<style${options.script ? ` nonce="${escapeHtml(options.script.nonce)}"` : ''}>${CSS}</style>`,
    '</head>',
    '<body>',
    options.draft ? `<div class="watermark" aria-hidden="true">${DRAFT[locale]}</div>` : '',
    `<main class="act">${renderBody(layout, options)}</main>`,
    script,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
