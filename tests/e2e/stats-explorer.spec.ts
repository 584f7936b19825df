import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, expectNoAxeViolationsInBothThemes, test } from './fixtures';

const TOOL = '/tools/stats/';
const CAPTURED = resolve(import.meta.dirname, '../fixtures/stats/webrtc-internals-loopback.json');

/**
 * A dump of about 50 MB: the captured one with every series repeated to `samples` values, one
 * second apart, as a call of about an hour would give.
 */
function bigDump(samples: number): string {
  const dump = JSON.parse(readFileSync(CAPTURED, 'utf8')) as {
    PeerConnections: Record<string, { stats: Record<string, { values: string }> }>;
  };
  for (const pc of Object.values(dump.PeerConnections)) {
    for (const [key, series] of Object.entries(pc.stats)) {
      const values = JSON.parse(series.values) as unknown[];
      const first = Number(values[0]);
      const long = Array.from({ length: samples }, (_, i) =>
        key.endsWith('-timestamp') ? first + i * 1000 : values[i % values.length],
      );
      series.values = JSON.stringify(long);
    }
  }
  return JSON.stringify(dump);
}

test.describe('the stats dump explorer on /tools/stats/', () => {
  test('opens the captured Chromium dump: selected pair, DTLS, a chart with its figures and a flag with its link; a non-dump file is refused and changes nothing', async ({
    guarded: page,
  }) => {
    await page.goto(TOOL);
    const file = page.locator('[data-input="dump-file"]');
    await expect(file).toBeEnabled();
    await file.setInputFiles(CAPTURED);

    await expect(page.locator('[data-field="dump-kind"]')).toContainText(
      'is a chrome://webrtc-internals dump, from Mozilla/5.0',
    );
    await expect(page.locator('[data-connection-button]')).toHaveText(['8-1', '8-2']);
    const view = page.locator('[data-connection="8-1"]');
    await expect(view.getByRole('heading', { level: 2 })).toHaveText('Connection 8-1');
    const selected = view.locator('tr[data-row="pair"][data-selected="true"]');
    await expect(selected).toHaveCount(1);
    await expect(selected).toContainText('selected');
    await expect(selected.locator('[data-end="local"]')).toHaveText(/^host udp /);
    await expect(selected.locator('[data-end="remote"]')).toHaveText(/^host udp /);
    await expect(view.locator('[data-field="selected-pair"]')).toContainText(
      /host udp .+ ↔ host udp/,
    );
    await expect(view.locator('[data-field="tls-version"]')).toHaveText('DTLS 1.3 (FEFC)');
    await expect(view.locator('[data-field="dtls-role"]')).toHaveText('server');

    const bitrate = view.locator('[data-chart="bitrate"]');
    await expect(bitrate.locator('.plot[data-drawn] canvas').first()).toBeVisible();
    await expect(bitrate.locator('[data-line="sent"]')).toHaveText(
      /sent: last \d+(\.\d)? kbit\/s, lowest \d+(\.\d)?, highest \d+(\.\d)?$/,
    );
    const flag = view.locator('[data-flag="quality-limited"]');
    await expect(flag).toContainText('Quality limited by bandwidth');
    await expect(flag.getByRole('link')).toHaveAttribute(
      'href',
      '/chapters/media/#congestion-control-fitting-the-stream-to-the-path',
    );

    // The receiving side: frames per second charted, nothing flagged.
    await page.locator('[data-connection-button="8-2"]').click();
    const receiver = page.locator('[data-connection="8-2"]');
    await expect(receiver.locator('[data-chart="fps"] [data-line="frames"]')).toHaveText(/last \d/);
    await expect(receiver.locator('[data-flags="none"]')).toBeVisible();
    await expectNoAxeViolationsInBothThemes(page);

    await file.setInputFiles({
      name: 'package.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"name":"not-a-dump","version":"1.0.0"}'),
    });
    const refusal = page.getByRole('alert');
    await expect(refusal).toHaveText(/This JSON is not a stats dump/);
    await expect(refusal).toBeInViewport();
    await expect(page.locator('[data-field="dump-kind"]')).toContainText(
      'webrtc-internals-loopback.json',
    );
    await expect(receiver.getByRole('heading', { level: 2 })).toHaveText('Connection 8-2');
  });

  test('a 50 MB dump opens behind a progress bar while the page keeps drawing frames', async ({
    guarded: page,
  }) => {
    const path = join(mkdtempSync(join(tmpdir(), 'stats-')), 'big-dump.json');
    const text = bigDump(5600);
    writeFileSync(path, text);
    expect(text.length).toBeGreaterThan(48_000_000);
    await page.goto(TOOL);
    const file = page.locator('[data-input="dump-file"]');
    await expect(file).toBeEnabled();
    // The longest wait between two animation frames while the worker reads and parses.
    await page.evaluate(() => {
      const state = { last: performance.now(), longest: 0, frames: 0 };
      (window as unknown as { frameWatch: typeof state }).frameWatch = state;
      const tick = (now: number) => {
        const busy = document.querySelector('[data-tool]')?.getAttribute('data-phase') !== 'idle';
        if (busy) {
          state.longest = Math.max(state.longest, now - state.last);
          state.frames++;
        }
        state.last = now;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await file.setInputFiles(path);
    await expect(page.locator('[data-progress] progress')).toBeVisible();
    // The page answers a key press while the worker parses.
    await page.locator('[data-input="dump-text"]').pressSequentially('{}');
    await expect(page.locator('[data-input="dump-text"]')).toHaveValue('{}');
    await expect(page.locator('[data-field="dump-kind"]')).toContainText('big-dump.json', {
      timeout: 25_000,
    });
    await expect(
      page.locator('[data-connection="8-1"] [data-chart="bitrate"] .plot[data-drawn]'),
    ).toBeVisible();
    const watch = await page.evaluate(
      () => (window as unknown as { frameWatch: { longest: number; frames: number } }).frameWatch,
    );
    console.log(
      `50 MB dump: ${watch.frames} frames while busy, longest gap ${Math.round(watch.longest)} ms`,
    );
    expect(watch.frames).toBeGreaterThan(10);
    expect(watch.longest).toBeLessThan(500);
  });
});
