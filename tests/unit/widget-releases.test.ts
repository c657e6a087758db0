/**
 * Widget releases are immutable bytes: every file listed in public/widget/releases.json exists with its integrity,
 * its ZIP holds the same bytes, and `npm run widget:release` refuses a version that exists. The moving alias serves
 * the latest 1.x release.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { latestRelease } from '../../src/lib/widget/versions.ts';
import { aliasBytes } from '../../src/node/widget/alias.ts';
import { integrityOf, PUBLIC_DIR, readReleases, releasePaths } from '../../src/node/widget/manifest.ts';
import { releaseWidget } from '../../src/node/widget/release.ts';
import { releaseProblems } from '../../src/node/widget/verify.ts';
import { zipFolder } from '../../src/node/widget/zip.ts';

const { releases } = readReleases();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'degmail-widget-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** A copy of public/widget/ to change freely. */
function copy(name: string): string {
  const dir = path.join(tmp, name);
  fs.cpSync(path.join(PUBLIC_DIR, 'widget'), path.join(dir, 'widget'), { recursive: true });
  return dir;
}

describe('committed releases', () => {
  it('starts with 1.0.0', () => {
    expect(releases[0]?.version).toBe('1.0.0');
  });

  it('every released file is there with the bytes its integrity names, and its ZIP holds them', () => {
    expect(releaseProblems()).toEqual([]);
  });

  it.each(releases.map((r) => [r.version, r] as const))('%s: the ZIP has the script, a README with its snippet and CSP line, and the licence', (version, r) => {
    const files = unzipSync(fs.readFileSync(path.join(PUBLIC_DIR, r.zip)));
    const folder = zipFolder(version);
    expect(Object.keys(files).sort()).toEqual([`${folder}/LICENCE.txt`, `${folder}/README.md`, `${folder}/degmail.js`]);
    const readme = new TextDecoder().decode(files[`${folder}/README.md`]);
    expect(readme).toContain(`integrity="${r.integrity}"`);
    expect(readme).toContain("script-src 'self'");
    expect(readme).toContain(r.hardEnd);
    expect(new TextDecoder().decode(files[`${folder}/LICENCE.txt`])).toMatch(/GNU Affero General Public License/);
  });

  it.each(releases.map((r) => [r.version, r] as const))('%s: its version and hard end are baked into the script', (version, r) => {
    const script = fs.readFileSync(path.join(PUBLIC_DIR, r.file), 'utf8');
    expect(script).toContain(`degmail widget ${version},`);
    expect(script).toContain(`"${r.hardEnd}"`);
    expect(script).toMatch(/^[\x09\x0a\x0d\x20-\x7e]*$/);
  });

  it('the alias serves the latest 1.x release', () => {
    const latest = latestRelease(releases, 1)!;
    expect(Buffer.from(aliasBytes(1))).toEqual(fs.readFileSync(path.join(PUBLIC_DIR, latest.file)));
  });
});

describe('the immutability check can fail', () => {
  it('names a changed byte, a missing file, a stray folder and a wrong hard end', () => {
    const dir = copy('tampered');
    const r = releases[0]!;
    fs.appendFileSync(path.join(dir, r.file), '\n');
    expect(releaseProblems(dir).join('\n')).toMatch(new RegExp(`${r.file} changed`));
    fs.rmSync(path.join(dir, r.file));
    expect(releaseProblems(dir).join('\n')).toMatch(/is missing/);
    fs.mkdirSync(path.join(dir, 'widget', 'v9.9.9'));
    expect(releaseProblems(dir).join('\n')).toMatch(/widget\/v9\.9\.9\/ is not in releases\.json/);
    const manifest = path.join(dir, 'widget', 'releases.json');
    fs.writeFileSync(manifest, fs.readFileSync(manifest, 'utf8').replace(`"hardEnd": "${r.hardEnd}"`, '"hardEnd": "2099-01-01"'));
    expect(releaseProblems(dir).join('\n')).toMatch(/plus two years/);
  });
});

describe('npm run widget:release', () => {
  it('refuses a version that exists, a bad version, and a version the changelog does not explain', async () => {
    const dir = copy('refuse');
    await expect(releaseWidget('1.0.0', { date: '2026-12-01', publicDir: dir })).rejects.toThrow(/already released/);
    await expect(releaseWidget('1.0', { date: '2026-12-01', publicDir: dir })).rejects.toThrow(/X\.Y\.Z/);
    await expect(releaseWidget('1.0.1', { date: '2026-12-01', publicDir: dir })).rejects.toThrow(/CHANGELOG\.md has no "## 1\.0\.1" section/);
    expect(fs.existsSync(path.join(dir, 'widget', 'v1.0.1'))).toBe(false);
  });

  it('writes the script, its ZIP and its manifest line, then refuses to write them again', async () => {
    const dir = copy('new');
    fs.appendFileSync(path.join(dir, 'widget', 'CHANGELOG.md'), '\n## 1.0.1 (2027-03-01)\n\nA test release.\n');
    const { release, brotli } = await releaseWidget('1.0.1', { date: '2027-03-01', publicDir: dir });
    const { file, zip } = releasePaths('1.0.1');
    expect(release).toMatchObject({ version: '1.0.1', date: '2027-03-01', hardEnd: '2029-03-01', file, zip });
    const bytes = fs.readFileSync(path.join(dir, release.file));
    expect(release.integrity).toBe(integrityOf(bytes));
    expect(brotli).toBeGreaterThan(1000);
    expect(readReleases(dir).releases.map((r) => r.version)).toEqual([...releases.map((r) => r.version), '1.0.1']);
    expect(releaseProblems(dir)).toEqual([]);
    expect(Buffer.from(aliasBytes(1, dir))).toEqual(bytes);
    await expect(releaseWidget('1.0.1', { date: '2027-03-02', publicDir: dir })).rejects.toThrow(/already released/);
    expect(fs.readFileSync(path.join(dir, release.file))).toEqual(bytes);
  });
});
