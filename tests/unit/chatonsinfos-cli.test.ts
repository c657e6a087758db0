/** `node scripts/import-chatonsinfos.ts`, end to end: a fixture federation served locally, a temporary --out folder. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkProviders } from '../../src/lib/content/check.ts';
import { ROOT } from '../../src/node/paths.ts';
import { startFixtureServer, type FixtureServer } from '../fixtures/chatonsinfos/server.ts';
import { PINNED_TODAY } from '../fixtures/provider-text.ts';

// Node 22 runs the .ts script directly; vitest may itself run on another Node, so pick a Node 22 if needed.
const major = Number(process.versions.node.split('.')[0]);
const node = major >= 22 ? process.execPath : path.join(ROOT, 'node_modules/.bin/node');
const script = path.join(ROOT, 'scripts/import-chatonsinfos.ts');

/** Runs the CLI without blocking this process, which serves the files it fetches. */
function cli(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(node, [script, ...args], { cwd: ROOT, env: { ...process.env, DEGMAIL_TODAY: PINNED_TODAY } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('scripts/import-chatonsinfos.ts', () => {
  let server: FixtureServer;
  let out: string;
  const files = () => Object.fromEntries(readdirSync(out).sort().map((n) => [n, readFileSync(path.join(out, n), 'utf8')]));

  beforeAll(async () => {
    server = await startFixtureServer();
    out = mkdtempSync(path.join(tmpdir(), 'degmail-ci-cli-'));
  });
  afterAll(async () => {
    rmSync(out, { recursive: true, force: true });
    await server.close();
  });

  it('exits 2 on bad arguments, naming the problem and the usage', async () => {
    for (const args of [[], ['a', 'b'], ['fed.properties', '--colour'], ['fed.properties', '--timeout', 'soon']]) {
      const r = await cli(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^import:chatonsinfos: .+\nusage: npm run import:chatonsinfos -- <federation file path or URL>/);
      expect(r.stdout).toBe('');
    }
  });

  it('--dry-run prints the diff and the summary, and writes nothing', async () => {
    const r = await cli([`${server.url}/federation-clean.properties`, '--out', out, '--dry-run']);
    expect(r.status).toBe(0);
    expect(readdirSync(out)).toEqual([]);
    expect(r.stdout).toContain(`--- /dev/null\n+++ b/${path.join(out, 'chaton-fictif-des-landes.yaml')}\n`);
    expect(r.stdout).toContain('+draft: true\n');
    expect(r.stdout).toMatch(/offers created: 3, offers updated: 0, 0 errors \(dry run: nothing written\)\n/);
  });

  it('imports a federation, exits 0, and a second run changes no byte', async () => {
    const first = await cli([`${server.url}/federation-clean.properties`, '--out', out]);
    expect(first.status).toBe(0);
    expect(first.stdout.split('\n')[0]).toBe('chatonsinfos: 3 organisations, 5 services, 4 mail services; offers created: 3, offers updated: 0, 0 errors');
    expect(first.stderr).toMatch(/chatonsinfos: 9\/9 files, 0 errors\n$/);
    const written = files();
    expect(Object.keys(written)).toEqual(['chaton-fictif-de-l-etang.yaml', 'chaton-fictif-des-landes.yaml', 'collectif-fictif-du-marais.yaml']);
    expect(checkProviders(Object.entries(written).map(([p, text]) => ({ path: p, text }))).errors).toEqual([]);

    const second = await cli([`${server.url}/federation-clean.properties`, '--out', out]);
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(/offers created: 0, offers updated: 0, 0 errors\n$/);
    expect(files()).toEqual(written);
  });

  it('exits 1 when a file fails, listing each error with its URL and reason, and imports the rest', async () => {
    const r = await cli([`${server.url}/federation-errors.properties`, '--out', out, '--timeout', '300']);
    expect(r.status).toBe(1);
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('  error: '));
    expect(errors).toHaveLength(8);
    expect(errors).toContainEqual(`  error: ${server.url}/absent/.well-known/chatonsinfos/organization.properties: not found (HTTP 404), and not found either at ${server.url}/absent/.well_known/chatonsinfos/organization.properties`);
    expect(errors).toContainEqual(`  error: ${server.url}/slow/organization.properties: no complete answer within 0.3 s`);
    expect(r.stdout).toContain(`  created: ${path.join(out, 'collectif-fictif-des-dunes.yaml')}\n`);
  });
});
