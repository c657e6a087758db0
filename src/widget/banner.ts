/**
 * <degmail-banner>: the campaign banner. Its light DOM holds the snippet's plain link (the fallback when the script
 * is blocked); the shadow root has no slot, so once the script runs the banner replaces that link. When it must not
 * show (after `until` or the hard end, closed, in a frame), the shadow root is emptied and the host hidden.
 */
import { BANNER_ATTRIBUTES } from '../lib/widget/contract.ts';
import { bannerOptions } from '../lib/widget/attributes.ts';
import { localDay } from '../lib/widget/dates.ts';
import { STRINGS } from '../lib/widget/strings.ts';
import { bannerVisible } from '../lib/widget/visibility.ts';
import { dismiss, isDismissed } from './dismissal.ts';
import { el, link, pageContext, reader } from './dom.ts';
import { HARD_END } from './release.ts';
import { SITE_ROOT } from './script-url.ts';
import { sheets } from './sheets.ts';

export class Banner extends HTMLElement {
  /** Closed during this page view (in preview too, where nothing is remembered). */
  declare closed?: boolean;

  static get observedAttributes(): readonly string[] {
    return BANNER_ATTRIBUTES;
  }

  constructor() {
    super();
    this.attachShadow({ mode: 'open' });
  }

  connectedCallback(): void {
    this.render();
  }

  /** A changed snippet (the configurator's live preview) starts afresh: closed in preview, it shows again. */
  attributeChangedCallback(): void {
    this.closed = false;
    if (this.isConnected) this.render();
  }

  render(): void {
    const root = this.shadowRoot!;
    const o = bannerOptions(reader(this), pageContext(this, SITE_ROOT));
    const show = !this.closed && !!o.href && bannerVisible({
      ...o,
      today: localDay(new Date()),
      hardEnd: HARD_END,
      dismissed: isDismissed(),
      framed: self !== top,
    });
    root.adoptedStyleSheets = show ? sheets().banner : sheets().hidden;
    root.replaceChildren();
    if (!show) return;
    const t = STRINGS[o.lang];
    // A labelled region: a landmark wherever the host puts it (an <aside> inside <main> would break axe's rules).
    const box = el('section', `w ${o.theme} ${o.position}`);
    box.lang = o.lang;
    box.setAttribute('aria-label', t.region);
    const p = el('p');
    p.append(`${o.headline} `, link(o.href!, o.linkText));
    box.append(p);
    if (o.dismissible) {
      const close = el('button');
      close.type = 'button';
      close.setAttribute('aria-label', t.close);
      close.textContent = '×';
      close.addEventListener('click', () => this.close(o.preview));
      box.addEventListener('keydown', (e) => e.key === 'Escape' && this.close(o.preview));
      box.append(close);
    }
    root.append(box);
  }

  close(preview: boolean): void {
    this.closed = true;
    if (!preview) dismiss();
    this.render();
  }
}
