import type { Locator } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect, lab, openLab } from './fixtures';
import { builtPages } from './sitePages';

/** Every lab on the chapter page it lives on. */
const LABS_ON_CHAPTERS = [
  ['readiness', '/chapters/what-is-webrtc/'],
  ['hello-loopback', '/chapters/what-is-webrtc/'],
  ['lifecycle-stepper', '/chapters/lifecycle/'],
  ['nat-simulator', '/chapters/nat/'],
  ['stun-workbench', '/chapters/stun/'],
  ['turn-relay', '/chapters/turn/'],
  ['ice-explorer', '/chapters/ice/'],
  ['sdp-live', '/chapters/sdp/'],
  ['sdp-diff', '/chapters/sdp/'],
  ['sdp-munge', '/chapters/sdp/'],
  ['transport-inspector', '/chapters/security-and-transport/'],
  ['datachannel-modes', '/chapters/security-and-transport/'],
  ['media-lab', '/chapters/media/'],
  ['signaling-lab', '/chapters/signaling/'],
  ['two-windows', '/chapters/two-peers-by-hand/'],
  ['topology-calculator', '/chapters/topologies/'],
  ['mesh-lab', '/chapters/topologies/'],
  ['turn-credentials', '/chapters/in-production/'],
  ['debug-cases', '/chapters/in-production/'],
] as const;

const BADGE_WORDS = { idle: 'Idle', running: 'Running', done: 'Done', error: 'Error' } as const;

/** What a learner sees on screen: inside the viewport, or holding the focus. */
async function inViewOrFocused(element: Locator): Promise<boolean> {
  return element.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const seen = box.height > 0 && box.top >= 0 && box.bottom <= innerHeight;
    return seen || el.contains(document.activeElement);
  });
}

/** Records every data-state the lab takes, with the badge's word at that moment. */
async function recordBadge(root: Locator): Promise<void> {
  await root.evaluate((section) => {
    const seen: string[][] = [];
    (window as unknown as { badgeLog: string[][] }).badgeLog = seen;
    const note = () =>
      seen.push([
        section.getAttribute('data-state') ?? '',
        section.querySelector('.lab-badge .word')?.textContent ?? '',
      ]);
    note();
    new MutationObserver(note).observe(section, { attributeFilter: ['data-state'] });
  });
}

for (const size of [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
]) {
  test.describe(`at ${size.width}x${size.height}`, () => {
    test.use({ viewport: size });

    test('an empty SDP explained on the tool page leaves its alert in view, focus on Explain', async ({
      guarded: page,
    }) => {
      const tool = await openLab(page, '/tools/sdp/', 'sdp-explain');
      await tool.locator('[data-input="sdp"]').fill('');
      const run = tool.locator('[data-action="run"]');
      await run.focus();
      await page.keyboard.press('Enter');
      await expect(tool).toHaveAttribute('data-state', 'error');
      const alert = tool.getByRole('alert');
      await expect(alert).not.toHaveText('');
      await expect.poll(() => inViewOrFocused(alert)).toBe(true);
      await expect(run).toBeFocused();
      // Right under the action row: between the Explain button and the text box.
      const [runBox, alertBox, boxBox] = await Promise.all(
        [run, alert, tool.locator('[data-input="sdp"]')].map((l) => l.boundingBox()),
      );
      expect(alertBox!.y).toBeGreaterThan(runBox!.y);
      expect(alertBox!.y).toBeLessThan(boxBox!.y);
      await expect(tool.locator('.lab-badge')).toContainText('Error');
    });
  });
}

test('the focus checks below cover every lab embedded in a chapter of the built site', () => {
  const dist = process.env['COURSE_DIST'] ?? resolve(import.meta.dirname, '../../dist');
  const embedded = builtPages()
    .filter((path) => path.startsWith('/chapters/'))
    .flatMap((path) => {
      const html = readFileSync(resolve(dist, `.${path}index.html`), 'utf8');
      return [...html.matchAll(/data-lab="([a-z-]+)"/g)].map((m) => `${m[1]} ${path}`);
    });
  const covered = LABS_ON_CHAPTERS.map(([id, path]) => `${id} ${path}`);
  expect([...new Set(embedded)].sort()).toEqual([...covered].sort());
});

test.describe('focus after Run', () => {
  // One page load per chapter, its labs in turn (the SDP chapter has three).
  const pages = new Map<string, string[]>();
  for (const [id, path] of LABS_ON_CHAPTERS) pages.set(path, [...(pages.get(path) ?? []), id]);
  for (const [path, ids] of pages) {
    test(`Enter on Run keeps the focus on a control, not the page body: ${ids.join(', ')}`, async ({
      guarded: page,
    }) => {
      test.setTimeout(45_000 * ids.length);
      await page.goto(path);
      for (const id of ids) {
        const root = lab(page, id);
        await root.scrollIntoViewIfNeeded();
        const run = root.locator('[data-action="run"]');
        await expect(run, id).toBeEnabled();
        await run.focus();
        await page.keyboard.press('Enter');
        await expect(root, id).not.toHaveAttribute('data-state', 'idle');
        expect(await page.evaluate(() => document.activeElement === document.body), id).toBe(false);
        await expect(root, id).toHaveAttribute('data-state', /^(done|error)$/, { timeout: 45_000 });
        expect(await page.evaluate(() => document.activeElement?.tagName), id).not.toBe('BODY');
        await expect(run, id).toBeFocused();
      }
    });
  }
});

