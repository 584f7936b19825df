// "Predict, then run" (issue 13.2): in each lab the learner's prediction is judged against the
// value the lab itself shows from the real run, and the attempt lands in progress. One page load
// per chapter; the right answer is always derived from what the run showed, never assumed.
import type { Locator, Page } from '@playwright/test';
import { openTimeRange } from '../../src/lib/predictions/openTime.ts';
import {
  expect,
  expectField,
  expectNoAxeViolationsInBothThemes,
  fieldValue,
  field,
  lab,
  hydrated,
  test,
} from './fixtures';

const KEY = 'webrtc-course-progress';

interface Recorded {
  kind: string;
  ok: boolean;
  answer?: string;
  chapter?: string;
  detail?: { actual?: string };
}

/** Every attempt recorded for a prediction id, oldest first. */
async function attempts(page: Page, id: string): Promise<Recorded[]> {
  const text = await page.evaluate((k) => localStorage.getItem(k) ?? '{}', KEY);
  return ((JSON.parse(text) as { attempts?: Record<string, Recorded[]> }).attempts ?? {})[id] ?? [];
}

/** Opens `path` (with an optional preset for lab `id`) and waits until the lab has hydrated. */
async function open(page: Page, path: string, id: string, preset = ''): Promise<Locator> {
  await page.goto(preset ? `${path}?lab=${id}&${preset}` : path);
  const root = lab(page, id);
  await root.scrollIntoViewIfNeeded();
  await hydrated(root);
  await expect(root.locator('[data-action="run"]')).toBeEnabled();
  return root;
}

/** Commits `value` as the prediction, runs the lab and waits for the verdict; returns it. */
async function predictAndRun(root: Locator, value: string, timeout = 20_000): Promise<string> {
  const radio = root.locator(`[data-predict] input[type="radio"][value="${value}"]`);
  await radio.check();
  await expect(root.locator('[data-field="prediction"]')).toContainText('Run the lab to check it');
  await root.locator('[data-action="run"]').click();
  await expect(field(root, 'prediction')).toHaveAttribute('data-value', /^(right|wrong)$/, {
    timeout,
  });
  return (await fieldValue(root, 'prediction')) ?? '';
}

/** The verdict, the actual value shown and the recorded attempt all agree with `actual`. */
async function expectJudged(
  page: Page,
  root: Locator,
  { id, chapter, predicted, actual }: Record<'id' | 'chapter' | 'predicted' | 'actual', string>,
) {
  const verdict = predicted === actual ? 'right' : 'wrong';
  await expectField(root, 'prediction', verdict);
  await expect(field(root, 'prediction')).toHaveAttribute('data-actual', actual);
  await expect(field(root, 'prediction-why')).not.toBeEmpty();
  await expect
    .poll(async () => (await attempts(page, id)).at(-1))
    .toMatchObject({
      kind: 'prediction',
      ok: verdict === 'right',
      answer: predicted,
      chapter,
      detail: { actual },
    });
}

test('ICE explorer: a wrong and then a right prediction of the selected candidate type are each judged against the real selected pair', async ({
  guarded: page,
}) => {
  const id = 'predict:ice-explorer:selected-type';
  const ice = await open(page, '/chapters/ice/', 'ice-explorer');
  const selected = field(ice, 'selected-pair');
  // No server is configured, so a relay candidate cannot exist: this prediction must be wrong.
  expect(await predictAndRun(ice, 'relay')).toBe('wrong');
  const first = (await selected.getAttribute('data-local-type')) ?? '';
  expect(['host', 'srflx', 'prflx']).toContain(first);
  await expectJudged(page, ice, { id, chapter: 'ice', predicted: 'relay', actual: first });
  await expect(field(ice, 'prediction')).toContainText(`${first} ↔`);
  // The question with a wrong verdict, in both themes.
  await expectNoAxeViolationsInBothThemes(page, ['[data-lab="ice-explorer"] .predict']);

  // The second prediction is the type the first run showed; judged against the second run's pair.
  await predictAndRun(ice, first);
  const second = (await selected.getAttribute('data-local-type')) ?? '';
  await expectJudged(page, ice, { id, chapter: 'ice', predicted: first, actual: second });
  expect(second).toBe(first);
  expect((await attempts(page, id)).map((a) => a.ok)).toEqual([false, true]);
});

