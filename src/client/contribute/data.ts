/** What the contribution page embeds for its script (src/pages/[lang]/contribute/index.astro). */
import type { Dict } from '../../lib/shared/translate.ts';

export interface ContributeData {
  /** The strings the script writes (errors, the prepared file), in the page's language. */
  dict: Dict;
  /** Where the per-offer JSON export lives: `<api><id>.json`. */
  api: string;
  /** The maintainers' address. */
  email: string;
  repositoryUrl: string;
}
