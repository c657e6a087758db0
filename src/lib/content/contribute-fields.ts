/**
 * What the contribution form shows for each field of an offer, read from the one schema (src/schemas/provider.ts):
 * the kind of control each fact gets, the choices of every enumeration, and the shape of each price model. The form, its YAML and its error messages all
 * ask this table.
 */
import type { z } from 'astro/zod';
import { COUNTRY_CODES } from '../../schemas/countries.ts';
import { priceSchema } from '../../schemas/price.ts';
import { EXTRA_SERVICES, providerFields, serverSchema, SUPPORT_CHANNELS, UNKNOWN, type FactField } from '../../schemas/provider.ts';

/** The control a fact gets. Every kind has "unknown" as a choice. */
export type FactKind =
  | 'text' | 'https' | 'contact' | 'year' | 'number' | 'coordinate' | 'choice' | 'tri'
  | 'languages' | 'domains' | 'list' | 'server' | 'price' | 'audiences'
  /** Measured by the deliverability check, not typed: the form carries it through unchanged. */
  | 'measured';

const KINDS: Partial<Record<FactField, FactKind>> = {
  status: 'choice', chatons: 'choice', organisation_type: 'choice', country: 'choice', registration: 'choice', load: 'choice',
  signup_url: 'https', docs_url: 'https', contact: 'contact',
  founded: 'year', quota_gb: 'number', latitude: 'coordinate', longitude: 'coordinate',
  region: 'text', city: 'text', area_served_first: 'text', webmail_software: 'text',
  support_languages: 'languages', mail_domains: 'domains', mail_security: 'measured', support_channels: 'list', extra_services: 'list',
  imap_server: 'server', smtp_server: 'server', price: 'price', audiences: 'audiences',
};

/** The kind of a fact; the facts not listed are yes / no / unknown. */
export function factKind(field: FactField): FactKind {
  return KINDS[field] ?? 'tri';
}

/** Kinds whose value is typed in a box, next to an "unknown" checkbox. */
export const TYPED_KINDS: readonly FactKind[] = ['text', 'https', 'contact', 'year', 'number', 'coordinate', 'languages', 'domains'];

type AnySchema = z.core.$ZodType;
/** The string values a schema accepts when it is an enumeration (through optional and union): `[]` otherwise. */
export function enumValues(schema: AnySchema): string[] {
  const def = schema._zod.def as unknown as Record<string, unknown>;
  switch (def.type) {
    case 'optional':
      return enumValues(def.innerType as AnySchema);
    case 'union':
      return (def.options as AnySchema[]).flatMap(enumValues);
    case 'enum':
      return Object.values(def.entries as Record<string, string>);
    case 'literal':
      return (def.values as unknown[]).filter((v): v is string => typeof v === 'string');
    default:
      return [];
  }
}

/** The choices of a choice or tri fact, "unknown" excluded (chatons has none: "unverified" says it). */
export function factChoices(field: FactField): string[] {
  if (field === 'country') return [...COUNTRY_CODES];
  return enumValues(providerFields[field]).filter((v) => v !== UNKNOWN);
}

/** True when a field of the entry may be written "unknown" (every fact, and the chatons.org page). */
export function acceptsUnknown(key: string): boolean {
  const schema = (providerFields as Record<string, AnySchema>)[key];
  return !!schema && enumValues(schema).includes(UNKNOWN);
}

/** What a list fact may hold. */
export const LIST_CHOICES: Partial<Record<FactField, readonly string[]>> = { support_channels: SUPPORT_CHANNELS, extra_services: EXTRA_SERVICES };

/** `ssl`, `starttls`. */
export const SECURITY_CHOICES = enumValues(serverSchema.shape.security);

/** How a key of a price model is typed in the form. */
export type PriceKeyKind = 'euros' | 'number' | 'int' | 'choice' | 'boolean' | 'tiers';
const PRICE_KEY_KINDS: Record<string, PriceKeyKind> = {
  amount: 'euros', suggested: 'euros', membership_fee: 'euros', non_member_surcharge: 'euros', per_gb: 'euros',
  base_quota_gb: 'number', up_to_gb: 'number', accounts: 'int', period: 'choice', per: 'choice',
  membership_included: 'boolean', tiers: 'tiers',
};

export interface PriceKey {
  key: string;
  kind: PriceKeyKind;
  optional: boolean;
  /** For a choice: its values, from the schema. */
  choices: string[];
}

function shapeOf(schema: AnySchema): Record<string, AnySchema> {
  return (schema._zod.def as unknown as { shape: Record<string, AnySchema> }).shape;
}

function keysOf(schema: AnySchema): PriceKey[] {
  return Object.entries(shapeOf(schema)).map(([key, s]) => ({
    key,
    kind: PRICE_KEY_KINDS[key] ?? 'number',
    optional: (s._zod as { optin?: string }).optin === 'optional',
    choices: enumValues(s),
  }));
}

const modelSchemas = ((priceSchema._zod.def.options[0] as AnySchema)._zod.def as unknown as { options: AnySchema[] }).options;

/** Every price model with its keys (besides `model`), in the schema's order. */
export const PRICE_MODELS: { model: string; keys: PriceKey[] }[] = modelSchemas.map((s) => ({
  model: enumValues(shapeOf(s).model!)[0]!,
  keys: keysOf(s).filter((k) => k.key !== 'model'),
}));

/** The keys of a tier of a tiered price. */
export const TIER_KEYS: PriceKey[] = keysOf(
  ((shapeOf(modelSchemas.find((s) => enumValues(shapeOf(s).model!)[0] === 'tiered')!).tiers!._zod.def as unknown) as { element: AnySchema }).element,
);

export function priceModel(model: string): { model: string; keys: PriceKey[] } | undefined {
  return PRICE_MODELS.find((m) => m.model === model);
}
