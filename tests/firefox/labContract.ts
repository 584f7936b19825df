import type { ElementHandle, Page } from 'puppeteer-core';
import { BASE_URL } from './firefoxPath';

/** How long a lab may take to hydrate and finish a run on a loaded machine. */
export const PATIENT = 30_000;

const labSelector = (id: string) => `[data-lab="${id}"]`;

/** Waits until lab `id` has hydrated: its island lost `ssr` and its run button is usable. */
export async function hydrated(page: Page, id: string): Promise<void> {
  await page.waitForFunction(
    (selector) => {
      const root = document.querySelector(selector);
      if (!root) return false;
      root.scrollIntoView({ block: 'center' });
      let island = root.closest('astro-island');
      while (island?.parentElement?.closest('astro-island')) {
        island = island.parentElement.closest('astro-island');
      }
      const run = root.querySelector<HTMLButtonElement>('[data-action="run"]');
      // Lab buttons stay focusable while unavailable: aria-disabled, not the disabled attribute.
      const usable = !run || (!run.disabled && run.getAttribute('aria-disabled') !== 'true');
      return island?.hasAttribute('ssr') === false && usable;
    },
    { timeout: PATIENT, polling: 100 },
    labSelector(id),
  );
}

/** Opens `path` (plus `?lab=<id>&<preset>` when a preset is given) and waits for hydration. */
export async function openLab(
  page: Page,
  path: string,
  id: string,
  preset?: Record<string, string>,
): Promise<void> {
  const query = preset ? `?${new URLSearchParams({ lab: id, ...preset })}` : '';
  await page.goto(`${BASE_URL}${path}${query}`, { waitUntil: 'load' });
  await hydrated(page, id);
}

/** Waits until the lab's data-state matches `state` (a RegExp source); returns the state. */
export async function stateOf(page: Page, id: string, state = '^(done|error)$'): Promise<string> {
  const handle = await page.waitForFunction(
    (selector, pattern) => {
      const value = document.querySelector(selector)?.getAttribute('data-state') ?? '';
      return new RegExp(pattern).test(value) ? value : false;
    },
    { timeout: PATIENT, polling: 100 },
    labSelector(id),
    state,
  );
  return (await handle.jsonValue()) as string;
}

/** Opens the lab at a preset with run=1 and waits until the run ends; returns done or error. */
export async function runPreset(
  page: Page,
  path: string,
  id: string,
  preset: Record<string, string> = {},
): Promise<string> {
  await openLab(page, path, id, { ...preset, run: '1' });
  return stateOf(page, id);
}

/** The element matching `selector` inside lab `id` (throws when there is none). */
export async function inLab(page: Page, id: string, selector: string): Promise<ElementHandle> {
  const handle = await page.$(`${labSelector(id)} ${selector}`);
  if (!handle) throw new Error(`no ${selector} in lab ${id}`);
  return handle as ElementHandle;
}

/** Clicks the lab's `[data-action=name]` button. */
export async function act(page: Page, id: string, name: string): Promise<void> {
  const button = await inLab(page, id, `[data-action="${name}"]`);
  // A DOM click, as the keyboard or a pointer would give: BiDi pointer actions on a loaded
  // machine sometimes land before a scroll has settled.
  await button.evaluate((el) => {
    el.scrollIntoView({ block: 'center' });
    (el as HTMLElement).click();
  });
}

/** Sets the lab's `[data-input=name]` control to `value` as typing or choosing would. */
export async function input(page: Page, id: string, name: string, value: string | boolean) {
  const control = await inLab(page, id, `[data-input="${name}"]`);
  await control.evaluate((el, v) => {
    const field = el as HTMLInputElement;
    if (typeof v === 'boolean') field.checked = v;
    else field.value = v;
    field.dispatchEvent(new Event('input', { bubbles: true }));
    field.dispatchEvent(new Event('change', { bubbles: true }));
  }, value);
}

/** The `data-value` of the lab's `[data-field=name]`, or null when there is none. */
export function field(page: Page, id: string, name: string): Promise<string | null> {
  return page.evaluate(
    (selector) => document.querySelector(selector)?.getAttribute('data-value') ?? null,
    `${labSelector(id)} [data-field="${name}"]`,
  );
}

/** Waits until `[data-field=name]` has a data-value matching `expected`; returns it. */
export async function fieldBecomes(
  page: Page,
  id: string,
  name: string,
  expected: RegExp | string,
): Promise<string> {
  const pattern = expected instanceof RegExp ? expected.source : `^${escape(expected)}$`;
  try {
    const handle = await page.waitForFunction(
      (selector, source) => {
        const value = document.querySelector(selector)?.getAttribute('data-value');
        return value != null && new RegExp(source).test(value) ? value : false;
      },
      { timeout: PATIENT, polling: 100 },
      `${labSelector(id)} [data-field="${name}"]`,
      pattern,
    );
    return (await handle.jsonValue()) as string;
  } catch {
    throw new Error(`${id} ${name} is ${await field(page, id, name)}, expected ${pattern}`);
  }
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The visible text of the lab's first element matching `selector` ('' when there is none). */
export function text(page: Page, id: string, selector: string): Promise<string> {
  return page.evaluate(
    (s) => (document.querySelector(s) as HTMLElement | null)?.innerText ?? '',
    `${labSelector(id)} ${selector}`,
  );
}

/** The dataset of every `[data-row=name]` in the lab, in document order. */
export function rows(page: Page, id: string, name: string): Promise<Record<string, string>[]> {
  return page.evaluate(
    (s) =>
      [...document.querySelectorAll<HTMLElement>(s)].map(
        (el) => ({ ...el.dataset }) as Record<string, string>,
      ),
    `${labSelector(id)} [data-row="${name}"]`,
  );
}

/** The lab's alert text (role=alert), '' when it is empty. */
export const alertText = (page: Page, id: string) => text(page, id, '[role="alert"]');

/** How many RTCPeerConnections the page's labs hold open. */
export function openPeerConnections(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      (
        window as { webrtcCourse?: { openPeerConnections(): number } }
      ).webrtcCourse?.openPeerConnections() ?? 0,
  );
}

/** Waits until the lab holds `count` elements matching `selector` (views that load lazily). */
export async function countBecomes(page: Page, id: string, selector: string, count: number) {
  await page.waitForFunction(
    (s, n) => document.querySelectorAll(s).length === n,
    { timeout: PATIENT, polling: 100 },
    `${labSelector(id)} ${selector}`,
    count,
  );
}
