/**
 * The host side of the provider card's resizing: a card page of ours, framed on the host, posts its height
 * (ResizeMessage); the iframe that holds it gets a new `height` attribute, never a style (the host's CSP may forbid
 * styles, and the attribute is what the snippet set). Messages from any other origin are ignored.
 */
import { isResizeMessage } from '../lib/widget/contract.ts';

export function listenForResize(origin: string): void {
  window.addEventListener('message', (e) => {
    if (e.origin !== origin || !isResizeMessage(e.data)) return;
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow === e.source) frame.setAttribute('height', String(Math.ceil(e.data.height)));
    }
  });
}
