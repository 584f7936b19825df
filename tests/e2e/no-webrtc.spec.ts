import { test, expect, lab } from './fixtures';

const LABS = [
  ['/chapters/what-is-webrtc/', 'readiness'],
  ['/chapters/what-is-webrtc/', 'hello-loopback'],
  ['/chapters/lifecycle/', 'lifecycle-stepper'],
] as const;

test.describe('a browser without WebRTC', () => {
  for (const [path, id] of LABS) {
    test(`${id} explains that WebRTC is missing instead of breaking`, async ({ guarded: page }) => {
      await page.addInitScript(() => {
        // As in a browser where WebRTC is switched off by policy or an extension.
        for (const name of ['RTCPeerConnection', 'webkitRTCPeerConnection', 'RTCDataChannel']) {
          delete (window as unknown as Record<string, unknown>)[name];
        }
      });
      await page.goto(`${path}?lab=${id}`);
      const l = lab(page, id);
      await expect(l).toHaveAttribute('data-state', 'error');
      await expect(l.getByRole('alert')).toContainText('does not offer RTCPeerConnection');
      await expect(l.locator('[data-action="run"]')).toBeDisabled();
    });
  }
});
