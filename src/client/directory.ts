/**
 * Directory enhancements, kept tiny (budget: 2 KB brotli). Filtering itself is CSS; this script only
 * 1) restores the form from the URL and writes it back on every change, so a filtered view can be shared,
 * 2) sorts the lists, 3) caps the comparison at four offers.
 */
const MAX_COMPARE = 4;

export function initDirectory(): void {
  const form = document.getElementById('filters') as HTMLFormElement | null;
  if (!form) return;
  const sortBox = document.querySelector<HTMLElement>('.sort');
  if (sortBox) sortBox.hidden = false;
  const params = new URLSearchParams(location.search);
  for (const el of form.elements) {
    if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement) || !el.name) continue;
    const wanted = params.getAll(el.name).flatMap((v) => v.split(','));
    if (el instanceof HTMLSelectElement) el.value = wanted[0] ?? '';
    else if (wanted.length) el.checked = wanted.includes(el.value);
  }
  // The lists are built in the neutral order: sort only when the chosen order changes (sorting moves every card).
  let sortedBy = '';
  const update = () => {
    const out = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (v !== '') out.append(k, String(v));
    const compare = out.getAll('compare');
    out.delete('compare');
    if (compare.length) out.set('compare', compare.join(','));
    const q = out.toString();
    history.replaceState(null, '', q ? `?${q}` : location.pathname);
    const by = (form.elements.namedItem('sort') as HTMLSelectElement | null)?.value ?? '';
    if (by !== sortedBy) sort(by);
    sortedBy = by;
    capCompare();
  };
  // Controls outside the <form> (sort, compare boxes) belong to it through form="filters", but their events
  // bubble through the document, not the form.
  document.addEventListener('change', (e) => {
    if ((e.target as HTMLInputElement).form === form) update();
  });
  form.addEventListener('reset', () => setTimeout(update));
  update();
}

function sort(by: string): void {
  // Unknown prices sort last (Infinity, ascending); unknown quotas sort last too (-1, descending).
  const key = (el: HTMLElement): number | string => {
    const v = el.dataset[by] ?? '';
    if (by === 'name') return v;
    if (by === 'price') return v === '' ? Infinity : Number(v);
    if (by === 'quota') return v === '' ? 1 : -Number(v);
    return 0;
  };
  for (const list of document.querySelectorAll<HTMLElement>('.offers, .compare tbody')) {
    const items = [...list.children] as HTMLElement[];
    items.sort((a, b) => {
      const ka = key(a), kb = key(b);
      const c = typeof ka === 'string' ? ka.localeCompare(kb as string) : ka < (kb as number) ? -1 : ka > (kb as number) ? 1 : 0;
      return c || Number(a.dataset.i) - Number(b.dataset.i);
    });
    list.append(...items);
  }
}

function capCompare(): void {
  const boxes = [...document.querySelectorAll<HTMLInputElement>('input.cmp')];
  const full = boxes.filter((b) => b.checked).length >= MAX_COMPARE;
  for (const b of boxes) b.disabled = full && !b.checked;
}
