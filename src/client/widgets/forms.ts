/**
 * Reading a widget's options form into the snippet builders' option objects, and showing the builder's refusals next
 * to their fields. Every value read from a <select> or a radio is checked against the builders' own lists: the form
 * is ours, but its values still reach a snippet.
 */
import { BANNER_POSITIONS, BANNER_THEMES, type BannerIssue } from '../../lib/widget/snippet-banner.ts';
import { BADGE_KINDS } from '../../lib/widget/snippet-badge.ts';
import type { WidgetKind } from '../../lib/widget/snippet-csp.ts';
import type { WidgetOptions } from '../../lib/widget/snippet-widgets.ts';

function oneOf<T extends string>(list: readonly T[], value: string, fallback: T): T {
  return (list as readonly string[]).includes(value) ? (value as T) : fallback;
}

export function readOptions<K extends WidgetKind>(kind: K, form: HTMLFormElement, pageLang: string): WidgetOptions[K] {
  const f = new FormData(form);
  const text = (name: string) => String(f.get(name) ?? '');
  const lang = text('lang');
  const options: WidgetOptions = {
    banner: {
      lang,
      position: oneOf(BANNER_POSITIONS, text('position'), 'inline'),
      theme: oneOf(BANNER_THEMES, text('theme'), 'auto'),
      headline: text('headline'),
      linkText: text('linkText'),
      href: text('href'),
      until: text('until'),
      dismissible: f.has('dismissible'),
      inFrames: f.has('inFrames'),
    },
    nudge: { lang },
    card: { lang: lang || pageLang, id: text('id') },
    badge: { lang: lang || pageLang, kind: oneOf(BADGE_KINDS, text('kind'), 'badge') },
  };
  return options[kind];
}

/** Shows or hides each field's error, and ties it to its control (aria-invalid, aria-describedby). */
export function showIssues(form: HTMLFormElement, issues: readonly BannerIssue[]): void {
  for (const error of form.querySelectorAll<HTMLElement>('[data-error]')) {
    const control = form.querySelector<HTMLElement>(`#${error.dataset.error}`);
    const name = control?.getAttribute('name') as BannerIssue | null;
    const bad = !!name && issues.includes(name);
    error.hidden = !bad;
    if (!control) continue;
    const described = (control.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id && id !== error.id);
    if (bad) {
      control.setAttribute('aria-invalid', 'true');
      described.push(error.id);
    } else control.removeAttribute('aria-invalid');
    if (described.length) control.setAttribute('aria-describedby', described.join(' '));
    else control.removeAttribute('aria-describedby');
  }
}
