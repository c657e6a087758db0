/**
 * Every page of the build is valid HTML: the W3C Nu checker finds no error and no warning on any page of dist/,
 * fetched from the test server (so it judges each page's CSP against its real origin). It needs Java (Debian's
 * default-jre-headless); without it the test fails with the line that installs it, never skips.
 */
import { describe, expect, inject, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { checkHtml } from '../../scripts/harness/html-check.ts';
import { builtPages } from '../../scripts/harness/browser.ts';

const base = inject('baseUrl');

describe('the Nu HTML checker', () => {
  it('finds nothing on any page of dist/', async () => {
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(30);
    expect(await checkHtml(pages.map((p) => base + p))).toEqual([]);
  }, 180_000);

  it('does report invalid HTML and inline code the CSP does not allow (the check can fail)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'degmail-vnu-'));
    const csp = `<meta http-equiv="content-security-policy" content="script-src 'self'">`;
    fs.writeFileSync(path.join(dir, 'bad.html'), `<!doctype html><html lang="en"><head>${csp}<title>x</title></head><body><form action=""></form><table><tr role="row"><td>1</td></tr></table><script>alert(1)</script></body></html>`);
    const found = (await checkHtml([dir])).join('\n');
    expect(found).toMatch(/bad\.html:\d+: error: .*action/);
    expect(found).toMatch(/error: .*role/);
    expect(found).toMatch(/warning: Inline script violates Content Security Policy/);
  }, 120_000);
});
