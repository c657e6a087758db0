/**
 * The copy buttons: the code box's text to the clipboard, and a short status next to the button. When the clipboard
 * refuses (an old browser, a denied permission), the code is selected instead, for the visitor to copy by hand.
 */
import type { T } from '../../lib/shared/translate.ts';

const STATUS_MS = 4000;

export async function copyCode(root: HTMLElement, id: string, t: T): Promise<void> {
  const code = root.querySelector<HTMLElement>(`#${id}`);
  const status = root.querySelector<HTMLElement>(`[data-copy-status="${id}"]`);
  if (!code || !status) return;
  let ok = true;
  try {
    await navigator.clipboard.writeText(code.textContent ?? '');
  } catch {
    ok = false;
    const range = document.createRange();
    range.selectNodeContents(code);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
  }
  status.textContent = t(ok ? 'widgets.copied' : 'widgets.copyFailed');
  setTimeout(() => {
    if (status.textContent === t('widgets.copied')) status.textContent = '';
  }, STATUS_MS);
}
