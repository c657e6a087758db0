/** The components every MDX page may use without importing them, so content files stay plain text. */
import Callout from './Callout.astro';
import Config from './Config.astro';
import Link from './Link.astro';
import Source from './Source.astro';
import Steps from './Steps.astro';

export const MDX_COMPONENTS = { a: Link, Callout, Config, Source, Steps };
