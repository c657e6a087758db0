/**
 * robots.txt: everything may be indexed, and the sitemap is named with its full address. Under a sub-path (BASE)
 * the host's own robots.txt is the one crawlers read; this one is then for the host to copy from.
 */
import type { APIRoute } from 'astro';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(`${import.meta.env.BASE_URL}sitemap-index.xml`, site ?? 'http://localhost/').href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
