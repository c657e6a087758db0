/**
 * `<degmail-commit>`: dates the three check-ins from the visitor's own today (the page was built on another day),
 * makes the calendar file in the browser, and copies the announcement. Nothing leaves the page.
 */
import { checkinDays, checkinReminders } from '../../lib/commit/checkins.ts';
import { toIcs } from '../../lib/plan/ics.ts';
import { checkedDate } from '../../lib/shared/format.ts';
import { formatIsoDay } from '../../lib/shared/dates.ts';

class DegmailCommit extends HTMLElement {
  private url: string | undefined;

  connectedCallback(): void {
    const now = new Date();
    const today = formatIsoDay({ year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() });
    const intl = this.dataset.intl ?? 'en-GB';
    const times = this.querySelectorAll<HTMLTimeElement>('[data-checkin]');
    checkinDays(today).forEach((day, i) => {
      const time = times[i];
      if (time) {
        time.dateTime = day;
        time.textContent = checkedDate(day, intl);
      }
    });
    const from = this.querySelector<HTMLElement>('[data-from]');
    if (from) from.textContent = checkedDate(today, intl);
    const texts = this.dataset;
    const descriptions = [...this.querySelectorAll<HTMLElement>('[data-checkin-text]')].map((el) => el.textContent?.trim() ?? '');
    const link = this.querySelector<HTMLAnchorElement>('[data-ics]');
    if (link) {
      const ics = toIcs(checkinReminders(today, { title: texts.title ?? '', descriptions }), { now: now.toISOString() });
      this.url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar' }));
      link.href = this.url;
      link.hidden = false;
    }
    const copy = this.querySelector<HTMLButtonElement>('[data-copy]');
    const text = this.querySelector<HTMLElement>('[data-announce]');
    if (copy && text && navigator.clipboard) {
      copy.hidden = false;
      copy.addEventListener('click', () => {
        navigator.clipboard.writeText(text.textContent ?? '').then(() => (copy.textContent = texts.copied ?? ''), () => {});
      });
    }
  }

  disconnectedCallback(): void {
    if (this.url) URL.revokeObjectURL(this.url);
  }
}

customElements.define('degmail-commit', DegmailCommit);
