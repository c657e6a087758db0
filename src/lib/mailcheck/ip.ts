/**
 * IP addresses, parsed by hand: the reverse-DNS check builds the PTR name itself (in-addr.arpa for IPv4, one label per
 * nibble under ip6.arpa for IPv6), which needs the full, expanded IPv6 form.
 */

/** The four octets of a dotted-quad IPv4 address, or null (leading zeros are refused: some read them as octal). */
export function parseIPv4(text: string): number[] | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text.trim());
  if (!m) return null;
  const octets = m.slice(1).map((d) => (d.length > 1 && d.startsWith('0') ? 256 : Number(d)));
  return octets.every((o) => o <= 255) ? octets : null;
}

/** The eight groups of an IPv6 address, four hex digits each, `::` and an IPv4 tail expanded; or null. */
export function expandIPv6(text: string): string | null {
  let s = text.trim().toLowerCase();
  const v4 = /^(.*:)([^:]*\.[^:]*)$/.exec(s);
  if (v4) {
    const o = parseIPv4(v4[2]!);
    if (!o) return null;
    s = `${v4[1]}${((o[0]! << 8) | o[1]!).toString(16)}:${((o[2]! << 8) | o[3]!).toString(16)}`;
  }
  const halves = s.split('::');
  if (halves.length > 2) return null;
  const groups = (h: string) => (h === '' ? [] : h.split(':'));
  const head = groups(halves[0]!);
  const tail = halves.length === 2 ? groups(halves[1]!) : [];
  if (![...head, ...tail].every((g) => /^[0-9a-f]{1,4}$/.test(g))) return null;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null;
  return [...head, ...Array<string>(missing).fill('0'), ...tail].map((g) => g.padStart(4, '0')).join(':');
}

/** A literal address (IPv4, IPv6, or either in brackets as in `[192.0.2.1]`). */
export function isIpLiteral(text: string): boolean {
  const s = text.trim().replace(/^\[(.*)\]$/, '$1').replace(/^ipv6:/i, '');
  return parseIPv4(s) !== null || expandIPv6(s) !== null;
}

/** The name whose PTR record gives the address's host name, or null when it is not an address. */
export function reverseName(address: string): string | null {
  const v4 = parseIPv4(address);
  if (v4) return `${[...v4].reverse().join('.')}.in-addr.arpa`;
  const v6 = expandIPv6(address);
  if (!v6) return null;
  return `${[...v6.replace(/:/g, '')].reverse().join('.')}.ip6.arpa`;
}

/** Whether two texts are the same address, whatever their writing (`2001:db8::1` and `2001:DB8:0::1` are). */
export function sameAddress(a: string, b: string): boolean {
  const ra = reverseName(a);
  return ra !== null && ra === reverseName(b);
}
