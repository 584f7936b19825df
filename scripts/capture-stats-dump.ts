/**
 * Captures a real chrome://webrtc-internals dump from Debian's Chromium into tests/fixtures/stats/.
 *
 * One tab opens chrome://webrtc-internals; a second tab (a local page, so the context is
 * secure) runs two RTCPeerConnections in loopback with the fake camera and microphone, the video
 * capped at 150 kbit/s so the encoder reports a bandwidth limitation. After a few seconds of
 * media the first tab presses "Download the webrtc-internals dump"; the download is trimmed
 * (SDP bodies shortened, series capped) and written as `webrtc-internals-loopback.json`.
 * Run with `npm run capture:stats`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const OUT = join(import.meta.dirname, '..', 'tests', 'fixtures', 'stats');
const SECONDS = Number(process.env['CAPTURE_SECONDS'] ?? 12);
const FLAGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
];

/** The page-side code, a plain string so no bundler helper leaks into the browser. */
const PAGE_CODE = String.raw`async () => {
  const a = new RTCPeerConnection();
  const b = new RTCPeerConnection();
  a.onicecandidate = (e) => e.candidate && b.addIceCandidate(e.candidate);
  b.onicecandidate = (e) => e.candidate && a.addIceCandidate(e.candidate);
  const stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: { width: 640, height: 480 } });
  for (const track of stream.getTracks()) a.addTrack(track, stream);
  b.ontrack = (e) => { const v = document.createElement('video'); v.muted = true; v.srcObject = e.streams[0]; document.body.append(v); v.play().catch(() => {}); };
  const offer = await a.createOffer();
  await a.setLocalDescription(offer);
  await b.setRemoteDescription(offer);
  const answer = await b.createAnswer();
  await b.setLocalDescription(answer);
  await a.setRemoteDescription(answer);
  const sender = a.getSenders().find((s) => s.track && s.track.kind === 'video');
  const params = sender.getParameters();
  params.encodings[0].maxBitrate = 150000;
  await sender.setParameters(params);
  window.capturedPeers = [a, b];
}`;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: FLAGS });
try {
  const context = await browser.newContext({ acceptDownloads: true });
  const internals = await context.newPage();
  await internals.goto('chrome://webrtc-internals');
  const call = await context.newPage();
  await context.route('http://localhost/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>loopback</title>' }),
  );
  await call.goto('http://localhost/loopback');
  await call.evaluate(`(${PAGE_CODE})()`);
  await call.waitForTimeout(SECONDS * 1000);
  await internals.bringToFront();
  await internals.getByText('Create a WebRTC-Internals dump').click();
  const [download] = await Promise.all([
    internals.waitForEvent('download'),
    internals.getByRole('button', { name: 'Download the "webrtc-internals dump"' }).click(),
  ]);
  const path = await download.path();
  const version = browser.version();
  const bytes = readFileSync(path);
  // Chromium gzips the dump when the page's "Compress" box is ticked (the default in 156).
  const text = (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString(
    'utf8',
  );
  const dump = JSON.parse(text) as Record<string, unknown>;
  const trimmed = JSON.stringify(trimDump(dump));
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'webrtc-internals-loopback.json'), trimmed);
  console.log(
    `Chromium ${version}: ${trimmed.length} bytes to ${OUT}/webrtc-internals-loopback.json`,
  );
} finally {
  await browser.close();
}

/** Shortens SDP bodies in the update log; keeps every stats series whole. */
function trimDump(dump: Record<string, unknown>): Record<string, unknown> {
  const pcs = (dump['PeerConnections'] ?? {}) as Record<string, { updateLog?: unknown[] }>;
  for (const pc of Object.values(pcs)) {
    pc.updateLog = (pc.updateLog ?? []).map((entry) => {
      const e = entry as { value?: unknown };
      if (typeof e.value === 'string' && e.value.length > 400) {
        return { ...e, value: `${e.value.slice(0, 400)}… (trimmed)` };
      }
      return e;
    });
  }
  return dump;
}
