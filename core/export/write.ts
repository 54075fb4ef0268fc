// Writing an exported file: never over an existing file unless asked (otherwise the next free name,
// « extrait (2).pdf »), and atomically (a temporary file in the same folder, then a rename or a link).
import * as fs from 'node:fs';
import * as path from 'node:path';

/** « dir/name.ext », « dir/name (2).ext », « dir/name (3).ext »…: the first that does not exist. */
export function freeName(target: string): string {
  if (!fs.existsSync(target)) return target;
  const ext = path.extname(target);
  const base = target.slice(0, target.length - ext.length);
  for (let n = 2; ; n++) {
    const candidate = `${base} (${n})${ext}`;
    if (!fs.existsSync(candidate)) return candidate;
  }
}

/**
 * Writes `data` to `target` through a temporary file in the same folder. With `overwrite`, an existing file is
 * replaced (rename is atomic); without it the file is created under `target` or, if that exists, under the next
 * free name (a hard link, which fails rather than replace a file created meanwhile). Returns the path written.
 */
export function writeAtomic(target: string, data: Uint8Array | string, overwrite: boolean): string {
  const dir = path.dirname(target);
  fs.mkdirSync(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  fs.writeFileSync(temp, data, { flag: 'wx' });
  try {
    if (overwrite) {
      fs.renameSync(temp, target);
      return target;
    }
    for (let attempt = 0; attempt < 1000; attempt++) {
      const name = freeName(target);
      try {
        fs.linkSync(temp, name);
        return name;
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') continue; // created meanwhile: take the next name
        if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EXDEV') {
          // A file system without hard links: check, then rename.
          if (fs.existsSync(name)) continue;
          fs.renameSync(temp, name);
          return name;
        }
        throw err;
      }
    }
    throw new Error(`no free name for ${target}`);
  } finally {
    if (fs.existsSync(temp)) fs.rmSync(temp, { force: true });
  }
}
