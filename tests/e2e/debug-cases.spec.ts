import { DEBUG_CASES } from '../../src/lib/debug-cases/cases';
import { test, expect, expectField, expectNoAxeViolationsInBothThemes, openLab } from './fixtures';

const CHAPTER = '/chapters/in-production/';

test('every debug case is solved with the keyboard: evidence, a wrong answer judged wrong, then the right diagnosis and fix', async ({
  guarded: page,
}) => {
  test.setTimeout(60_000);
  const lab = await openLab(page, CHAPTER, 'debug-cases');
  const run = lab.locator('[data-action="run"]');
  await run.focus();
  await page.keyboard.press('Enter');
  await expect(lab).toHaveAttribute('data-state', 'done');
  await expect(run).toBeFocused();

  await test.step('Check with no answer picked says so next to the button', async () => {
    const check = lab.locator('[data-action="check-diagnosis"]');
    await check.focus();
    await page.keyboard.press('Enter');
    const alert = lab.getByRole('alert');
    await expect(alert).toHaveText('Pick one of the diagnoses first.');
    expect(await check.evaluate((b) => b.nextElementSibling?.getAttribute('role'))).toBe('alert');
    await expect(check).toBeFocused();
  });

  /** Picks the answer `id` of `step` with Space on its radio, then Tab to Check and Enter. */
  const answer = async (step: 'diagnosis' | 'fix', id: string) => {
    await lab.locator(`[data-input="${step}"][value="${id}"]`).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await expect(lab.locator(`[data-action="check-${step}"]`)).toBeFocused();
    await page.keyboard.press('Enter');
  };

  for (const [index, debugCase] of DEBUG_CASES.entries()) {
    await test.step(`case ${index + 1}: ${debugCase.title}`, async () => {
      if (index > 0) {
        await lab.locator('[data-input="case"]').focus();
        await page.keyboard.press('ArrowDown');
      }
      await expectField(lab, 'case', debugCase.id);
      if (index > 0) await expect(lab).toHaveAttribute('data-state', 'done');
      await expect(lab.locator('[data-field="browser"]')).toContainText('Chromium');
      // The evidence marks the lines and rows that tell the case.
      expect(await lab.locator('[data-mark]:not([data-mark=""])').count()).toBeGreaterThan(0);

      const wrong = debugCase.diagnosis.choices.find((c) => c.id !== debugCase.diagnosis.answer)!;
      await answer('diagnosis', wrong.id);
      await expectField(lab, 'diagnosis-verdict', 'wrong');
      await expect(lab).toHaveAttribute('data-state', 'done');
      await expect(lab.getByRole('alert')).toHaveText('');
      const verdict = lab.locator('[data-field="diagnosis-verdict"]');
      await expect(verdict).toContainText('Not this one.');
      await expect(verdict).toContainText(wrong.why);
      await expect(lab.locator('[data-question="fix"]')).toHaveCount(0);

      const right = debugCase.diagnosis.choices.find((c) => c.id === debugCase.diagnosis.answer)!;
      await answer('diagnosis', right.id);
      await expectField(lab, 'diagnosis-verdict', 'right');
      await expect(verdict).toContainText(right.why.replace(/^Right\.\s*/, ''));
      await expect(lab.locator('[data-field="symptom"]')).not.toBeEmpty();
      await expect(verdict.getByRole('link', { name: debugCase.section.title })).toHaveAttribute(
        'href',
        `#${debugCase.section.id}`,
      );
      await expect(page.locator(`[id="${debugCase.section.id}"]`)).toHaveCount(1);

      await answer('fix', debugCase.fix.answer);
      await expectField(lab, 'fix-verdict', 'right');
      await expectField(lab, 'solved-count', index + 1);
      await expect(lab.getByRole('status')).toContainText(`Case solved (${index + 1} of 6)`);
    });
  }

  await test.step('the lab with a solved case passes axe in both themes', async () => {
    await expectNoAxeViolationsInBothThemes(page, ['[data-lab="debug-cases"]']);
  });
});
