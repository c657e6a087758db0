/**
 * The widget script: defines <degmail-banner> and <degmail-nudge> and listens for our cards' resize messages. Loaded
 * twice (the versioned URL and the alias, or two snippets), the second copy does nothing. A browser without
 * constructable stylesheets defines nothing, and the snippet's fallback link stays.
 */
import { BANNER_TAG, NUDGE_TAG } from '../lib/widget/contract.ts';
import { Banner } from './banner.ts';
import { Nudge } from './nudge.ts';
import { listenForResize } from './resize.ts';
import { SCRIPT_ORIGIN } from './script-url.ts';

if (!customElements.get(BANNER_TAG) && 'adoptedStyleSheets' in Document.prototype) {
  customElements.define(BANNER_TAG, Banner);
  customElements.define(NUDGE_TAG, Nudge);
  if (SCRIPT_ORIGIN) listenForResize(SCRIPT_ORIGIN);
}
