/** The words shown for a value of a fact, from the dictionaries (country names from Intl). */
import type { T } from '../../i18n/types.ts';
import type { ExtraService, FactField, Provider } from '../../schemas/provider.ts';

type Known<K extends keyof Provider> = Exclude<Provider[K], 'unknown' | undefined>;

export function optionLabel(t: T, field: FactField, v: string, regions: Intl.DisplayNames): string {
  switch (field) {
    case 'status':
      return t(`status.${v as Known<'status'>}`);
    case 'organisation_type':
      return t(`orgtype.${v as Known<'organisation_type'>}`);
    case 'registration':
      return `${t(`registration.${v as Known<'registration'>}`)} (${v})`;
    case 'load':
      return t(`load.${v as Known<'load'>}`);
    case 'chatons':
      return t(`chatons.${v as Known<'chatons'>}`);
    case 'country':
      return regions.of(v) ?? v;
    case 'support_channels':
      return t(`channel.${v as Known<'support_channels'>[number]}`);
    case 'extra_services':
      return t(`extra.${v as ExtraService}`);
    default:
      return v;
  }
}
