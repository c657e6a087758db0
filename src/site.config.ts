/**
 * Maintainers' settings in one place. The values marked PLACEHOLDER must be replaced before a public launch
 * (see README, "Before going live").
 */
export const SITE_CONFIG = {
  /** PLACEHOLDER: the maintainers' contact address, shown for corrections and questions. */
  contactEmail: 'contact@degmail.example',
  /** PLACEHOLDER: the public repository where content files live and corrections are proposed. */
  repositoryUrl: 'https://git.example/degmail/degmail',
  /** The CHATONS collective's own site, linked as a plain link (no embed, no request from our pages). */
  chatonsUrl: 'https://www.chatons.org/',
  /** Campaign name as shown in titles. */
  name: 'degmail',
} as const;

/** Settings read from the environment at build time. */
export const BUILD_ENV = {
  /** Public origin of the site (no trailing slash needed). */
  site: process.env.SITE ?? 'http://localhost:4321',
  /** Path the site is served under, e.g. /degmail/. Always starts and ends with a slash. */
  base: normaliseBase(process.env.BASE ?? '/'),
  /** Folder holding providers/ and pages/; benchmarks point it at generated data. */
  contentDir: process.env.DEGMAIL_CONTENT ?? './content',
};

function normaliseBase(b: string): string {
  const trimmed = b.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}
