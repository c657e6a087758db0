/**
 * Between the questionnaire form and the documented URL parameters. The form's field names are the parameter
 * names, except the preference radios (pref-<name>), gathered into `prefs`, and the "I don't know" boxes.
 */
import { PREFS } from '../../lib/questionnaire/answers.ts';
import { PARAMS } from '../../lib/questionnaire/params.ts';

/** Parameters that are one form field each, with the parameter's name (move and prefs are gathered below). */
const PLAIN = PARAMS.map((p) => p.name).filter((n) => n !== 'move' && n !== 'prefs');

export function formToParams(form: HTMLFormElement): URLSearchParams {
  const fd = new FormData(form);
  const p = new URLSearchParams();
  const idk = (name: string) => form.querySelector<HTMLInputElement>(`[data-idk="${name}"]`)?.checked;
  for (const name of PLAIN) {
    const v = String(fd.get(name) ?? '').trim();
    if (v && !idk(name)) p.set(name, v);
  }
  if (!idk('move')) p.set('move', fd.getAll('move').join(','));
  const prefs = PREFS.map((k) => [k, fd.get(`pref-${k}`)] as const).filter(([, w]) => w && w !== '0');
  if (prefs.length) p.set('prefs', prefs.map(([k, w]) => `${k}:${w}`).join(','));
  return p;
}

export function fillForm(form: HTMLFormElement, params: URLSearchParams): void {
  const set = (name: string, value: string) => {
    for (const el of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)) {
      if (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox')) el.checked = value.split(',').includes(el.value);
      else el.value = value;
    }
  };
  for (const [k, v] of params) if (k !== 'prefs') set(k, v);
  if (params.has('move')) set('move', params.get('move')!);
  else if (params.size) (form.querySelector<HTMLInputElement>('[data-idk="move"]')!).checked = true;
  const prefs = new Map((params.get('prefs') ?? '').split(',').map((x) => x.split(':') as [string, string]));
  for (const k of PREFS) set(`pref-${k}`, prefs.get(k) ?? '0');
}
