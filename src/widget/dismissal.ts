/**
 * A closed banner stays closed on this site: one localStorage key, never a cookie, nothing sent. Storage can be
 * refused (private modes, sandboxed frames): the banner then simply closes for this page view.
 */
const KEY = 'degmail-banner-closed';

export function isDismissed(): boolean {
  try {
    return localStorage.getItem(KEY) === '1';
  } catch {
    return false;
  }
}

export function dismiss(): void {
  try {
    localStorage.setItem(KEY, '1');
  } catch {
    // Refused storage: nothing to remember, nothing else to try.
  }
}
