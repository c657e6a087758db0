/**
 * Today as YYYY-MM-DD, in UTC. DEGMAIL_TODAY pins it for reproducible builds and tests; in the browser there is no
 * process, so it is the visitor's day. No imports, so browser bundles can use it freely.
 */
export function today(): string {
  const pinned = typeof process !== 'undefined' ? process.env?.DEGMAIL_TODAY : undefined;
  return pinned ?? new Date().toISOString().slice(0, 10);
}
