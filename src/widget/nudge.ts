/**
 * <degmail-nudge>: wrapped around a form's e-mail input (slotted, so the host's form and styles stay as they are).
 * On blur, and on input after a pause, an address at a big provider brings a one-line note through a polite live
 * region. It only reads the value: it never changes it, never blocks the form, never looks anything up or sends it.
 */
import { NUDGE_ATTRIBUTES } from '../lib/widget/contract.ts';
import { nudgeOptions } from '../lib/widget/attributes.ts';
import { isBigProvider } from '../lib/widget/providers.ts';
import { STRINGS } from '../lib/widget/strings.ts';
import { el, link, pageContext, reader } from './dom.ts';
import { SITE_ROOT } from './script-url.ts';
import { sheets } from './sheets.ts';

/** The pause after the last keystroke, long enough not to interrupt typing. */
const PAUSE_MS = 800;

export class Nudge extends HTMLElement {
  declare live: HTMLElement;
  declare shown?: boolean;
  declare timer?: number;

  static get observedAttributes(): readonly string[] {
    return NUDGE_ATTRIBUTES;
  }

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = sheets().nudge;
    // Present and empty from the start, so that screen readers announce what is put in it later.
    this.live = el('div');
    this.live.setAttribute('aria-live', 'polite');
    root.append(el('slot'), this.live);
    // Listeners on the host: events of the slotted input bubble here. Nothing is prevented, nothing is written back.
    this.addEventListener('input', (e) => {
      clearTimeout(this.timer);
      this.timer = window.setTimeout(() => this.check(e.target), PAUSE_MS);
    });
    this.addEventListener('focusout', (e) => this.check(e.target));
  }

  attributeChangedCallback(): void {
    if (this.shown) this.render();
  }

  check(target: EventTarget | null): void {
    if (!(target instanceof HTMLInputElement) || target.type !== 'email') return;
    const big = isBigProvider(target.value);
    // The same verdict again changes nothing, so the note is not announced twice.
    if (big !== !!this.shown) {
      this.shown = big;
      this.render();
    }
  }

  render(): void {
    const o = nudgeOptions(reader(this), pageContext(this, SITE_ROOT));
    this.live.replaceChildren();
    if (!this.shown || !o.href) return;
    const t = STRINGS[o.lang];
    const p = el('p', 'w auto');
    p.lang = o.lang;
    p.append(t.note, link(o.href, t.noteLink));
    this.live.append(p);
  }
}
