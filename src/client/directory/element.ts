/**
 * `<degmail-directory>`: the directory's enhancements, kept tiny (budget: 2 KB brotli). Filtering itself is CSS;
 * this element only 1) restores the form from the URL and writes it back on every change, so a filtered view can be
 * shared, 2) sorts the lists, 3) caps the comparison at four offers, 4) counts the offers shown, live. Every query
 * stays inside the element.
 */
const MAX_COMPARE = 4;

class DegmailDirectory extends HTMLElement {
  /** The order the lists are in; they are built in the neutral order. */
  private sortedBy = '';

  connectedCallback(): void {
    const form = this.querySelector<HTMLFormElement>('form.filters');
    if (!form) return;
    const sortBox = this.querySelector<HTMLElement>('.sort');
    if (sortBox) sortBox.hidden = false;
    restore(form, new URLSearchParams(location.search));
    // Controls outside the <form> (sort, compare boxes) belong to it through form="…"; their events bubble through
    // this element, not through the form.
    this.addEventListener('change', (e) => {
      if ((e.target as HTMLInputElement).form === form) this.update(form);
    });
    form.addEventListener('reset', () => setTimeout(() => this.update(form)));
    this.update(form);
  }

  private update(form: HTMLFormElement): void {
    const out = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (v !== '') out.append(k, String(v));
    const compare = out.getAll('compare');
    out.delete('compare');
    if (compare.length) out.set('compare', compare.join(','));
    const q = out.toString();
    history.replaceState(null, '', q ? `?${q}` : location.pathname);
    const by = (form.elements.namedItem('sort') as HTMLSelectElement | null)?.value ?? '';
    // Sorting moves every card: only when the chosen order changes.
    if (by !== this.sortedBy) this.sort(by);
    this.sortedBy = by;
    const boxes = [...this.querySelectorAll<HTMLInputElement>('input.cmp')];
    const full = boxes.filter((b) => b.checked).length >= MAX_COMPARE;
    for (const b of boxes) b.disabled = full && !b.checked;
    this.count();
  }

  /** Counts the cards the CSS filters leave visible, per section and in all, and says it through the live region. */
  private count(): void {
    let shown = 0;
    let total = 0;
    for (const list of this.querySelectorAll<HTMLElement>('section .offers')) {
      const cards = [...list.children] as HTMLElement[];
      const visible = cards.filter((c) => c.checkVisibility()).length;
      const badge = list.closest('section')?.querySelector('[data-count]');
      if (badge) badge.textContent = `(${visible})`;
      shown += visible;
      total += cards.length;
    }
    const live = this.querySelector<HTMLElement>('[data-shown]');
    if (live) {
      live.hidden = false;
      live.textContent = (live.dataset.template ?? '').replace('{shown}', String(shown)).replace('{total}', String(total));
    }
  }

  private sort(by: string): void {
    // Unknown prices sort last (Infinity, ascending); unknown quotas sort last too (1, after every -quota).
    const key = (el: HTMLElement): number | string => {
      const v = el.dataset[by] ?? '';
      if (by === 'name') return v;
      if (by === 'price') return v === '' ? Infinity : Number(v);
      if (by === 'quota') return v === '' ? 1 : -Number(v);
      return 0;
    };
    for (const list of this.querySelectorAll<HTMLElement>('.offers, .compare tbody')) {
      const items = [...list.children] as HTMLElement[];
      items.sort((a, b) => {
        const ka = key(a), kb = key(b);
        const c = typeof ka === 'string' ? ka.localeCompare(kb as string) : ka < (kb as number) ? -1 : ka > (kb as number) ? 1 : 0;
        return c || Number(a.dataset.i) - Number(b.dataset.i);
      });
      list.append(...items);
    }
  }
}

/** Sets the form's controls (and those attached to it) from the URL. */
function restore(form: HTMLFormElement, params: URLSearchParams): void {
  for (const el of form.elements) {
    if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement) || !el.name) continue;
    const wanted = params.getAll(el.name).flatMap((v) => v.split(','));
    if (el instanceof HTMLSelectElement) el.value = wanted[0] ?? '';
    else if (wanted.length) el.checked = wanted.includes(el.value);
  }
}

if (!customElements.get('degmail-directory')) customElements.define('degmail-directory', DegmailDirectory);
