/**
 * What the deploy test knows of a web server: how to start it on the example of deploy/ and stop it, and the few
 * ways the three servers legitimately differ. The process plumbing they share lives here too.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import type { Browser } from 'playwright-core';

/** Where the servers run: the same loopback port one after the other (it is the build's SITE), the same files. */
export interface Place {
  port: number;
  /** The served root: holds the copy of the build as degmail/ (BASE without its slashes). */
  www: string;
  /** A scratch folder for each server's configuration, logs and pid files. */
  tmp: string;
}

export interface DeployServer {
  name: string;
  /** The file of deploy/ the server runs. */
  example: string;
  /** Its `Server` header: proves the answer came from this server, not a leftover one. */
  serverHeader: RegExp;
  /** Answers outside BASE too (its example owns the host name), with the site's 404 page. */
  ownsHost: boolean;
  /** Compresses with brotli on the fly (gzip is required of all). */
  brotli: boolean;
  /** Starts it on the example (checked first) and returns its origin once it answers. */
  start(place: Place): Promise<string>;
  stop(): Promise<void>;
  /** What the server's own configuration check said beyond "OK". */
  configWarnings(): string[];
  /** Warnings and errors in its logs so far, less the expected ones. */
  logProblems(): string[];
  /** Tests of what only this server's example does. */
  tests?(served: Served): void;
}

/** Fails if something still listens on the port (a server not stopped would answer in place of the next one). */
export async function waitPortFree(port: number, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    const busy = await new Promise<boolean>((resolve) => {
      const s = net.connect(port, '127.0.0.1');
      s.once('connect', () => { s.destroy(); resolve(true); });
      s.once('error', () => resolve(false));
    });
    if (!busy) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`port ${port} is still in use`);
}

/** Spawns a server in the foreground and waits until `readyUrl` answers 200; fails at once on another status. */
export async function spawnServer(name: string, bin: string, args: string[], opts: { readyUrl: string; env?: NodeJS.ProcessEnv; logFile?: string }): Promise<{ child: ChildProcess; output: () => string }> {
  // In a process group of its own, so that stopping it also reaches workers a master left behind.
  const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'], env: opts.env ?? process.env, detached: true });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  process.once('exit', () => killGroup(child, 'SIGTERM'));
  const tail = () => {
    const log = opts.logFile && fs.existsSync(opts.logFile) ? fs.readFileSync(opts.logFile, 'utf8') : '';
    return `${out}\n${log}`.trim().split('\n').slice(-30).join('\n');
  };
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}):\n${tail()}`);
    let status = 0;
    try {
      const res = await fetch(opts.readyUrl);
      await res.arrayBuffer();
      status = res.status;
    } catch {
      // not listening yet
    }
    if (status === 200) return { child, output: () => out };
    if (status) {
      await stopChild(child);
      throw new Error(`${name} answered ${opts.readyUrl} with HTTP ${status}:\n${tail()}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await stopChild(child);
  throw new Error(`${name} did not answer ${opts.readyUrl} within 15 s:\n${tail()}`);
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    if (child.pid) process.kill(-child.pid, signal);
  } catch {
    // the group is gone already
  }
}

/** SIGTERM, then SIGKILL after 5 s; resolves once the process is gone, and kills whatever is left of its group. */
export async function stopChild(child: ChildProcess | undefined): Promise<void> {
  if (!child) return;
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      await exited;
    }
  }
  killGroup(child, 'SIGKILL');
}

/** Applies each replacement once at least, or fails naming the one that no longer matches the example. */
export function swap(example: string, file: string, steps: [RegExp, string][], helper: string): string {
  let text = example;
  for (const [re, to] of steps) {
    const next = text.replace(re, to);
    if (next === text) throw new Error(`${file} changed shape: ${re} no longer matches; update ${helper}`);
    text = next;
  }
  return text;
}

/** What the test suites need to know of the server under test. */
export interface Served {
  server: DeployServer;
  /** The sub-path, e.g. /degmail/. */
  base: string;
  origin: string;
  /** The sub-path build, as written by `npm run build`. */
  dist: string;
  /** The served copy of it (with the stand-ins). */
  site: string;
  browser: () => Browser;
}
