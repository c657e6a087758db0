/**
 * `<degmail-search>`: search with pagefind's index and API, drawn with the site's own markup and words (the page
 * passes them as data attributes). Pagefind's script and WebAssembly load only here, from our origin. The state
 * lives in the URL (see lib/search/query.ts); without JavaScript the form still leads here and the page lists the
 * site's sections.
 */
import { excerptParts, pagefindFilters, readSearch, writeSearch, type SearchState } from '../../lib/search/query.ts';

interface Result {
  url: string;
  meta: { title?: string };
  excerpt: string;
  filters: Record<string, string[]>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string | null, o: { filters: Record<string, unknown> }): Promise<{ results: { data(): Promise<Result> }[] }>;
}

const PAGE = 10;

class DegmailSearch extends HTMLElement {
  private pf?: Pagefind;
  private shown = PAGE;
  private timer = 0;
  /** Each run's number: a slower, older search never draws over a newer one. */
  private seq = 0;

  connectedCallback(): void {
    const form = this.querySelector('form')!;
    const state = readSearch(new URLSearchParams(location.search));
    form.q.value = state.q;
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      clearTimeout(this.timer);
      void this.run(true);
    });
    form.addEventListener('input', () => {
      clearTimeout(this.timer);
      this.timer = window.setTimeout(() => void this.run(true), 250);
    });
    this.querySelector('[data-more]')?.addEventListener('click', () => {
      clearTimeout(this.timer);
      this.shown += PAGE;
      // Focus goes to the first new result, so the button vanishing after the last page never drops it on <body>.
      const before = this.querySelectorAll('[data-results] li').length;
      void this.run(false).then(() => this.querySelectorAll<HTMLElement>('[data-results] li a')[before]?.focus());
    });
    void this.load(state);
  }

  private async load(state: SearchState): Promise<void> {
    const base = this.dataset.base ?? '/';
    try {
      this.pf = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
      await this.pf.options({ baseUrl: base, excerptLength: 24 });
      this.drawFilters(await this.pf.filters(), state);
      await this.run(false);
    } catch {
      this.status(this.dataset.failed ?? '');
    }
  }

  private state(): SearchState {
    const p = new URLSearchParams();
    for (const [k, v] of new FormData(this.querySelector('form')!)) p.append(k, String(v));
    return readSearch(p);
  }

  private async run(fresh: boolean): Promise<void> {
    if (!this.pf) return;
    if (fresh) this.shown = PAGE;
    const seq = ++this.seq;
    const state = this.state();
    const query = writeSearch(state);
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
    const list = this.querySelector<HTMLOListElement>('[data-results]')!;
    const more = this.querySelector<HTMLButtonElement>('[data-more]')!;
    const filtered = Object.keys(state.filters).length > 0;
    if (!state.q && !filtered) {
      list.replaceChildren();
      more.hidden = true;
      this.status('');
      return;
    }
    const found = await this.pf.search(state.q || null, { filters: pagefindFilters(state) });
    const data = await Promise.all(found.results.slice(0, this.shown).map((r) => r.data()));
    if (seq !== this.seq) return;
    list.replaceChildren(...data.map((r) => this.item(r)));
    more.hidden = found.results.length <= this.shown;
    const n = found.results.length;
    const words = !state.q ? this.dataset.count : n === 0 ? this.dataset.none : n === 1 ? this.dataset.one : this.dataset.many;
    this.status((words ?? '').replace('{{count}}', String(n)).replace('{{q}}', state.q));
  }

  private item(r: Result): HTMLLIElement {
    const li = document.createElement('li');
    const h = li.appendChild(document.createElement('h2'));
    const a = h.appendChild(document.createElement('a'));
    a.href = r.url;
    a.textContent = r.meta.title ?? r.url;
    const type = r.filters.type?.[0];
    if (type) li.appendChild(Object.assign(document.createElement('span'), { className: 'badge', textContent: type }));
    const p = li.appendChild(document.createElement('p'));
    for (const part of excerptParts(r.excerpt)) p.append(part.mark ? Object.assign(document.createElement('mark'), { textContent: part.text }) : part.text);
    return li;
  }

  private drawFilters(all: Record<string, Record<string, number>>, state: SearchState): void {
    const box = this.querySelector<HTMLElement>('[data-filters]')!;
    for (const name of ['type', 'registration', 'country']) {
      const values = Object.keys(all[name] ?? {}).sort((a, b) => a.localeCompare(b));
      if (!values.length) continue;
      const set = box.appendChild(document.createElement('fieldset'));
      set.appendChild(document.createElement('legend')).textContent = this.dataset[`label${name[0]!.toUpperCase()}${name.slice(1)}`] ?? name;
      for (const v of values) {
        const label = set.appendChild(document.createElement('label'));
        const input = label.appendChild(Object.assign(document.createElement('input'), { type: 'checkbox', name: 'f', value: `${name}:${v}` }));
        input.checked = state.filters[name]?.includes(v) ?? false;
        label.append(` ${v} (${all[name]![v]})`);
      }
    }
    box.hidden = box.childElementCount === 0;
  }

  private status(text: string): void {
    this.querySelector('[data-status]')!.textContent = text;
  }
}

customElements.define('degmail-search', DegmailSearch);