test.describe('errors from an inner action', () => {
  test('appear next to the button that caused them, and under the run row after Run', async ({
    guarded: page,
  }) => {
    const root = await openLab(page, '/chapters/ice/', 'ice-explorer');
    await root.locator('[data-input="ice-servers"]').fill('http://example.invalid');
    const compare = root.locator('[data-action="compare"]');
    await compare.focus();
    await page.keyboard.press('Enter');
    const alert = root.getByRole('alert');
    await expect(alert).toContainText('not a web address');
    await expect(root.locator('.lab-badge')).toHaveText(/Error/);
    // The alert is the element right after the Compare button, in view, focus still on Compare.
    expect(await compare.evaluate((b) => b.nextElementSibling?.getAttribute('role'))).toBe('alert');
    await expect.poll(() => inViewOrFocused(alert)).toBe(true);
    await expect(compare).toBeFocused();

    const run = root.locator('[data-action="run"]');
    await run.focus();
    await page.keyboard.press('Enter');
    await expect(alert).toContainText('not a web address');
    expect(
      await run.evaluate((b) =>
        b.closest('.lab-actions')?.nextElementSibling?.getAttribute('role'),
      ),
    ).toBe('alert');
    await expect.poll(() => inViewOrFocused(alert)).toBe(true);
    await expect(run).toBeFocused();
  });
});

test.describe('the status badge', () => {
  test('says Idle, then Running while the ICE explorer connects, then Done', async ({
    guarded: page,
  }) => {
    const root = await openLab(page, '/chapters/ice/', 'ice-explorer');
    const badge = root.locator('.lab-badge');
    await expect(badge).toHaveText(/Idle/);
    await recordBadge(root);
    await root.locator('[data-action="run"]').click();
    await expect(root).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
    await expect(badge).toHaveText(/Done/);
    const log = await page.evaluate(() => (window as unknown as { badgeLog: string[][] }).badgeLog);
    expect(log.map(([state]) => state)).toEqual(['idle', 'running', 'done']);
    for (const [state, word] of log) {
      expect(word, `badge during ${state}`).toBe(BADGE_WORDS[state as keyof typeof BADGE_WORDS]);
    }
  });

  test('says Error with the alert when an SDP is refused, and Idle again after Reset', async ({
    guarded: page,
  }) => {
    const tool = await openLab(page, '/tools/sdp/', 'sdp-explain');
    await recordBadge(tool);
    await tool.locator('[data-input="sdp"]').fill('hello');
    await tool.locator('[data-action="run"]').click();
    await expect(tool.getByRole('alert')).toContainText('does not look like SDP');
    await expect(tool.locator('.lab-badge')).toHaveText(/Error/);
    await tool.locator('[data-action="reset"]').click();
    await expect(tool.locator('.lab-badge')).toHaveText(/Idle/);
    const log = await page.evaluate(() => (window as unknown as { badgeLog: string[][] }).badgeLog);
    for (const [state, word] of log) {
      expect(word, `badge during ${state}`).toBe(BADGE_WORDS[state as keyof typeof BADGE_WORDS]);
    }
    expect(log.map(([state]) => state)).toContain('error');
  });
});

test.describe('numbers in the ICE tables on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('no pair or candidate priority is taller than two lines after a run', async ({
    guarded: page,
  }) => {
    const root = await openLab(page, '/chapters/ice/', 'ice-explorer');
    await root.locator('[data-action="run"]').click();
    await expect(root).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
    await expect(root.locator('[data-row="pair"]').first()).toBeVisible();
    const cells = root.locator('[data-row="pair"] td.num, [data-row="candidate"] td.num');
    expect(await cells.count()).toBeGreaterThan(4);
    // The height of the text itself (the cell is as tall as its row's tallest neighbour).
    const lines = await cells.evaluateAll((tds) =>
      tds.map((td) => {
        const range = document.createRange();
        range.selectNodeContents(td);
        const style = getComputedStyle(td);
        const line = parseFloat(style.lineHeight) || parseFloat(style.fontSize) * 1.6;
        return { text: td.textContent?.trim(), lines: range.getBoundingClientRect().height / line };
      }),
    );
    expect(lines.filter((cell) => cell.lines > 2)).toEqual([]);
    expect(lines.filter((cell) => /^\d{6,}$/.test(cell.text ?? '')).length).toBeGreaterThan(2);
  });
});

test.describe('before the lab hydrates', () => {
  test('Tab reaches Run, which says the lab is loading, and keeps the focus once it is live', async ({
    guarded: page,
  }) => {
    await page.goto('/chapters/what-is-webrtc/');
    const root = lab(page, 'readiness');
    const island = page.locator('astro-island', { has: root }).last();
    const script = new URL((await island.getAttribute('component-url'))!, page.url()).href;
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(script, async (route) => {
      await held;
      await route.fallback();
    });
    // A probe button just before the island: Tab from it goes into the lab.
    await island.evaluate((el) => {
      const probe = document.createElement('button');
      probe.id = 'before-lab';
      probe.textContent = 'before';
      el.before(probe);
    });
    await page.locator('#before-lab').focus();
    await page.keyboard.press('Tab');
    const run = root.locator('[data-action="run"]');
    await expect(run).toBeFocused();
    await expect(run).toHaveAttribute('aria-disabled', 'true');
    await expect(root.locator('[data-loading]')).toBeVisible();
    await expect(root.locator('[data-loading]')).toHaveText('Loading lab…');
    await expect(island).toHaveAttribute('ssr', '');
    release();
    await expect(island).not.toHaveAttribute('ssr', '');
    await expect(run).toBeEnabled();
    await expect(run).not.toHaveAttribute('aria-disabled');
    await expect(root.locator('[data-loading]')).toHaveCount(0);
    await expect(run).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(root).toHaveAttribute('data-state', 'done');
    await expect(run).toBeFocused();
  });
});
