/**
 * The script's own address, read while it runs (document.currentScript is only set then): its origin is the only
 * one whose resize messages are trusted, and its site root gives the default links.
 */
import { siteRootOf } from '../lib/widget/links.ts';

const src = (document.currentScript as HTMLScriptElement | null)?.src || '';

/** The origin that served this script, or null (an inline or dynamically evaluated copy). */
export const SCRIPT_ORIGIN: string | null = src && /^https?:/.test(src) ? new URL(src).origin : null;

/** Our site's root when served from its /widget/ folder, else null (a self-hosted copy). */
export const SITE_ROOT: string | null = siteRootOf(src);
