/**
 * Placeholders in the maintainers' settings, and whether a build may keep them. A placeholder is a value on the
 * reserved `.example` domain (RFC 2606), or a text starting with "PLACEHOLDER", so any later setting written that
 * way is caught without a list to update.
 * A build for a loopback origin (a developer's machine, the tests) may keep them; a public one may not.
 */

/** Settings whose value is still a placeholder, as `name: value`, in the order they are declared. */
export function placeholdersIn(config: Record<string, unknown>): string[] {
  return Object.entries(config)
    .filter(([, v]) => typeof v === 'string' && isPlaceholder(v))
    .map(([k, v]) => `${k}: ${String(v)}`);
}

/** True for a value still to fill in. */
export function isPlaceholder(value: string): boolean {
  return /^PLACEHOLDER\b/.test(value) || /(^|[@./])[a-z0-9-]+\.example(\b|\/|$)/i.test(value);
}

/** True for localhost, 127.0.0.0/8 and [::1]: origins only this machine can reach. */
export function isLoopbackOrigin(site: string): boolean {
  let host: string;
  try {
    host = new URL(site).hostname;
  } catch {
    return false;
  }
  return host === 'localhost' || host.endsWith('.localhost') || /^127(\.\d{1,3}){3}$/.test(host) || host === '[::1]';
}

export type PlaceholderVerdict = { ok: true; warning?: string } | { ok: false; error: string };

/** What a build for `site` says of the placeholders left in `config`. */
export function placeholderVerdict(config: Record<string, unknown>, site: string, allow: boolean): PlaceholderVerdict {
  const left = placeholdersIn(config);
  if (!left.length) return { ok: true };
  const list = left.map((p) => `  - ${p}`).join('\n');
  const where = 'src/site.config.ts';
  if (isLoopbackOrigin(site)) return { ok: true };
  if (allow) return { ok: true, warning: `degmail: warning: ${where} still holds placeholders (DEGMAIL_ALLOW_PLACEHOLDERS=1 lets this build for ${site} go on):\n${list}` };
  return {
    ok: false,
    error: `degmail: ${where} still holds placeholders, and this build is for ${site}, not a local address:\n${list}\n` +
      'Replace each with the real value before a public deploy (set DEGMAIL_ALLOW_PLACEHOLDERS=1 for a test build).',
  };
}
