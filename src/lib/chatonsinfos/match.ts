/**
 * Ids of new offers, and how an organisation of the federation finds the offer file already written for it: by the
 * `chatonsinfos` link first (set by an earlier import or by a maintainer), else by its website.
 */

/** An offer file already in the content folder, as far as matching needs it. */
export interface ExistingOffer {
  id: string;
  website?: unknown;
  chatonsinfos?: unknown;
}

/** Where an organisation found its offer, or why it may not take the one its website points to. */
export type Match = { kind: 'new' } | { kind: 'existing'; id: string } | { kind: 'conflict'; reason: string };

/** The id (and file name) for an organisation name: lower-case ASCII words joined by dashes. */
export function slugify(name: string): string {
  return name
    .replace(/[œŒ]/g, 'oe')
    .replace(/[æÆ]/g, 'ae')
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A website as matching sees it: scheme, `www.`, case and trailing slash ignored; null for anything but http(s). */
export function websiteKey(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  try {
    const u = new URL(url.trim());
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    return (u.hostname.replace(/^www\./, '') + u.pathname.replace(/\/+$/, '')).toLowerCase();
  } catch {
    return null;
  }
}

/** A URL in its canonical spelling (as `new URL` writes it), or null when it is not one. */
function canonicalUrl(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  try {
    return new URL(url.trim()).href;
  } catch {
    return null;
  }
}

/**
 * Finds the offer of an organisation among `offers`: the one whose `chatonsinfos` is its file (at any of `orgUrls`:
 * where it was read, where it was named), else the one with its website, unless that one names another organisation
 * file (two organisations would then share one offer).
 */
export function findOffer(offers: readonly ExistingOffer[], orgUrls: readonly string[], website: string | undefined): Match {
  const files = orgUrls.map(canonicalUrl).filter((u): u is string => u !== null);
  const linked = offers.find((o) => files.includes(canonicalUrl(o.chatonsinfos) ?? ''));
  if (linked) return { kind: 'existing', id: linked.id };
  const site = websiteKey(website);
  const same = site === null ? undefined : offers.find((o) => websiteKey(o.website) === site);
  if (!same) return { kind: 'new' };
  if (canonicalUrl(same.chatonsinfos) !== null)
    return { kind: 'conflict', reason: `its website ${website} is the website of offer "${same.id}", which names another ChatonsInfos file (${String(same.chatonsinfos)})` };
  return { kind: 'existing', id: same.id };
}
