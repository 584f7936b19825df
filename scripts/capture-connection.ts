/**
 * Captures one real WebRTC connection, byte for byte, into tests/fixtures/connection/ for the
 * illustrated connection (issue 14): werift (a Node peer) answers headless Debian Chromium over
 * 127.0.0.1 with a data channel, a small canvas VP8 track and Opus from the fake microphone.
 * Every datagram on werift's side is recorded with direction and time, with both SDPs, the
 * keylog line and the SRTP keys. The structure is checked against the expected sequence and the
 * run repeated (up to 6 times) when, for example, a slow reply made a DTLS flight retransmit.
 * As root it runs in a loopback-only network namespace (`unshare -n`), else on 127.0.0.1.
 * Run with `npm run capture:connection`. With `--check` it captures into memory, compares the
 * structure (the outline of handshake messages and chunks, and which kinds of datagram each side
 * sent) with the committed fixture's and exits 0 or 1 without writing; a retransmitted flight is
 * only noted. With no Chromium to drive, `--check` says why and exits 0.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { installUdpTap } from './connection/udp-tap.ts';
import { ANSWER_CODE, CLOSE_CODE, OFFER_CODE } from './connection/browser-peer.ts';
import { RETRANSMITTED, checkCapture, committedOutline } from './connection/check-capture.ts';
import { findChromium } from './connection/find-chromium.ts';
import { writeSctpPcap } from './connection/sctp-pcap.ts';
import {
  FIXTURE_DIR,
  certificate,
  writeFixture,
  type RawCapture,
} from './connection/write-fixture.ts';
import type { ConnectionFixture } from '../src/lib/wire/fixture-types.ts';

const CHECK = process.argv.includes('--check');
const FLAGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  '--allow-loopback-in-peer-connection',
  '--disable-features=WebRtcHideLocalIpsWithMdns',
];
/** Seconds of media: the fixture keeps a consent check and several RTCP reports; a check needs less. */
const MEDIA_SECONDS = CHECK ? 3 : 6;
const ATTEMPTS = CHECK ? 3 : 6;
/** A check gives up starting new attempts after this long, so it stays well under a minute. */
const CHECK_DEADLINE_MS = 35_000;
const started = Date.now();

const found = await findChromium();
if ('missing' in found) {
  console.log(
    `capture ${CHECK ? 'check skipped' : 'impossible'}: no Chromium to drive: ${found.missing}`,
  );
  process.exit(CHECK ? 0 : 1);
}
const CHROMIUM = found.path;

/** Whether this machine lets root make a network namespace and bring its loopback up (a CI container may not). */
const netnsWorks = () =>
  spawnSync('unshare', ['-n', 'sh', '-c', 'ip link set lo up'], { stdio: 'ignore' }).status === 0;

if (
  process.getuid?.() === 0 &&
  !process.env.CAPTURE_NETNS &&
  !process.argv.includes('--no-netns') &&
  netnsWorks()
) {
  // Root: rerun inside a fresh network namespace whose only interface is the loopback.
  const tsx = join(import.meta.dirname, '..', 'node_modules', '.bin', 'tsx');
  const run = spawnSync(
    'unshare',
    [
      '-n',
      'sh',
      '-c',
      'ip link set lo up && exec "$@"',
      'sh',
      tsx,
      import.meta.filename,
      ...process.argv.slice(2),
    ],
    { stdio: 'inherit', env: { ...process.env, CAPTURE_NETNS: '1' } },
  );
  process.exit(run.status ?? 1);
} else if (process.getuid?.() === 0 && !process.env.CAPTURE_NETNS) {
  console.log('no loopback-only network namespace here (unshare -n): capturing on 127.0.0.1');
}

const committed = CHECK
  ? await committedOutline(
      JSON.parse(readFileSync(join(FIXTURE_DIR, 'connection.json'), 'utf8')) as ConnectionFixture,
    )
  : undefined;
const tap = installUdpTap();
const { RTCPeerConnection } = await import('werift');
const browserVersion = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).trim();
const keys = await certificate();

