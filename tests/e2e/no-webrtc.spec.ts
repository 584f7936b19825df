import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LAB_CATALOG } from '../../src/components/labs/catalog.ts';
import { test, expect, lab, openPeerConnections, runLab, expectField } from './fixtures';
import type { Page } from '@playwright/test';

/** Labs whose view passes `needsWebRtc={false}` to LabFrame: they must work without WebRTC. */
const WITHOUT_WEBRTC = new Set([
  'debug-cases',
  'nat-simulator',
  'sdp-explain',
  'stun-workbench',
  'topology-calculator',
]);

/** Pages that embed a lab outside the chapters. */
const TOOL_PAGES: Record<string, string> = { 'sdp-explain': '/tools/sdp/' };

/** Labs that exist but whose only chapter is still planned (not built): they have no page yet. */
const WAITING = new Set<string>();

/** The page of each lab: the published chapter whose frontmatter lists it (content/chapters/*.mdx). */
function labPages(): Map<string, string> {
  const folder = resolve(import.meta.dirname, '../../content/chapters');
  const pages = new Map(Object.entries(TOOL_PAGES));
  for (const name of readdirSync(folder).filter((n) => n.endsWith('.mdx'))) {
    const text = readFileSync(resolve(folder, name), 'utf8');
    const slug = /^slug:\s*(\S+)\s*$/m.exec(text)?.[1];
    const labs = /^labs:\s*\[([^\]]*)\]/m.exec(text)?.[1] ?? '';
    const planned = /^status:\s*planned/m.test(text);
    for (const id of labs.split(',').map((l) => l.trim())) {
      if (planned && id in LAB_CATALOG) WAITING.add(id);
      else if (slug && id in LAB_CATALOG && !pages.has(id)) pages.set(id, `/chapters/${slug}/`);
    }
  }
  for (const id of pages.keys()) WAITING.delete(id);
  return pages;
}

const PAGES = labPages();
const NEEDS_WEBRTC = Object.keys(LAB_CATALOG).filter(
  (id) => !WITHOUT_WEBRTC.has(id) && !WAITING.has(id),
);

/** The labs `ids` grouped by the page that embeds them, in course order. */
function labsByPage(ids: string[]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const id of ids) groups.set(pageOf(id), [...(groups.get(pageOf(id)) ?? []), id]);
  return groups;
}

/** Removes the WebRTC API before any script of the page runs. */
async function withoutWebRtc(page: Page): Promise<void> {
  await page.addInitScript(() => {
    // As in a browser where WebRTC is switched off by policy or an extension.
    for (const name of ['RTCPeerConnection', 'webkitRTCPeerConnection', 'RTCDataChannel']) {
      delete (window as unknown as Record<string, unknown>)[name];
    }
  });
}

/** The page that embeds lab `id`. */
function pageOf(id: string): string {
  const path = PAGES.get(id);
  if (!path) throw new Error(`no chapter or tool page embeds the lab ${id}`);
  return path;
}

test.describe('a browser without WebRTC', () => {
  test('every lab of the catalog is on a page, and each is tested below', () => {
    expect(Object.keys(LAB_CATALOG).filter((id) => !PAGES.has(id) && !WAITING.has(id))).toEqual([]);
    expect([...WITHOUT_WEBRTC].filter((id) => !(id in LAB_CATALOG))).toEqual([]);
    expect(NEEDS_WEBRTC.length).toBeGreaterThanOrEqual(8);
  });

  // One page load for all the labs a page embeds (the SDP chapter has three).
  for (const [path, ids] of labsByPage(NEEDS_WEBRTC)) {
    test(`${ids.join(', ')} on ${path} explain that WebRTC is missing instead of breaking`, async ({
      guarded: page,
    }) => {
      await withoutWebRtc(page);
      await page.goto(path);
      for (const id of ids) {
        const l = lab(page, id);
        await l.scrollIntoViewIfNeeded();
        await expect(l).toHaveAttribute('data-state', 'error');
        await expect(l.getByRole('alert')).toContainText('does not offer RTCPeerConnection');
        await expect(l.locator('[data-action="run"]')).toBeDisabled();
      }
      expect(await openPeerConnections(page)).toBe(0);
    });
  }

  test('nat-simulator still simulates: it needs no WebRTC', async ({ guarded: page }) => {
    await withoutWebRtc(page);
    const sim = await runLab(page, pageOf('nat-simulator'), 'nat-simulator', {
      a: 'eim/apdf',
      b: 'apdm/apdf',
      run: '1',
    });
    await expect(sim).toHaveAttribute('data-state', 'done');
    await expectField(sim, 'outcome', 'relay');
    await expect(sim.getByRole('alert')).toHaveText('');
  });

  test('topology-calculator still counts: it needs no WebRTC', async ({ guarded: page }) => {
    await withoutWebRtc(page);
    const calc = await runLab(page, pageOf('topology-calculator'), 'topology-calculator', {
      n: '100',
      run: '1',
    });
    await expect(calc).toHaveAttribute('data-state', 'done');
    await expectField(calc, 'mesh-connections', 4950);
    await expect(calc.getByRole('alert')).toHaveText('');
  });

  test('sdp-explain still explains a pasted SDP: it needs no WebRTC', async ({ guarded: page }) => {
    await withoutWebRtc(page);
    const sdp = 'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n';
    const tool = await runLab(page, pageOf('sdp-explain'), 'sdp-explain', { sdp, run: '1' });
    await expect(tool).toHaveAttribute('data-state', 'done');
    await expect(tool.locator('[data-row="sdp-line"]')).toHaveCount(4);
    await expectField(tool, 'unknown-lines', 0);
    await expect(tool.getByRole('alert')).toHaveText('');
  });

  test('stun-workbench still decodes and builds; only its live gathering explains the gap', async ({
    guarded: page,
  }) => {
    await withoutWebRtc(page);
    const wb = await runLab(page, pageOf('stun-workbench'), 'stun-workbench', {
      example: '2.2',
      run: '1',
    });
    await expect(wb).toHaveAttribute('data-state', 'done');
    await expectField(wb, 'xor-mapped-address', '192.0.2.1:32853');
    await expectField(wb, 'integrity-valid', true);
    await wb.getByRole('tab', { name: 'Build' }).click();
    await wb.locator('[data-input="build-fingerprint"]').check();
    await expectField(wb, 'built-length', 28);
    // A well-formed server URL passes the parser; then the missing API is explained.
    await wb.getByRole('tab', { name: 'Ask a server' }).click();
    await wb.locator('[data-input="stun-url"]').fill('stun:127.0.0.1:3478');
    await wb.locator('[data-action="gather"]').click();
    await expect(wb).toHaveAttribute('data-state', 'error');
    await expect(wb.getByRole('alert')).toContainText('does not offer RTCPeerConnection');
    expect(await openPeerConnections(page)).toBe(0);
  });
});
