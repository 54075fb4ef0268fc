// Where each diagnostic code is documented (LSP codeDescription): the heading of docs/checks.md that names it, in the
// copy shipped beside the server (the .vsix holds docs/checks.md), as a file link the editor opens. Read once; a
// missing or unreadable file gives no link rather than a wrong one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The anchor VS Code's Markdown preview and GitHub give a heading: lower case, punctuation dropped, spaces as « - ». */
export function headingSlug(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/\s/g, '-')
    .replace(/[\][!'#$%&()*+,./:;<=>?@\\^{|}~`—–«»’]/g, '')
    .replace(/^-+|-+$/g, '');
}

/** code → link to its section, from the text of docs/checks.md (« ### `code` — severity » headings). */
export function codeLinks(markdown: string, fileUrl: string): Map<string, string> {
  const links = new Map<string, string>();
  for (const m of markdown.matchAll(/^###\s+(`([a-z-]+)`.*)$/gm)) {
    if (!links.has(m[2])) links.set(m[2], `${fileUrl}#${headingSlug(m[1])}`);
  }
  return links;
}

let shipped: Map<string, string> | undefined;

/** The link to a code's documentation in the docs/checks.md shipped with the server, if there is one. */
export function codeHref(code: string, path = join(__dirname, '..', 'docs', 'checks.md')): string | undefined {
  if (!shipped) {
    try {
      shipped = codeLinks(readFileSync(path, 'utf8').slice(0, 1 << 20), pathToFileURL(path).toString());
    } catch {
      shipped = new Map();
    }
  }
  return shipped.get(code);
}
