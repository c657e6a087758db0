/**
 * How a contribution reaches the maintainers: the file's name, a short e-mail to write (the file goes as an
 * attachment: long `mailto:` links get cut, so the YAML never goes in the link), and where the files live in the
 * repository. Nothing is sent from the page.
 */

/** The folder of provider files in the repository's web view (a Forgejo/Gitea-style forge). */
export function repositoryFolderUrl(repositoryUrl: string): string {
  return `${repositoryUrl.replace(/\/+$/, '')}/src/branch/main/content/providers/`;
}

/** One provider file in the repository's web view. */
export function repositoryFileUrl(repositoryUrl: string, id: string): string {
  return `${repositoryFolderUrl(repositoryUrl)}${encodeURIComponent(id)}.yaml`;
}

/** The file id for a new offer, from its name, as the build derives ids: "L’Été Libre" → "l-ete-libre". */
export function fileIdFromName(name: string): string {
  const id = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-$/, '');
  return id || 'offer';
}

/** A `mailto:` link with a subject and a short body, both encoded. */
export function mailtoHref(email: string, subject: string, body?: string): string {
  const params = [`subject=${encodeURIComponent(subject)}`, ...(body ? [`body=${encodeURIComponent(body)}`] : [])];
  return `mailto:${email}?${params.join('&')}`;
}
