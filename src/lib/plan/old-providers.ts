/**
 * What the plan knows about the provider people are leaving. Every host, menu, limit and URL here comes from the
 * public sources listed in SOURCE_URLS (Google Takeout import docs, imapsync's FAQ, the Delta Chat provider database,
 * Thunderbird's autoconfig data); providers it does not cover (Yahoo, SFR, Free, Bouygues, La Poste, other)
 * get general steps and "see your provider's help page", never a guessed server or link.
 */
import type { From } from '../questionnaire/answers.ts';
import type { Server } from '../../schemas/provider.ts';
import type { Ctx, Part, Setting } from './types.ts';

/** Source documents, as migration.md gives them (repositories, not guessed file URLs). */
export const SOURCE_URLS = {
  takeout: 'https://stalw.art/docs/migration/import-export/import/takeout/',
  imapsync: 'https://github.com/imapsync/imapsync',
  providerDb: 'https://github.com/deltachat/provider-db',
  autoconfig: 'https://github.com/thunderbird/autoconfig',
} as const;

/** Pages where people act (not sources). */
export const ACTION_URLS = { googleAppPasswords: 'https://myaccount.google.com/apppasswords' } as const;

/** Gmail lets about 2500 MB a day out over IMAP (imapsync FAQ.Gmail). */
export const GMAIL_MB_PER_DAY = 2500;

/** Days a Gmail IMAP copy of `sizeGb` takes at the daily limit (1 GB = 1000 MB, as the FAQ counts). */
export function gmailTransferDays(sizeGb: number): number {
  return Math.max(1, Math.ceil((sizeGb * 1000) / GMAIL_MB_PER_DAY));
}

/** The old provider's IMAP server, only where migration.md sources it. */
const OLD_IMAP: Partial<Record<From, { server: Server; autoconfigFile: 'googlemail' | 'hotmail' | 'orange' }>> = {
  gmail: { server: { host: 'imap.gmail.com', port: 993, security: 'ssl' }, autoconfigFile: 'googlemail' },
  outlook: { server: { host: 'outlook.office365.com', port: 993, security: 'ssl' }, autoconfigFile: 'hotmail' },
  orange: { server: { host: 'imap.orange.fr', port: 993, security: 'ssl' }, autoconfigFile: 'orange' },
};

/** Host, port and security rows for one server, labelled with whose server it is. */
export function serverSettings(c: Ctx, proto: 'imap' | 'smtp', s: Server, name: string): Setting[] {
  return [
    { label: c.t(`plan.setting.${proto}.host`, { name }), value: s.host },
    { label: c.t(`plan.setting.${proto}.port`, { name }), value: String(s.port) },
    { label: c.t(`plan.setting.${proto}.security`, { name }), value: c.t(`plan.security.${s.security}`) },
  ];
}

/** Backing up the old account. */
export function backupPart(c: Ctx): Part {
  if (c.from === 'gmail')
    return {
      items: [c.t('plan.backup.gmail.takeout'), c.t('plan.backup.gmail.archive')],
      links: [c.source(c.t('plan.src.takeout'), SOURCE_URLS.takeout)],
    };
  return { items: [c.t('plan.backup.generic', { provider: c.oldName }), c.t('plan.backup.local')] };
}

/** Reading the old box over IMAP: credentials, limits and server rows. */
export function importPart(c: Ctx, host2: string): Part {
  const old = OLD_IMAP[c.from];
  const settings = old ? serverSettings(c, 'imap', old.server, c.oldName) : undefined;
  const autoconfig = old ? [c.source(c.t(`plan.src.autoconfig.${old.autoconfigFile}`), SOURCE_URLS.autoconfig)] : [];
  if (c.from === 'gmail') {
    const size = c.answers.size;
    const items = [c.t('plan.import.gmail.twoStep'), c.t('plan.import.gmail.appPassword'), c.t('plan.import.gmail.limit')];
    if (size !== undefined && size > 0) {
      const days = gmailTransferDays(size);
      items.push(c.t(days === 1 ? 'plan.import.gmail.days.one' : 'plan.import.gmail.days.other', { size: c.num(size), days }));
    }
    items.push(c.t('plan.import.gmail.labels'), c.t('plan.import.gmail.imapsync', { host2 }), c.t('plan.import.gmail.mbox'));
    return {
      items,
      settings,
      links: [
        { label: c.t('plan.link.appPasswords'), url: ACTION_URLS.googleAppPasswords },
        c.source(c.t('plan.src.imapsync.gmail'), SOURCE_URLS.imapsync),
        c.source(c.t('plan.src.providerDb.gmail'), SOURCE_URLS.providerDb),
        ...autoconfig,
      ],
    };
  }
  if (c.from === 'outlook')
    return {
      items: [c.t('plan.import.outlook.enable'), c.t('plan.import.outlook.oauth'), c.t('plan.import.viaApp')],
      settings,
      links: [...autoconfig, c.source(c.t('plan.src.providerDb.outlook'), SOURCE_URLS.providerDb), c.source(c.t('plan.src.imapsync.repo'), SOURCE_URLS.imapsync)],
    };
  if (c.from === 'orange')
    return {
      items: [c.t('plan.import.viaApp'), c.t('plan.import.imapsync.generic')],
      settings: [...settings!, { label: c.t('plan.setting.username', { name: c.oldName }), value: c.t('plan.setting.fullAddress') }],
      links: [...autoconfig, c.source(c.t('plan.src.imapsync.repo'), SOURCE_URLS.imapsync)],
    };
  return {
    items: [c.t('plan.import.generic.settings', { provider: c.oldName }), c.t('plan.import.viaApp'), c.t('plan.import.imapsync.generic')],
    links: [c.source(c.t('plan.src.imapsync.repo'), SOURCE_URLS.imapsync)],
  };
}

/** Forwarding from the old box (the auto-reply and test are shared). */
export function forwardPart(c: Ctx): Part {
  if (c.from === 'gmail')
    return { items: [c.t('plan.forward.gmail.path'), c.t('plan.forward.gmail.confirm'), c.t('plan.forward.gmail.noHub')] };
  if (c.from === 'outlook') return { items: [c.t('plan.forward.outlook')] };
  return { items: [c.t('plan.forward.generic', { provider: c.oldName })] };
}