test('hello loopback: the predicted time range is judged against the measured open time', async ({
  guarded: page,
}) => {
  const hello = await open(page, '/chapters/what-is-webrtc/', 'hello-loopback');
  await predictAndRun(hello, 'under-100');
  const ms = Number(await fieldValue(hello, 'open-ms'));
  await expectJudged(page, hello, {
    id: 'predict:hello-loopback:open-time',
    chapter: 'what-is-webrtc',
    predicted: 'under-100',
    actual: openTimeRange(ms),
  });
});

test('NAT simulator: the prediction is judged against the simulator’s outcome, and says it is the simulator’s', async ({
  guarded: page,
}) => {
  const nat = await open(page, '/chapters/nat/', 'nat-simulator', 'a=eim/apdf&b=apdm/apdf');
  await predictAndRun(nat, 'direct');
  const actual = (await fieldValue(nat, 'outcome')) ?? '';
  await expectJudged(page, nat, {
    id: 'predict:nat-simulator:direct-or-relay',
    chapter: 'nat',
    predicted: 'direct',
    actual,
  });
  await expect(field(nat, 'prediction-why')).toContainText('In the simulator');
});

test('security chapter: the DTLS client and the stream id parity are judged against getStats', async ({
  guarded: page,
}) => {
  const chapter = 'security-and-transport';
  const inspector = await open(page, `/chapters/${chapter}/`, 'transport-inspector');
  await predictAndRun(inspector, 'A');
  await expect(inspector).toHaveAttribute('data-state', 'done');
  const role = field(inspector, 'dtls-role');
  const client = (await role.getAttribute('data-a')) === 'client' ? 'A' : 'B';
  expect(await role.getAttribute(client === 'A' ? 'data-a' : 'data-b')).toBe('client');
  await expectJudged(page, inspector, {
    id: 'predict:transport-inspector:dtls-client',
    chapter,
    predicted: 'A',
    actual: client,
  });

  const channel = lab(page, 'datachannel-modes');
  await channel.scrollIntoViewIfNeeded();
  await hydrated(channel);
  await channel.locator('[data-input="size"]').fill('1');
  await predictAndRun(channel, 'odd');
  const streamId = Number(await fieldValue(channel, 'stream-id'));
  await expectJudged(page, channel, {
    id: 'predict:datachannel-modes:stream-id-parity',
    chapter,
    predicted: 'odd',
    actual: streamId % 2 === 0 ? 'even' : 'odd',
  });
  await expect(channel).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
});

test('SDP munge: a removed fingerprint predicted as accepted is judged against both refusals', async ({
  guarded: page,
}) => {
  const munge = await open(page, '/chapters/sdp/', 'sdp-munge');
  await munge.locator('[data-action="edit-break-fingerprint"]').click();
  await expect(munge.locator('[data-input="offer"]')).not.toHaveValue(/a=fingerprint/);
  await predictAndRun(munge, 'accepted');
  const sides = [await fieldValue(munge, 'local-result'), await fieldValue(munge, 'remote-result')];
  await expectJudged(page, munge, {
    id: 'predict:sdp-munge:offer-accepted',
    chapter: 'sdp',
    predicted: 'accepted',
    actual: sides.every((v) => v === 'accepted') ? 'accepted' : 'refused',
  });
});

test('media lab: the predicted codec is judged against the codec in the sender’s stats', async ({
  guarded: page,
}) => {
  test.setTimeout(60_000);
  const media = await open(page, '/chapters/media/', 'media-lab');
  await predictAndRun(media, 'VP8', 30_000);
  const codec = ((await fieldValue(media, 'video-codec')) ?? '').toUpperCase();
  expect(codec).toMatch(/^(VP8|VP9|H264|AV1)$/);
  await expectJudged(page, media, {
    id: 'predict:media-lab:video-codec',
    chapter: 'media',
    predicted: 'VP8',
    actual: codec,
  });
  await page.locator('[data-lab="media-lab"] [data-action="reset"]').click();
});

test('mesh lab: the predicted connection count is judged against the connections the page held', async ({
  guarded: page,
}) => {
  test.setTimeout(60_000);
  const mesh = await open(page, '/chapters/topologies/', 'mesh-lab', 'n=3&kbps=100');
  await predictAndRun(mesh, 'links', 30_000);
  const count = Number(await fieldValue(mesh, 'open-connections'));
  const actual = count === 2 ? 'n-1' : count === 3 ? 'links' : count === 6 ? 'ends' : `${count}`;
  await expectJudged(page, mesh, {
    id: 'predict:mesh-lab:connection-count',
    chapter: 'topologies',
    predicted: 'links',
    actual,
  });
  await mesh.locator('[data-action="reset"]').click();
});
