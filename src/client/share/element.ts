/**
 * `<degmail-share>`: copy the link, the system share sheet where there is one, and the Fediverse: the visitor names
 * their instance (kept in localStorage only if they tick the box), then their instance's /share page opens. Kept
 * under 1 KB brotli: it loads on every page.
 */
const KEY = 'degmail-instance';

class DegmailShare extends HTMLElement {
  connectedCallback(): void {
    const { text = '', url = '' } = this.dataset;
    const $ = <T extends HTMLElement>(s: string) => this.querySelector<T>(s)!;
    this.querySelectorAll<HTMLElement>('.js-only').forEach((el) => (el.hidden = false));
    const copy = $<HTMLButtonElement>('[data-copy]');
    copy.onclick = () => navigator.clipboard.writeText(url).then(() => (copy.textContent = copy.dataset.done!), () => {});
    const native = $<HTMLButtonElement>('[data-native]');
    native.hidden = !navigator.share;
    native.onclick = () => navigator.share({ title: text, url }).catch(() => {});
    const form = $<HTMLFormElement>('form');
    const input = form.instance as HTMLInputElement;
    input.value = localStorage.getItem(KEY) ?? '';
    form.onsubmit = (e) => {
      e.preventDefault();
      const host = input.value.trim().replace(/^https?:\/\//, '').replace(/\/.*$/, '').toLowerCase();
      const ok = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(host);
      $('[data-error]').hidden = ok;
      if (!ok) return;
      if ((form.remember as HTMLInputElement).checked) localStorage.setItem(KEY, host);
      else localStorage.removeItem(KEY);
      open(`https://${host}/share?text=${encodeURIComponent(`${text} ${url}`)}`, '_blank', 'noopener');
    };
  }
}

customElements.define('degmail-share', DegmailShare);
