/**
 * The size of a DKIM RSA key, read from the key itself: base64, then DER. No crypto library (this runs in the
 * browser too), and none is needed: the modulus is the first INTEGER of the RSAPublicKey, found either inside a
 * SubjectPublicKeyInfo (what RFC 6376 specifies) or bare (PKCS#1, which some hosts publish and receivers accept).
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Standard base64 (whitespace ignored, padding optional); null when it is not base64. */
export function decodeBase64(text: string): Uint8Array | null {
  const s = text.replace(/\s+/g, '').replace(/={1,2}$/, '');
  if (s.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(s)) return null;
  const out = new Uint8Array(Math.floor((s.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let n = 0;
  for (const ch of s) {
    value = (value << 6) | ALPHABET.indexOf(ch);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (value >> bits) & 0xff;
    }
  }
  return out;
}

interface Tlv {
  tag: number;
  /** The content's first byte and the byte after its last. */
  start: number;
  end: number;
}

/** The DER element at `pos`, within `limit`; null when it does not fit. */
function readTlv(b: Uint8Array, pos: number, limit: number): Tlv | null {
  if (pos + 2 > limit) return null;
  const tag = b[pos]!;
  let len = b[pos + 1]!;
  let p = pos + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0 || n > 4 || p + n > limit) return null;
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + b[p++]!;
  }
  return p + len > limit ? null : { tag, start: p, end: p + len };
}

/** The elements inside a constructed element, all of them, or null when they do not exactly fill it. */
function children(b: Uint8Array, parent: { start: number; end: number }): Tlv[] | null {
  const out: Tlv[] = [];
  for (let pos = parent.start; pos < parent.end; ) {
    const t = readTlv(b, pos, parent.end);
    if (!t) return null;
    out.push(t);
    pos = t.end;
  }
  return out;
}

/** The bit length of a positive DER INTEGER (leading zero bytes do not count); null for a negative one. */
function integerBits(b: Uint8Array, t: Tlv): number | null {
  if (t.tag !== 0x02 || t.start === t.end || b[t.start]! & 0x80) return null;
  let i = t.start;
  while (i < t.end && b[i] === 0) i++;
  return i === t.end ? 0 : (t.end - i - 1) * 8 + (32 - Math.clz32(b[i]!));
}

/** 1.2.840.113549.1.1.1, rsaEncryption, as DER content bytes. */
const RSA_OID = [0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01];

/** RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER }: the modulus's bits. */
function rsaPublicKeyBits(b: Uint8Array, t: Tlv | null): number | null {
  const parts = t && t.tag === 0x30 ? children(b, t) : null;
  if (!parts || parts.length !== 2 || integerBits(b, parts[1]!) === null) return null;
  return integerBits(b, parts[0]!);
}

/** The modulus size of an RSA public key (SubjectPublicKeyInfo or bare RSAPublicKey DER), or null if it is not one. */
export function rsaModulusBits(der: Uint8Array): number | null {
  const top = readTlv(der, 0, der.length);
  if (!top || top.tag !== 0x30 || top.end !== der.length) return null;
  const parts = children(der, top);
  if (!parts || parts.length !== 2) return null;
  if (parts[0]!.tag === 0x02) return rsaPublicKeyBits(der, top);
  const [algorithm, key] = parts as [Tlv, Tlv];
  const oid = algorithm.tag === 0x30 ? children(der, algorithm)?.[0] : undefined;
  const isRsa = oid?.tag === 0x06 && oid.end - oid.start === RSA_OID.length && RSA_OID.every((x, i) => der[oid.start + i] === x);
  // The key is a BIT STRING whose first byte counts unused bits (0 for a DER key).
  if (!isRsa || key.tag !== 0x03 || key.start === key.end || der[key.start] !== 0) return null;
  const inner = readTlv(der, key.start + 1, key.end);
  return inner && inner.end === key.end ? rsaPublicKeyBits(der, inner) : null;
}
