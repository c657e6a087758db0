/**
 * The licence note of each locale's ZIP: what the files are, under which licence, and whom to credit. Written in
 * French and English both, like LICENSE-CONTENT.md, so that adding a locale needs no new text here.
 */
export const LICENCE_NAME = 'LICENCE.txt';

export function licenceNote(siteUrl: string): string {
  return `degmail: visual kit of the CHATONS « dé-gmail-isation » campaign
${siteUrl}

ENGLISH

Licence
  The campaign texts and visuals in this archive (posters, flyers, business cards, images and their SVG
  sources) are under the Creative Commons Attribution-ShareAlike 4.0 International licence (CC BY-SA 4.0):
  https://creativecommons.org/licenses/by-sa/4.0/
  You may print, copy, adapt and share them, for any purpose, provided that you credit
  "the degmail contributors (CHATONS dé-gmail-isation campaign)", link to the licence, say whether you changed
  anything, and share what you make from them under the same licence.
  The full terms are in LICENSE-CONTENT.md, in the site's source repository.

Credits
  Texts and visuals: the degmail contributors (CHATONS dé-gmail-isation campaign), CC BY-SA 4.0.
  Font: Inter, © The Inter Project Authors, under the SIL Open Font License 1.1 (https://openfontlicense.org/).
  The PDFs embed the part of it they use. The SVG sources name the font "Inter": install it
  (https://rsms.me/inter/) to edit them, in Inkscape for example.
  The offers' names, places and facts come from the degmail directory (Open Database License 1.0).

Printing
  Print PDFs have 3 mm of bleed on every side and their TrimBox and BleedBox set; keep text 5 mm inside the cut.
  The "mono" files are for black-and-white photocopies.

FRANÇAIS

Licence
  Les textes et visuels de campagne de cette archive (affiches, tracts, cartes de visite, images et leurs sources
  SVG) sont sous licence Creative Commons Attribution – Partage dans les mêmes conditions 4.0 International
  (CC BY-SA 4.0) : https://creativecommons.org/licenses/by-sa/4.0/deed.fr
  Vous pouvez les imprimer, les copier, les adapter et les partager, pour tout usage, en créditant « les
  contributeur·ices de degmail (campagne de dé-gmail-isation des CHATONS) », en indiquant la licence et vos
  modifications, et en partageant vos adaptations sous la même licence.
  Les conditions complètes sont dans LICENSE-CONTENT.md, dans le dépôt des sources du site.

Crédits
  Textes et visuels : les contributeur·ices de degmail (campagne de dé-gmail-isation des CHATONS), CC BY-SA 4.0.
  Police : Inter, © The Inter Project Authors, sous licence SIL Open Font License 1.1.
  Les PDF en contiennent la partie qu’ils utilisent. Les sources SVG nomment la police « Inter » : installez-la
  (https://rsms.me/inter/) pour les modifier, dans Inkscape par exemple.
  Les noms, lieux et faits des offres viennent de l’annuaire degmail (Open Database License 1.0).

Impression
  Les PDF d’impression ont 3 mm de fond perdu de chaque côté, avec TrimBox et BleedBox ; gardez le texte à 5 mm
  à l’intérieur de la coupe. Les fichiers « mono » sont pour les photocopies en noir et blanc.
`;
}
