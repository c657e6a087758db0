/** Which layout draws which format: wide screens and the card's front side by side, the card's back its own, the rest upright. */
import type { Content, Layout } from '../parts/content.ts';
import { cardBack } from './card-back.ts';
import { landscape } from './landscape.ts';
import { portrait } from './portrait.ts';

export function layoutOf(c: Content): Layout {
  switch (c.format) {
    case 'card-back':
      return cardBack(c);
    case 'card-front':
      return landscape(c, false);
    case 'og':
    case 'banner':
      return landscape(c, true);
    default:
      return portrait(c);
  }
}
