// The datachannel-modes lab's transfer throughput against a bare script in the same page moving
// the same bytes the same way: two RTCPeerConnections, one reliable ordered channel, 64 KiB
// messages (or the peer's limit), a pause past 8 MiB queued until bufferedamountlow (2 MiB),
// timed from the first send to the last byte received. Runs alternate; the first pair warms up.
import { launchChromium } from '../site/launchChromium.ts';
import { alternatePairs, newBenchPage, openBenchLab } from './benchPage.ts';

/** Every run's megabits per second, for the lab and for the bare script. */
export interface DatachannelBench {
  lab: number[];
  bare: number[];
  mib: number;
}

/** The bare script: the lab's transfer with nothing shown. Resolves with Mbit/s. */
async function bareMbps(totalBytes: number): Promise<number> {
  const a = new RTCPeerConnection();
  const b = new RTCPeerConnection();
  a.onicecandidate = (e) => e.candidate && void b.addIceCandidate(e.candidate);
  b.onicecandidate = (e) => e.candidate && void a.addIceCandidate(e.candidate);
  const channel = a.createDataChannel('transfer');
  const remote = new Promise<RTCDataChannel>((resolve) => {
    b.ondatachannel = (e) => resolve(e.channel);
  });
  const opened = new Promise((resolve) => (channel.onopen = resolve));
  const offer = await a.createOffer();
  await a.setLocalDescription(offer);
  await b.setRemoteDescription(offer);
  const answer = await b.createAnswer();
  await b.setLocalDescription(answer);
  await a.setRemoteDescription(answer);
  await opened;
  const receiver = await remote;
  receiver.binaryType = 'arraybuffer';
  const chunkBytes = Math.min(65_536, a.sctp?.maxMessageSize || 65_536, totalBytes);
  const chunk = new Uint8Array(chunkBytes);
  let received = 0;
  let lastAt = 0;
  const done = new Promise<void>((resolve) => {
    receiver.onmessage = (m) => {
      received += (m.data as ArrayBuffer).byteLength;
      lastAt = performance.now();
      if (received >= totalBytes) resolve();
    };
  });
  channel.bufferedAmountLowThreshold = 2 * 1024 * 1024;
  const start = performance.now();
  let sent = 0;
  // A property, not a named const: tsx would wrap a named function in a helper the page lacks.
  channel.onbufferedamountlow = () => {
    while (sent < totalBytes) {
      if (channel.bufferedAmount > 8 * 1024 * 1024) return;
      const n = Math.min(chunkBytes, totalBytes - sent);
      channel.send(n === chunkBytes ? chunk : chunk.subarray(0, n));
      sent += n;
    }
  };
  channel.dispatchEvent(new Event('bufferedamountlow'));
  await done;
  a.close();
  b.close();
  return (received * 8) / ((lastAt - start) * 1000);
}

/** Presses the lab's Run in the page and resolves with its throughput-mbps once it is done. */
function labMbps(): Promise<number> {
  const lab = document.querySelector<HTMLElement>('[data-lab="datachannel-modes"]')!;
  return new Promise((resolve, reject) => {
    const observer = new MutationObserver(() => {
      const state = lab.getAttribute('data-state');
      if (state !== 'done' && state !== 'error') return;
      observer.disconnect();
      const value = lab.querySelector('[data-field="throughput-mbps"]')?.getAttribute('data-value');
      if (state === 'done' && value) resolve(Number(value));
      else reject(new Error(`the datachannel-modes lab ended in ${state}`));
    });
    observer.observe(lab, { attributes: true, attributeFilter: ['data-state'] });
    lab.querySelector<HTMLButtonElement>('[data-action="run"]')!.click();
  });
}

/** Opens the built site at `baseUrl` and measures `runs` alternating pairs of `mib` MiB each. */
export async function benchDatachannel(
  baseUrl: string,
  runs: number,
  mib = 32,
): Promise<DatachannelBench> {
  const { browser } = await launchChromium();
  try {
    const page = await newBenchPage(browser);
    const url = `${baseUrl}/chapters/security-and-transport/?lab=datachannel-modes&size=${mib}`;
    await openBenchLab(page, url, 'datachannel-modes');
    const lab = page.locator('[data-lab="datachannel-modes"]');
    const total = mib * 1024 * 1024;
    const labOnce = async () => {
      await lab.locator('[data-action="reset"]').click();
      return page.evaluate(labMbps);
    };
    const bareOnce = () => page.evaluate(bareMbps, total);
    return { ...(await alternatePairs(runs, labOnce, bareOnce)), mib };
  } finally {
    await browser.close();
  }
}
