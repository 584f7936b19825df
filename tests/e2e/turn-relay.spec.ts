import { DEV_TURN_SERVER } from '../../src/lib/turn/coturn.ts';
import {
  expectField,
  expectNoAxeViolationsInBothThemes,
  fieldNumber,
  openLab,
  openPeerConnections,
  runLab,
  test as guardedTest,
} from './fixtures';
import { expect, freePort, test } from './turn-fixture';
import type { Locator, Page } from '@playwright/test';

const CHAPTER = '/chapters/turn/';

/** The chapter page with the lab preset to `params` (and `run=1` when asked). */
function presetPath(params: Record<string, string>): string {
  return `${CHAPTER}?${new URLSearchParams({ lab: 'turn-relay', ...params })}`;
}

// Waits for a state that hydration and a preset run reach, not a measured duration.
const PATIENT = { timeout: 25_000 };

/** Opens the chapter with the lab preset to `params` and run=1; waits until the run has ended. */
function presetRun(page: Page, params: Record<string, string>): Promise<Locator> {
  return runLab(page, CHAPTER, 'turn-relay', { ...params, run: '1' }, PATIENT);
}

test.describe('turn-relay lab, through a real coturn', () => {
  // A successful run gathers, connects, sends 64 KiB and reads stats: allow for a loaded machine.
  test.setTimeout(60_000);

  test('connects two relay-only peers through the server and counts the relayed bytes', async ({
    guarded: page,
    turnServer,
  }) => {
    const relay = await presetRun(page, { url: turnServer.urls.udp });
    await expect(relay).toHaveAttribute('data-state', 'done', PATIENT);
    await expectField(relay, 'local-candidate-type', 'relay');
    await expectField(relay, 'remote-candidate-type', 'relay');
    const bytes = await fieldNumber(relay, 'bytes-relayed');
    // 64 KiB of payload went from A to B through the relay, plus ICE, DTLS and SCTP overhead.
    expect(bytes).toBeGreaterThan(64 * 1024);
    await expectField(relay, 'delivered-bytes', 64 * 1024);
    await expectField(relay, 'relay-protocol', 'udp');
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
    const relay = await presetRun(page, { url: turnServer.urls.tcp });
    await expect(relay).toHaveAttribute('data-state', 'done', PATIENT);
    await expectField(relay, 'local-candidate-type', 'relay');
    await expectField(relay, 'relay-protocol', 'tcp');
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
    await expectField(relay, 'error-code', '401');
    await expect(relay.locator('[data-row="ice-error"][data-code="401"]').first()).toBeVisible();
    // A server answered: the lab must not tell the learner to start one.
    await expect(relay.locator('[data-hint="no-server"]')).toHaveCount(0);
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
    await expectField(relay, 'error-code', 'timeout');
    await expect(relay.locator('[data-hint="no-server"]')).toBeVisible();
  });

  test('a TCP port where nothing listens ends at once with the browser’s 701', async ({
    guarded: page,
  }) => {
    const silent = await freePort();
    const relay = await presetRun(page, { url: `turn:127.0.0.1:${silent}?transport=tcp` });
    await expect(relay).toHaveAttribute('data-state', 'error', PATIENT);
    await expectField(relay, 'error-code', '701');
    await expect(relay.getByRole('alert')).toContainText('npm run turn');
  });

  test('a URL that is not a TURN URL is refused before anything is contacted', async ({
    guarded: page,
  }) => {
    const relay = await presetRun(page, { url: 'stun:127.0.0.1:3478' });
    await expect(relay).toHaveAttribute('data-state', 'error', PATIENT);
    await expect(relay.getByRole('alert')).toContainText('STUN');
    await expectField(relay, 'error-code', 'bad-url');
    expect(await openPeerConnections(page)).toBe(0);
  });

  test('reset closes both peers and clears the result', async ({ guarded: page, turnServer }) => {
    const relay = await presetRun(page, { url: turnServer.urls.udp });
    await expect(relay).toHaveAttribute('data-state', 'done', PATIENT);
    expect(await openPeerConnections(page)).toBe(2);
    await relay.locator('[data-action="reset"]').click();
    await expect(relay).toHaveAttribute('data-state', 'idle', PATIENT);
    expect(await openPeerConnections(page)).toBe(0);
    await expectField(relay, 'bytes-relayed', '');
    await expect(relay.locator('[data-row="candidate"]')).toHaveCount(0);
  });

  test('defaults to the development server of npm run turn, with its credentials', async ({
    guarded: page,
  }) => {
    const relay = await openLab(page, CHAPTER, 'turn-relay');
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

guardedTest.describe('turn-relay lab with no TURN server', () => {
  /** The lab after a run against a TCP port where nothing listens (the browser's 701, at once). */
  async function noServerRun(page: Page): Promise<Locator> {
    const closed = await freePort();
    const relay = await presetRun(page, { url: `turn:127.0.0.1:${closed}?transport=tcp` });
    await expect(relay).toHaveAttribute('data-state', 'error', PATIENT);
    return relay;
  }

  guardedTest(
    'says in one sentence what to run and offers a recorded run, loaded only when asked for',
    async ({ guarded: page }) => {
      const recordingRequests: string[] = [];
      page.on('request', (r) => {
        if (/recorded-run/.test(r.url())) recordingRequests.push(r.url());
      });
      const relay = await noServerRun(page);
      const hint = relay.locator('[data-hint="no-server"]');
      await expect(hint).toBeVisible();
      await expect(hint).toContainText('npm run turn');
      await expect(hint).toContainText('instructor');
      const show = relay.locator('[data-action="show-recording"]');
      await expect(show).toHaveText('Show a recorded run');
      await expect(show).toBeInViewport();
      await expect(relay.locator('[data-recorded]')).toHaveCount(0);
      expect(recordingRequests).toEqual([]);
    },
  );

  guardedTest(
    'the recorded run is labelled as a recording and shows its relay candidates and bytes apart from the live fields',
    async ({ guarded: page }) => {
      const recordingRequests: string[] = [];
      page.on('request', (r) => {
        if (/recorded-run/.test(r.url())) recordingRequests.push(r.url());
      });
      const relay = await noServerRun(page);
      await relay.locator('[data-action="show-recording"]').click();
      const recorded = relay.locator('[data-recorded="true"]');
      await expect(recorded).toBeVisible();
      const heading = recorded.getByRole('heading', { name: /Recorded run — not your connection/ });
      await expect(heading).toBeFocused();
      await expect(heading).toBeInViewport();
      await expect(recorded.getByText(/^Recording$/)).toBeVisible();
      await expect(recorded.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d\d-\d\dT/);
      await expect(recorded.locator('time')).toHaveText(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
      await expect(recorded).toContainText('coturn');
      const candidates = recorded.locator('[data-row="recorded-candidate"]');
      await expect(candidates).toHaveCount(2);
      await expect(candidates.first()).toHaveAttribute('data-type', 'relay');
      await expect(candidates.first()).toContainText('typ relay');
      const bytes = recorded.locator('[data-recorded-field="bytes-relayed"]');
      await expect(bytes).toBeVisible();
      expect(Number(await bytes.getAttribute('data-value'))).toBeGreaterThan(64 * 1024);
      await expect(recorded.locator('[data-recorded-field="delivered-bytes"]')).toHaveAttribute(
        'data-value',
        String(64 * 1024),
      );
      await expect(recorded.getByRole('region', { name: /coturn’s log/ })).toContainText(
        'ALLOCATE processed, success',
      );
      // The learner's own fields and rows stay those of the failed run.
      await expectField(relay, 'bytes-relayed', '');
      await expectField(relay, 'error-code', '701');
      await expect(relay.locator('[data-row="candidate"]')).toHaveCount(0);
      // The recording came as a chunk of its own, fetched once, when the learner asked for it.
      expect(recordingRequests).toHaveLength(1);
      await relay.locator('[data-action="show-recording"]').click();
      await expect(recorded).toHaveCount(0);
    },
  );

  guardedTest(
    'the offer and the open recording pass axe in both themes',
    async ({ guarded: page }) => {
      const relay = await noServerRun(page);
      await relay.locator('[data-action="show-recording"]').click();
      await expect(relay.locator('[data-recorded="true"]')).toBeVisible();
      await expectNoAxeViolationsInBothThemes(page, [
        '[data-offer="recorded-run"]',
        '[data-recorded]',
      ]);
    },
  );
});
