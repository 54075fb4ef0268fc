// Writing an exported file: never over an existing file unless asked (otherwise the next free name,
// « extrait (2).pdf »), and atomically (a temporary file in the same folder, then a rename or a link).
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Whether a name is taken: a file, a folder, or a link (even one that leads nowhere). */
export function taken(name: string): boolean {
  try {
    fs.lstatSync(name);
    return true;
  } catch {
    return false;
  }
}

/** « dir/name.ext », « dir/name (2).ext », « dir/name (3).ext »…: the first that does not exist. */
export function freeName(target: string): string {
  if (!taken(target)) return target;
  const ext = path.extname(target);
  const base = target.slice(0, target.length - ext.length);
  for (let n = 2; ; n++) {
    const candidate = `${base} (${n})${ext}`;
    if (!taken(candidate)) return candidate;
  }
}

/**
 * The temporary files a killed export left beside `target` (« .name.pdf.PID.xxx.tmp » of a process that is gone):
 * removed before writing again.
 */
function cleanLeftovers(dir: string, target: string): void {
  const prefix = `.${path.basename(target)}.`;
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const m = /^(\d+)\.[0-9a-z]+\.tmp$/.exec(name.slice(prefix.length));
    if (!m || alive(Number(m[1]))) continue;
    fs.rmSync(path.join(dir, name), { force: true });
  }
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** What to do when the file to write exists: replace it, write under the next free name, or refuse (EEXIST). */
export type OnExisting = 'replace' | 'next-free-name' | 'refuse';

/**
 * Writes `data` to `target` through a temporary file in the same folder. With « replace », an existing file is
 * replaced (rename is atomic); otherwise the file is created under `target` (a hard link, which fails rather than
 * replace a file created meanwhile) or, if that exists, under the next free name, or not at all (an error of code
 * EEXIST) with « refuse ». Returns the path written.
 */
export function writeAtomic(target: string, data: Uint8Array | string, onExisting: OnExisting): string {
  const dir = path.dirname(target);
  fs.mkdirSync(dir, { recursive: true });
  cleanLeftovers(dir, target);
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  fs.writeFileSync(temp, data, { flag: 'wx' });
  try {
    if (onExisting === 'replace') {
      fs.renameSync(temp, target);
      return target;
    }
    for (let attempt = 0; attempt < 1000; attempt++) {
      const name = onExisting === 'refuse' ? target : freeName(target);
      try {
        fs.linkSync(temp, name);
        return name;
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'EEXIST' && onExisting === 'refuse') throw existsError(target);
        if (code === 'EEXIST') continue; // created meanwhile: take the next name
        if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EXDEV') {
          // A file system without hard links: check, then rename.
          if (taken(name)) {
            if (onExisting === 'refuse') throw existsError(target);
            continue;
          }
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

function existsError(target: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`EEXIST: file already exists, ${target}`), { code: 'EEXIST', path: target });
}
