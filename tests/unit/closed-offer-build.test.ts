/**
 * A real build with a closed offer among fictional ones: its page stays, says it is closed and shows the way out;
 * it leaves the directory's lists and the questionnaire; the open data still has it, marked closed.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const FIXTURES = 'tests/fixtures/content/providers';
const CLOSED = 'cooperative-fictive-du-lac';

describe('a closed offer, built', () => {
  it('keeps its page with the way out, and leaves the lists and the questionnaire', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'degmail-closed-'));
    const content = path.join(tmp, 'content');
    const out = path.join(tmp, 'dist');
    fs.mkdirSync(path.join(content, 'providers'), { recursive: true });
    for (const f of fs.readdirSync(FIXTURES)) fs.copyFileSync(path.join(FIXTURES, f), path.join(content, 'providers', f));
    const file = path.join(content, 'providers', `${CLOSED}.yaml`);
    const text = fs.readFileSync(file, 'utf8');
    const closed = text.replace(/^status: unknown$/m, 'status: closed').replace(/^(\s+backs: \[)/m, '$1status, ');
    expect(closed).not.toBe(text);
    fs.writeFileSync(file, closed);
    const r = spawnSync('npm', ['run', 'build'], { env: { ...process.env, DEGMAIL_CONTENT: content, DEGMAIL_OUT: out }, encoding: 'utf8' });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const read = (p: string) => fs.readFileSync(path.join(out, p), 'utf8');
    for (const lang of ['fr', 'en']) {
      const page = read(`${lang}/providers/${CLOSED}/index.html`);
      expect(page).toContain('data-status="closed"');
      expect(page).toContain('data-exit-plan');
      expect(read(`${lang}/providers/index.html`)).not.toContain(`data-offer-id="${CLOSED}"`);
      expect(read(`${lang}/providers/index.html`)).toContain('data-offer-id="');
      expect(read(`${lang}/questionnaire/index.html`)).not.toContain(`"id":"${CLOSED}"`);
      expect(read(`${lang}/questionnaire/index.html`)).toContain('"id":"');
    }
    const data = JSON.parse(read('api/v1/providers.json')) as { providers: { id: string; status?: string }[] };
    expect(data.providers.find((p) => p.id === CLOSED)?.status).toBe('closed');
  }, 180_000);
});
