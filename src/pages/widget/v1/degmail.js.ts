/**
 * /widget/v1/degmail.js, the moving alias (ALIAS_PATH): at build time, the bytes of the latest 1.x release from
 * public/widget/. Served without integrity and revalidated, for hosts who want updates (see the README's "Widgets").
 */
import type { APIRoute } from 'astro';
import { aliasBytes } from '../../../node/widget/alias.ts';

export const GET: APIRoute = () => new Response(new Uint8Array(aliasBytes(1)), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
