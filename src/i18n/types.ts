/**
 * The translator's types, shared by the build (i18next, src/i18n/index.ts) and the browser (src/lib/shared/translate.ts).
 * Keys are checked by the compiler: a key family built from a union (`field.${FactField}`) type-checks only when the
 * French dictionary has every member, and the i18n test makes every locale have every French key.
 */
import type fr from './fr.json';

export type UiKey = keyof typeof fr;
export type Vars = Record<string, string | number>;
/** A translator: a dictionary key and its `{{name}}` variables to the text in one locale. */
export type T = (key: UiKey, vars?: Vars) => string;
/** A flat dictionary, whole or cut down to what a page's browser code needs. */
export type Dict = Partial<Record<UiKey, string>>;
