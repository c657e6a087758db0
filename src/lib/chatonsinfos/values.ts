/**
 * Single values of ChatonsInfos files read into the shape of the provider schema: coordinates written with a comma
 * or a dot, a contact address or page. Each value is checked against the schema's own field, so what is imported
 * passes the build's checks.
 */
import { providerFields } from '../../schemas/provider.ts';
import { prop, type Properties } from './properties.ts';

/** Decimal degrees written with a dot or a comma ("48,39", the template's own example); undefined when not one. */
export function decimal(value: string): number | undefined {
  const v = value.trim().replace(',', '.');
  return /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(v) ? Number(v) : undefined;
}

/**
 * `organization.geolocation.latitude/longitude`, both or neither: one coordinate alone places nothing. A value that
 * is not a number, or out of range, is a reason.
 */
export function coordinates(props: Properties): { latitude?: number; longitude?: number } | { reason: string } {
  const rawLat = prop(props, 'organization.geolocation.latitude');
  const rawLon = prop(props, 'organization.geolocation.longitude');
  if (rawLat === undefined && rawLon === undefined) return {};
  if (rawLat === undefined || rawLon === undefined)
    return { reason: 'organization.geolocation: expected both a latitude and a longitude, got only one' };
  const lat = decimal(rawLat);
  const lon = decimal(rawLon);
  if (lat === undefined || lat < -90 || lat > 90)
    return { reason: `organization.geolocation.latitude: expected decimal degrees from -90 to 90, got "${rawLat}"` };
  if (lon === undefined || lon < -180 || lon > 180)
    return { reason: `organization.geolocation.longitude: expected decimal degrees from -180 to 180, got "${rawLon}"` };
  return { latitude: lat, longitude: lon };
}

/** The value when the schema's `field` accepts it (an https URL, an e-mail address…), else undefined. */
export function accepted(field: 'contact' | 'docs_url' | 'website', value: string | undefined): string | undefined {
  return value !== undefined && providerFields[field].safeParse(value).success ? value : undefined;
}

/** `organization.contact.email` (a `mailto:` prefix dropped), else `organization.contact.url` when it is https. */
export function contactOf(props: Properties): string | undefined {
  const email = prop(props, 'organization.contact.email')?.replace(/^mailto:/i, '');
  return accepted('contact', email) ?? accepted('contact', https(prop(props, 'organization.contact.url')));
}

/** The value when it is an https URL: the contact field also takes addresses, which a URL key must not give. */
export function https(value: string | undefined): string | undefined {
  return value && /^https:\/\//i.test(value) ? value : undefined;
}
