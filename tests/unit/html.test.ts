/** Text from content files is shown as text, never run, in every HTML string built outside Astro templates. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import fs from 'node:fs';
import { esc, safeHref } from '../../src/lib/shared/html.ts';
import { resultHtml } from '../../src/lib/questionnaire/result-html.ts';
import { planHtml } from '../../src/lib/plan/html.ts';
import { buildPlan } from '../../src/lib/plan/build.ts';
import { recommend } from '../../src/lib/questionnaire/recommend.ts';
import { makeT } from '../../src/lib/shared/translate.ts';
import { generateProviders } from '../../scripts/harness/fictional.ts';

const fr = JSON.parse(fs.readFileSync('src/i18n/fr.json', 'utf8'));
const t = makeT(fr);

describe('escaping', () => {
  it('esc() leaves no markup character behind', () => {
    fc.assert(fc.property(fc.string(), (s) => !/[<>"']/.test(esc(s))));
  });

  it('safeHref() only lets http(s), mailto and relative links through', () => {
    expect(safeHref('javascript:alert(1)')).toBe('#');
    expect(safeHref('data:text/html,x')).toBe('#');
    expect(safeHref('https://a.example/?q="x"')).toBe('https://a.example/?q=&quot;x&quot;');
  });

  it('an offer named with HTML is shown as text in results and plans', () => {
    const [offer] = generateProviders(1, 7);
    const evil = { ...offer!, draft: false, status: 'active' as const, name: '<script>alert(1)</script><img src=x onerror=alert(2)>' };
    const rec = recommend({ seed: 0 }, [evil], { today: '2026-11-25' });
    const html = resultHtml(rec, { seed: 0 }, { t, lang: 'fr', intl: 'fr-FR', offerUrl: (id) => `/fr/providers/${id}/`, chatonsUrl: 'https://www.chatons.org/' })
      + planHtml(buildPlan({ answers: { seed: 0, from: 'gmail' }, offer: evil, today: '2026-11-25' }, t), t, { title: evil.name, intl: 'fr-FR', downloads: true });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
    // The message to the host names the offer too, as text.
    expect(html).toContain('data-ask-text');
  });
});
