/**
 * A minimal translator over the flat dictionaries, with i18next's `{{name}}` interpolation. The build uses
 * i18next itself (src/i18n/index.ts); browser code uses this so it does not ship i18next's bytes.
 */
import type { Dict, T, UiKey } from '../../i18n/types.ts';

export type { Dict, T, UiKey };

export function makeT(dict: Dict, fallback: Dict = {}): T {
  return (key, vars) => {
    const text = dict[key] ?? fallback[key] ?? key;
    return vars ? text.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : text;
  };
}
