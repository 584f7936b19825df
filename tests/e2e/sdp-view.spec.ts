import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, openLab, expectNoAxeViolations, THEMES } from './fixtures';
import { annotateSdp } from '../../src/lib/sdp/index';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/sdp');
const fixture = (name: string) => readFileSync(resolve(FIXTURES, name), 'utf8');

/** Opens the tool page, explains `sdp` and returns the SdpView. */
async function explain(page: Page, sdp: string) {
  const tool = await openLab(page, '/tools/sdp/', 'sdp-explain');
  await tool.locator('[data-input="sdp"]').fill(sdp);
  await tool.locator('[data-action="run"]').click();
  await expect(tool).toHaveAttribute('data-state', 'done');
  return page.locator('[data-sdp-view="sdp-explain-view"]');
}

const selectedRow = (view: ReturnType<Page['locator']>) =>
  view.locator('[data-row="sdp-line"][aria-selected="true"]');

test.describe('SdpView', () => {
  test('arrow keys, Home, End and Page keys move the selection and the panel follows', async ({
    guarded: page,
  }) => {
    const offer = fixture('chromium-av-data-offer.sdp');
    const expected = annotateSdp(offer).lines;
    const view = await explain(page, offer);
    const rows = view.locator('[data-row="sdp-line"]');
    await rows.first().focus();
    await expect(rows.first()).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ArrowDown');
    await expect(rows.nth(1)).toBeFocused();
    await expect(selectedRow(view)).toHaveAttribute('data-number', '2');
    const summary = view.locator('[data-field="line-summary"]');
    await expect(summary).toHaveText(expected[1]?.summary ?? 'missing');
    await expect(summary).toHaveAttribute('data-value', '2');
    await expect(view.locator('[data-field="line-rfc"]')).toHaveAttribute(
      'data-value',
      'RFC 8866 §5.2',
    );
    await expect(view.locator('[data-field="line-rfc"] a')).toHaveAttribute(
      'href',
      'https://www.rfc-editor.org/rfc/rfc8866#section-5.2',
    );
    // Exactly one row is in the tab order (roving tabindex).
    await expect(view.locator('[data-row="sdp-line"][tabindex="0"]')).toHaveCount(1);

    await page.keyboard.press('End');
    await expect(selectedRow(view)).toHaveAttribute('data-number', String(expected.length));
    await expect(rows.last()).toBeFocused();
    await page.keyboard.press('Home');
    await expect(selectedRow(view)).toHaveAttribute('data-number', '1');
    await page.keyboard.press('PageDown');
    const afterPage = Number(await selectedRow(view).getAttribute('data-number'));
    expect(afterPage).toBeGreaterThan(2);
    await page.keyboard.press('PageUp');
    await expect(selectedRow(view)).toHaveAttribute('data-number', '1');
    await page.keyboard.press('ArrowUp');
    await expect(selectedRow(view)).toHaveAttribute('data-number', '1');
  });

  test('hovering or focusing a field highlights its characters in the line', async ({
    guarded: page,
  }) => {
    const offer = fixture('chromium-raw-gathered-offer.sdp');
    const view = await explain(page, offer);
    const candidate = view.locator('[data-row="sdp-line"][data-name="candidate"]').first();
    await candidate.click();
    await expect(candidate).toHaveAttribute('aria-selected', 'true');
    await expect(view.locator('[data-field="line-explanation"]')).toContainText(
      'address and port to try',
    );
    const address = view.locator('[data-row="sdp-field"][data-name="address"]');
    await address.hover();
    await expect(candidate.locator('mark')).toHaveText('192.0.2.2');
    await view.locator('[data-row="sdp-field"][data-name="port"] button').focus();
    await expect(candidate.locator('mark')).toHaveText('60283');
    await view.locator('[data-row="sdp-field"][data-name="port"] button').blur();
    await page.mouse.move(0, 0);
    await expect(candidate.locator('mark')).toHaveCount(0);
    // The line text itself is unchanged by the highlight.
    await expect(candidate.locator('code')).toHaveText(offer.split('\r\n')[9] ?? 'missing');
  });

  test('redacting replaces every address and mDNS name in what is shown and copied', async ({
    guarded: page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const addresses = ['203.0.113.77', '198.51.100.9', '10.20.30.40', '100.64.7.8'];
    const mdns = 'c669abe0-3658-47d5-abd0-c0f91fe95275.local';
    const sdp = [
      'v=0',
      'o=- 9109483101626591056 2 IN IP4 10.20.30.40',
      's=-',
      't=0 0',
      'm=application 9 UDP/DTLS/SCTP webrtc-datachannel',
      'c=IN IP4 203.0.113.77',
      'a=rtcp:9 IN IP4 198.51.100.9',
      `a=candidate:3150197473 1 udp 2113937151 ${mdns} 51109 typ host generation 0`,
      'a=candidate:842163049 1 udp 1677729535 203.0.113.77 51109 typ srflx raddr 100.64.7.8 rport 51109 generation 0',
      'a=mid:0',
      '',
    ].join('\r\n');
    const view = await explain(page, sdp);
    // textContent, not innerText: rows out of view skip rendering (content-visibility) but hold their text.
    const text = async () => (await view.locator('.sdp-lines').textContent()) ?? '';
    for (const address of [...addresses, mdns]) expect(await text()).toContain(address);

    await view.locator('[data-input="redact"]').check();
    await expect(view.locator('.sdp-lines')).not.toContainText('203.0.113.77');
    const shown = await text();
    for (const address of [...addresses, mdns]) expect(shown).not.toContain(address);
    // What is left are documentation-range stand-ins (RFC 5737) and redacted-N.local names.
    for (const ip of shown.match(/\b\d{1,3}(?:\.\d{1,3}){3}\b/g) ?? [])
      expect(ip).toMatch(/^192\.0\.2\.\d+$/);
    for (const name of shown.match(/[\w-]+\.local\b/g) ?? [])
      expect(name).toMatch(/^redacted-\d+\.local$/);
    await expect(view.locator('[data-row="sdp-line"]')).toHaveCount(10);

    await view.locator('[data-action="copy"]').click();
    await expect(view.getByRole('status')).toContainText('with addresses redacted');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    for (const address of [...addresses, mdns]) expect(copied).not.toContain(address);
    expect(copied.split(/\r?\n/)).toHaveLength(11);

    await view.locator('[data-input="redact"]').uncheck();
    await expect(view.locator('.sdp-lines')).toContainText('203.0.113.77');
  });

  test('the outline lists the sections and BUNDLE group and jumps to them', async ({
    guarded: page,
  }) => {
    const view = await explain(page, fixture('chromium-av-data-offer.sdp'));
    const sections = view.locator('[data-row="sdp-section"]');
    await expect(sections).toHaveCount(4);
    await expect(sections.nth(0)).toContainText('Group BUNDLE: 0 1 2');
    await expect(sections.nth(2)).toHaveAttribute('data-mid', '1');
    await expect(sections.nth(2)).toContainText('m-line 1: video, mid 1, sendrecv');
    const jump = sections.nth(2).locator('[data-action="jump"]').first();
    const target = await jump.getAttribute('data-line');
    await jump.click();
    await expect(selectedRow(view)).toHaveAttribute('data-number', target ?? 'missing');
    await expect(selectedRow(view)).toHaveAttribute('data-kind', 'm');
    await expect(selectedRow(view)).toBeFocused();
  });

  test('a diagnostic links to its line', async ({ guarded: page }) => {
    const view = await explain(
      page,
      'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=audio 9 UDP/TLS/RTP/SAVPF 300\r\n',
    );
    const diagnostic = view.locator('[data-row="sdp-diagnostic"][data-line="5"]').first();
    await expect(diagnostic).toBeVisible();
    await diagnostic.locator('[data-action="jump"]').click();
    await expect(selectedRow(view)).toHaveAttribute('data-number', '5');
    await expect(view.locator('[data-row="sdp-line-diagnostic"]').first()).toBeVisible();
  });

  test('64 KiB of SDP renders quickly and stays responsive to the keyboard', async ({
    guarded: page,
  }, testInfo) => {
    const head =
      'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\nm=application 9 UDP/DTLS/SCTP webrtc-datachannel\r\n';
    const candidate = (i: number) =>
      `a=candidate:${1000 + i} 1 udp 2113937151 192.0.2.${i % 250} ${10000 + i} typ host generation 0\r\n`;
    let sdp = head;
    for (let i = 0; sdp.length < 64 * 1024; i += 1) sdp += candidate(i);
    const lines = annotateSdp(sdp).lines.length;
    const tool = await openLab(page, '/tools/sdp/', 'sdp-explain');
    // Typing 64 KiB through `fill` is slow; set the value and tell Svelte, as a paste would.
    await tool.locator('[data-input="sdp"]').evaluate((el, value) => {
      (el as HTMLTextAreaElement).value = value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, sdp);
    const renderMs = await page.evaluate(async (expected) => {
      const start = performance.now();
      document
        .querySelector<HTMLButtonElement>('[data-lab="sdp-explain"] [data-action="run"]')
        ?.click();
      while (document.querySelectorAll('[data-row="sdp-line"]').length < expected) {
        await new Promise((r) => requestAnimationFrame(r));
      }
      return performance.now() - start;
    }, lines);
    const view = page.locator('[data-sdp-view="sdp-explain-view"]');
    await expect(view.locator('[data-row="sdp-line"]')).toHaveCount(lines);
    await view.locator('[data-row="sdp-line"]').first().focus();
    const keyMs = await page.evaluate(async () => {
      const start = performance.now();
      const row = document.activeElement as HTMLElement;
      row.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
      await new Promise((r) => requestAnimationFrame(r));
      return performance.now() - start;
    });
    await expect(selectedRow(view)).toHaveAttribute('data-number', String(lines));
    testInfo.annotations.push({
      type: 'render',
      description: `${lines} lines: ${renderMs.toFixed(0)} ms; End key: ${keyMs.toFixed(0)} ms`,
    });
    console.log(
      `64 KiB, ${lines} lines: rendered in ${renderMs.toFixed(0)} ms; End key handled in ${keyMs.toFixed(0)} ms`,
    );
    // Bounds with headroom for a loaded 2-core CI machine; a quiet laptop is about ten times faster.
    expect(renderMs).toBeLessThan(10_000);
    expect(keyMs).toBeLessThan(1500);
  });

  test('at 360 px the panel sits below the lines and nothing overflows sideways', async ({
    guarded: page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    const view = await explain(page, fixture('chromium-simulcast-offer.sdp'));
    const list = await view.locator('.sdp-lines').boundingBox();
    const panel = await view.locator('[data-panel="sdp-line"]').boundingBox();
    expect(list && panel && panel.y >= list.y + list.height).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
  });

  for (const theme of THEMES) {
    test(`an explained SDP, a field highlighted, has no WCAG 2.2 AA violation in the ${theme} theme`, async ({
      guarded: page,
    }) => {
      test.slow(); // axe over a few hundred rows takes a while on a busy 2-core machine
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
      const hostile = fixture('chromium-gathered-offer.sdp').replace(
        'a=mid:0',
        'a=mid:0\r\n<b>bold?</b>\r\na=x-unknown:1',
      );
      const view = await explain(page, hostile);
      const candidate = view.locator('[data-row="sdp-line"][data-name="candidate"]').first();
      await candidate.click();
      await view.locator('[data-row="sdp-field"][data-name="address"]').hover();
      await expect(candidate.locator('mark')).toHaveCount(1);
      await expectNoAxeViolations(page, theme);
    });
  }
});
