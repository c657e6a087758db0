/**
 * The customiser's QR address: what a group types, checked before it becomes a QR code. Only http(s) (a QR code
 * that opens `javascript:` or a file would be a trap), no user name or password (they would be printed for all to
 * read), and short enough that the code's modules stay big on a business card.
 */

/** Longest address accepted: a 20 mm code for 300 characters has modules of about 0.2 mm, still readable by phones. */
export const QR_URL_MAX = 300;

export type UrlProblem = 'empty' | 'invalid' | 'protocol' | 'credentials' | 'long';

export type UrlCheck = { ok: true; url: string } | { ok: false; problem: UrlProblem };

/**
 * Checks a typed address and returns it normalised (as the URL parser writes it). An address typed without its
 * scheme ("example.org/agenda") gets https://, as a browser's address bar would.
 */
export function checkQrUrl(typed: string): UrlCheck {
  const text = typed.trim();
  if (!text) return { ok: false, problem: 'empty' };
  if (text.length > QR_URL_MAX) return { ok: false, problem: 'long' };
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) && !/^[^/:]+:\d+(\/|$)/.test(text) ? text : `https://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, problem: 'protocol' };
  if (url.username || url.password) return { ok: false, problem: 'credentials' };
  // A host needs a dot (a domain) or to be an address in brackets or digits; "https://agenda" is a typo.
  if (!/\.|^\[/.test(url.hostname) && url.hostname !== 'localhost') return { ok: false, problem: 'invalid' };
  if (/\s/.test(text)) return { ok: false, problem: 'invalid' };
  if (url.href.length > QR_URL_MAX) return { ok: false, problem: 'long' };
  return { ok: true, url: url.href };
}
