// Two real Chromium peers, one inside each peer namespace (Playwright over its pipe, with a
// wrapper executable that runs /usr/bin/chromium under `ip netns exec`). The driving process
// carries the offer and answer between them and polls getStats for the selected pair.
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type {
  RealCandidateType,
  RealNatCase,
  RealSelectedPair,
} from '../../src/lib/nat/real-nat-run.ts';
import { realOutcome } from '../../src/lib/nat/natlab-compare.ts';
import { PAGE_CODE } from './page-code.ts';

const FLAGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-features=WebRtcHideLocalIpsWithMdns',
];

/** How long a case may take to connect before it counts as failed. */
const CONNECT_LIMIT_MS = 12_000;
/** How long after connecting the data must still flow both ways. */
const DATA_CHECK_AFTER_MS = 3_000;
/**
 * A relay pair is final once no direct pair is still being checked, or this long after
 * connecting (Chromium leaves hopeless direct pairs "in-progress" in getStats for many seconds;
 * in every direct case the direct pair was already selected when the state became connected).
 */
const SETTLE_LIMIT_MS = 4_000;
/** A side counts as receiving when its last message is at most this old. */
const FRESH_MS = 500;

/** One page's read-out (see page-code.ts). */
interface PageStatus {
  state: RTCPeerConnectionState;
  sinceConnected: number | undefined;
  sinceReceived: number | undefined;
  received: number;
  selected: (RealSelectedPair & { localAddress: string; remoteAddress: string }) | undefined;
  pairs: { state: string; local: RealCandidateType; remote: RealCandidateType }[];
}

/** Launches Chromium inside the namespace `ns`; `dir` holds the wrapper script. */
export async function launchIn(ns: string, dir: string): Promise<Browser> {
  const wrapper = join(dir, `chromium-${ns}.sh`);
  writeFileSync(wrapper, `#!/bin/sh\nexec ip netns exec ${ns} /usr/bin/chromium "$@"\n`);
  chmodSync(wrapper, 0o755);
  return chromium.launch({ executablePath: wrapper, args: FLAGS });
}

const isRelay = (pair: RealSelectedPair | undefined) =>
  pair?.local === 'relay' || pair?.remote === 'relay';
const stillChecking = (status: PageStatus) =>
  status.pairs.some(
    (p) =>
      p.local !== 'relay' &&
      p.remote !== 'relay' &&
      ['waiting', 'in-progress', 'frozen'].includes(p.state),
  );

function settled(a: PageStatus, b: PageStatus): boolean {
  if (!a.selected || !b.selected) return false;
  if (!isRelay(a.selected) && !isRelay(b.selected)) return true;
  return !stillChecking(a) || (a.sinceConnected ?? 0) > SETTLE_LIMIT_MS;
}

const status = (page: Page) => page.evaluate('natlab.status()') as Promise<PageStatus>;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const strip = (s: PageStatus['selected']): RealSelectedPair | undefined =>
  s && { local: s.local, remote: s.remote };

/** What one case did, plus the selected addresses for the log. */
export type PeerResult = RealNatCase['real'] & { detail: string };

/** Connects a fresh page of each browser through the NATs and reads what happened. */
export async function connectPeers(
  browsers: [Browser, Browser],
  iceServers: RTCIceServer[],
): Promise<PeerResult> {
  const pages = await Promise.all(browsers.map((b) => b.newPage()));
  const [pa, pb] = pages as [Page, Page];
  try {
    await Promise.all(pages.map((p) => p.evaluate(PAGE_CODE)));
    const servers = JSON.stringify(iceServers);
    const started = Date.now();
    const offer = (await pa.evaluate(`natlab.offer(${servers})`)) as string;
    const answer = (await pb.evaluate(
      `natlab.answer(${servers}, ${JSON.stringify(offer)})`,
    )) as string;
    await pa.evaluate(`natlab.accept(${JSON.stringify(answer)})`);
    let connectMs: number | undefined;
    for (;;) {
      const [a, b] = await Promise.all([status(pa), status(pb)]);
      if (connectMs === undefined && a.state === 'connected') connectMs = Date.now() - started;
      const waited = Date.now() - started;
      const failed = a.state === 'failed' || (connectMs === undefined && waited > CONNECT_LIMIT_MS);
      const done =
        connectMs !== undefined &&
        settled(a, b) &&
        Math.min(a.sinceConnected ?? 0, b.sinceConnected ?? 0) >= DATA_CHECK_AFTER_MS;
      if (failed || done) {
        const fresh = (s: PageStatus) =>
          s.sinceReceived !== undefined && s.sinceReceived < FRESH_MS;
        const selectedA = strip(a.selected);
        const selectedB = strip(b.selected);
        return {
          outcome: realOutcome(!failed, selectedA, selectedB),
          selectedA,
          selectedB,
          connectMs,
          dataFlowing: !failed && fresh(a) && fresh(b),
          detail: `A ${a.selected?.localAddress} -> ${a.selected?.remoteAddress}, B ${b.selected?.localAddress} -> ${b.selected?.remoteAddress}, received ${a.received}/${b.received}, last ${Math.round(a.sinceReceived ?? -1)}/${Math.round(b.sinceReceived ?? -1)} ms ago`,
        };
      }
      await pause(100);
    }
  } finally {
    await Promise.all(pages.map((p) => p.evaluate('natlab.close()').catch(() => {})));
    await Promise.all(pages.map((p) => p.close().catch(() => {})));
  }
}
