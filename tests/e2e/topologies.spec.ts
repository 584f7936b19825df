import {
  expect,
  expectNoAxeViolationsInBothThemes,
  expectField,
  field,
  fieldNumber,
  lab,
  openPeerConnections,
  runLab,
  test,
} from './fixtures';

const CHAPTER = '/chapters/topologies/';

test('the calculator preset n=100 shows 4950 mesh connections, follows typing, and Run draws the chart', async ({
  guarded: page,
}) => {
  await page.goto(`${CHAPTER}?lab=topology-calculator&n=100`);
  const calculator = lab(page, 'topology-calculator');
  await calculator.scrollIntoViewIfNeeded();
  await expectField(calculator, 'mesh-connections', 4950);
  await expect(field(calculator, 'mesh-connections')).toHaveText('4,950');
  await expectField(calculator, 'mesh-streams', 9900);
  await expectField(calculator, 'sfu-connections', 100);
  await expectField(calculator, 'sfu-server-out-kbps', 100 * 99 * 1500);
  await expectField(calculator, 'simulcast-downlink-kbps', 99 * 150);
  await expectField(calculator, 'mcu-downlink-kbps', 1500);
  // Instant: typing a size updates the table without Run.
  await calculator.locator('[data-input="n"]').fill('6');
  await expectField(calculator, 'mesh-connections', 15);
  await expectField(calculator, 'mesh-uplink-kbps', 5 * 1500);
  await expect(calculator.locator('[data-chart="growth"]')).toHaveCount(0);
  await calculator.locator('[data-action="run"]').click();
  await expect(calculator).toHaveAttribute('data-state', 'done');
  const chart = calculator.locator('[data-chart="growth"]');
  await expect(chart.locator('canvas').first()).toBeVisible();
  await expect(chart).toContainText('Mesh: upload at 10: 13.5 Mbit/s');
  await expectNoAxeViolationsInBothThemes(page, ['[data-lab="topology-calculator"]']);
});

test('mesh-lab with N=4 opens 6 links (12 RTCPeerConnections), measures each peer’s upload, and reset closes all', async ({
  guarded: page,
}) => {
  // Twelve connections encoding video for 5 s, then axe: beside another heavy test on a 2-core
  // machine it took 31 s, past the default 30 s.
  test.slow();
  const mesh = await runLab(
    page,
    CHAPTER,
    'mesh-lab',
    { n: '4', kbps: '300' },
    { timeout: 30_000 },
  );
  await expect(mesh).toHaveAttribute('data-state', 'done');
  await expectField(mesh, 'mesh-links', 6);
  await expectField(mesh, 'open-connections', 12);
  expect(await openPeerConnections(page)).toBe(12);
  await expectField(mesh, 'predicted-kbps', 900);
  const measured = await fieldNumber(mesh, 'upload-kbps');
  expect(measured).toBeGreaterThan(0);
  const peers = mesh.locator('[data-row="peer"]');
  await expect(peers).toHaveCount(4);
  for (const row of await peers.all()) {
    expect(Number(await row.getAttribute('data-measured-kbps'))).toBeGreaterThan(0);
  }
  // Chromium reports why an encoder is limited; the lab shows it (none, cpu, bandwidth or other).
  await expectField(mesh, 'quality-limitation', /^(none|cpu|bandwidth|other)$/);
  await expect(field(mesh, 'explanation')).toContainText('3 copies');
  await expectNoAxeViolationsInBothThemes(page, ['[data-lab="mesh-lab"]']);
  await mesh.locator('[data-action="reset"]').click();
  await expect(mesh).toHaveAttribute('data-state', 'idle');
  await expectField(mesh, 'open-connections', 0);
  expect(await openPeerConnections(page)).toBe(0);
  await expect(peers).toHaveCount(0);
});
