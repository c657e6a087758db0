/** A public build refuses the placeholders of src/site.config.ts, naming each; a local or allowed one goes on. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { isLoopbackOrigin, placeholdersIn, placeholderVerdict } from '../../src/lib/shared/placeholders.ts';
import { SITE_CONFIG } from '../../src/site.config.ts';
import { ROOT } from '../../src/node/paths.ts';

const config = { contactEmail: 'contact@degmail.example', repositoryUrl: 'https://git.example/x', chatonsUrl: 'https://www.chatons.org/', later: 'https://kit.example/' };

describe('placeholders', () => {
  it('finds every value on the reserved .example domain, including settings added later', () => {
    expect(placeholdersIn(config)).toEqual(['contactEmail: contact@degmail.example', 'repositoryUrl: https://git.example/x', 'later: https://kit.example/']);
    expect(placeholdersIn({ a: 'https://example.org/', b: 'me@example.net', c: 3 })).toEqual([]);
    expect(placeholdersIn({ director: 'PLACEHOLDER: a name', host: 'Hébergeur réel' })).toEqual(['director: PLACEHOLDER: a name']);
  });

  it('knows loopback origins', () => {
    for (const s of ['http://localhost:4321', 'http://127.0.0.1:8080', 'http://127.3.2.1', 'http://[::1]:3000']) expect(isLoopbackOrigin(s), s).toBe(true);
    for (const s of ['https://degmail.org', 'http://10.0.0.1', 'http://localhost.evil.org', 'not a url']) expect(isLoopbackOrigin(s), s).toBe(false);
  });

  it('fails a public build, warns when allowed, and lets a local one through', () => {
    const refused = placeholderVerdict(config, 'https://degmail.org', false);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error).toContain('contactEmail: contact@degmail.example');
    expect(placeholderVerdict(config, 'https://degmail.org', true)).toMatchObject({ ok: true, warning: expect.stringContaining('later: https://kit.example/') });
    expect(placeholderVerdict(config, 'http://localhost:4321', false)).toEqual({ ok: true });
    expect(placeholderVerdict({ chatonsUrl: 'https://www.chatons.org/' }, 'https://degmail.org', false)).toEqual({ ok: true });
  });

  it('the build step stops a public build of this repository while its settings are placeholders', () => {
    const node = path.join(ROOT, 'node_modules/.bin/node');
    const run = (env: Record<string, string>) =>
      spawnSync(node, ['scripts/check-config.ts'], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
    const publicBuild = run({ SITE: 'https://degmail.example.org', DEGMAIL_ALLOW_PLACEHOLDERS: '' });
    expect(publicBuild.status).toBe(placeholdersIn(SITE_CONFIG).length ? 1 : 0);
    for (const p of placeholdersIn(SITE_CONFIG)) expect(publicBuild.stderr).toContain(p);
    expect(run({ SITE: 'https://degmail.example.org', DEGMAIL_ALLOW_PLACEHOLDERS: '1' }).status).toBe(0);
    expect(run({ SITE: 'http://localhost:4321' }).status).toBe(0);
  });
});
