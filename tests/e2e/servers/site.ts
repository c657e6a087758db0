/**
 * The copy of the sub-path build that the three servers serve: the build itself, plus stand-ins for what the site
 * will have but does not yet (an embed page, the widget's moving alias and one release), so that their headers can
 * be checked. Nothing is added to public/ or src/.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/** The stand-ins, by path under BASE. */
export const PLACEHOLDERS = {
  embed: 'embed/fr/provider/x/',
  widgetAlias: 'widget/v1/degmail.js',
  widgetRelease: 'widget/v1.0.0/degmail.js',
};

/** A script big enough to be compressed (servers skip small bodies); it says which copy ran. */
export function widgetSource(version: string): string {
  const filler = Array.from({ length: 40 }, (_, i) => `// stand-in for the degmail widget, line ${i + 1} of 40`);
  return `${filler.join('\n')}\nwindow.degmailWidget = ${JSON.stringify(version)};\n`;
}

/** The Subresource Integrity value of a text, as another site would write it in integrity="…". */
export function sri(text: string): string {
  return `sha384-${createHash('sha384').update(text).digest('base64')}`;
}

/** Copies `dist` to `www/<base>/` and adds the stand-ins. Returns the folder the site lives in. */
export function servedCopy(dist: string, www: string, base: string): string {
  const site = path.join(www, base.replaceAll('/', ''));
  fs.cpSync(dist, site, { recursive: true });
  const write = (rel: string, text: string) => {
    const file = path.join(site, rel.endsWith('/') ? `${rel}index.html` : rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  };
  write(PLACEHOLDERS.embed, '<!doctype html><html lang="fr"><meta charset="utf-8"><title>embed</title><p id="embed">stand-in embed page</p></html>\n');
  write(PLACEHOLDERS.widgetAlias, widgetSource('v1'));
  write(PLACEHOLDERS.widgetRelease, widgetSource('v1.0.0'));
  return site;
}
