/**
 * The live preview: the snippet itself, parsed by the browser as a host page would parse it, so what a webmaster
 * sees is what the code does. Its <script> is left out: the page already runs the very same release (with
 * integrity), which upgrades the pasted elements. The banner gets `preview`, so it shows whatever its date or an
 * earlier dismissal in this browser; the card's frame loses its sandbox (see below).
 */
import { BANNER_TAG } from '../../lib/widget/contract.ts';

export function showPreview(target: HTMLElement, snippet: string): void {
  const template = document.createElement('template');
  // The snippet builders escape every value a person typed: this HTML holds only our own tags and attributes.
  template.innerHTML = snippet;
  for (const script of template.content.querySelectorAll('script')) script.remove();
  for (const banner of template.content.querySelectorAll(BANNER_TAG)) banner.setAttribute('preview', '');
  // Here the card is framed by its own origin, where a sandbox allowing both scripts and same-origin protects nothing
  // (and Chromium warns so in the console); on a host, another origin, the snippet's sandbox applies as written.
  for (const frame of template.content.querySelectorAll('iframe')) frame.removeAttribute('sandbox');
  target.replaceChildren(template.content);
}
