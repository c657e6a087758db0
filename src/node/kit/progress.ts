/**
 * Progress of a long generation on stderr: files done out of the total, and the time left at the pace so far. On a
 * terminal one line is redrawn in place; in a log (CI, the bench) a line is added every few seconds, never per file.
 */
export interface Progress {
  tick(): void;
  done(summary: string): void;
}

export interface ProgressOptions {
  label: string;
  total: number;
  stream?: NodeJS.WriteStream;
  /** Milliseconds between two lines in a log; a terminal is redrawn at most every 200 ms. */
  every?: number;
  /** No output at all (tests). */
  quiet?: boolean;
}

export function formatSeconds(ms: number): string {
  if (ms < 9950) return `${(Math.max(0, ms) / 1000).toFixed(1)} s`;
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
}

/** "37/412 (9 %), about 41 s left": the ETA is the mean time per file so far times the files left. */
export function progressLine(label: string, done: number, total: number, elapsedMs: number): string {
  const pct = total ? Math.floor((done * 100) / total) : 100;
  const eta = done ? formatSeconds(((total - done) * elapsedMs) / done) : '…';
  return `${label}: ${done}/${total} (${pct} %), about ${eta} left`;
}

export function progress(o: ProgressOptions): Progress {
  const stream = o.stream ?? process.stderr;
  const tty = stream.isTTY === true;
  const every = tty ? 200 : (o.every ?? 5000);
  const start = performance.now();
  let done = 0;
  let last = start;
  const show = (line: string, final = false) => {
    if (o.quiet) return;
    if (tty) stream.write(`\r\x1b[2K${line}${final ? '\n' : ''}`);
    else stream.write(`${line}\n`);
  };
  return {
    tick() {
      done++;
      const now = performance.now();
      if (now - last >= every && done < o.total) {
        last = now;
        show(progressLine(o.label, done, o.total, now - start));
      }
    },
    done(summary) {
      show(`${o.label}: ${summary} in ${formatSeconds(performance.now() - start)}`, true);
    },
  };
}
