import { test, expect, expectNoAxeViolationsInBothThemes } from './fixtures';

// One page load: search opens from `/`, finds the section that explains certificate fingerprints,
// passes axe while open, closes on Escape with focus back, and Enter lands on that heading.
test('search opens with slash, finds the fingerprint section and lands on its heading', async ({
  guarded: page,
}) => {
  test.setTimeout(45_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/chapters/lifecycle/');
  const opener = page.getByRole('button', { name: 'Search' });
  await opener.focus();
  const dialog = page.getByRole('dialog', { name: 'Search the course' });
  const field = dialog.getByRole('combobox', { name: 'Search the course' });

  // Escape closes it and focus goes back to what had it.
  await page.keyboard.press('/');
  await expect(field).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();

  // `/` typed into a field is text, not the shortcut.
  await page.keyboard.press('/');
  await field.fill('fingerprint');
  const status = dialog.getByRole('status');
  await expect(status).toHaveText(/^\d+ results? for “fingerprint”/);
  await expect(field).toHaveValue('fingerprint');
  const options = dialog.getByRole('option');
  const section = options.filter({ hasText: 'Self-signed certificates, and why that is fine' });
  await expect(section).toHaveCount(1);
  await expect(section).toContainText('DTLS, SRTP and SCTP');
  await expect(section.locator('mark').first()).toHaveText(/fingerprint/i);
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await expect(field).toHaveAttribute(
    'aria-activedescendant',
    (await options.first().getAttribute('id'))!,
  );
  await expectNoAxeViolationsInBothThemes(page, ['#site-search']);

  // Arrow down to that section, Enter: the chapter opens at its heading.
  const index = await options.evaluateAll((items) =>
    items.findIndex((i) => i.textContent?.includes('Self-signed certificates, and why')),
  );
  for (let i = 0; i < index; i += 1) await page.keyboard.press('ArrowDown');
  await expect(section).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(
    /\/chapters\/security-and-transport\/#self-signed-certificates-and-why-that-is-fine$/,
  );
  await expect(page.locator('#self-signed-certificates-and-why-that-is-fine')).toBeInViewport();
});
