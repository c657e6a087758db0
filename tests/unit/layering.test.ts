/**
 * The layering of the code, checked on the sources themselves: top folders are named by where their code runs, and
 * imports only go down. `src/lib/` is pure TypeScript (no `astro:`, no `node:`, no DOM-only folders) so it runs in the
 * build, the browser, widgets and scripts; its feature folders import only lower ones; `src/schemas/` imports no lib;
 * scripts never import tests; and there is no import cycle anywhere.
 */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../src/node/paths.ts';

/** Feature folders of src/lib, lowest first: a folder imports only from itself and from lower ranks. */
const LIB_RANKS: Record<string, number> = { shared: 0, search: 0, offers: 1, content: 2, chatonsinfos: 2, directory: 2, questionnaire: 2, plan: 3, opendata: 3, commit: 4, kit: 2, widget: 0, mailcheck: 0 };
/** What pure code may import from outside src/lib. */
const LIB_MAY_IMPORT = ['src/schemas/', 'src/i18n/types.ts', 'src/i18n/locales.ts', 'src/brand/'];

const CODE = /\.(ts|mts|mjs|astro)$/;
function files(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return e.name === 'node_modules' || e.name.startsWith('.') ? [] : files(rel);
    return CODE.test(e.name) && !e.name.endsWith('.d.ts') ? [rel] : [];
  });
}

/** Every module specifier of a file: static and dynamic imports, re-exports, side-effect imports. */
export function specifiers(text: string): string[] {
  const out: string[] = [];
  const re = /(?:^|[\s;])(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+\s+from\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;
  for (const m of text.matchAll(re)) out.push((m[1] ?? m[2])!);
  return out;
}

function resolve(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  return path.posix.normalize(path.posix.join(path.posix.dirname(from), spec.split('?')[0]!));
}

/** A cycle in `graph`, as the list of its nodes, or null. */
export function findCycle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (n: string): string[] | null => {
    if (state.get(n) === 'done') return null;
    if (state.get(n) === 'open') return [...stack.slice(stack.indexOf(n)), n];
    state.set(n, 'open');
    stack.push(n);
    for (const m of graph.get(n) ?? []) {
      const c = visit(m);
      if (c) return c;
    }
    stack.pop();
    state.set(n, 'done');
    return null;
  };
  for (const n of graph.keys()) {
    const c = visit(n);
    if (c) return c;
  }
  return null;
}

const all = [...files('src'), ...files('scripts'), ...files('tests'), 'astro.config.mjs'];
const imports = new Map(all.map((f) => {
  const specs = specifiers(fs.readFileSync(path.join(ROOT, f), 'utf8'));
  return [f, { specs, local: specs.map((s) => resolve(f, s)).filter((x): x is string => x !== null) }] as const;
}));
const problems = (test: (file: string, spec: string, target: string | null) => string | null) =>
  [...imports].flatMap(([f, { specs }]) => specs.map((s) => test(f, s, resolve(f, s))).filter((x): x is string => !!x).map((x) => `${f}: ${x}`));

describe('layering', () => {
  it('reads the imports of every source file', () => {
    expect(all.length).toBeGreaterThan(80);
    expect(imports.get('src/lib/questionnaire/recommend.ts')!.local).toContain('src/lib/questionnaire/constraints.ts');
  });

  it('has no import cycle', () => {
    const graph = new Map([...imports].map(([f, { local }]) => [f, local]));
    expect(findCycle(graph)).toBeNull();
  });

  it('keeps src/lib pure: no astro:, no node:, nothing from where code runs elsewhere', () => {
    expect(problems((f, s, target) => {
      if (!f.startsWith('src/lib/')) return null;
      if (/^(astro:|node:)/.test(s)) return `imports ${s}`;
      if (target && !target.startsWith('src/lib/') && !LIB_MAY_IMPORT.some((p) => target.startsWith(p))) return `imports ${target}`;
      return null;
    })).toEqual([]);
  });

  it('lets each feature folder of src/lib import only itself and lower folders', () => {
    const folders = fs.readdirSync(path.join(ROOT, 'src/lib'));
    expect(folders.filter((d) => !(d in LIB_RANKS)), 'a new folder of src/lib needs its rank here').toEqual([]);
    expect(problems((f, _s, target) => {
      const [from, to] = [f, target ?? ''].map((p) => /^src\/lib\/([^/]+)\//.exec(p)?.[1]);
      if (!from || !to || from === to) return null;
      return LIB_RANKS[to]! < LIB_RANKS[from]! ? null : `${from} (rank ${LIB_RANKS[from]}) imports ${to} (rank ${LIB_RANKS[to]}): ${target}`;
    })).toEqual([]);
  });

  it('keeps the schemas below everything: no lib, no node, no astro', () => {
    expect(problems((f, s, target) => {
      if (!f.startsWith('src/schemas/')) return null;
      if (/^(astro:|node:)/.test(s) || (target && /^src\/(lib|node|astro|client|components|pages)\//.test(target))) return `imports ${target ?? s}`;
      return null;
    })).toEqual([]);
  });

  it('keeps browser code off Node and Astro, and Node code off the browser', () => {
    expect(problems((f, s, target) => {
      if (f.startsWith('src/client/') && (/^(astro:|node:)/.test(s) || /^src\/(node|astro|components|pages|layouts)\//.test(target ?? ''))) return `imports ${target ?? s}`;
      if (f.startsWith('src/node/') && (/^astro:/.test(s) || /^src\/(client|components|pages|layouts)\//.test(target ?? ''))) return `imports ${target ?? s}`;
      return null;
    })).toEqual([]);
  });

  it('never imports tests from scripts or src, nor scripts from src', () => {
    expect(problems((f, _s, target) => {
      if (!target) return null;
      if (!f.startsWith('tests/') && target.startsWith('tests/')) return `imports ${target}`;
      if (f.startsWith('src/') && target.startsWith('scripts/')) return `imports ${target}`;
      return null;
    })).toEqual([]);
  });

  it('cites no file outside the repository (public URLs or repository paths only)', () => {
    // The project's reference notes live outside the repository: code cites the public pages they point to.
    const machinePath = new RegExp(['/wo' + 'rk/', 'shared/ref' + 'erence', '/ho' + 'me/\\w'].join('|'));
    expect(all.filter((f) => machinePath.test(fs.readFileSync(path.join(ROOT, f), 'utf8')))).toEqual([]);
  });

  it('the checks themselves catch a cycle and read every kind of import', () => {
    expect(findCycle(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]]))).toEqual(['a', 'b', 'c', 'a']);
    expect(findCycle(new Map([['a', ['b']], ['b', []]]))).toBeNull();
    expect(specifiers("import x from './a.ts';\nimport type { Y } from \"../b.ts\";\nexport { z } from './c.ts';\nimport './d.ts';\nconst m = await import('./e.ts');"))
      .toEqual(['./a.ts', '../b.ts', './c.ts', './d.ts', './e.ts']);
  });
});
