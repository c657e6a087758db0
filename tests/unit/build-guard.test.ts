/**
 * `npm run build` with a bad content file stops before Astro writes anything: the previous build stays intact
 * and the message names the file and the field.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

function tree(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => {
      const p = path.join(e.parentPath, e.name);
      return `${path.relative(dir, p)} ${fs.statSync(p).mtimeMs} ${fs.statSync(p).size}`;
    })
    .sort();
}

describe('npm run build with a bad provider file', () => {
  it('fails with file, field, expected and found, and leaves the output folder untouched', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'degmail-guard-'));
    const content = path.join(tmp, 'content');
    const out = path.join(tmp, 'previous-build');
    fs.mkdirSync(path.join(content, 'providers'), { recursive: true });
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'index.html'), '<p>previous build</p>');
    fs.copyFileSync('tests/fixtures/content/providers/' + fs.readdirSync('tests/fixtures/content/providers')[0], path.join(content, 'providers/good.yaml'));
    const good = fs.readFileSync(path.join(content, 'providers/good.yaml'), 'utf8');
    fs.writeFileSync(path.join(content, 'providers/x.yaml'), good.replace(/^quota_gb: .*$/m, 'quota_gb: lots').replace(/^website: .*$/m, 'website: https://x.example/'));
    const before = tree(out);
    const r = spawnSync('npm', ['run', 'build'], { env: { ...process.env, DEGMAIL_CONTENT: content, DEGMAIL_OUT: out }, encoding: 'utf8' });
    const output = r.stdout + r.stderr;
    expect(r.status).not.toBe(0);
    expect(output).toMatch(/x\.yaml:\d+: quota_gb: expected a number of GB or "unknown", got "lots"/);
    expect(tree(out)).toEqual(before);
  }, 60_000);
});
