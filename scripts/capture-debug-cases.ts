/**
 * Captures the evidence of the `debug-cases` lab from Debian's Chromium into
 * tests/fixtures/debug-cases/<case>.json: SDPs, getStats snapshots, icecandidateerror events,
 * state changes and, for the TURN case, coturn's own log lines. Each case is a real run on this
 * machine; where one machine cannot produce the real condition (two networks), the run is the
 * nearest one and the fixture's `howMade` line says what was done.
 * Run with `npm run capture:cases [-- <case id>]` (coturn must be installed for `turn-401`).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { DEV_TURN_SERVER } from '../src/lib/turn/coturn.ts';
import { turnRestCredentials } from '../src/lib/turn/restCredentials.ts';
import { DEV_TURN_SECRET } from '../src/lib/turn/restCredentialSteps.ts';
import { freePort } from '../tests/freePort.ts';
import { startTurnServer } from './turnServer.ts';

const OUT = join(import.meta.dirname, '..', 'tests', 'fixtures', 'debug-cases');
const CHROMIUM = '/usr/bin/chromium';
const FLAGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  // Raw host addresses instead of .local names, so that the tables show what ICE paired.
  '--disable-features=WebRtcHideLocalIpsWithMdns',
];

type Capture = Record<string, unknown>;

/** The page side of every case, a plain string so that no bundler helper leaks into the page. */
const CAPTURE_PAGE_CODE = String.raw`async (id, extra) => {
  const t0 = performance.now();
  const at = () => Math.round(performance.now() - t0);
  const pcs = [];
  const states = [];
  const open = (name, config) => {
    const pc = new RTCPeerConnection(config);
    pcs.push(pc);
    for (const what of ['iceConnectionState', 'connectionState', 'iceGatheringState']) {
      pc.addEventListener(what.toLowerCase() + 'change', () => states.push({ at: at(), peer: name, what, value: pc[what] }));
    }
    return pc;
  };
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  const until = (pc, prop, values, capMs) => new Promise((resolve) => {
    const check = () => { if (values.includes(pc[prop])) { resolve(pc[prop]); return true; } return false; };
    if (check()) return;
    const ev = prop === 'iceGatheringState' ? 'icegatheringstatechange' : prop.toLowerCase() + 'change';
    pc.addEventListener(ev, check);
    setTimeout(() => resolve(pc[prop]), capMs);
  });
  const KEEP = {
    'candidate-pair': ['state', 'nominated', 'localCandidateId', 'remoteCandidateId', 'requestsSent', 'responsesReceived', 'bytesSent', 'bytesReceived'],
    'local-candidate': ['candidateType', 'protocol', 'address', 'port', 'url', 'relayProtocol'],
    'remote-candidate': ['candidateType', 'protocol', 'address', 'port'],
    transport: ['iceState', 'dtlsState', 'selectedCandidatePairId', 'localCertificateId', 'remoteCertificateId'],
    certificate: ['fingerprint', 'fingerprintAlgorithm'],
    'inbound-rtp': ['kind', 'packetsReceived', 'bytesReceived', 'packetsLost', 'framesReceived', 'framesDecoded', 'keyFramesDecoded', 'framesDropped', 'freezeCount', 'pliCount', 'nackCount'],
    'outbound-rtp': ['kind', 'packetsSent', 'bytesSent', 'framesEncoded', 'keyFramesEncoded', 'pliCount', 'nackCount'],
  };
  const RTP = ['inbound-rtp', 'outbound-rtp'];
  const snapshot = async (pc, only) => {
    const out = [];
    for (const s of (await pc.getStats()).values()) {
      const keep = KEEP[s.type];
      if (!keep || (only && !only.includes(s.type))) continue;
      const r = { type: s.type, id: s.id };
      for (const k of keep) if (s[k] !== undefined) r[k] = s[k];
      out.push(r);
    }
    return { at: at(), records: out };
  };
  const gathered = async (pc) => { await until(pc, 'iceGatheringState', ['complete'], 20000); return pc.localDescription.sdp; };
  const negotiate = async (a, b, editOffer) => {
    await a.setLocalDescription();
    const sent = await gathered(a);
    const received = editOffer ? editOffer(sent) : sent;
    await b.setRemoteDescription({ type: 'offer', sdp: received });
    await b.setLocalDescription();
    const answer = await gathered(b);
    await a.setRemoteDescription({ type: 'answer', sdp: answer });
    return { offer: sent, received, answer };
  };
  const errorsOf = (pc, into) => pc.addEventListener('icecandidateerror', (e) => into.push({ at: at(), url: e.url, errorCode: e.errorCode, errorText: e.errorText, address: e.address, port: e.port }));
  const candidatesOf = (pc, into) => pc.addEventListener('icecandidate', (e) => { if (e.candidate && e.candidate.candidate) into.push(e.candidate.candidate); });
  const camera = async () => (await navigator.mediaDevices.getUserMedia({ video: { width: 320, height: 240, frameRate: 30 } })).getVideoTracks()[0];
  try {
    switch (id) {
      case 'no-relay': {
        const once = async (rewrite) => {
          const config = { iceServers: [] };
          const a = open('A', config);
          const b = open('B', config);
          a.createDataChannel('chat');
          // Each side's host addresses reach the other rewritten to one it cannot reach.
          const carry = (from, to, v4, v6, into) => {
            from.onicecandidate = (e) => {
              if (!e.candidate || !e.candidate.candidate) return;
              const parts = e.candidate.candidate.split(' ');
              if (rewrite) parts[4] = parts[4].includes(':') ? v6 : v4;
              const line = parts.join(' ');
              into.push(line);
              to.addIceCandidate({ candidate: line, sdpMid: e.candidate.sdpMid, sdpMLineIndex: e.candidate.sdpMLineIndex }).catch(() => {});
            };
          };
          const remoteAtA = [];
          carry(a, b, '203.0.113.5', '2001:db8::5', []);
          carry(b, a, '198.51.100.7', '2001:db8::7', remoteAtA);
          const localA = [];
          candidatesOf(a, localA);
          const start = at();
          await a.setLocalDescription();
          await b.setRemoteDescription(a.localDescription);
          await b.setLocalDescription();
          await a.setRemoteDescription(b.localDescription);
          // Chromium drops failed pairs from getStats once ICE gives up: keep the last look at them.
          let stats = await snapshot(a);
          const poll = setInterval(async () => {
            const seen = await snapshot(a);
            if (seen.records.some((r) => r.type === 'candidate-pair')) stats = seen;
          }, 2000);
          const ended = await until(a, 'connectionState', ['connected', 'failed'], 45000);
          clearInterval(poll);
          if (ended === 'connected') stats = await snapshot(a);
          return { config, ended, afterMs: at() - start, localCandidates: localA, remoteCandidates: remoteAtA, stats };
        };
        const lan = await once(false);
        for (const pc of pcs.splice(0)) pc.close();
        states.length = 0;
        const across = await once(true);
        return { lan: { ended: lan.ended, afterMs: lan.afterMs }, ...across, states };
      }
      case 'no-srflx': {
        const config = { iceServers: [{ urls: 'stun:198.51.100.9:3478' }] };
        const a = open('A', config);
        const errors = [];
        const localCandidates = [];
        errorsOf(a, errors);
        candidatesOf(a, localCandidates);
        a.createDataChannel('chat');
        const start = at();
        await a.setLocalDescription();
        await until(a, 'iceGatheringState', ['complete'], 45000);
        return { config, localCandidates, errors, gatheringMs: at() - start, states };
      }
      case 'fingerprint-changed': {
        const certificate = await RTCPeerConnection.generateCertificate({ name: 'ECDSA', namedCurve: 'P-256' });
        const a = open('A', { certificates: [certificate] });
        const b = open('B', {});
        a.createDataChannel('chat');
        const swap = (sdp) => sdp.replace(/(a=fingerprint:\S+ )([0-9A-F:]+)/, (m, head, hex) => head + hex.split(':').reverse().join(':'));
        const sdps = await negotiate(a, b, swap);
        const ended = await until(b, 'connectionState', ['connected', 'failed'], 20000);
        return { ended, offerSent: sdps.offer, offerReceived: sdps.received, certificateOfA: certificate.getFingerprints()[0], statsOfB: await snapshot(b), states };
      }
      case 'one-way-video': {
        const a = open('A', {});
        const b = open('B', {});
        a.addTrack(await camera());
        await a.setLocalDescription();
        await gathered(a);
        await b.setRemoteDescription(a.localDescription);
        await b.setLocalDescription();
        const answer = await gathered(b);
        const late = b.addTrack(await camera());
        await a.setRemoteDescription({ type: 'answer', sdp: answer });
        await until(a, 'connectionState', ['connected', 'failed'], 10000);
        await sleep(2000);
        const first = { a: await snapshot(a, RTP), b: await snapshot(b, RTP) };
        await sleep(2000);
        const second = { a: await snapshot(a, RTP), b: await snapshot(b, RTP) };
        const tb = b.getTransceivers().find((t) => t.sender === late);
        return {
          offer: a.localDescription.sdp, answer,
          transceiverOfB: { mid: tb.mid, direction: tb.direction, currentDirection: tb.currentDirection, hasTrack: !!tb.sender.track },
          snapshots: [first, second], states,
        };
      }
      case 'turn-401': {
        const config = { iceServers: [{ urls: extra.url, username: extra.username, credential: extra.credential }] };
        const a = open('A', config);
        const errors = [];
        const localCandidates = [];
        errorsOf(a, errors);
        candidatesOf(a, localCandidates);
        a.createDataChannel('chat');
        await a.setLocalDescription();
        await until(a, 'iceGatheringState', ['complete'], 20000);
        return { config, localCandidates, errors, states };
      }
      case 'frozen-video': {
        const worker = new Worker(URL.createObjectURL(new Blob([
          'let t0 = null, lost = false, keysDropped = 0;' +
          'onrtctransform = (event) => { const { readable, writable } = event.transformer;' +
          ' readable.pipeThrough(new TransformStream({ transform(frame, controller) {' +
          '  const now = performance.now(); t0 = t0 ?? now; const key = frame.type === "key";' +
          '  if (now - t0 < 3000) return controller.enqueue(frame);' +
          '  if (!lost && !key) { lost = true; postMessage({ dropped: "delta", at: now - t0 }); return; }' +
          '  if (key) { keysDropped += 1; postMessage({ dropped: "key", at: now - t0, keysDropped }); return; }' +
          '  controller.enqueue(frame); } })).pipeTo(writable); };',
        ], { type: 'text/javascript' })));
        const drops = [];
        worker.onmessage = (e) => drops.push({ at: Math.round(e.data.at), dropped: e.data.dropped });
        const a = open('A', {});
        const b = open('B', {});
        const sender = a.addTrack(await camera());
        sender.transform = new RTCRtpScriptTransform(worker, {});
        await negotiate(a, b);
        await until(b, 'connectionState', ['connected', 'failed'], 10000);
        const series = [];
        for (let i = 0; i < 10; i += 1) {
          await sleep(1000);
          series.push({ a: await snapshot(a, RTP), b: await snapshot(b, RTP) });
        }
        worker.terminate();
        return { answer: b.localDescription.sdp, drops: drops.slice(0, 6), series, states };
      }
    }
    throw new Error('unknown case ' + id);
  } finally {
    for (const pc of pcs) pc.close();
  }
}`;

