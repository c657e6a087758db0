/**
 * The stylesheets, made on first use (not at load: a browser without constructable stylesheets never gets here, see
 * index.ts). The CSS files are minified into strings by the release's bundler.
 */
import theme from './theme.css?raw';
import banner from './banner.css?raw';
import nudge from './nudge.css?raw';
import { sheet } from './dom.ts';

let made: { banner: CSSStyleSheet[]; hidden: CSSStyleSheet[]; nudge: CSSStyleSheet[] } | undefined;

export function sheets() {
  if (!made) {
    const colours = sheet(theme);
    made = {
      banner: [colours, sheet(banner)],
      // A banner that shows nothing takes no space, whatever the host's CSS says (see banner.css).
      hidden: [sheet(':host{display:none!important}')],
      nudge: [colours, sheet(nudge)],
    };
  }
  return made;
}
