/** `node scripts/validate.ts`: the same checks as the build, on a whole content folder, from the command line. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateContentDir } from '../../src/node/content-files.ts';
import { ROOT } from '../../src/node/paths.ts';
import { BASE, edit, lineOf, PINNED_TODAY } from '../fixtures/provider-text.ts';

describe('scripts/validate.ts', () => {
  // Node 22 runs the .ts script directly; vitest may itself run on another Node, so pick a Node 22 if needed.
  const major = Number(process.versions.node.split('.')[0]);
  const node = major >= 22 ? process.execPath : path.join(ROOT, 'node_modules/.bin/node');
  const script = path.join(ROOT, 'scripts/validate.ts');
  let dir: string;

  function run(contentDir: string | undefined) {
    const env: NodeJS.ProcessEnv = { ...process.env, DEGMAIL_TODAY: PINNED_TODAY };
    if (contentDir === undefined) delete env.DEGMAIL_CONTENT;
    else env.DEGMAIL_CONTENT = contentDir;
    return spawnSync(node, [script], { cwd: ROOT, env, encoding: 'utf8' });
  }

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'degmail-validate-'));
    mkdirSync(path.join(dir, 'providers'));
    writeFileSync(path.join(dir, 'providers/good.yaml'), BASE);
    writeFileSync(path.join(dir, 'providers/bad.yaml'), edit(edit(BASE, 'website: https://collines.example/', 'website: https://other.example/'), 'country: FR', 'country: XX'));
    writeFileSync(path.join(dir, 'providers/empty.yml'), '');
    writeFileSync(path.join(dir, 'providers/README.md'), 'not a provider');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 1 and prints every problem with its file and line', () => {
    const before = readdirSync(path.join(dir, 'providers')).sort();
    const result = run(dir);
    expect(result.status).toBe(1);
    const bad = path.join(dir, 'providers/bad.yaml');
    expect(result.stderr).toContain(`${bad}:${lineOf(BASE, 'country:')}: country: expected an ISO 3166-1 country code`);
    expect(result.stderr).toContain('got "XX"');
    expect(result.stderr).toContain(`${path.join(dir, 'providers/empty.yml')}: the file is empty`);
    expect(result.stderr).toContain('degmail: 2 problems in provider files');
    expect(result.stdout).toBe('');
    expect(readdirSync(path.join(dir, 'providers')).sort()).toEqual(before);
  });

  it('exits 0 with a one-line summary on the real content; facts read long ago are only warnings', () => {
    const result = run(undefined);
    // Warnings, if any, come at the end of stderr and never fail the check.
    for (const line of result.stderr.split('\n').filter(Boolean)) expect(line).toMatch(/^(degmail: \d+ warnings? \(facts checked more than 12 months ago\):|  warning: )/);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^degmail: \d+ provider files OK \(\d+ CHATONS, \d+ outside\)\n$/);
  });

  it('checks the files given, suggests the field or value meant, and lists stale sources last as warnings', () => {
    const file = path.join(dir, 'typos.yaml');
    let text = edit(BASE, 'chatons: member', 'chatons: membre');
    text = edit(text, 'quota_gb: 5', 'quota_go: 5');
    text = edit(text, 'checked: "2026-06"', 'checked: "2024-01"');
    writeFileSync(file, text);
    const result = spawnSync(node, [script, file], { cwd: ROOT, env: { ...process.env, DEGMAIL_TODAY: PINNED_TODAY }, encoding: 'utf8' });
    expect(result.status).toBe(1);
    const lines = result.stderr.split('\n');
    expect(lines).toContain(`${file}:${lineOf(text, 'chatons:')}: chatons: expected "member", "unverified" or "not-member", got "membre" (did you mean "member"?)`);
    expect(lines).toContain(`${file}:${lineOf(text, 'quota_go:')}: quota_go: unknown field (did you mean "quota_gb"?)`);
    // A file that fails the schema has no entry, so no staleness to report; a valid one does, at the end.
    const stale = path.join(dir, 'stale.yaml');
    writeFileSync(stale, edit(edit(BASE, 'checked: "2026-06"', 'checked: "2024-01"'), 'website: https://collines.example/', 'website: https://stale.example/'));
    const ok = spawnSync(node, [script, stale], { cwd: ROOT, env: { ...process.env, DEGMAIL_TODAY: PINNED_TODAY }, encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(ok.stderr).toMatch(/warning: .*stale\.yaml: source "[^"]+" was checked 2024-01, more than 12 months ago/);
  });

  it('agrees with the build: the build stops with the very messages of the validator', () => {
    const bad = 'tests/fixtures/bad';
    const viaValidator = run(bad).stderr;
    const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, env: { ...process.env, DEGMAIL_TODAY: PINNED_TODAY, DEGMAIL_CONTENT: bad, DEGMAIL_OUT: path.join(dir, 'out') }, encoding: 'utf8' });
    expect(build.status).not.toBe(0);
    for (const line of viaValidator.split('\n').filter(Boolean)) expect(build.stderr).toContain(line);
  }, 60_000);

  it('takes a relative DEGMAIL_CONTENT from the project root and prints paths relative to it', () => {
    expect(run('tests/fixtures/content').status).toBe(0);
    const result = run('tests/fixtures/bad');
    expect(result.status).toBe(1);
    const dir = 'tests/fixtures/bad/providers';
    expect(result.stderr.split('\n')).toEqual([
      `${dir}/b-same-website.yaml:3: website: expected a website no other file uses, got https://www.valide.example, ` +
        `already the website of ${dir}/a-valid.yaml (the same offer?)`,
      `${dir}/c-empty.yaml: the file is empty: expected a provider description (name, website, …)`,
      `${dir}/d-syntax-error.yaml:10:19: YAML syntax error: bad indentation of a mapping entry` +
        ' (check the indentation, or put a value containing ": " in quotes)',
      `${dir}/e-several-errors.yaml:3: website: expected an https:// URL, got "javascript:alert(1)"`,
      `${dir}/e-several-errors.yaml:4: chatons: expected "member", "unverified" or "not-member", got "maybe"`,
      `${dir}/e-several-errors.yaml:8: country: expected an ISO 3166-1 country code such as FR or BE or "unknown", got "XX"`,
      `${dir}/e-several-errors.yaml:20: quota_gb: a known fact needs a source: list this field in the "backs" of a source, got 12`,
      `${dir}/e-several-errors.yaml:42: colour: unknown field (check its spelling against the schema)`,
      `${dir}/e-several-errors.yaml:47: sources.0.checked: expected a date as "YYYY-MM" or "YYYY-MM-DD" in quotes, ` +
        'got an unquoted YAML date (2026-03-01)',
      'degmail: 9 problems in provider files (fix them before building).',
      '',
    ]);
  });

  it('reports a missing providers folder instead of throwing', async () => {
    const result = await validateContentDir(path.join(dir, 'nowhere'));
    expect(result.entries).toEqual([]);
    expect(result.errors).toEqual([`${path.join(dir, 'nowhere/providers')}: cannot read the providers folder (ENOENT)`]);
  });
});
