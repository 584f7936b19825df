import type { Locator, Page } from '@playwright/test';
import { solve, type Answers } from './exerciseAnswers';
import { expect, expectNoAxeViolationsInBothThemes, openPeerConnections, test } from './fixtures';

/** The values an exercise shows, by data-given name. */
async function givens(root: Locator): Promise<Record<string, string>> {
  return root
    .locator('[data-given]')
    .evaluateAll((els) =>
      Object.fromEntries(
        els.map((e) => [e.getAttribute('data-given'), e.textContent?.trim() ?? '']),
      ),
    );
}

/** Types answers field by field with the keyboard (Tab between fields), then Enter to check. */
async function answerByKeyboard(page: Page, root: Locator, answers: Answers): Promise<void> {
  const inputs = root.locator('[data-input]');
  await inputs.first().focus();
  const count = await inputs.count();
  for (let i = 0; i < count; i++) {
    const name = (await inputs.nth(i).getAttribute('data-input')) ?? '';
    await expect(inputs.nth(i)).toBeFocused();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(answers[name] ?? '');
    if (i < count - 1) await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
}

/** A wrong answer, a right one, then a new problem: all from the keyboard, focus kept. */
async function exercise(page: Page, kind: string): Promise<void> {
  const root = page.locator(`[data-exercise="${kind}"]`);
  await root.scrollIntoViewIfNeeded();
  await expect(root.locator('[data-input]').first()).toBeVisible();
  const shown = await givens(root);
  const right = await solve(kind, shown);
  const [first] = Object.keys(right);
  // The first field off by one (or one hex digit changed): wrong, solution shown.
  const near = right[first!]!.replace(/.$/, (c) => (c === '1' ? '2' : '1'));
  await answerByKeyboard(page, root, { ...right, [first!]: near });
  await expect(root).toHaveAttribute('data-verdict', 'wrong');
  await expect(root.getByRole('status')).toContainText('Not yet');
  await expect(root.locator(`[data-input="${first}"]`)).toHaveAttribute('aria-invalid', 'true');
  await expect(root.getByText('Worked solution')).toBeVisible();
  // The right answer, typed over the wrong one: right, and focus stays where the learner was.
  await answerByKeyboard(page, root, right);
  await expect(root, JSON.stringify({ shown, right })).toHaveAttribute('data-verdict', 'right');
  await expect(root.getByRole('status')).toContainText('Right');
  await expect(root.locator('[data-input]').last()).toBeFocused();
  // Tab to Check, Tab to New problem, Enter: a fresh instance, nothing typed, focus on the button.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const next = root.locator('[data-action="new-problem"]');
  await expect(next).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(root).not.toHaveAttribute('data-verdict');
  await expect(root.locator('[data-input]').first()).toHaveValue('');
  await expect(next).toBeFocused();
  expect(await givens(root)).not.toEqual(shown);
}

/** The attempts the progress store kept, by id. */
function recordedIds(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Object.keys(JSON.parse(localStorage.getItem('webrtc-course-progress') ?? '{}').attempts ?? {}),
  );
}

const CHAPTERS = [
  { slug: 'stun', kinds: ['xor-mapped-address'] },
  { slug: 'turn', kinds: ['long-term-key', 'message-integrity'] },
  { slug: 'ice', kinds: ['candidate-priority', 'priority-decode', 'pair-priority'] },
  { slug: 'topologies', kinds: ['topology-counts'] },
];

for (const { slug, kinds } of CHAPTERS) {
  test(`the ${slug} chapter's exercises accept the computed answer and reject a near miss, by keyboard`, async ({
    guarded: page,
  }) => {
    await page.goto(`/chapters/${slug}/`);
    for (const kind of kinds) await exercise(page, kind);
    expect(await recordedIds(page)).toEqual(
      expect.arrayContaining(kinds.map((k) => `${slug}/${k}`)),
    );
    // Back to the top: the sticky header would otherwise cover a field the keyboard scrolled to,
    // which axe counts as a target too small to hit.
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
    await expectNoAxeViolationsInBothThemes(page, ['[data-exercise]']);
  });
}

test("the priority exercise decodes a candidate the learner's own browser gathered, or says why not", async ({
  guarded: page,
}) => {
  await page.goto('/chapters/ice/');
  const root = page.locator('[data-exercise="priority-decode"]');
  await root.scrollIntoViewIfNeeded();
  await expect(root.locator('[data-input]').first()).toBeVisible();
  const own = root.locator('[data-action="use-own-candidate"]');
  await own.focus();
  await page.keyboard.press('Enter');
  await expect(root.locator('[data-field="source-note"]')).toBeVisible();
  const note = (await root.locator('[data-field="source-note"]').textContent()) ?? '';
  if ((await root.getAttribute('data-source')) === 'live') {
    expect(note).toContain('From your browser');
    const line = (await givens(root))['candidate'] ?? '';
    expect(line).toMatch(/^candidate:\S+ \d+ \w+ (\d+) .* typ host/);
    expect(Number((await givens(root))['priority'])).toBe(Number(line.split(' ')[3]));
  } else {
    expect(note).toContain('gathered no candidate');
  }
  await answerByKeyboard(page, root, await solve('priority-decode', await givens(root)));
  await expect(root).toHaveAttribute('data-verdict', 'right');
  await expect(own).toBeVisible();
  expect(await openPeerConnections(page)).toBe(0);
});
