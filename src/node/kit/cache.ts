/**
 * The kit's output cache: the files live in `<cache>/out/kit/…` and `<cache>/state.json` remembers the hash of the
 * inputs each was made from, with its size. A file is drawn again only when its hash changed or the file on disk is
 * missing or the wrong size; files no longer planned are removed. Writes go through a temporary file and a rename, so
 * an interrupted run never leaves half a PDF that a later run would take as fresh.
 */
import fs from 'node:fs';
import path from 'node:path';

interface State {
  /** Bumped when the cache's layout changes: an old state is then ignored, and everything is redrawn once. */
  version: number;
  files: Record<string, { hash: string; bytes: number }>;
}
const STATE_VERSION = 1;

export class KitCache {
  readonly dir: string;
  /** Where the files are: `<dir>/out`, holding `kit/…`, which the build copies as it is. */
  readonly outDir: string;
  private readonly statePath: string;
  private state: State;
  private readonly startState: string;
  /** Files written (drawn or zipped) by this run. */
  writes = 0;

  constructor(dir: string) {
    this.dir = dir;
    this.outDir = path.join(dir, 'out');
    this.statePath = path.join(dir, 'state.json');
    this.state = readState(this.statePath);
    this.startState = JSON.stringify(this.state);
  }

  /** True when `rel` (e.g. "kit/fr/…/poster-a4-colour.pdf") was made from `hash` and is still on disk, whole. */
  fresh(rel: string, hash: string): boolean {
    const known = this.state.files[rel];
    if (!known || known.hash !== hash) return false;
    try {
      return fs.statSync(this.file(rel)).size === known.bytes;
    } catch {
      return false;
    }
  }

  bytes(rel: string): number {
    const known = this.state.files[rel];
    if (!known) throw new Error(`kit cache: ${rel} was never written`);
    return known.bytes;
  }

  file(rel: string): string {
    return path.join(this.outDir, ...rel.split('/'));
  }

  write(rel: string, hash: string, data: Uint8Array): void {
    const target = this.file(rel);
    const tmp = `${target}.${process.pid}.tmp`;
    // Another run pruning at the same time may remove a folder between our mkdir and our write: try again.
    for (let attempt = 1; ; attempt++) {
      try {
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(tmp, data);
        fs.renameSync(tmp, target);
        break;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOENT' || attempt === 3) throw e;
      }
    }
    this.state.files[rel] = { hash, bytes: data.byteLength };
    this.writes++;
  }

  /** Removes every file under out/ that is not in `keep` (stale outputs, leftovers of an interrupted run). */
  prune(keep: Set<string>): string[] {
    const removed: string[] = [];
    for (const rel of Object.keys(this.state.files)) if (!keep.has(rel)) delete this.state.files[rel];
    if (!fs.existsSync(this.outDir)) return removed;
    for (const e of fs.readdirSync(this.outDir, { withFileTypes: true, recursive: true })) {
      if (!e.isFile()) continue;
      const full = path.join(e.parentPath, e.name);
      const rel = path.relative(this.outDir, full).split(path.sep).join('/');
      if (keep.has(rel) || inFlight(full)) continue;
      fs.rmSync(full);
      removed.push(rel);
    }
    removeEmptyDirs(this.outDir);
    return removed.sort();
  }

  /** Saves the state, only when it changed (a run with nothing to do writes nothing at all). */
  save(): void {
    const text = JSON.stringify(this.state);
    if (text === this.startState) return;
    fs.mkdirSync(this.dir, { recursive: true });
    fs.writeFileSync(`${this.statePath}.${process.pid}.tmp`, text);
    fs.renameSync(`${this.statePath}.${process.pid}.tmp`, this.statePath);
  }
}

function readState(file: string): State {
  try {
    const s = JSON.parse(fs.readFileSync(file, 'utf8')) as State;
    if (s.version === STATE_VERSION && s.files && typeof s.files === 'object') return s;
  } catch {
    // no state yet, or an unreadable one: start afresh
  }
  return { version: STATE_VERSION, files: {} };
}

/**
 * A temporary file that another run (another test file, a build started at the same time) is writing right now: left
 * alone, or its rename would fail. One older than an hour is a leftover of an interrupted run, and goes.
 */
function inFlight(file: string): boolean {
  if (!/\.\d+\.tmp$/.test(file)) return false;
  try {
    return Date.now() - fs.statSync(file).mtimeMs < 3_600_000;
  } catch {
    return true;
  }
}

function removeEmptyDirs(dir: string): boolean {
  let empty = true;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory() && removeEmptyDirs(path.join(dir, e.name))) fs.rmdirSync(path.join(dir, e.name));
    else empty = false;
  }
  return empty;
}
