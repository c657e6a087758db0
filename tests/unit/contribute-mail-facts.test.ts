/**
 * The contribution form and the mail facts: mail domains are typed like any other sourced fact; measured verdicts
 * get no control (the check writes them) but an offer's are carried through unchanged, with their measured source,
 * so a correction does not erase them. Fictional offers only.
 */
import { describe, expect, it } from 'vitest';
import { buildProvider, KNOWN_FACTS } from '../../scripts/harness/fictional.ts';
import { checkEntry } from '../../src/lib/content/contribute-issues.ts';
import { blankValues, entryToValues, MEASURED_SOURCES, valuesToEntry } from '../../src/lib/content/contribute-values.ts';
import { factKind } from '../../src/lib/content/contribute-fields.ts';
import { FORM_FACTS } from '../../src/components/contribute/form-groups.ts';
import type { ProviderEntry } from '../../src/schemas/provider.ts';

function measuredOffer(): Record<string, unknown> {
  const { id: _id, ...p } = buildProvider(3, KNOWN_FACTS, ['2026-10', '2025-09']);
  const e: Omit<ProviderEntry, 'id'> = {
    ...p,
    mail_domains: ['fictif-003.example'],
    mail_security: { mx: 'pass', spf: 'fail', rules: { 'spf-or-dkim': 'not-met', 'forward-reverse-dns': 'met' } },
  };
  e.sources = [
    { ...p.sources[0]!, backs: [...p.sources[0]!.backs, 'mail_domains'] },
    { id: 'check-mail', kind: 'measured', tool: 'degmail check:mail 0.1.0', checked: '2026-11-20', backs: ['mail_security'] },
    ...p.sources.slice(1),
  ];
  return e as Record<string, unknown>;
}

describe('mail facts in the contribution form', () => {
  it('offers the mail domains, and no control for measured verdicts', () => {
    expect(FORM_FACTS).toContain('mail_domains');
    expect(FORM_FACTS).not.toContain('mail_security');
    expect(factKind('mail_domains')).toBe('domains');
  });

  it('carries measured verdicts and their source through, after the typed sources', () => {
    const e = measuredOffer();
    const values = entryToValues(e);
    expect(JSON.parse(values.mail_security![0]!)).toEqual(e.mail_security);
    expect(JSON.parse(values[MEASURED_SOURCES]![0]!)).toEqual([(e.sources as unknown[])[1]]);
    // The typed rows hold the pages only: the measured source is no row to edit.
    expect(Object.keys(values).filter((k) => /^sources\.\d+\.url$/.test(k))).toHaveLength((e.sources as unknown[]).length - 1);
    const back = valuesToEntry(values);
    expect(back.mail_security).toEqual(e.mail_security);
    const sources = e.sources as { kind?: string }[];
    expect(back.sources).toEqual([...sources.filter((s) => s.kind !== 'measured'), ...sources.filter((s) => s.kind === 'measured')]);
    expect(checkEntry(back)).toEqual([]);
  });

  it('writes unknown when there is nothing to carry, and never invents a measured source', () => {
    const back = valuesToEntry(blankValues());
    expect(back.mail_security).toBe('unknown');
    expect(back.mail_domains).toBe('unknown');
    expect(back.sources).toEqual([]);
    expect(valuesToEntry({ ...blankValues(), mail_security: ['not json'], [MEASURED_SOURCES]: ['{'] })).toMatchObject({ mail_security: 'unknown', sources: [] });
  });

  it('reads typed domains as a lower-case list, and names a wrong one at its control', () => {
    const e = measuredOffer();
    const typed = { ...entryToValues(e), mail_domains: ['Fictif-003.example, mail.fictif-003.example'] };
    expect(valuesToEntry(typed).mail_domains).toEqual(['fictif-003.example', 'mail.fictif-003.example']);
    const wrong = valuesToEntry({ ...typed, mail_domains: ['fictif-003.example, @fictif'] });
    expect(checkEntry(wrong)).toEqual([{ path: ['mail_domains', 1], anchor: 'mail_domains', key: 'contribute.error.domain', vars: { name: '@fictif' } }]);
    const twice = valuesToEntry({ ...typed, mail_domains: ['fictif-003.example, fictif-003.example'] });
    expect(checkEntry(twice).map((p) => [p.anchor, p.key])).toEqual([['mail_domains', 'contribute.error.domainTwice']]);
    const unsourced = valuesToEntry({ ...typed, 'sources.0.backs': ['price'] });
    expect(checkEntry(unsourced).map((p) => [p.anchor, p.key])).toContainEqual(['mail_domains', 'contribute.error.needsSource']);
  });
});
