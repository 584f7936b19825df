import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test, expect } from '@playwright/test';
import { watchCspViolations } from './cspViolations';
import { builtPages } from './sitePages';

const dist = process.env['COURSE_DIST'] ?? resolve(import.meta.dirname, '../../dist');
const files = [...builtPages(dist).map((path) => join(path, 'index.html')), '/404.html'];

/** The directives every page's policy must hold, each with exactly these sources. */
const REQUIRED: Record<string, string[]> = {
  'default-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/** The page's `<meta http-equiv="content-security-policy">` policy, as directive -> sources. */
function policyOf(html: string): Map<string, string[]> {
  const metas = [...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/g)];
  expect(metas, 'one CSP <meta> per page').toHaveLength(1);
  const directives = metas[0]![1]!.split(';').map((d) => d.trim().split(/\s+/));
  return new Map(directives.filter((d) => d[0]).map(([name, ...sources]) => [name!, sources]));
}

/** The CSP hash source of an inline script or style, as the browser computes it. */
const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

for (const file of files) {
  test(`${file} carries a strict Content Security Policy that allows its own inline code`, () => {
    const html = readFileSync(join(dist, file), 'utf8');
    const policy = policyOf(html);
    for (const [name, sources] of Object.entries(REQUIRED)) {
      expect(policy.get(name), name).toEqual(sources);
    }
    expect(policy.get('script-src')).toEqual(
      expect.arrayContaining(["'self'", "'wasm-unsafe-eval'"]),
    );
    expect(policy.get('style-src')).toContain("'self'");
    for (const [name, sources] of policy) {
      expect(sources, name).not.toContain("'unsafe-inline'");
      expect(sources, name).not.toContain("'unsafe-eval'");
    }
    expect(html.match(/<[a-z][^>]*\sstyle=/gi) ?? [], 'style attributes').toEqual([]);
    expect(html.match(/<[a-z][^>]*\son[a-z]+=/gi) ?? [], 'event handler attributes').toEqual([]);
    for (const [, text] of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
      expect(policy.get('script-src'), `hash of <script>${text!.slice(0, 60)}`).toContain(
        hashOf(text!),
      );
    }
    for (const [, text] of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)) {
      expect(policy.get('style-src'), `hash of <style>${text!.slice(0, 60)}`).toContain(
        hashOf(text!),
      );
    }
  });
}

test('the violation listener reports an inline style the policy blocks', async ({ page }) => {
  const violations = await watchCspViolations(page);
  await page.goto('/');
  await page.evaluate(() => document.body.setAttribute('style', 'outline: 1px solid red'));
  await expect.poll(violations).toEqual([expect.stringMatching(/^style-src-attr blocked inline/)]);
});
