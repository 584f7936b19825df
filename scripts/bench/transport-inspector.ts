// The transport inspector's "connected after" against a bare script doing the same in the same
// page: two ECDSA certificates generated, two RTCPeerConnections with one each, trickle between
// them, one data channel, from the start until both are connected. Runs alternate so neither
// side always gets the warmer page; the first of each is discarded. Both sides close their
// previous pair just before they start, as the lab does on Reset and Run: Chromium tears a
// closed connection down on its network thread afterwards, and a side that closed its pair at
// its end would hand that work to the other side's timed window.
import { launchChromium } from '../site/launchChromium.ts';
import { alternatePairs, newBenchPage, openBenchLab } from './benchPage.ts';

/** What one side measured: every run's milliseconds. */
export interface TransportBench {
  lab: number[];
  bare: number[];
}

const ID = 'transport-inspector';

/** The bare script: the same connection the lab opens, with nothing read, recorded or shown. */
async function bareConnectedMs(): Promise<number> {
  const held = globalThis as { benchBarePair?: RTCPeerConnection[] };
  for (const pc of held.benchBarePair ?? []) pc.close();
  const start = performance.now();
  const algorithm = { name: 'ECDSA', namedCurve: 'P-256' };
  const [certA, certB] = await Promise.all([
    RTCPeerConnection.generateCertificate(algorithm),
    RTCPeerConnection.generateCertificate(algorithm),
  ]);
  const a = new RTCPeerConnection({ certificates: [certA] });
  const b = new RTCPeerConnection({ certificates: [certB] });
  a.onicecandidate = (e) => e.candidate && void b.addIceCandidate(e.candidate);
  b.onicecandidate = (e) => e.candidate && void a.addIceCandidate(e.candidate);
  a.createDataChannel('inspector');
  const connected = (pc: RTCPeerConnection) =>
    new Promise<void>((resolve) => {
      const check = () => pc.connectionState === 'connected' && resolve();
      pc.addEventListener('connectionstatechange', check);
      check();
    });
  const both = Promise.all([connected(a), connected(b)]);
  const offer = await a.createOffer();
  await a.setLocalDescription(offer);
  await b.setRemoteDescription(offer);
  const answer = await b.createAnswer();
  await b.setLocalDescription(answer);
  await a.setRemoteDescription(answer);
  await both;
  const ms = performance.now() - start;
  held.benchBarePair = [a, b];
  return ms;
}

/** Presses the lab's Run in the page and resolves with its "connected after" once it is done. */
function labRunMs(id: string): Promise<number> {
  const lab = document.querySelector<HTMLElement>(`[data-lab="${id}"]`)!;
  return new Promise((resolve, reject) => {
    const observer = new MutationObserver(() => {
      const state = lab.getAttribute('data-state');
      if (state !== 'done' && state !== 'error') return;
      observer.disconnect();
      const value = lab.querySelector('[data-field="connected-ms"]')?.getAttribute('data-value');
      if (state === 'done' && value) resolve(Number(value));
      else reject(new Error(`the transport inspector ended in ${state}`));
    });
    observer.observe(lab, { attributes: true, attributeFilter: ['data-state'] });
    lab.querySelector<HTMLButtonElement>('[data-action="run"]')!.click();
  });
}

/** Opens the built site at `baseUrl` and measures `runs` alternating pairs. */
export async function benchTransportInspector(
  baseUrl: string,
  runs: number,
): Promise<TransportBench> {
  const { browser } = await launchChromium();
  try {
    const page = await newBenchPage(browser);
    await openBenchLab(page, `${baseUrl}/chapters/security-and-transport/`, ID);
    const lab = page.locator(`[data-lab="${ID}"]`);
    const labOnce = async () => {
      await lab.locator('[data-action="reset"]').click();
      return page.evaluate(labRunMs, ID);
    };
    const bareOnce = () => page.evaluate(bareConnectedMs);
    return await alternatePairs(runs, labOnce, bareOnce);
  } finally {
    await browser.close();
  }
}
