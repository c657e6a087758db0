/**
 * The limits of the ChatonsInfos crawl, and the small semaphore that keeps requests within them. The defaults are
 * polite to the small servers CHATONS members run; tests lower the timeout so a slow answer costs them no 10 s.
 */

export interface Limits {
  /** Per request, body included (ms). */
  timeoutMs: number;
  /** Per file: reading stops beyond it. */
  maxBytes: number;
  /** Redirects followed for one file. */
  maxRedirects: number;
  /** Requests at once. */
  concurrency: number;
}

export const DEFAULT_LIMITS: Limits = { timeoutMs: 10_000, maxBytes: 1024 * 1024, maxRedirects: 5, concurrency: 4 };

/** Runs a task once fewer than `n` tasks given to it are running. */
export type Limiter = <T>(task: () => Promise<T>) => Promise<T>;

/** A semaphore of `n` slots: tasks beyond it wait in order. */
export function limiter(n: number): Limiter {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    // A finished task hands its slot to the next waiting one directly, so a newcomer cannot take it in between.
    if (running >= n) await new Promise<void>((resolve) => waiting.push(resolve));
    else running++;
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}

/** "1 MiB", "512 KiB": a size limit as people read it. */
export function showBytes(n: number): string {
  if (n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MiB`;
  if (n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} bytes`;
}
