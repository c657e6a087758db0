// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { readEnv } from './src/env.ts';
import { DEFAULT_LOCALE, LOCALE_CODES } from './src/i18n/locales.ts';
import { pagefindIntegration } from './src/astro/pagefind.ts';
import { kitIntegration } from './src/astro/kit.ts';
import { shareImagesIntegration } from './src/astro/share-images.ts';

// Astro lets a BASE_URL environment variable override import.meta.env.BASE_URL in pages (the i18n URL helpers
// read it) while assets keep `base`: a stray BASE_URL (Vitest sets BASE_URL=/) would silently break every link.
delete process.env.BASE_URL;
const env = readEnv();

export default defineConfig({
  site: env.site,
  base: env.base,
  trailingSlash: 'always',
  output: 'static',
  // A second build (the sub-path deploy test, benchmarks) can write elsewhere and leave dist/ alone.
  outDir: env.outDir,
  i18n: {
    locales: LOCALE_CODES,
    defaultLocale: DEFAULT_LOCALE,
    // "/" is src/pages/index.astro (refresh to /fr/, links to every locale, favicon under BASE). Astro's own
    // redirect stub would replace it, and its missing icon link makes browsers fetch /favicon.ico outside BASE.
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  // Code blocks in content stay plain: Shiki colours them with inline style attributes, which the CSP refuses.
  markdown: { syntaxHighlight: false },
  integrations: [
    mdx(),
    // Embed pages are shown inside other sites' frames (and say noindex): no sitemap entry.
    sitemap({ filter: (page) => !new URL(page).pathname.startsWith(`${env.base}embed/`) }),
    shareImagesIntegration(),
    kitIntegration(),
    pagefindIntegration(),
  ],
  // Stylesheets as files, never inline: one cached file per bundle, and no inline style for the CSP to hash
  // (the W3C Nu checker also misjudges the hash of an inline style that ends with a newline).
  build: { format: 'directory', inlineStylesheets: 'never' },
  security: {
    csp: {
      // Astro adds script-src and style-src with hashes of what it emits; everything else is locked to our origin.
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "worker-src 'self' blob:",
      ],
      // Only the search page adds 'wasm-unsafe-eval' (pagefind compiles its WebAssembly index there).
      scriptDirective: { resources: ["'self'"] },
    },
  },
});
