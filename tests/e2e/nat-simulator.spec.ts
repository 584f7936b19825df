import {
  test,
  expect,
  expectNoAxeViolationsInBothThemes,
  openLab,
  runLab,
  expectField,
} from './fixtures';
import type { Locator, Page } from '@playwright/test';

const PAGE = '/chapters/nat/';

/** Opens the NAT chapter with the lab hydrated and idle. */
const open = (page: Page) => openLab(page, PAGE, 'nat-simulator');
/** Opens the NAT chapter with a preset that simulates at once (run=1), and waits for the run. */
const preset = (page: Page, params: string) => runLab(page, PAGE, 'nat-simulator', params);

/** Picks both sides ("eim/apdf" form), as a learner would with the selects, and simulates. */
async function simulate(sim: Locator, a: string, b: string): Promise<void> {
  for (const [side, value] of [
    ['a', a],
    ['b', b],
  ] as const) {
    const [mapping, filtering] = value.split('/') as [string, string];
    await sim.locator(`[data-input="${side}-mapping"]`).selectOption(mapping);
    await sim.locator(`[data-input="${side}-filtering"]`).selectOption(filtering);
  }
  await sim.locator('[data-action="run"]').click();
  await expect(sim).toHaveAttribute('data-state', 'done');
}

test.describe('nat-simulator lab', () => {
  test('two EIM NATs with port-restricted filtering connect directly', async ({
    guarded: page,
  }) => {
    const sim = await open(page);
    await expect(sim).toContainText('This lab is a simulation');
    await simulate(sim, 'eim/apdf', 'eim/apdf');
    await expectField(sim, 'outcome', 'direct');
    await expectField(sim, 'via-peer-reflexive', 'false');
    await expect(sim.locator('[data-field="reason"]')).toContainText(
      'endpoint-independent mapping',
    );
    // Hole punching: at least one check was dropped by NAT B's filter before the pair succeeded.
    await expect(
      sim
        .locator(
          '[data-row="packet"][data-kind="check"][data-fate="dropped"][data-dropped-by="NAT B"]',
        )
        .first(),
    ).toBeAttached();
  });

  test('APDM on both sides needs a relay', async ({ guarded: page }) => {
    const sim = await open(page);
    await simulate(sim, 'apdm/apdf', 'apdm/apdf');
    await expectField(sim, 'outcome', 'relay');
    await expect(sim.locator('[data-field="reason"]')).toContainText('Relay needed');
    await expect(sim.locator('[data-field="a-selected-pair"]')).toContainText('relay');
    await sim.locator('[data-action="reset"]').click();
    await expect(sim).toHaveAttribute('data-state', 'idle');
    await expect(sim.locator('[data-field="outcome"]')).toHaveCount(0);
    await expect(sim.locator('[data-row="packet"]')).toHaveCount(0);
    // The chosen behaviours survive a reset.
    await expect(sim.locator('[data-input="a-mapping"]')).toHaveValue('apdm');
  });

  test('APDM against a port-restricted cone needs a relay', async ({ guarded: page }) => {
    const sim = await open(page);
    await simulate(sim, 'apdm/apdf', 'eim/apdf');
    await expectField(sim, 'outcome', 'relay');
    await expect(sim.locator('[data-field="reason"]')).toContainText(
      'address-and-port-dependent filtering',
    );
  });

  test('APDM against a full cone connects directly through a peer-reflexive candidate', async ({
    guarded: page,
  }) => {
    const sim = await open(page);
    await simulate(sim, 'apdm/apdf', 'eim/eif');
    await expectField(sim, 'outcome', 'direct');
    await expectField(sim, 'via-peer-reflexive', 'true');
    await expect(sim.locator('[data-field="reason"]')).toContainText('peer-reflexive');
    await expect(
      sim.locator('[data-row="packet"][data-kind="prflx-learned"]').first(),
    ).toBeAttached();
  });

  test('the URL preset sets both sides, and run=1 simulates at once', async ({ guarded: page }) => {
    const sim = await preset(page, 'a=eim/apdf&b=apdm/apdf&run=1');
    await expect(sim.locator('[data-input="a-mapping"]')).toHaveValue('eim');
    await expect(sim.locator('[data-input="a-filtering"]')).toHaveValue('apdf');
    await expect(sim.locator('[data-input="b-mapping"]')).toHaveValue('apdm');
    await expect(sim.locator('[data-input="b-filtering"]')).toHaveValue('apdf');
    await expectField(sim, 'a-old-name', 'port-restricted cone');
    await expectField(sim, 'b-old-name', 'symmetric');
    await expect(sim).toHaveAttribute('data-state', 'done');
    await expectField(sim, 'outcome', 'relay');
  });

  test('a preset without run=1 only sets the sides', async ({ guarded: page }) => {
    const sim = await openLab(
      page,
      `${PAGE}?lab=nat-simulator&a=adm/eif&b=eim/adf`,
      'nat-simulator',
    );
    await expect(sim.locator('[data-input="a-mapping"]')).toHaveValue('adm');
    await expect(sim.locator('[data-input="b-filtering"]')).toHaveValue('adf');
    await expect(sim).toHaveAttribute('data-state', 'idle');
  });

  test('a malformed preset is explained in the alert and runs nothing', async ({
    guarded: page,
  }) => {
    const sim = await preset(page, 'a=%3Cscript%3E&b=eim/eif&run=1');
    await expect(sim).toHaveAttribute('data-state', 'error');
    await expect(sim.getByRole('alert')).toContainText('a=<script> is not a NAT behaviour');
    await expect(sim.locator('[data-input="b-filtering"]')).toHaveValue('eif');
    // The learner presses Simulate again: it runs with what the selects show.
    await sim.locator('[data-action="run"]').click();
    await expect(sim).toHaveAttribute('data-state', 'done');
  });

  test('stepping with the keyboard moves through the packets to the outcome', async ({
    guarded: page,
  }) => {
    const sim = await preset(page, 'a=eim/eif&b=apdm/apdf&run=1');
    await expectField(sim, 'outcome', 'direct');
    const rows = sim.locator('[data-row="packet"]');
    const total = await rows.count();
    expect(total).toBeGreaterThan(10);
    const step = sim.locator('[data-field="step"]');
    const current = sim.locator('[data-field="current-step"]');
    await expect(step).toHaveAttribute('data-value', '0');
    await expect(rows.nth(0)).toHaveAttribute('aria-current', 'step');
    await expect(current).toHaveAttribute('data-kind', 'stun-binding');

    // Tab order reaches the step buttons; Enter presses them.
    const forward = sim.locator('[data-action="step-forward"]');
    await forward.focus();
    await page.keyboard.press('Enter');
    await expect(step).toHaveAttribute('data-value', '1');
    await page.keyboard.press('Enter');
    await expect(step).toHaveAttribute('data-value', '2');
    // Each step shows the same packet as its row, with where it came from and went.
    for (const attr of ['data-kind', 'data-from', 'data-to', 'data-fate']) {
      await expect(current).toHaveAttribute(attr, (await rows.nth(2).getAttribute(attr)) ?? '');
    }
    await page.keyboard.press('ArrowLeft');
    await expect(step).toHaveAttribute('data-value', '1');
    await page.keyboard.press('ArrowRight');
    await expect(step).toHaveAttribute('data-value', '2');
    await page.keyboard.press('End');
    await expect(step).toHaveAttribute('data-value', String(total - 1));
    await expect(current).toHaveAttribute('data-kind', 'outcome');
    await expect(current).toContainText('Outcome: direct');
    await expect(sim.locator('[data-action="step-forward"]')).toBeDisabled();
    await sim.locator('[data-action="step-back"]').focus();
    await page.keyboard.press('Home');
    await expect(step).toHaveAttribute('data-value', '0');
    // The current step is announced politely.
    await expect(sim.locator('[role="status"][aria-live="polite"]')).toContainText(
      `Step 1 of ${total}`,
    );
  });

  test('a dropped packet names the filter that dropped it and why', async ({ guarded: page }) => {
    const sim = await preset(page, 'a=eim/apdf&b=eim/apdf&run=1&step=15');
    const current = sim.locator('[data-field="current-step"]');
    await expect(current).toHaveAttribute('data-fate', 'dropped');
    const drop = current.locator('[data-row="hop"][data-verdict="dropped"]');
    await expect(drop).toHaveAttribute('data-node', 'NAT B');
    await expect(drop).toContainText('APDF');
    await expect(current.locator('[data-row="hop"][data-verdict="mapped"]')).toHaveAttribute(
      'data-node',
      'NAT A',
    );
  });

  test('play advances on its own and pause stops it', async ({ guarded: page }) => {
    const sim = await preset(page, 'run=1');
    await sim.locator('[data-action="play"]').click();
    await expect(sim.locator('[data-field="step"]')).not.toHaveAttribute('data-value', '0');
    await sim.locator('[data-action="pause"]').click();
    const at = await sim.locator('[data-field="step"]').getAttribute('data-value');
    await expect(sim.locator('[data-action="play"]')).toBeVisible();
    await expect(sim.locator('[data-field="step"]')).toHaveAttribute('data-value', at ?? '');
  });

  test('the packet animation is instant under prefers-reduced-motion', async ({
    guarded: page,
  }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const sim = await preset(page, 'run=1');
    await expect(sim.locator('svg[data-motion]')).toHaveAttribute('data-motion', 'instant');
    // The packet is drawn where it ended, at once: two frames after a step it has not moved.
    await sim.locator('[data-action="step-forward"]').click();
    const frames = await sim.locator('svg[data-motion]').evaluate(async (svg) => {
      const at = () => {
        const dot = svg.querySelector('circle[data-packet]');
        return dot ? `${dot.getAttribute('cx')},${dot.getAttribute('cy')}` : 'none';
      };
      const first = at();
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return [first, at()];
    });
    expect(frames[0]).not.toBe('none');
    expect(frames[1]).toBe(frames[0]);
  });

  for (const size of [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ]) {
    test(`at ${size.width}x${size.height} every select shows its whole text, whichever option is chosen`, async ({
      guarded: page,
    }) => {
      await page.setViewportSize(size);
      const sim = await open(page);
      const selects = sim.locator('select');
      await expect(selects).toHaveCount(4);
      const cut = await selects.evaluateAll((elements) =>
        (elements as HTMLSelectElement[]).flatMap((select) => {
          const style = getComputedStyle(select);
          const room =
            select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          const context = document.createElement('canvas').getContext('2d')!;
          context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
          return [...select.options]
            .map((option) => ({ text: option.text, width: context.measureText(option.text).width }))
            .filter((option) => option.width > room)
            .map(
              (option) =>
                `${select.dataset['input']}: "${option.text}" needs ${Math.ceil(option.width)} px of ${room}`,
            );
        }),
      );
      expect(cut).toEqual([]);
      expect(
        await selects.first().evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.text),
      ).toBe('endpoint-independent');
    });
  }

  test('the moving packet never covers a label, frame after frame', async ({ guarded: page }) => {
    test.slow();
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    const sim = await preset(page, 'a=eim/apdf&b=apdm/apdf&run=1');
    const svg = sim.locator('svg[data-motion]');
    await expect(svg).toHaveAttribute('data-motion', 'animated');
    const forward = sim.locator('[data-action="step-forward"]');
    const seen: string[] = [];
    const overlaps: string[] = [];
    // Gathering, allocation, signaling across the picture, the first checks: each path in turn.
    for (let step = 0; step < 12; step += 1) {
      await forward.click();
      const frames = await svg.evaluate(
        (root) =>
          new Promise<{ dots: string[]; overlaps: string[] }>((resolve) => {
            const dots: string[] = [];
            const overlaps: string[] = [];
            const started = performance.now();
            const frame = () => {
              const dot = root.querySelector<SVGCircleElement>('circle[data-packet]');
              if (dot) {
                const d = dot.getBBox();
                dots.push(`${Math.round(d.x)},${Math.round(d.y)}`);
                for (const text of root.querySelectorAll<SVGTextElement>('text')) {
                  const t = text.getBBox();
                  const apart =
                    d.x + d.width <= t.x ||
                    t.x + t.width <= d.x ||
                    d.y + d.height <= t.y ||
                    t.y + t.height <= d.y;
                  if (!apart) overlaps.push(`"${text.textContent}" at ${dots.at(-1)}`);
                }
              }
              if (performance.now() - started < 1300) requestAnimationFrame(frame);
              else resolve({ dots, overlaps });
            };
            requestAnimationFrame(frame);
          }),
      );
      seen.push(...frames.dots);
      overlaps.push(...frames.overlaps);
    }
    // The dot was really drawn, in many places (so the check had something to see).
    expect(new Set(seen).size).toBeGreaterThan(40);
    expect(overlaps).toEqual([]);
  });

  test('the matrix has 81 cells from the simulator, and a cell loads its pair', async ({
    guarded: page,
  }) => {
    const sim = await open(page);
    const cells = sim.locator('[data-row="matrix-cell"]');
    await expect(cells).toHaveCount(81);
    const cell = sim.locator('[data-row="matrix-cell"][data-a="eim/eif"][data-b="apdm/apdf"]');
    await expect(cell).toHaveAttribute('data-outcome', 'direct');
    await expect(
      sim.locator('[data-row="matrix-cell"][data-a="apdm/apdf"][data-b="apdm/apdf"]'),
    ).toHaveAttribute('data-outcome', 'relay');
    await cell.locator('button').press('Enter');
    await expect(sim).toHaveAttribute('data-state', 'done');
    await expect(sim.locator('[data-input="a-filtering"]')).toHaveValue('eif');
    await expect(sim.locator('[data-input="b-mapping"]')).toHaveValue('apdm');
    await expectField(sim, 'outcome', 'direct');
    await expect(cell.locator('button')).toHaveAttribute('aria-current', 'true');
  });

  test('fits a 360 px wide screen, with the matrix scrolling inside itself', async ({
    guarded: page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    const sim = await preset(page, 'a=eim/apdf&b=apdm/apdf&run=1');
    await expectField(sim, 'outcome', 'relay');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(360);
    const scroller = sim.locator('.scroller');
    const sizes = await scroller.evaluate((el) => ({
      scroll: el.scrollWidth,
      client: el.clientWidth,
    }));
    expect(sizes.scroll).toBeGreaterThan(sizes.client);
  });

  test('with a run on screen, the lab has no WCAG 2.2 AA violation in either theme', async ({
    guarded: page,
  }) => {
    // axe over 81 matrix buttons and the packet list takes a while on a busy machine.
    test.slow();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const sim = await preset(page, 'a=eim/apdf&b=eim/apdf&run=1&step=15');
    await expect(sim.locator('[data-field="current-step"]')).toHaveAttribute(
      'data-fate',
      'dropped',
    );
    await expectNoAxeViolationsInBothThemes(page, ['[data-lab="nat-simulator"]']);
  });
});
