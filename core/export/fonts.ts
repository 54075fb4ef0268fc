// The TrueType fonts embedded in the PDF (DejaVu Serif: French accents, ligatures, €). They ship in the npm
// package dejavu-fonts-ttf; the build copies them to dist/fonts so that the extension and the CLI need no
// node_modules at run time. Nothing is downloaded.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const FONT_FILES = {
  regular: 'DejaVuSerif.ttf',
  bold: 'DejaVuSerif-Bold.ttf',
  italic: 'DejaVuSerif-Italic.ttf',
  boldItalic: 'DejaVuSerif-BoldItalic.ttf',
} as const;

export type FontStyle = keyof typeof FONT_FILES;

/** The package and folder the fonts come from (for the build). */
export const FONT_PACKAGE_DIR = path.join('node_modules', 'dejavu-fonts-ttf', 'ttf');

let cached: string | undefined;

/**
 * The folder that holds the fonts: `fonts/` beside the bundle (dist/fonts, also found from dist/test), or the
 * npm package when running from the sources. Throws a clear error when neither exists.
 */
export function fontDirectory(): string {
  if (cached) return cached;
  const start = typeof __dirname === 'string' ? __dirname : process.cwd();
  for (let dir = start; ; dir = path.dirname(dir)) {
    for (const candidate of [path.join(dir, 'fonts'), path.join(dir, FONT_PACKAGE_DIR)]) {
      if (fs.existsSync(path.join(candidate, FONT_FILES.regular))) return (cached = candidate);
    }
    if (path.dirname(dir) === dir) throw new Error(`DejaVu fonts not found above ${start}: run \`npm run build\``);
  }
}

export function fontFile(style: FontStyle): string {
  return path.join(fontDirectory(), FONT_FILES[style]);
}
