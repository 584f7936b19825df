import type { Page } from '@playwright/test';
import { startImpairmentProxy } from '../../scripts/impairment/proxy.ts';
import { NO_IMPAIRMENT } from '../../scripts/impairment/conditions.ts';
import { expect, test } from './impaired-turn-fixture';

// A worker option: set at the top of the file (Playwright refuses it inside a describe).
test.use({ impairment: { lossPercent: 5, seed: 7 } });

/** What the page measured over a relay-only data channel between two of its own peers. */
interface RelayedTransfer {
  sent: number;
  received: number;
  /** From the first send to the last arrival, in ms. */
  elapsedMs: number;
  localType: string | undefined;
  remoteType: string | undefined;
}

/**
 * Connects two relay-only peers in the page through `server`, sends `count` messages of `size`
 * bytes on a negotiated channel (no DCEP open message to lose) and counts what arrives. Unreliable
 * means unordered and never retransmitted, paced at one message per 5 ms; reliable means ordered,
 * as fast as the channel's buffer allows.
 */
function relayedTransfer(
  page: Page,
  server: { urls: string; username: string; credential: string },
  reliable: boolean,
  count: number,
  size: number,
): Promise<RelayedTransfer> {
  return page.evaluate(
    async ({ iceServer, reliable, count, size }) => {
      const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
      const config: RTCConfiguration = { iceServers: [iceServer], iceTransportPolicy: 'relay' };
      const a = new RTCPeerConnection(config);
      const b = new RTCPeerConnection(config);
      try {
        a.onicecandidate = (e) => void (e.candidate && b.addIceCandidate(e.candidate));
        b.onicecandidate = (e) => void (e.candidate && a.addIceCandidate(e.candidate));
        const options: RTCDataChannelInit = reliable
          ? { negotiated: true, id: 0 }
          : { negotiated: true, id: 0, ordered: false, maxRetransmits: 0 };
        const out = a.createDataChannel('impaired', options);
        const into = b.createDataChannel('impaired', options);
        let received = 0;
        let lastArrival = 0;
        into.onmessage = () => {
          received += 1;
          lastArrival = performance.now();
        };
        await a.setLocalDescription();
        await b.setRemoteDescription(a.localDescription!);
        await b.setLocalDescription();
        await a.setRemoteDescription(b.localDescription!);
        await new Promise((resolve, reject) => {
          out.onopen = resolve;
          setTimeout(
            () => reject(new Error(`no open channel: ICE ${a.iceConnectionState}`)),
            20_000,
          );
        });
        const payload = new Uint8Array(size);
        out.bufferedAmountLowThreshold = 64 * 1024;
        const started = performance.now();
        for (let i = 0; i < count; i += 1) {
          out.send(payload);
          if (!reliable) await sleep(5);
          if (reliable && out.bufferedAmount > 256 * 1024)
            await new Promise((resolve) => (out.onbufferedamountlow = resolve));
        }
        // Arrivals have ended once a few round trips pass without a new message.
        let last = -1;
        while (last !== received && received < count) {
          last = received;
          await sleep(reliable ? 50 : 300);
        }
        while (reliable && received < count) await sleep(50);
        const stats = [...(await a.getStats()).values()];
        const transport = stats.find((s) => s.type === 'transport');
        const pair = stats.find((s) => s.id === transport?.selectedCandidatePairId);
        const candidate = (id: string | undefined) => stats.find((s) => s.id === id)?.candidateType;
        return {
          sent: count,
          received,
          elapsedMs: lastArrival - started,
          localType: candidate(pair?.localCandidateId),
          remoteType: candidate(pair?.remoteCandidateId),
        };
      } finally {
        a.close();
        b.close();
      }
    },
    { iceServer: server, reliable, count, size },
  );
}

test.describe('the impairment proxy in front of coturn, in Chromium', () => {
  test.setTimeout(45_000);

  test('drops about 5% of a relayed connection’s packets each way, and unreliable messages with them', async ({
    guarded: page,
    impairedTurn,
  }) => {
    await page.goto('/');
    const { url: urls, username, credential } = impairedTurn;
    // 800-byte messages, so that two never share one SCTP packet.
    const result = await relayedTransfer(page, { urls, username, credential }, false, 300, 800);
    expect(result.localType).toBe('relay');
    expect(result.remoteType).toBe('relay');
    const { up, down, clientsSeen } = impairedTurn.proxy.stats();
    // Two peers, each with its own socket through the proxy, and about 5% lost each way.
    expect(clientsSeen).toBeGreaterThanOrEqual(2);
    for (const direction of [up, down]) {
      expect(direction.lost / direction.packetsIn).toBeGreaterThan(0.02);
      expect(direction.lost / direction.packetsIn).toBeLessThan(0.09);
    }
    // Each message crosses the proxy twice (up from A, down to B); SCTP's partial reliability
    // may abandon a few more.
    const share = result.received / result.sent;
    const lost = {
      up: up.lost / up.packetsIn,
      down: down.lost / down.packetsIn,
      messages: 1 - share,
    };
    test.info().annotations.push({ type: 'measured loss', description: JSON.stringify(lost) });
    expect(share).toBeGreaterThan(0.6);
    expect(share).toBeLessThan(0.97);
  });

  test('holds a reliable relayed transfer to the 800 kbit/s rate cap', async ({
    guarded: page,
    turnServer,
  }) => {
    const { address, port, username, password } = turnServer.settings;
    const conditions = { ...NO_IMPAIRMENT, rateBitsPerSecond: 800_000 };
    const proxy = await startImpairmentProxy({ conditions, upstream: { address, port } });
    try {
      await page.goto('/');
      const urls = `turn:${proxy.address}:${proxy.port}?transport=udp`;
      const server = { urls, username, credential: password };
      const result = await relayedTransfer(page, server, true, 250, 1000); // 250 kB
      expect(result.received).toBe(250);
      const kbps = (250 * 1000 * 8) / result.elapsedMs;
      const { up, down } = proxy.stats();
      const measured = { kbps, upKiB: up.bytesOut / 1024, downKiB: down.bytesOut / 1024, up, down };
      test
        .info()
        .annotations.push({ type: 'measured rate', description: JSON.stringify(measured) });
      // Payload only: SCTP, DTLS, ChannelData and UDP headers take their share of the 800.
      expect(kbps).toBeLessThan(800);
      expect(kbps).toBeGreaterThan(300); // 480 measured: SCTP backs off at each queue drop
      expect(proxy.stats().up.queueDropped + proxy.stats().down.queueDropped).toBeGreaterThan(0);
    } finally {
      await proxy.close();
    }
  });
});
