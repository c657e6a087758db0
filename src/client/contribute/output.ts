/**
 * The prepared file: its YAML in the copy box, a download link (a blob: nothing leaves the page), and the two ways to
 * send it, adjusted to this entry (the e-mail's subject names it; a correction links to its file in the repository).
 */
import { emitYaml } from '../../lib/content/yaml-emit.ts';
import { fileIdFromName, mailtoHref, repositoryFileUrl, repositoryFolderUrl } from '../../lib/content/contribute-send.ts';
import type { T } from '../../lib/shared/translate.ts';
import type { ContributeData } from './data.ts';

let blobUrl: string | undefined;

export interface OutputContext {
  t: T;
  data: ContributeData;
  /** The offer being corrected, if any: its file keeps its name. */
  id: string | null;
}

export function showOutput(root: HTMLElement, entry: Record<string, unknown>, { t, data, id }: OutputContext): void {
  const yaml = emitYaml(entry);
  const name = String(entry.name);
  const file = `${id ?? fileIdFromName(name)}.yaml`;
  const q = <E extends HTMLElement>(sel: string) => root.querySelector<E>(sel)!;
  q<HTMLTextAreaElement>('[data-yaml]').value = yaml;
  q('[data-yaml-label]').textContent = t('contribute.output.label', { file });
  if (blobUrl) URL.revokeObjectURL(blobUrl);
  blobUrl = URL.createObjectURL(new Blob([yaml], { type: 'application/yaml' }));
  const link = q<HTMLAnchorElement>('[data-download]');
  link.href = blobUrl;
  link.download = file;
  link.textContent = t('contribute.output.download', { file });
  q<HTMLAnchorElement>('[data-mailto]').href = mailtoHref(data.email, t('contribute.mail.subject', { name }), t('contribute.mail.body', { file }));
  q<HTMLAnchorElement>('[data-repo]').href = id ? repositoryFileUrl(data.repositoryUrl, id) : repositoryFolderUrl(data.repositoryUrl);
  q('[data-output]').hidden = false;
}

export function hideOutput(root: HTMLElement): void {
  root.querySelector<HTMLElement>('[data-output]')!.hidden = true;
}

/** Copies the file's text; says so on the button. */
export async function copyOutput(root: HTMLElement, button: HTMLButtonElement, t: T): Promise<void> {
  const box = root.querySelector<HTMLTextAreaElement>('[data-yaml]')!;
  try {
    await navigator.clipboard.writeText(box.value);
    button.textContent = t('contribute.output.copied');
  } catch {
    // No clipboard (an insecure origin, a refusal): select the text for the person to copy.
    box.focus();
    box.select();
  }
}
