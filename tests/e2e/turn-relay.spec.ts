import { DEV_TURN_SERVER } from '../../src/lib/turn/coturn.ts';
import { lab, openPeerConnections, openLab } from './fixtures';
import { expect, freePort, test } from './turn-fixture';

/** The chapter page with the lab preset to `params` (and `run=1` when asked). */
function presetPath(params: Record<string, string>): string {
  return `/chapters/turn/?${new URLSearchParams({ lab: 'turn-relay', ...params })}`;
}

test.describe('turn-relay lab, through a real coturn', () => {
  // A successful run gathers, connects, sends 64 KiB and reads stats: allow for a loaded machine.
  test.setTimeout(60_000);
  // Waits for a state that hydration and a preset run reach, not a measured duration.
  const PATIENT = { timeout: 25_000 };

  test('connects two relay-only peers through the server and counts the relayed bytes', async ({
    guarded: page,
    turnServer,
  }) => {
    await page.goto(presetPath({ url: turnServer.urls.udp, run: '1' }));
    const relay = lab(page, 'turn-relay');
    await expect(relay).toHaveAttribute('data-state', 'done', PATIENT);
    await expect(relay.locator('[data-field="local-candidate-type"]')).toHaveAttribute(
      'data-value',
      'relay',
    );
    await expect(relay.locator('[data-field="remote-candidate-type"]')).toHaveAttribute(
      'data-value',
      'relay',
    );
    const bytes = Number(
      await relay.locator('[data-field="bytes-relayed"]').getAttribute('data-value'),
    );
    // 64 KiB of payload went from A to B through the relay, plus ICE, DTLS and SCTP overhead.
    expect(bytes).toBeGreaterThan(64 * 1024);
    await expect(relay.locator('[data-field="delivered-bytes"]')).toHaveAttribute(
      'data-value',
      String(64 * 1024),
    );
    await expect(relay.locator('[data-field="relay-protocol"]')).toHaveAttribute(
      'data-value',
      'udp',
    );
    expect(await relay.locator('[data-row="candidate"][data-peer="A"]').count()).toBeGreaterThan(0);
    expect(await relay.locator('[data-row="candidate"][data-peer="B"]').count()).toBeGreaterThan(0);
    await expect(relay.locator('[data-row="candidate"]').first()).toHaveAttribute(
      'data-address',
      '127.0.0.1',
    );
    await expect(relay.locator('[data-row="event"][data-event="getStats"]')).toHaveCount(1);
    expect(await openPeerConnections(page)).toBe(2);
  });

  test('also relays when the browser reaches the server over TCP', async ({
    guarded: page,
    turnServer,
  }) => {
    await page.goto(presetPath({ url: turnServer.urls.tcp, run: '1' }));
    const relay = lab(page, 'turn-relay');
    await expect(relay).toHaveAttribute('data-state', 'done', PATIENT);
    await expect(relay.locator('[data-field="local-candidate-type"]')).toHaveAttribute(
      'data-value',
      'relay',
    );
    await expect(relay.locator('[data-field="relay-protocol"]')).toHaveAttribute(
      'data-value',
      'tcp',
    );
  });

  test('a wrong password ends within 10 s in an error that names the code and the password', async ({
    guarded: page,
    turnServer,
  }) => {
    const relay = await openLab(page, presetPath({ url: turnServer.urls.udp }), 'turn-relay');
    await relay.locator('[data-input="turn-credential"]').fill('not-the-password');
    const started = Date.now();
    await relay.locator('[data-action="run"]').click();
    await expect(relay).toHaveAttribute('data-state', 'error', { timeout: 10_000 });
    expect(Date.now() - started).toBeLessThan(10_000);
    const alert = relay.getByRole('alert');
    await expect(alert).toContainText('401');
    await expect(alert).toContainText('password');
    await expect(relay.locator('[data-field="error-code"]')).toHaveAttribute('data-value', '401');
    await expect(relay.locator('[data-row="ice-error"][data-code="401"]').first()).toBeVisible();
    expect(await openPeerConnections(page)).toBe(0);
  });

  test('a port where nothing listens ends within 10 s in an explained error', async ({
    guarded: page,
  }) => {
    const silent = await freePort();
    const relay = await openLab(
      page,
      presetPath({ url: `turn:127.0.0.1:${silent}?transport=udp` }),
      'turn-relay',
    );
    const started = Date.now();
    await relay.locator('[data-action="run"]').click();
    await expect(relay).toHaveAttribute('data-state', 'error', { timeout: 10_000 });
    expect(Date.now() - started).toBeLessThan(10_000);
    const alert = relay.getByRole('alert');
    await expect(alert).toContainText('npm run turn');
    await expect(alert).toContainText('port');
    await expect(relay.locator('[data-field="error-code"]')).toHaveAttribute(
      'data-value',
      'timeout',
    );
  });

  test('a TCP port where nothing listens ends at once with the browser’s 701', async ({
    guarded: page,
  }) => {
    const silent = await freePort();
    await page.goto(presetPath({ url: `turn:127.0.0.1:${silent}?transport=tcp`, run: '1' }));
    const relay = lab(page, 'turn-relay');
    await expect(relay).toHaveAttribute('data-state', 'error', PATIENT);
    await expect(relay.locator('[data-field="error-code"]')).toHaveAttribute('data-value', '701');
    await expect(relay.getByRole('alert')).toContainText('npm run turn');
  });

  test('a URL that is not a TURN URL is refused before anything is contacted', async ({
    guarded: page,
  }) => {
    await page.goto(presetPath({ url: 'stun:127.0.0.1:3478', run: '1' }));
    const relay = lab(page, 'turn-relay');
    await expect(relay).toHaveAttribute('data-state', 'error', PATIENT);
    await expect(relay.getByRole('alert')).toContainText('STUN');
    await expect(relay.locator('[data-field="error-code"]')).toHaveAttribute(
      'data-value',
      'bad-url',
    );
    expect(await openPeerConnections(page)).toBe(0);
  });

  test('reset closes both peers and clears the result', async ({ guarded: page, turnServer }) => {
    await page.goto(presetPath({ url: turnServer.urls.udp, run: '1' }));
    const relay = lab(page, 'turn-relay');
    await expect(relay).toHaveAttribute('data-state', 'done', PATIENT);
    expect(await openPeerConnections(page)).toBe(2);
    await relay.locator('[data-action="reset"]').click();
    await expect(relay).toHaveAttribute('data-state', 'idle', PATIENT);
    expect(await openPeerConnections(page)).toBe(0);
    await expect(relay.locator('[data-field="bytes-relayed"]')).toHaveAttribute('data-value', '');
    await expect(relay.locator('[data-row="candidate"]')).toHaveCount(0);
  });

  test('defaults to the development server of npm run turn, with its credentials', async ({
    guarded: page,
  }) => {
    await page.goto('/chapters/turn/');
    const relay = lab(page, 'turn-relay');
    await relay.scrollIntoViewIfNeeded();
    await expect(relay.locator('[data-input="turn-url"]')).toHaveValue(
      'turn:127.0.0.1:3478?transport=udp',
    );
    await expect(relay.locator('[data-input="turn-username"]')).toHaveValue(
      DEV_TURN_SERVER.username,
    );
    await expect(relay.locator('[data-input="turn-credential"]')).toHaveValue(
      DEV_TURN_SERVER.password,
    );
  });
});
