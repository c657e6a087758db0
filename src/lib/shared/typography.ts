/**
 * French typography, as the site writes it everywhere (interface, data, kit, widgets): the apostrophe ’, guillemets
 * « » with a narrow no-break space (U+202F) inside, and U+202F before ; : ! ? (never a plain space). One check, used
 * by the tests of every text the site shows.
 */

const RULES: [RegExp, string][] = [
  [/[a-zà-ÿœ]'[a-zà-ÿœ]/i, "a straight apostrophe ' (write ’)"],
  [/[^\u202f\s] ?[;!?](\s|$)/u, 'a ; ! or ? without a narrow no-break space (U+202F) before it'],
  [/ [;:!?]/, 'a plain space before ; : ! or ? (write U+202F)'],
  [/«(?!\u202f)|(?<!\u202f)»/, '« or » without a narrow no-break space (U+202F) inside'],
];

/** What breaks the rules in a French text: one line per rule broken, empty when the text is right. */
export function frenchTypographyProblems(text: string): string[] {
  return RULES.filter(([re]) => re.test(text)).map(([, what]) => what);
}
