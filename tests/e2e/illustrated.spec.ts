import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test, expect } from './fixtures';

/** The committed capture the page is built from. */
const fixture = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../fixtures/connection/connection.json'), 'utf8'),
) as { offer: string; answer: string; datagrams: { hex?: string; kind: string }[] };
const fingerprint = (sdp: string) => /a=fingerprint:sha-256 (\S+)/.exec(sdp)![1]!;

test('the illustrated connection lists every datagram, opens a deep-linked field, decrypts the data channel and links each SDP line to its bytes', async ({
  guarded: page,
}) => {
  test.setTimeout(60_000);
  await page.goto('/illustrated/');
  // Every datagram is on the page once, as a card or as a line of the table, under its own id.
  const ids = await page
    .locator('[data-row="datagram"], [data-row="media"]')
    .evaluateAll((rows) => rows.map((r) => r.id));
  const order = ids.map((id) => Number(id.slice(1))).sort((a, b) => a - b);
  expect(order).toEqual(fixture.datagrams.map((_, i) => i));
  expect(await page.locator('[data-row="datagram"]').count()).toBeGreaterThan(40);
  for (const kind of ['stun', 'dtls', 'sctp', 'rtp', 'rtcp'])
    expect(
      await page.locator(`[data-row="datagram"][data-kind="${kind}"]`).count(),
    ).toBeGreaterThan(0);
  await expect(page.locator('[data-row="datagram"]').first()).toContainText('Binding request');

  // The decrypt toggle of the DCEP datagram shows the open message and the channel's label.
  const open = page.locator('[data-row="datagram"]', { hasText: 'DATA_CHANNEL_OPEN' }).first();
  const toggle = open.locator('details[data-decrypted] > summary').first();
  await expect(open.getByText('"chat"')).toBeHidden();
  await toggle.click();
  await expect(open.locator('[data-field="Label"] .value')).toHaveText('"chat"');
  await expect(open.locator('[data-field="Label"]')).toBeVisible();
  const greeting = page
    .locator('[data-row="datagram"]', { hasText: 'Message on channel 1' })
    .first();
  await greeting.locator('details[data-decrypted] > summary').first().click();
  await expect(greeting.locator('[data-field="Text"] .value').first()).toHaveText(
    '"Hello from Chromium"',
  );
  await expect(greeting.locator('[data-field="Text"]').first()).toBeVisible();

  // Each SDP cross-link lands on a field row that says what the line promised.
  const expected: Record<string, RegExp> = {
    'a=ice-ufrag': /^"h5xP:/,
    'a=setup': /ClientHello/,
    'a=sctp-port': /^5000$/,
    'a=rtpmap': /^(111|96)$/,
    'a=ssrc': /^\d+ \(0x/,
    'a=msid': /^\d+ \(0x/,
  };
  const links = page.locator('[data-sdp-link]');
  expect(await links.count()).toBeGreaterThanOrEqual(11);
  for (const link of await links.all()) {
    const attribute = (await link.getAttribute('data-sdp-link'))!;
    const target = (await link.getAttribute('href'))!.slice(1);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`#${target}$`));
    const landed = page.locator(`[id="${target}"]`);
    await expect(landed).toBeInViewport();
    const pattern = expected[attribute];
    if (pattern) {
      const text = attribute === 'a=setup' ? landed.locator('h3') : landed.locator('.value');
      await expect(text).toHaveText(pattern);
    }
  }
  // The page recomputes each a=fingerprint from the Certificate bytes with WebCrypto.
  for (const [id, sdp] of [
    ['sdp-fingerprint-offer', fixture.offer],
    ['sdp-fingerprint-answer', fixture.answer],
  ] as const) {
    const check = page.locator(`#${id} [data-field="fingerprint-check"]`);
    await expect(check).toHaveAttribute('data-value', 'true');
    await expect(check).toContainText(`${fingerprint(sdp)}, equal to the a=fingerprint`);
  }

  // A deep link to a field inside a closed list of fields opens it and focuses it.
  await page.goto('/illustrated/#d10f1');
  await expect(page.locator('#d10f1')).toBeVisible();
  await expect(page.locator('#d10f1 .value')).toHaveText('22 handshake');
  await expect(page.locator('#d10f1 th a')).toBeFocused();
  // So does a link to a line of the end table.
  const line = (await page.locator('[data-row="media"]').first().getAttribute('id'))!;
  await page.goto(`/illustrated/#${line}`);
  await expect(page.locator(`#${line}`)).toBeFocused();
  await expect(page.locator(`#${line}`)).toBeInViewport();
  // A stable alias (what the chapters link to) does the same.
  await page.goto('/illustrated/#rtp-vp8-ssrc');
  await expect(page.locator('#rtp-vp8-ssrc')).toBeFocused();
  await expect(page.locator('#rtp-vp8-ssrc')).toBeInViewport();
  const ssrc = /^a=ssrc-group:FID (\d+)/m.exec(fixture.offer)![1]!;
  await expect(page.locator('tr:has(#rtp-vp8-ssrc) .value')).toHaveText(new RegExp(`^${ssrc} `));
});
