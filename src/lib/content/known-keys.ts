/**
 * The field names the schema knows at a path of an entry (top level, `audiences`, `price`, `sources.0`…), for "did
 * you mean" on a misspelt key. Walks the zod schema itself, so it never lags behind it.
 */
import type { z } from 'astro/zod';
import { providerSchema } from '../../schemas/provider.ts';

type Def = { type?: string; shape?: Record<string, z.ZodType>; options?: z.ZodType[]; element?: z.ZodType; innerType?: z.ZodType; in?: z.ZodType };

function def(s: z.ZodType): Def {
  return (s as unknown as { _zod: { def: Def } })._zod.def;
}

/** Object shapes reachable from `s` through optional, pipes and unions. */
function shapes(s: z.ZodType): Record<string, z.ZodType>[] {
  const d = def(s);
  if (d.shape) return [d.shape];
  if (d.options) return d.options.flatMap(shapes);
  const inner = d.innerType ?? d.in;
  return inner ? shapes(inner) : [];
}

function step(s: z.ZodType, key: PropertyKey): z.ZodType[] {
  const d = def(s);
  if (typeof key === 'number') return d.element ? [d.element] : (d.innerType ?? d.in) ? step((d.innerType ?? d.in)!, key) : [];
  return shapes(s).flatMap((shape) => (shape[String(key)] ? [shape[String(key)]!] : []));
}

/** Known keys of the object at `path` (empty when the path leads nowhere). */
export function knownKeysAt(path: readonly PropertyKey[]): string[] {
  let at: z.ZodType[] = [providerSchema];
  for (const key of path) at = at.flatMap((s) => step(s, key));
  return [...new Set(at.flatMap(shapes).flatMap((shape) => Object.keys(shape)))];
}
