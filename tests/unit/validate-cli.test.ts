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

  it('exits 0 with a one-line summary on the real content', () => {
    const result = run(undefined);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^degmail: \d+ provider files OK \(\d+ CHATONS, \d+ outside\)\n$/);
  });

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
