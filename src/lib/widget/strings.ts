/**
 * Every word the widgets show, in both languages, bundled into the one script. Texts a host gives in attributes
 * replace the defaults as they are: the script renders them with textContent, never as markup.
 */

export type Lang = 'fr' | 'en';

export interface WidgetStrings {
  /** The banner landmark's accessible name. */
  region: string;
  headline: string;
  link: string;
  /** The close button's accessible name. */
  close: string;
  /** The nudge's note, before its link. */
  note: string;
  noteLink: string;
}

export const STRINGS: Record<Lang, WidgetStrings> = {
  fr: {
    region: 'Quitter Gmail\u202f: la campagne des CHATONS',
    headline: 'Quittez Gmail, Outlook ou Orange pour un hébergeur de confiance.',
    link: 'Trouver mon hébergeur',
    close: 'Fermer le bandeau',
    note: 'Une adresse chez un géant du courriel\u202f? De petits hébergeurs éthiques existent\u202f: ',
    noteLink: 'trouver le mien',
  },
  en: {
    region: 'Leave Gmail: the CHATONS campaign',
    headline: 'Leave Gmail, Outlook or Orange for a host you can trust.',
    link: 'Find my provider',
    close: 'Close the banner',
    note: 'An address at a mail giant? Small, ethical hosts exist: ',
    noteLink: 'find mine',
  },
};

/** `lang` attribute, then the host page's <html lang>, then French; "en-GB" is English, an unknown one French. */
export function langOf(attribute: string | null, pageLang: string): Lang {
  for (const value of [attribute, pageLang]) {
    const primary = (value || '').trim().toLowerCase().split('-')[0];
    if (primary === 'fr' || primary === 'en') return primary;
  }
  return 'fr';
}
