import { test, expect, expectField, lab } from './fixtures';
import { builtPages } from './sitePages';
import { parseCsv } from '../../src/lib/instructors/csv.ts';
import { LAB_LINK_COLUMNS, type LabLink } from '../../src/lib/instructors/labLinks.ts';
import { LAB_IDS } from '../../src/components/labs/catalog.ts';

const HANDOUTS = builtPages().filter((path) => /^\/instructors\/(?!report\/)[^/]+\/$/.test(path));

test('the pack gives every chapter a plan, and a preset link opens its lab set up', async ({
  guarded: page,
}) => {
  await page.goto('/instructors/');
  const lessons = page.locator('[data-lesson]');
  await expect(lessons).toHaveCount(HANDOUTS.length);
  expect(HANDOUTS.length).toBeGreaterThanOrEqual(13);
  const nat = page.locator('[data-lesson="nat"]');
  await expect(nat).toContainText('About 35 min');
  await expect(nat.getByRole('link', { name: 'The connection lifecycle' })).toBeVisible();
  await expect(nat.locator('[data-exercise-check]')).toContainText('needs a relay');
  await expect(nat.getByRole('link', { name: 'Printable handout' })).toHaveAttribute(
    'href',
    '/instructors/nat/',
  );
  const topologies = page.locator('[data-lesson="topologies"]');
  await expect(topologies).toContainText('Counting a call’s connections and streams');
  await topologies
    .getByRole('link', { name: '?lab=topology-calculator&n=100', exact: true })
    .click();
  await expect(page).toHaveURL(
    /\/chapters\/topologies\/\?lab=topology-calculator&n=100#lab-topology-calculator$/,
  );
  await expectField(lab(page, 'topology-calculator'), 'mesh-connections', 4950);
});

test('the lab list as CSV and JSON: the same rows, every lab, every link opening its lab with its preset', async ({
  request,
}) => {
  const jsonResponse = await request.get('/instructors/labs.json');
  expect(jsonResponse.ok()).toBe(true);
  const { links } = (await jsonResponse.json()) as { links: LabLink[] };
  const csvResponse = await request.get('/instructors/labs.csv');
  expect(csvResponse.ok()).toBe(true);
  const [header, ...rows] = parseCsv(await csvResponse.text());
  expect(header).toEqual([...LAB_LINK_COLUMNS]);
  expect(rows).toHaveLength(links.length);
  expect(new Set(links.map((l) => l.lab))).toEqual(new Set(LAB_IDS));
  const pages = new Map<string, string>();
  for (const [i, link] of links.entries()) {
    const row = Object.fromEntries(LAB_LINK_COLUMNS.map((c, j) => [c, rows[i]?.[j]]));
    expect(row['url']).toBe(link.url);
    expect(row['lab_id']).toBe(link.lab);
    expect(Object.fromEntries(new URLSearchParams(row['params']))).toEqual(link.params);
    // An absolute path whose query names the lab, then exactly the preset's parameters.
    expect(link.url.startsWith('/')).toBe(true);
    const url = new URL(link.url, 'https://course.invalid');
    expect(url.hash).toBe(`#lab-${link.lab}`);
    const [first, ...rest] = [...url.searchParams];
    expect(first).toEqual(['lab', link.lab]);
    expect(Object.fromEntries(rest)).toEqual(link.params);
    for (const cell of rows[i] ?? [])
      expect(cell, 'no cell a spreadsheet takes for a formula').not.toMatch(/^[=+\-@]/);
    if (!pages.has(url.pathname)) {
      const response = await request.get(url.pathname);
      expect(response.status(), url.pathname).toBe(200);
      pages.set(url.pathname, await response.text());
    }
    const html = pages.get(url.pathname)!;
    expect(html, `${link.url}: the lab is on its page`).toContain(`data-lab="${link.lab}"`);
    expect(html, `${link.url}: its frame has the anchor`).toContain(`id="lab-${link.lab}"`);
  }
});

test('every chapter’s handout prints on one page, A4 and Letter alike', async ({
  guarded: page,
}) => {
  const pages: Record<string, number> = {};
  for (const path of HANDOUTS) {
    await page.goto(path);
    await expect(page.locator('[data-handout] h1')).toBeVisible();
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = (await page.pdf({ format })).toString('latin1');
      pages[`${path} ${format}`] = pdf.match(/\/Type\s*\/Page\b/g)?.length ?? 0;
    }
  }
  expect(Object.keys(pages)).toHaveLength(2 * HANDOUTS.length);
  expect(Object.entries(pages).filter(([, count]) => count !== 1)).toEqual([]);
});

test('the handout writes out the addresses of its labs and presets, without the answers', async ({
  guarded: page,
}) => {
  await page.goto('/instructors/nat/');
  const handout = page.locator('[data-handout="nat"]');
  await expect(handout).toContainText('/chapters/nat/?lab=nat-simulator#lab-nat-simulator');
  await expect(handout).toContainText('?lab=nat-simulator&a=eim/apdf&b=apdm/apdf&run=1');
  await expect(handout).toContainText('Before opening the simulator, predict');
  await expect(handout).not.toContainText('The first pair needs a relay');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
});

test('a chapter’s footer leads to the accessibility statement, which says what is tested, what is missing and how to report', async ({
  guarded: page,
}) => {
  await page.goto('/chapters/stun/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Accessibility' }).click();
  await expect(page).toHaveURL(/\/accessibility\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accessibility');
  for (const id of ['tested', 'known-gaps', 'report'])
    await expect(page.locator(`h2#${id}`)).toBeVisible();
});
