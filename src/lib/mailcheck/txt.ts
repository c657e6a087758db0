/**
 * A TXT record is a list of character-strings of at most 255 bytes each; long SPF or DKIM records are published as
 * several. Receivers concatenate them with nothing between them (RFC 7208 §3.3, RFC 6376 §3.6.2.2): a space added
 * here would break a DKIM key in two. The Node layer (node:dns gives the chunks) and the paste parser both use this.
 */
export function joinTxt(chunks: readonly string[]): string {
  return chunks.join('');
}
