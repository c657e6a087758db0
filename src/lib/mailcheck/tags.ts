/**
 * The `tag=value; tag=value` lists of DKIM (RFC 6376 §3.2), DMARC, MTA-STS and TLS-RPT records. Total: any text
 * gives a list and the parts it could not read, never an exception.
 */

export interface TagList {
  /** The tags in the order written (names as written: DKIM tag names are case-sensitive). */
  tags: Map<string, string>;
  /** The parts that are not `name=value` with a valid name, and the names given twice (the first value is kept). */
  problems: string[];
}

export function parseTags(text: string): TagList {
  const tags = new Map<string, string>();
  const problems: string[] = [];
  for (const raw of text.split(';')) {
    const part = raw.trim();
    if (part === '') continue; // a trailing ";" is allowed, and empty parts harm nothing
    const eq = part.indexOf('=');
    const name = eq < 0 ? '' : part.slice(0, eq).trim();
    if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name) || tags.has(name)) problems.push(part);
    else tags.set(name, part.slice(eq + 1).trim());
  }
  return { tags, problems };
}

/** Whether a record starts with `v=<version>` (the prefix that picks DMARC, MTA-STS, TLS-RPT records out of TXT). */
export function hasVersion(text: string, version: string): boolean {
  const first = text.split(';')[0]!.trim();
  const m = /^v\s*=\s*(.*)$/.exec(first);
  return m !== null && m[1]!.trim() === version;
}
