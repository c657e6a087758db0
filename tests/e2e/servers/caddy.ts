/** deploy/Caddyfile.example run for real, unprivileged, on a loopback port over plain HTTP (`auto_https off`). */
import { spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { caddyPath } from '../../../scripts/harness/tools.ts';
import { spawnServer, stopChild, swap, waitPortFree, type DeployServer } from './process.ts';

const EXAMPLE = 'deploy/Caddyfile.example';
/** What Caddy says of the two global options the test adds: expected, not problems. */
const EXPECTED = /admin endpoint disabled|automatic HTTPS is completely disabled/;

/** The example with its site address and root swapped, behind a global block: no admin API, no certificates. */
export function localCaddyfile(example: string, opts: { port: number; root: string }): string {
  const site = swap(example, EXAMPLE, [
    [/^example\.org \{$/m, `http://127.0.0.1:${opts.port} {`],
    [/^(\s*)root \* \/srv\/www$/gm, `$1root * ${opts.root}`],
  ], 'tests/e2e/servers/caddy.ts');
  // A global options block must come first: if the example ever gets its own, Caddy refuses this one, loudly.
  return `{\n\tauto_https off\n\tadmin off\n}\n\n${site}`;
}

/** Caddy's JSON log lines at warn level or above, less the expected ones. */
function problems(output: string): string[] {
  return output.split('\n').filter((l) => /"level":"(warn|error|panic|fatal)"/.test(l) && !EXPECTED.test(l));
}

export function caddyServer(): DeployServer {
  let child: ChildProcess | undefined;
  let output = () => '';
  let warnings: string[] = [];
  return {
    name: 'Caddy',
    example: EXAMPLE,
    serverHeader: /^Caddy$/,
    ownsHost: true,
    brotli: false,
    async start({ port, www, tmp }) {
      const bin = caddyPath();
      if (!bin) throw new Error('the deploy test needs caddy: sudo apt-get install -y caddy');
      fs.mkdirSync(tmp, { recursive: true });
      const file = path.join(tmp, 'Caddyfile');
      fs.writeFileSync(file, localCaddyfile(fs.readFileSync(EXAMPLE, 'utf8'), { port, root: www }));
      // Caddy keeps state (certificates, the last configuration) under $HOME / XDG folders: the scratch folder.
      const env = { ...process.env, HOME: tmp, XDG_DATA_HOME: tmp, XDG_CONFIG_HOME: tmp };
      const args = ['--config', file, '--adapter', 'caddyfile'];
      const check = spawnSync(bin, ['validate', ...args], { encoding: 'utf8', env });
      if (check.status !== 0) throw new Error(`caddy validate refused the Caddyfile built from the example:\n${check.stderr}`);
      // "Caddyfile input is not formatted" among them: the example must stay as `caddy fmt` writes it.
      warnings = problems(check.stderr);
      await waitPortFree(port);
      const origin = `http://127.0.0.1:${port}`;
      ({ child, output } = await spawnServer('caddy', bin, ['run', ...args], { readyUrl: `${origin}/degmail/fr/`, env }));
      return origin;
    },
    stop: () => stopChild(child),
    configWarnings: () => warnings,
    logProblems: () => problems(output()),
  };
}
