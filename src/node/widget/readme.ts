/**
 * The README of a release's self-host ZIP: how to serve the copy from one's own site, the snippets, the CSP line,
 * what the script does not do, and the licence. Frozen in each ZIP, so it names no address of ours: the campaign
 * site is written https://campaign.example/, to be replaced by the address the ZIP came from.
 */
import type { WidgetRelease } from '../../lib/widget/contract.ts';

export const README_NAME = 'README.md';
export const LICENCE_NAME = 'LICENCE.txt';

export function selfHostReadme(r: Pick<WidgetRelease, 'version' | 'date' | 'hardEnd' | 'integrity'>): string {
  return `# degmail widget ${r.version}, self-hosted copy

The widget of the CHATONS « dé-gmail-isation » campaign: \`<degmail-banner>\`, a small banner, and
\`<degmail-nudge>\`, a one-line note under a form's e-mail input when the address is at a big provider.
Released on ${r.date}. **It shows nothing after ${r.hardEnd}** (two years after its release), whatever its
attributes: a forgotten snippet fades out on its own.

In the examples, \`https://campaign.example/\` stands for the campaign site you downloaded this archive from
(with its path, if it has one).

## Install

1. Copy \`degmail.js\` to your site, under a name that carries its version, e.g. \`/js/degmail-${r.version}.js\`.
   Never edit it: its integrity below would no longer match, and the browser would refuse it.
2. Paste a snippet where the banner goes, or around your form's e-mail input:

\`\`\`html
<degmail-banner lang="fr" dismissible href="https://campaign.example/fr/questionnaire/">
  <a href="https://campaign.example/fr/questionnaire/">Quitter Gmail\u202f: trouver mon hébergeur</a>
</degmail-banner>

<degmail-nudge lang="fr" href="https://campaign.example/fr/questionnaire/">
  <label>Courriel <input type="email" name="email"></label>
</degmail-nudge>

<script src="/js/degmail-${r.version}.js" integrity="${r.integrity}" defer></script>
\`\`\`

A self-hosted copy cannot guess the campaign's address: give \`href\` to every element (the banner also falls
back to the link inside it). The link inside the banner is what visitors get when scripts are off; the script
replaces it. Other attributes of the banner: \`position\` (inline, top, bottom), \`theme\` (light, dark, auto),
\`headline\` and \`link-text\` (your own words, always shown as text), \`until\` (YYYY-MM-DD: nothing after that day),
\`preview\` (shows it whatever \`until\` or an earlier closing says), \`in-frames\` (also inside an iframe).

## Content Security Policy

The script needs nothing but itself: no inline style, no inline script, no other request.

    Content-Security-Policy: script-src 'self'

If you also show a provider card (an iframe of the campaign site), add \`frame-src https://campaign.example\`.
With a self-hosted copy the card keeps the fixed height of its snippet (it resizes itself only for the campaign's
own copy of the script, whose origin is the card's).

## What it does not do

No cookie (a closed banner is remembered in localStorage, one key), no analytics, no font, no request of any kind.
The nudge only reads the address typed: it never changes it, never blocks the form, never looks anything up and
never sends it anywhere; an own domain hosted by a big provider is therefore not noticed.

## Licence

The script is free software under the GNU Affero General Public License, version 3 or later (AGPL-3.0-or-later):
https://www.gnu.org/licenses/agpl-3.0.html (see ${LICENCE_NAME}). Its source is \`src/widget/\` and
\`src/lib/widget/\` in the degmail repository, linked from the campaign site.
`;
}

export function licenceText(version: string): string {
  return `degmail widget ${version}
Copyright the degmail contributors.

This program is free software: you can redistribute it and/or modify it under the terms of the GNU Affero General
Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option)
any later version.

This program is distributed in the hope that it will be useful, but WITHOUT ANY WARRANTY; without even the implied
warranty of MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE. See the GNU Affero General Public License for more
details: https://www.gnu.org/licenses/agpl-3.0.html

The source code of this script is src/widget/ and src/lib/widget/ in the degmail repository, linked from the
campaign site.
`;
}
