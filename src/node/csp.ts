/** CSP hash of an inline element's exact text, for the few inline styles the build generates. */
import { createHash } from 'node:crypto';

export function styleHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text).digest('base64')}`;
}