/** Where each case's run differs from the real failure it stands for, in one line. */
const HOW_MADE: Record<string, string> = {
  'no-relay':
    'Two peers in one Chromium tab with no iceServers. To stand for a peer on another network, each peer’s host candidates reached the other rewritten to an address this machine cannot reach (198.51.100.7 for B, 203.0.113.5 for A); a second run without the rewrite is the “same LAN” one.',
  'no-srflx':
    'One peer in Chromium gathering with iceServers naming a STUN server at 198.51.100.9:3478, an address nothing answers from this machine.',
  'fingerprint-changed':
    'Two peers in one Chromium tab; between them, the signaling code replaced the hex digits of A’s a=fingerprint in the offer, as a rewriting proxy would.',
  'one-way-video':
    'Two peers in one Chromium tab with the fake camera; A offered its video, B created its answer first and added its own camera track only afterwards, without renegotiating.',
  'turn-401':
    'One peer in Chromium gathering with a local coturn in shared-secret mode (use-auth-secret); the credentials were signed with the right secret but their expiry was an hour in the past.',
  'frozen-video':
    'Two peers in one Chromium tab with the fake camera; an encoded transform (RTCRtpScriptTransform) on A’s sender dropped one frame after 3 s, as lost packets would, and from then on every key frame, as a server that does not pass key-frame requests on would.',
};

