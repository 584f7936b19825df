// Failure modes of the labs (issue 8, item 7), through the lab contract.
//
// - WebRTC missing: no-webrtc.spec.ts removes the constructor before the page loads and checks
//   every lab of the catalog (the eight that need WebRTC explain it; the three that do not still
//   work). Not repeated here.
// - getUserMedia denied: only the media lab calls getUserMedia, when the learner opts in to the
//   camera. The SDP labs' audio and video come from a synthetic source (a canvas captureStream and
//   a WebAudio tone, src/rtc/syntheticMedia.ts) that needs no permission, and the readiness lab
//   only checks that the function exists. Below: a scan of src/ that fails as soon as another
//   file asks for a device (that lab then needs a denial test here), the media lab's denial, and
//   the media scenarios run to the end while getUserMedia refuses every request.
// - A TURN server that does not answer: turn-relay.spec.ts ("a port where nothing listens ends
//   within 10 s in an explained error", and its TCP twin ending in the browser's 701).
// - The page left, or the lab reset, in the middle of a run: below, for every lab that opens
//   connections. failure-modes-soak.spec.ts runs labs 50 times in one page.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { test, expect, lab, openLab, openPeerConnections, runLab, expectField } from './fixtures';
import {
  countLiveTracks,
  denyUserMedia,
  labSnapshot,
  liveTracks,
  slowHandshake,
  userMediaRequests,
} from './failure-modes-probes';
import { test as turnTest } from './turn-fixture';
import type { Locator, Page } from '@playwright/test';

/** A lab that opens connections, how a run of it starts, and the page it is on. */
interface ConnectingLab {
  name: string;
  id: string;
  /** The page, with any preset (never run=1: the test starts the run). */
  path: string;
  /** The button that starts the run. */
  action: 'run' | 'compare';
}

const CONNECTING_LABS: ConnectingLab[] = [
  {
    name: 'hello-loopback',
    id: 'hello-loopback',
    path: '/chapters/what-is-webrtc/',
    action: 'run',
  },
  {
    name: 'lifecycle-stepper',
    id: 'lifecycle-stepper',
    path: '/chapters/lifecycle/',
    action: 'run',
  },
  { name: 'ice-explorer', id: 'ice-explorer', path: '/chapters/ice/', action: 'run' },
  { name: 'ice-explorer compare', id: 'ice-explorer', path: '/chapters/ice/', action: 'compare' },
  {
    name: 'sdp-live av-data',
    id: 'sdp-live',
    path: '/chapters/sdp/?lab=sdp-live&scenario=av-data',
    action: 'run',
  },
  { name: 'sdp-diff', id: 'sdp-diff', path: '/chapters/sdp/', action: 'run' },
  { name: 'sdp-munge', id: 'sdp-munge', path: '/chapters/sdp/', action: 'run' },
];

/** Another page of the site, with no lab on it. */
const ELSEWHERE = '/';

/** Each run of the tests below waits this long per setRemoteDescription (two per pair). */
const SLOW_MS = 600;

/** Starts the run and waits until the lab says it is running. */
async function startRun(root: Locator, action: ConnectingLab['action']): Promise<void> {
  await root.locator(`[data-action="${action}"]`).click();
  await expect(root).toHaveAttribute('data-state', 'running');
}

/** Leaves the lab's page mid-run, comes back, and runs the lab again to the end. */
async function leaveAndReturn(page: Page, id: string, action: ConnectingLab['action']) {
  await page.goto(ELSEWHERE);
  await expect(page.locator('main h1').first()).toBeVisible();
  await page.goBack();
  const root = lab(page, id);
  await root.scrollIntoViewIfNeeded();
  await expect(root.locator(`[data-action="${action}"]`)).toBeEnabled();
  await root.locator(`[data-action="${action}"]`).click();
  await expect(root).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
  return root;
}

/** Resets mid-run, then checks that nothing is left open and no late result shows up. */
async function resetMidRun(page: Page, root: Locator, before: Record<string, string>) {
  await root.locator('[data-action="reset"]').click();
  await expect(root).toHaveAttribute('data-state', 'idle');
  expect(await openPeerConnections(page)).toBe(0);
  // Longer than one slowed step: a step of the stopped run settles in this time, and must change
  // nothing the lab shows.
  await page.waitForTimeout(2 * SLOW_MS + 300);
  expect(await labSnapshot(root)).toEqual(before);
  expect(await openPeerConnections(page)).toBe(0);
}

