/** The shapes passed between the crawler, the mapping and the merge of the ChatonsInfos import. */
import type { FactField } from '../../schemas/provider.ts';
import type { Properties } from './properties.ts';

/** A file that could not be used as it is, and why. */
export interface Problem {
  url: string;
  reason: string;
}

/** A file read by the crawler: where it was read (after redirects) and what it says. */
export interface FetchedFile {
  url: string;
  /** The URL the file naming it gave, when redirects or the other `.well-known` spelling led elsewhere. */
  named?: string;
  props: Properties;
}

/** An organisation file and the service files it names that could be read. */
export interface OrganisationFiles {
  org: FetchedFile;
  services: FetchedFile[];
  /** True when every service file it names was read: only then can a service it no longer names be forgotten. */
  complete: boolean;
}

/** One file the facts came from, to be written as a source. */
export interface ImportedSource {
  id: string;
  url: string;
  title: string;
  checked: string;
}

/** A fact value and the ids of the sources that back it (none when the value is no claim, e.g. "unverified"). */
export interface ImportedFact {
  value: unknown;
  sources: string[];
}

/** What ChatonsInfos says about one organisation's mail offer. */
export interface ImportedOffer {
  orgUrl: string;
  /** The organisation file's URL as the federation names it, when it differs from `orgUrl`. */
  orgNamed?: string;
  name: string;
  /** The id of a new offer (the slug of the organisation name). */
  id: string;
  /** `organization.website`, as written (an https one is needed to create an offer). */
  website?: string;
  facts: Partial<Record<FactField, ImportedFact>>;
  /** Every file read whose facts count this time, even one that backs nothing now. */
  sources: ImportedSource[];
  /** False when a file of the organisation could not be read: sources of earlier imports are then kept. */
  complete: boolean;
}
