/**
 * Which ChatonsInfos services are mail services, and which of them are webmails. ChatonsInfos has no key that says "mail": the
 * software name is the reliable signal, the service's own name or description the fallback.
 */
import { prop, type Properties } from './properties.ts';

/** Webmail software, by normalised name, with the spelling its authors use. */
const WEBMAILS: Record<string, string> = {
  roundcube: 'Roundcube',
  sogo: 'SOGo',
  snappymail: 'SnappyMail',
  rainloop: 'RainLoop',
  afterlogic: 'Afterlogic WebMail',
  squirrelmail: 'SquirrelMail',
  horde: 'Horde',
  cypht: 'Cypht',
};

/** Mail servers and whole mail stacks: a mail service, but not a webmail (which of their webmails runs is unsaid). */
const MAIL_STACKS = [
  'postfix', 'dovecot', 'exim', 'opensmtpd', 'mailu', 'mailcow', 'stalwart', 'maddy', 'iredmail', 'zimbra',
  'modoboa', 'mailinabox', 'kolab', 'cyrus',
];

/** Software that speaks mail without giving anyone a mailbox: mailing lists and newsletters. */
const NOT_MAILBOXES = ['sympa', 'mailman', 'listmonk', 'phplist', 'mailtrain', 'keila'];

// "Messagerie" alone is mail in French, but "messagerie instantanée" is chat (Matrix, XMPP…).
const MAIL_WORDS = /(?:^|[^\p{L}\p{N}])(?:e-?mails?|mails?|courriels?|webmails?|messagerie(?!\s+instantan))(?![\p{L}\p{N}])/iu;
// Mailing lists and newsletters are described with the same words, and give nobody a mailbox.
const LIST_WORDS = /listes? de (?:diffusion|discussion)|mailing[- ]?lists?|newsletters?|lettres? d.information/i;

function tokens(name: string): { words: string[]; joined: string } {
  const words = name.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').split(/[^a-z0-9]+/).filter(Boolean);
  return { words, joined: words.join('') };
}

/** True when `name` is (or starts with) one of the normalised `keys`: "Roundcube Webmail", "Mail-in-a-Box". */
function nameIs(name: string, keys: readonly string[]): string | undefined {
  const { words, joined } = tokens(name);
  return keys.find((k) => words.includes(k) || joined.startsWith(k));
}

/** The webmail a service runs, spelled as its authors do, or undefined. */
export function webmailSoftware(service: Properties): string | undefined {
  const software = prop(service, 'software.name');
  const key = software && nameIs(software, Object.keys(WEBMAILS));
  return key ? WEBMAILS[key] : undefined;
}

/** True when a service file describes a mail service (mail software, or a name or description about mail). */
export function isMailService(service: Properties): boolean {
  const software = prop(service, 'software.name');
  if (software && nameIs(software, NOT_MAILBOXES)) return false;
  if (software && nameIs(software, [...Object.keys(WEBMAILS), ...MAIL_STACKS])) return true;
  const said = [prop(service, 'service.name'), prop(service, 'service.description')].filter((s): s is string => !!s);
  return said.some((s) => MAIL_WORDS.test(s)) && !said.some((s) => LIST_WORDS.test(s));
}
