// The NAT chapter checked on real NAT: the measured matrix and the nftables rules in the chapter,
// and the simulator lab's measured result for the pair on screen, with the router firewall switch.
// Expected values come from the committed run the page itself is built from.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { RealNatCase, RealNatRun } from '../../src/lib/nat/real-nat-run';
import { test, expect, expectField, runLab } from './fixtures';

const RUN_FILE = resolve(import.meta.dirname, '../../content/natlab/last-run.json');
/** The committed run; until `npm run natlab` has committed one, the chapter has no such section. */
const run = existsSync(RUN_FILE)
  ? (JSON.parse(readFileSync(RUN_FILE, 'utf8')) as RealNatRun)
  : undefined;
const code = (side: RealNatCase['a']) => `${side.measured.mapping}/${side.measured.filtering}`;

/** The run's first case for this pair of measured behaviours and firewall settings. */
function measured(a: string, b: string, firewall: boolean): RealNatCase {
  const found = run?.cases.find(
    (c) =>
      code(c.a) === a &&
      code(c.b) === b &&
      c.a.router.firewall === firewall &&
      c.b.router.firewall === firewall,
  );
  if (!found) throw new Error(`the committed run has no case ${a} with ${b}, firewall ${firewall}`);
  return found;
}

test('the chapter shows the real-NAT matrix and the rules, and the lab the measured result and the firewall switch', async ({
  guarded: page,
}) => {
  test.skip(!run, 'no real-NAT run committed yet (content/natlab/last-run.json)');
  if (!run) return;
  test.slow();
  const sim = await runLab(page, '/chapters/nat/', 'nat-simulator', 'a=eim/apdf&b=apdm/apdf&run=1');

  // The lab: the measured result for the preset pair, beside the simulated one.
  const symmetric = measured('eim/apdf', 'apdm/apdf', true);
  await expectField(sim, 'outcome', 'relay');
  await expectField(sim, 'real-outcome', symmetric.real.outcome);
  const pair = symmetric.real.selectedA;
  await expectField(sim, 'real-candidates', pair ? `${pair.local} → ${pair.remote}` : 'none');
  await expectField(sim, 'real-agrees', String(symmetric.real.outcome === 'relay'));
  await expectField(sim, 'real-run-date', run.date);
  await expect(sim.locator('[data-field="real-run-date"]')).toContainText(run.date.slice(0, 10));

  // The chapter: every case of the run in its matrix, with its real and simulated outcome.
  const section = page.locator('.real-nat');
  await expect(section.locator('[data-field="real-run"]')).toContainText(run.date.slice(0, 10));
  await expect(section.locator('[data-field="real-run"]')).toContainText(run.environment.kernel);
  for (const c of run.cases) {
    const table = section.locator(
      `table[data-firewall-a="${c.a.router.firewall}"][data-firewall-b="${c.b.router.firewall}"]`,
    );
    const cell = table.locator(
      `[data-row="real-nat-cell"][data-a="${code(c.a)}"][data-b="${code(c.b)}"]`,
    );
    await expect(cell).toHaveAttribute('data-real', new RegExp(`(^|,)${c.real.outcome}(,|$)`));
    await expect(cell).toHaveAttribute('data-simulated', c.simulated.outcome);
    await expect(cell).toContainText(c.agree ? '✓ agree' : '✗ DISAGREE');
  }
  // The rules, one table per behaviour, and the firewall.
  const rules = page.locator('[data-nft-rules]');
  await expect(rules.locator('[data-nft-behaviour="eim-apdf"] pre')).toContainText(
    'oifname "natlab-a-wan" masquerade',
  );
  await expect(rules.locator('[data-nft-behaviour="apdm-apdf"] pre')).toContainText(
    'masquerade fully-random',
  );
  await expect(rules.locator('[data-nft-behaviour="eim-eif"] pre')).toContainText(
    'dnat to 10.200.1.2',
  );
  await expect(rules.locator('[data-nft-behaviour="firewall"] pre')).toContainText(
    'iifname "natlab-a-wan" drop',
  );

  // The firewall switch: two port-restricted cones connect directly with their firewalls, and
  // need the relay without them (a port clash), as the real routers did.
  await sim.locator('[data-input="b-mapping"]').selectOption('eim');
  await sim.locator('[data-action="run"]').click();
  await expectField(sim, 'outcome', 'direct');
  await expectField(sim, 'real-outcome', measured('eim/apdf', 'eim/apdf', true).real.outcome);
  for (const side of ['a', 'b']) {
    const box = sim.locator(`[data-input="${side}-firewall"]`);
    await expect(box).toBeChecked();
    await expect(box).toHaveAccessibleName('Router firewall drops unsolicited packets');
    const size = await box.boundingBox();
    expect(Math.min(size?.width ?? 0, size?.height ?? 0)).toBeGreaterThanOrEqual(24);
    await box.focus();
    await page.keyboard.press('Space');
    await expect(box).not.toBeChecked();
  }
  await expect(sim.locator('[data-field="outcome"]')).toHaveCount(0);
  await sim.locator('[data-action="run"]').click();
  await expectField(sim, 'outcome', 'relay');
  await expect(sim.locator('[data-field="reason"]')).toContainText('no drop rule');
  await expectField(sim, 'real-outcome', measured('eim/apdf', 'eim/apdf', false).real.outcome);
  // The matrix follows the switch: that pair's cell now says relay.
  await expect(
    sim.locator('[data-row="matrix-cell"][data-a="eim/apdf"][data-b="eim/apdf"]'),
  ).toHaveAttribute('data-outcome', 'relay');
});