test.describe('a lab left in the middle of a run', () => {
  test.setTimeout(60_000);

  for (const { name, id, path, action } of CONNECTING_LABS) {
    test(`${name}: leaving its page mid-run raises no error, and it runs again on return`, async ({
      guarded: page,
    }) => {
      await slowHandshake(page, SLOW_MS);
      await startRun(await openLab(page, path, id), action);
      await leaveAndReturn(page, id, action);
      await expect(lab(page, id).getByRole('alert')).toHaveText('');
    });

    test(`${name}: reset mid-run closes every connection and no late result shows`, async ({
      guarded: page,
    }) => {
      await slowHandshake(page, SLOW_MS);
      const root = await openLab(page, path, id);
      const before = await labSnapshot(root);
      await startRun(root, action);
      await resetMidRun(page, root, before);
    });
  }
});

turnTest.describe('the TURN lab left in the middle of a run', () => {
  turnTest.setTimeout(60_000);

  turnTest(
    'leaving its page mid-run raises no error, and it relays again on return',
    async ({ guarded: page, turnServer }) => {
      await slowHandshake(page, SLOW_MS);
      const path = `/chapters/turn/?lab=turn-relay&url=${encodeURIComponent(turnServer.urls.udp)}`;
      await startRun(await openLab(page, path, 'turn-relay'), 'run');
      const relay = await leaveAndReturn(page, 'turn-relay', 'run');
      await expectField(relay, 'local-candidate-type', 'relay');
    },
  );

  turnTest(
    'reset mid-run closes both peers and no late result shows',
    async ({ guarded: page, turnServer }) => {
      await slowHandshake(page, SLOW_MS);
      const path = `/chapters/turn/?lab=turn-relay&url=${encodeURIComponent(turnServer.urls.udp)}`;
      const relay = await openLab(page, path, 'turn-relay');
      const before = await labSnapshot(relay);
      await startRun(relay, 'run');
      await resetMidRun(page, relay, before);
    },
  );
});

/** Every source file under `folder`, recursively. */
function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|svelte|astro|mdx?)$/.test(entry.name) ? [path] : [];
  });
}

test.describe('a learner who denies the camera and microphone', () => {
  test('only the media lab asks for a device: a lab that does needs its own denial test here', () => {
    const root = resolve(import.meta.dirname, '../..');
    const asking = sourceFiles(join(root, 'src'))
      .filter((file) => /\b(getUserMedia|getDisplayMedia)\s*\(/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file));
    expect(asking).toEqual(['src/components/labs/media-lab/cameraSource.ts']);
  });

  test('media-lab: a denied camera is explained where the learner is looking, offers the synthetic source, and leaves nothing open', async ({
    guarded: page,
  }) => {
    await denyUserMedia(page);
    const media = await openLab(page, '/chapters/media/', 'media-lab');
    await media.locator('[data-input="source"][value="camera"]').check();
    await media.locator('[data-action="run"]').click();
    await expect(media).toHaveAttribute('data-state', 'error');
    await expect(media.getByRole('alert')).toContainText(/refused|denied|blocked/i);
    await expect(media.getByRole('alert')).toContainText('synthetic source');
    expect(await userMediaRequests(page)).toBe(1);
    expect(await openPeerConnections(page)).toBe(0);
  });

  for (const [id, scenario] of [
    ['sdp-live', 'av-data'],
    ['sdp-live', 'simulcast'],
    ['sdp-diff', 'reject-video'],
  ] as const) {
    test(`${id} negotiates ${scenario} with its synthetic media and asks no permission`, async ({
      guarded: page,
    }) => {
      await denyUserMedia(page);
      await countLiveTracks(page);
      const root = await runLab(page, '/chapters/sdp/', id, { scenario, run: '1' });
      await expect(root).toHaveAttribute('data-state', 'done');
      await expect(root.getByRole('alert')).toHaveText('');
      expect(await liveTracks(page), 'the synthetic source is live').toBeGreaterThan(0);
      expect(await userMediaRequests(page)).toBe(0);
      await root.locator('[data-action="reset"]').click();
      await expect(root).toHaveAttribute('data-state', 'idle');
      await expect.poll(() => liveTracks(page), { message: 'reset stops every track' }).toBe(0);
    });
  }

  test('readiness reports getUserMedia as present without calling it', async ({
    guarded: page,
  }) => {
    await denyUserMedia(page);
    const ready = await runLab(page, '/chapters/what-is-webrtc/', 'readiness', 'run=1');
    await expect(ready).toHaveAttribute('data-state', 'done');
    await expectField(ready, 'webrtc', true);
    await expect(
      ready.locator('[data-row="api"][data-name="navigator.mediaDevices.getUserMedia"]'),
    ).toHaveAttribute('data-present', 'true');
    expect(await userMediaRequests(page)).toBe(0);
  });
});
