/**
 * Maintainers' settings in one place. Values on the reserved `.example` domain, and names starting with
 * "PLACEHOLDER", must be replaced before a public launch: `npm run build` refuses a public SITE while any is left and
 * names it (see README, "Before going live"). Never replace one with a guessed value.
 */
export const SITE_CONFIG = {
  /** The maintainers' contact address, shown for corrections and questions. */
  contactEmail: 'contact@degmail.example',
  /** The public repository where content files live and corrections are proposed. */
  repositoryUrl: 'https://git.example/degmail/degmail',
  /** Legal notice: who publishes the site (an association, its address). */
  publisher: 'PLACEHOLDER: the publisher’s name and address',
  /** Legal notice: the publication director (a person's name). */
  publicationDirector: 'PLACEHOLDER: the publication director’s name',
  /** Legal notice: who hosts the site (name, address, phone or web page). */
  host: 'PLACEHOLDER: the host’s name and address',
  /** The CHATONS collective's own site, linked as a plain link (no embed, no request from our pages). */
  chatonsUrl: 'https://www.chatons.org/',
  /** Campaign name as shown in titles. */
  name: 'degmail',
} as const;
