/**
 * `<degmail-widgets>`: the widgets' configurator. The chosen widget's section shows; each change of its options
 * (after a short pause in typing) rebuilds its snippet with the same pure builders the page used at build time, and
 * redraws its preview from that snippet. Every address in the code is the one this page is served from. Nothing is
 * sent anywhere: the only thing that leaves the page is what the visitor copies.
 */
import { makeT, type T } from '../../lib/shared/translate.ts';
import { cspLines, cspText, WIDGET_KINDS, type WidgetKind } from '../../lib/widget/snippet-csp.ts';
import { scriptTag } from '../../lib/widget/snippet-script.ts';
import { widgetSnippet, type SnippetSetup } from '../../lib/widget/snippet-widgets.ts';
import { copyCode } from './copy.ts';
import { readData } from './data.ts';
import { readOptions, showIssues } from './forms.ts';
import { showPreview } from './preview.ts';

/** Typing pauses this long before the code and the preview follow. */
const DEBOUNCE_MS = 200;

const isKind = (v: string | undefined): v is WidgetKind => (WIDGET_KINDS as readonly string[]).includes(v ?? '');

class DegmailWidgets extends HTMLElement {
  private t!: T;
  private setup!: SnippetSetup;
  private chosen: WidgetKind = 'banner';
  private timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    const data = readData(this);
    this.t = makeT(data.dict);
    const siteUrl = new URL(data.base, location.origin).href;
    const offers = Object.fromEntries([...this.querySelectorAll<HTMLOptionElement>('[data-offers] option')].map((o) => [o.value, o.text]));
    this.setup = { siteUrl, pageLang: data.lang, release: data.release, words: data.words, offers };

    for (const form of this.querySelectorAll<HTMLFormElement>('form[data-options]')) {
      const kind = form.dataset.options;
      if (!isKind(kind)) continue;
      form.addEventListener('submit', (e) => e.preventDefault());
      form.addEventListener('input', () => this.schedule(kind));
      form.addEventListener('change', () => this.update(kind));
    }
    for (const radio of this.querySelectorAll<HTMLInputElement>('input[data-choose]')) {
      radio.addEventListener('change', () => {
        if (radio.checked && isKind(radio.value)) this.choose(radio.value);
      });
    }
    this.addEventListener('click', (e) => {
      const button = (e.target as Element).closest<HTMLButtonElement>('button[data-copy]');
      if (button?.dataset.copy) void copyCode(this, button.dataset.copy, this.t);
    });

    this.addressBoxes(siteUrl);
    for (const kind of WIDGET_KINDS) this.update(kind, false);
    const checked = this.querySelector<HTMLInputElement>('input[data-choose]:checked')?.value;
    this.choose(isKind(checked) ? checked : 'banner');
  }

  disconnectedCallback(): void {
    clearTimeout(this.timer);
  }

  /** Code boxes that depend on the address alone: each widget's CSP lines, the card's optional script, the alias. */
  private addressBoxes(siteUrl: string): void {
    const set = (id: string, text: string) => {
      const el = this.querySelector(`#${id}`);
      if (el) el.textContent = text;
    };
    for (const kind of WIDGET_KINDS) set(`wg-${kind}-csp`, cspText(cspLines(kind, siteUrl)));
    set('wg-self-csp', cspText(cspLines('banner', siteUrl, 'self')));
    set('wg-card-script', scriptTag(siteUrl, { kind: 'release', release: this.setup.release }));
    set('wg-alias-code', scriptTag(siteUrl, { kind: 'alias' }));
  }

  private choose(kind: WidgetKind): void {
    this.chosen = kind;
    for (const section of this.querySelectorAll<HTMLElement>('section[data-widget]')) section.hidden = section.dataset.widget !== kind;
    this.update(kind);
  }

  private schedule(kind: WidgetKind): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.update(kind), DEBOUNCE_MS);
  }

  /** Rebuilds one widget's code, and its preview when its section shows (hidden previews would load for nothing). */
  private update(kind: WidgetKind, preview = kind === this.chosen): void {
    const form = this.querySelector<HTMLFormElement>(`form[data-options="${kind}"]`);
    const code = this.querySelector<HTMLElement>(`#wg-${kind}-code`);
    if (!form || !code) return;
    const snippet = widgetSnippet(kind, readOptions(kind, form, this.setup.pageLang), this.setup);
    showIssues(form, snippet.issues);
    code.textContent = snippet.html;
    const target = this.querySelector<HTMLElement>(`[data-preview="${kind}"]`);
    if (preview && target) showPreview(target, snippet.html);
  }
}

if (!customElements.get('degmail-widgets')) customElements.define('degmail-widgets', DegmailWidgets);
