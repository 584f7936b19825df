/**
 * Captures real offers and answers from Debian's Chromium and Firefox ESR into tests/fixtures/sdp/.
 *
 * Each scenario opens two RTCPeerConnections in one headless page (loopback, no server, no
 * iceServers) and writes `<browser>-<scenario>-{offer,answer}.sdp`. Run with
 * `node_modules/.bin/tsx scripts/capture-sdp-fixtures.ts [chromium|firefox]`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';

const OUT = join(import.meta.dirname, '..', 'tests', 'fixtures', 'sdp');
const SCENARIOS = [
  'data-only',
  'av-data',
  'simulcast',
  'recvonly',
  'sendonly',
  'codecs',
  'ice-restart',
  'renegotiation',
  'gathered',
] as const;
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
];

/** The page-side code, kept as a plain string so no bundler helper leaks into the browser. */
const PAGE_CODE = String.raw`async (scenario) => {
  const pcs = [];
  const open = () => { const pc = new RTCPeerConnection(); pcs.push(pc); return pc; };
  const trickle = (from, to) => { from.onicecandidate = (e) => { if (e.candidate) to.addIceCandidate(e.candidate).catch(() => {}); }; };
  const gathered = (pc) => new Promise((resolve) => {
    if (pc.iceGatheringState === 'complete') return resolve();
    pc.addEventListener('icegatheringstatechange', () => { if (pc.iceGatheringState === 'complete') resolve(); });
    setTimeout(resolve, 8000);
  });
  const connected = (pc) => new Promise((resolve) => {
    if (pc.connectionState === 'connected') return resolve();
    pc.addEventListener('connectionstatechange', () => { if (pc.connectionState === 'connected') resolve(); });
    setTimeout(resolve, 8000);
  });
  const synthetic = async () => {
    try {
      return await navigator.mediaDevices.getUserMedia({ audio: true, video: { width: 640, height: 480 } });
    } catch {
      const canvas = document.createElement('canvas');
      canvas.width = 640; canvas.height = 480;
      const ctx = canvas.getContext('2d');
      setInterval(() => { ctx.fillStyle = '#' + Math.floor(Math.random() * 4095).toString(16).padStart(3, '0'); ctx.fillRect(0, 0, 640, 480); }, 33);
      const video = canvas.captureStream(30).getVideoTracks()[0];
      const audioCtx = new AudioContext();
      const osc = audioCtx.createOscillator();
      const dest = audioCtx.createMediaStreamDestination();
      osc.connect(dest); osc.start();
      return new MediaStream([dest.stream.getAudioTracks()[0], video]);
    }
  };
  const negotiate = async (a, b, options) => {
    const offer = await a.createOffer(options);
    await a.setLocalDescription(offer);
    await b.setRemoteDescription(offer);
    const answer = await b.createAnswer();
    await b.setLocalDescription(answer);
    await a.setRemoteDescription(answer);
    return { offer: offer.sdp, answer: answer.sdp };
  };
  const only = (kind, pattern) => {
    const caps = RTCRtpReceiver.getCapabilities(kind).codecs;
    const chosen = caps.filter((c) => pattern.test(c.mimeType));
    return chosen.length ? [...chosen, ...caps.filter((c) => /rtx/i.test(c.mimeType))] : [];
  };
  const a = open();
  const b = open();
  try {
    switch (scenario) {
      case 'data-only':
        a.createDataChannel('chat');
        return await negotiate(a, b);
      case 'av-data': {
        const mine = await synthetic();
        for (const track of mine.getTracks()) a.addTrack(track, mine);
        a.createDataChannel('chat');
        const theirs = await synthetic();
        const offer = await a.createOffer();
        await a.setLocalDescription(offer);
        await b.setRemoteDescription(offer);
        for (const track of theirs.getTracks()) b.addTrack(track, theirs);
        const answer = await b.createAnswer();
        await b.setLocalDescription(answer);
        return { offer: offer.sdp, answer: answer.sdp };
      }
      case 'simulcast': {
        const stream = await synthetic();
        a.addTransceiver(stream.getVideoTracks()[0], { streams: [stream], sendEncodings: [
          { rid: 'q', scaleResolutionDownBy: 4 }, { rid: 'h', scaleResolutionDownBy: 2 }, { rid: 'f' },
        ] });
        return await negotiate(a, b);
      }
      case 'recvonly':
        a.addTransceiver('audio', { direction: 'recvonly' });
        a.addTransceiver('video', { direction: 'recvonly' });
        return await negotiate(a, b);
      case 'sendonly': {
        const stream = await synthetic();
        a.addTransceiver(stream.getAudioTracks()[0], { direction: 'sendonly', streams: [stream] });
        return await negotiate(a, b);
      }
      case 'codecs': {
        const missing = [];
        for (const pattern of [/AV1/i, /VP9/i, /H264/i]) {
          const codecs = only('video', pattern);
          if (!codecs.length) { missing.push(String(pattern)); continue; }
          const t = a.addTransceiver('video', { direction: 'recvonly' });
          t.setCodecPreferences(codecs);
        }
        return { ...(await negotiate(a, b)), missing };
      }
      case 'ice-restart':
      case 'renegotiation': {
        trickle(a, b); trickle(b, a);
        a.createDataChannel('chat');
        const first = await negotiate(a, b);
        await connected(a);
        if (scenario === 'renegotiation') a.addTransceiver('audio', { direction: 'sendrecv' });
        const second = await negotiate(a, b, scenario === 'ice-restart' ? { iceRestart: true } : undefined);
        return { ...second, initialOffer: first.offer, initialAnswer: first.answer };
      }
      case 'gathered': {
        a.createDataChannel('chat');
        await a.setLocalDescription(await a.createOffer());
        await gathered(a);
        return { offer: a.localDescription.sdp };
      }
    }
    throw new Error('unknown scenario ' + scenario);
  } finally {
    for (const pc of pcs) pc.close();
  }
}`;