/** One connection: returns its datagrams, SDPs and key material. */
async function captureOnce(): Promise<RawCapture> {
  tap.length = 0;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  const pc = new RTCPeerConnection({
    iceServers: [],
    iceUseIpv6: false,
    iceAdditionalHostAddresses: ['127.0.0.1'],
    iceInterfaceAddresses: { udp4: '127.0.0.1' },
    dtls: { keys },
  });
  try {
    const page = await browser.newPage();
    await page.route('http://localhost:9/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>capture</title>' }),
    );
    await page.goto('http://localhost:9/');
    pc.onDataChannel.subscribe((channel) => {
      channel.onMessage.subscribe(() => channel.send('Hello from werift'));
    });
    const offer = (await page.evaluate(`(${OFFER_CODE})()`)) as string;
    if (process.env.CAPTURE_DEBUG) console.log(offer);
    await pc.setRemoteDescription({ type: 'offer', sdp: offer });
    await pc.setLocalDescription(await pc.createAnswer());
    if (pc.iceGatheringState !== 'complete')
      await new Promise<void>((resolve) => {
        pc.iceGatheringStateChange.subscribe((s) => s === 'complete' && resolve());
        setTimeout(resolve, 5000);
      });
    const answer = pc.localDescription?.sdp ?? '';
    const reply = (await page.evaluate(`(${ANSWER_CODE})(${JSON.stringify(answer)})`)) as
      string | null;
    if (reply !== 'Hello from werift') throw new Error(`no reply on the data channel (${reply})`);
    await new Promise((r) => setTimeout(r, MEDIA_SECONDS * 1000));
    const transport = pc.dtlsTransports[0];
    const dtls = transport?.dtls;
    if (!dtls) throw new Error('werift has no DTLS transport');
    const client = dtls.sessionType === 1;
    const local = dtls.cipher.localRandom.serialize();
    const remote = dtls.cipher.remoteRandom.serialize();
    const session = dtls.extractSessionKeys(16, 14);
    const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
    await page.evaluate(`(${CLOSE_CODE})()`);
    await new Promise((r) => setTimeout(r, 500));
    return {
      browser: browserVersion,
      offer,
      answer,
      datagrams: tap.slice(),
      weriftRole: client ? 'client' : 'server',
      clientRandom: hex(client ? local : remote),
      serverRandom: hex(client ? remote : local),
      masterSecret: hex(dtls.cipher.masterSecret),
      srtp: {
        clientKey: hex(client ? session.localKey : session.remoteKey),
        clientSalt: hex(client ? session.localSalt : session.remoteSalt),
        serverKey: hex(client ? session.remoteKey : session.localKey),
        serverSalt: hex(client ? session.remoteSalt : session.localSalt),
      },
    };
  } finally {
    await pc.close().catch(() => {});
    await browser.close();
  }
}

const seconds = () => ((Date.now() - started) / 1000).toFixed(1);
for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
  if (CHECK && attempt > 1 && Date.now() - started > CHECK_DEADLINE_MS) break;
  let capture: RawCapture;
  try {
    capture = await captureOnce();
  } catch (error) {
    console.log(`attempt ${attempt}: failed: ${error instanceof Error ? error.message : error}`);
    continue;
  }
  const reported = await checkCapture(capture, committed);
  const notes = CHECK ? reported.filter((p) => p.endsWith(RETRANSMITTED)) : [];
  const problems = reported.filter((p) => !notes.includes(p));
  for (const note of notes) console.log(`attempt ${attempt}: note: ${note} (tolerated)`);
  if (problems.length) {
    console.log(`attempt ${attempt}: ${capture.datagrams.length} datagrams, unexpected:`);
    for (const p of problems) console.log(`  - ${p}`);
    continue;
  }
  if (CHECK) {
    console.log(
      `capture check: ok in ${seconds()} s (${found.source} Chromium, attempt ${attempt}): ` +
        `${capture.datagrams.length} datagrams with the committed fixture's structure`,
    );
    process.exit(0);
  }
  const written = writeFixture(capture);
  const sctpBytes = await writeSctpPcap();
  console.log(
    `attempt ${attempt}: ok, ${capture.datagrams.length} datagrams; wrote ${written}, connection-sctp.pcap ${sctpBytes} B`,
  );
  process.exit(0);
}
console.log(
  CHECK
    ? `capture check: FAILED after ${seconds()} s: no fresh capture had the committed fixture's structure (see above)`
    : `no clean capture in ${ATTEMPTS} attempts: the fixture is unchanged`,
);
process.exit(1);