async function runCase(page: Page, id: string, extra: Capture = {}): Promise<Capture> {
  const code = `(${CAPTURE_PAGE_CODE})(${JSON.stringify(id)}, ${JSON.stringify(extra)})`;
  return (await page.evaluate(code)) as Capture;
}

/** The TURN case: a coturn in shared-secret mode on a free port, its log lines kept. */
async function captureTurn(page: Page): Promise<Capture> {
  const log: string[] = [];
  const server = await startTurnServer(
    {
      ...DEV_TURN_SERVER,
      port: await freePort(),
      relayPorts: undefined,
      verbose: true,
      secret: DEV_TURN_SECRET,
    },
    (line) => log.push(line),
  );
  try {
    const expired = await turnRestCredentials(DEV_TURN_SECRET, 'learner', -3600, Date.now());
    const capture = await runCase(page, 'turn-401', {
      url: server.urls.udp,
      username: expired.username,
      credential: expired.credential,
    });
    // coturn writes its log a moment after it answers.
    await new Promise((resolve) => setTimeout(resolve, 500));
    return {
      ...capture,
      now: Math.floor(Date.now() / 1000),
      expiresAt: expired.expiresAt,
      log: log.filter((line) => /401|error|session|user|ALLOCATE|realm/i.test(line)).slice(0, 12),
      coturn: execFileSync('turnserver', ['--version'], { encoding: 'utf8' }).trim(),
    };
  } finally {
    await server.stop();
  }
}

const CASES = Object.keys(HOW_MADE);
const only = process.argv[2];
mkdirSync(OUT, { recursive: true });
const browserVersion = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).trim();
console.log(browserVersion);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
try {
  for (const id of only ? [only] : CASES) {
    const page = await browser.newPage();
    // A secure origin (getUserMedia needs one), answered by Playwright itself: no server.
    await page.route('http://localhost:9/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>capture</title>' }),
    );
    await page.goto('http://localhost:9/');
    try {
      const capture = id === 'turn-401' ? await captureTurn(page) : await runCase(page, id);
      const fixture = {
        case: id,
        browser: browserVersion,
        capturedAt: new Date().toISOString().slice(0, 10),
        howMade: HOW_MADE[id],
        ...capture,
      };
      writeFileSync(join(OUT, `${id}.json`), `${JSON.stringify(fixture, null, 1)}\n`);
      console.log(`  ${id}: ok`);
    } catch (error) {
      console.log(`  ${id}: failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      await page.close();
    }
  }
} finally {
  await browser.close();
}