type Capture = Record<string, string | string[] | undefined>;
type Evaluate = (code: string) => Promise<Capture>;

function save(browser: string, scenario: string, capture: Capture): void {
  const names: Record<string, string> = {
    offer: 'offer',
    answer: 'answer',
    initialOffer: 'initial-offer',
    initialAnswer: 'initial-answer',
  };
  for (const [key, suffix] of Object.entries(names)) {
    const text = capture[key];
    if (typeof text !== 'string') continue;
    writeFileSync(join(OUT, `${browser}-${scenario}-${suffix}.sdp`), text);
  }
  if (Array.isArray(capture['missing']) && capture['missing'].length > 0) {
    console.log(
      `  ${browser} ${scenario}: codecs not offered by this build: ${capture['missing'].join(', ')}`,
    );
  }
}

async function captureAll(
  browser: string,
  evaluate: Evaluate,
  scenarios: readonly string[],
): Promise<void> {
  for (const scenario of scenarios) {
    try {
      save(browser, scenario, await evaluate(`(${PAGE_CODE})(${JSON.stringify(scenario)})`));
      console.log(`  ${browser} ${scenario}: ok`);
    } catch (error) {
      console.log(
        `  ${browser} ${scenario}: failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
}

async function captureChromium(): Promise<void> {
  for (const raw of [false, true]) {
    const args = raw
      ? [...CHROMIUM_FLAGS, '--disable-features=WebRtcHideLocalIpsWithMdns']
      : CHROMIUM_FLAGS;
    const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args });
    try {
      const page = await browser.newPage();
      await page.goto('about:blank');
      const scenarios: readonly string[] = raw ? ['gathered'] : SCENARIOS;
      if (one !== undefined && !scenarios.includes(one)) continue;
      await captureAll(
        raw ? 'chromium-raw' : 'chromium',
        (code) => page.evaluate(code),
        one ? [one] : scenarios,
      );
    } finally {
      await browser.close();
    }
  }
}

async function captureFirefox(): Promise<void> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: '/usr/bin/firefox-esr',
    extraPrefsFirefox: {
      'media.navigator.streams.fake': true,
      'media.navigator.permission.disabled': true,
    },
  });
  try {
    const page = await browser.newPage();
    await page.goto('about:blank');
    await captureAll(
      'firefox',
      (code) => page.evaluate(code) as Promise<Capture>,
      one ? [one] : SCENARIOS,
    );
  } finally {
    await browser.close();
  }
}

function version(binary: string): string {
  return execFileSync(binary, ['--version'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim();
}

mkdirSync(OUT, { recursive: true });
/** Optional arguments: a browser (chromium or firefox), then one scenario. */
const which = process.argv[2];
const one = process.argv[3];
if (which !== 'firefox') {
  console.log(version('/usr/bin/chromium'));
  await captureChromium();
}
if (which !== 'chromium') {
  console.log(version('/usr/bin/firefox-esr'));
  await captureFirefox();
}
