/**
 * What the bundled script must never contain, read from a fresh bundle of src/widget/: no markup parsing, no style
 * attribute, no inline handler, no cookie, no request of any kind, no eval; and the same sources give the same bytes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleWidget } from '../../src/node/widget/bundle.ts';

let script = '';
beforeAll(async () => {
  script = new TextDecoder().decode(await bundleWidget({ version: '9.9.9', hardEnd: '2099-12-31' }));
});

describe('the bundled widget', () => {
  it.each([
    ['markup parsing', /innerHTML|outerHTML|insertAdjacentHTML|document\.write|DOMParser|createContextualFragment/],
    ['a style attribute or <style>', /\.style\b|["']style["']|<style/],
    ['an inline handler', /\.on[a-z]+\s*=|["']on[a-z]+["']/],
    ['a cookie', /cookie/i],
    ['a request', /fetch\(|XMLHttpRequest|sendBeacon|WebSocket|EventSource|import\(|new Image|Worker\(/],
    ['eval', /\beval\(|new Function|Function\(/],
    ['session storage or another storage key', /sessionStorage|indexedDB/],
  ])('has no %s', (_what, pattern) => {
    expect(script).not.toMatch(pattern);
  });

  it('keeps one localStorage key', () => {
    expect([...script.matchAll(/"(degmail-[a-z-]+)"/g)].map((m) => m[1]).filter((k) => !/^degmail-(banner|nudge)$/.test(k!))).toEqual(['degmail-banner-closed']);
  });

  it('defines its elements only when no copy did', () => {
    expect(script).toMatch(/customElements\.get\(\w+\)/);
    expect(script.match(/customElements\.define\(/g)).toHaveLength(2);
  });

  it('bakes the version and hard end in, and is deterministic', async () => {
    expect(script.startsWith('/*! degmail widget 9.9.9, AGPL-3.0-or-later */')).toBe(true);
    expect(script).toContain('"2099-12-31"');
    expect(new TextDecoder().decode(await bundleWidget({ version: '9.9.9', hardEnd: '2099-12-31' }))).toBe(script);
  });
});
