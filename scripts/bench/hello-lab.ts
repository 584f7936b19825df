// The hello lab's "channel open after" against a bare script doing the same in the same page:
// two RTCPeerConnections, trickle between them, one data channel, from the start to `open`.
// Runs alternate so neither side always gets the warmer page; the first of each is discarded
// (certificate generation).
import { launchChromium } from '../site/launchChromium.ts';
import { alternatePairs, newBenchPage, openBenchLab } from './benchPage.ts';

/** What one side measured: every run's milliseconds. */
export interface HelloBench {
  lab: number[];
  bare: number[];
}

/** The bare script: the same connection the lab opens, with nothing recorded or rendered. */
function bareOpenMs(): Promise<number> {
  const start = performance.now();
  const a = new RTCPeerConnection();
  const b = new RTCPeerConnection();
  a.onicecandidate = (e) => e.candidate && void b.addIceCandidate(e.candidate);
  b.onicecandidate = (e) => e.candidate && void a.addIceCandidate(e.candidate);
  const channel = a.createDataChannel('hello');
  const opened = new Promise<number>((resolve) => {
    channel.onopen = () => resolve(performance.now() - start);
  });
  return (async () => {
    const offer = await a.createOffer();
    await a.setLocalDescription(offer);
    await b.setRemoteDescription(offer);
    const answer = await b.createAnswer();
    await b.setLocalDescription(answer);
    await a.setRemoteDescription(answer);
    const ms = await opened;
    a.close();
    b.close();
    return ms;
  })();
}

/** Presses the lab's Run in the page and resolves with its "open after" once it is done. */
function labRunMs(): Promise<number> {
  const lab = document.querySelector<HTMLElement>('[data-lab="hello-loopback"]')!;
  return new Promise((resolve, reject) => {
    const observer = new MutationObserver(() => {
      const state = lab.getAttribute('data-state');
      if (state !== 'done' && state !== 'error') return;
      observer.disconnect();
      const value = lab.querySelector('[data-field="open-ms"]')?.getAttribute('data-value');
      if (state === 'done' && value) resolve(Number(value));
      else reject(new Error(`the hello lab ended in ${state}`));
    });
    observer.observe(lab, { attributes: true, attributeFilter: ['data-state'] });
    lab.querySelector<HTMLButtonElement>('[data-action="run"]')!.click();
  });
}

/** Opens the built site at `baseUrl` and measures `runs` alternating pairs. */
export async function benchHelloLab(baseUrl: string, runs: number): Promise<HelloBench> {
  const { browser } = await launchChromium();
  try {
    const page = await newBenchPage(browser);
    await openBenchLab(page, `${baseUrl}/chapters/what-is-webrtc/`, 'hello-loopback');
    const lab = page.locator('[data-lab="hello-loopback"]');
    // The run is started and awaited inside the page, as the bare script is: polling from the
    // test (every animation frame) would make the page draw frames while the lab's clock runs.
    const labOnce = async () => {
      await lab.locator('[data-action="reset"]').click();
      return page.evaluate(labRunMs);
    };
    const bareOnce = () => page.evaluate(bareOpenMs);
    return await alternatePairs(runs, labOnce, bareOnce);
  } finally {
    await browser.close();
  }
}
