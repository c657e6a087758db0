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
