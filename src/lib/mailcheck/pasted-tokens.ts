/**
 * Zone-file text (RFC 1035 §5.1) cut into logical lines of tokens: `;` starts a comment, `"…"` is one token (with
 * `\"`, `\\` and `\DDD` escapes), and parentheses let a record run over several lines (long DKIM keys, SOA).
 * `dig` prints its answers in the same syntax, with its headers as `;` comments.
 */

export interface Token {
  text: string;
  quoted: boolean;
}

export interface LogicalLine {
  /** The line it starts on, from 1. */
  line: number;
  /** It starts with a blank: in a zone file, the record belongs to the previous owner name. */
  indented: boolean;
  tokens: Token[];
  /** An unclosed quote or parenthesis, or a `)` without its `(`: the line cannot be trusted. */
  broken: boolean;
}

export function logicalLines(text: string): LogicalLine[] {
  const out: LogicalLine[] = [];
  let cur: LogicalLine = { line: 1, indented: /^[ \t]/.test(text), tokens: [], broken: false };
  let word: Token | null = null;
  let depth = 0;
  let line = 1;
  const endWord = () => {
    if (word) cur.tokens.push(word);
    word = null;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (word?.quoted) {
      if (ch === '"') {
        cur.tokens.push(word);
        word = null;
      } else if (ch === '\n') {
        cur.broken = true; // a quote left open at the end of its line
        word = null;
        i--;
      } else if (ch === '\\' && i + 1 < text.length && text[i + 1] !== '\n') {
        const ddd = /^\d{3}/.exec(text.slice(i + 1, i + 4));
        word.text += ddd ? String.fromCharCode(Math.min(255, Number(ddd[0]))) : text[i + 1];
        i += ddd ? 3 : 1;
      } else word.text += ch;
      continue;
    }
    if (ch === ';') {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
    } else if (ch === '"') {
      endWord();
      word = { text: '', quoted: true };
    } else if (ch === '(' || ch === ')') {
      endWord();
      depth += ch === '(' ? 1 : -1;
      if (depth < 0) [cur.broken, depth] = [true, 0];
    } else if (ch === '\n') {
      endWord();
      line++;
      if (depth > 0) continue;
      if (cur.tokens.length || cur.broken) out.push(cur);
      cur = { line, indented: /^[ \t]/.test(text.slice(i + 1)), tokens: [], broken: false };
    } else if (ch === ' ' || ch === '\t' || ch === '\r') endWord();
    else {
      word ??= { text: '', quoted: false };
      // An escape in a bare word (`\#`, `\.`) is kept as written: the record's parser reads it.
      word.text += ch === '\\' && i + 1 < text.length ? ch + text[++i] : ch;
    }
  }
  endWord();
  if (depth > 0) cur.broken = true;
  if (cur.tokens.length || cur.broken) out.push(cur);
  return out;
}
