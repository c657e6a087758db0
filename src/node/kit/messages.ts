/**
 * Reads the campaign messages of one locale (content/kit/<lang>.yaml) and checks them with their schema
 * (src/schemas/kit-message.ts). A bad file stops the kit with one line per problem, in the words of the provider
 * checker: "content/kit/fr.yaml:7: messages.1.headline: expected …, got …".
 */
import fs from 'node:fs';
import path from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { describe, documentLineFinder, valueAt } from '../../lib/content/yaml-where.ts';
import { kitMessagesFileSchema } from '../../schemas/kit-message.ts';
import type { KitMessage } from '../../lib/kit/spec.ts';
import { ROOT, shownPath } from '../paths.ts';

type Path = PropertyKey[];

/** The messages of `lang`, from `<contentDir>/kit/<lang>.yaml`; throws an Error naming each problem's line. */
export function readKitMessages(contentDir: string, lang: string): KitMessage[] {
  const file = path.join(path.resolve(ROOT, contentDir), 'kit', `${lang}.yaml`);
  const shown = shownPath(file);
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new Error(`${shown}: cannot read the kit's messages (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter });
  const syntax = doc.errors[0];
  if (syntax) throw new Error(`${shown}:${syntax.linePos?.[0].line ?? 1}: YAML syntax error: ${syntax.message.split('\n')[0]}`);
  const data: unknown = doc.toJS();
  if (data === null || data === undefined) throw new Error(`${shown}: the file is empty: expected "messages:" with a list of messages (id, headline, line, cta)`);
  // A field not found at all is placed on the document's first line, like a missing top-level `messages:`.
  const find = documentLineFinder(doc, counter);
  const top = doc.contents?.range ? counter.linePos(doc.contents.range[0]).line : undefined;
  const lineOf = (p: Path) => find(p) ?? top;
  const where = (p: Path) => `${shown}${lineOf(p) ? `:${lineOf(p)}` : ''}`;
  const parsed = kitMessagesFileSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.flatMap((issue) => {
      const at = issue.path as Path;
      if (issue.code === 'unrecognized_keys')
        return issue.keys.map((k) => ({ line: lineOf([...at, k]) ?? 0, text: `${where([...at, k])}: ${field([...at, k])}: expected only ${allowed(at)}, got an unknown field "${k}"` }));
      const expected = /^expected\b/.test(issue.message) ? issue.message : `expected ${issue.message}`;
      return [{ line: lineOf(at) ?? 0, text: `${where(at)}: ${field(at)}: ${expected}, got ${describe(valueAt(data, at))}` }];
    });
    // In file order, as an editor reads it.
    throw new Error(problems.sort((a, b) => a.line - b.line).map((p) => p.text).join('\n'));
  }
  const seen = new Map<string, number>();
  const duplicates = parsed.data.messages.flatMap((m, i) => {
    const first = seen.get(m.id);
    seen.set(m.id, first ?? i);
    return first === undefined ? [] : [`${where(['messages', i, 'id'])}: messages.${i}.id: expected an id no other message uses, got "${m.id}", already the id of messages.${first}`];
  });
  if (duplicates.length) throw new Error(duplicates.join('\n'));
  return parsed.data.messages;
}

function field(p: Path): string {
  return p.length ? p.map(String).join('.') : '(top level)';
}

function allowed(at: Path): string {
  return at.length ? 'id, headline, line and cta' : 'messages';
}
