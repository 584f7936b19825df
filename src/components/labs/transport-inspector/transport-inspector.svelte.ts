import type { Lab } from '../shared/lab';
import { LabStatus, describeError } from '../shared/labStatus.svelte';
import { untilPainted } from '../shared/untilPainted';
import {
  deriveDtlsRoles,
  explainTamper,
  flipFingerprintByte,
  sdpSetup,
  type DtlsRoles,
  type TamperOutcome,
} from '~/lib/dtls';
import type { DtlsSummary } from '~/lib/stats';
import { openLoopback, type Loopback, type NegotiationStep, type PeerName } from '~/rtc/loopback';
import { openSyntheticMedia } from '~/rtc/syntheticMedia';
import { bothConnected, connected, isAbort, withTimeout } from '~/rtc/wait';
import { checkFingerprints, type FingerprintCheck } from './fingerprintRows';
import { generateCertificate, readDtls, remoteCertificate, watchDtlsState } from './peerDtls';

const CONNECT_TIMEOUT_MS = 10_000;
/** How long a tampered run waits for the handshake to end before it says so. */
const TAMPER_WAIT_MS = 10_000;

/** One change of a peer's DTLS transport state, with its time since the run started. */
export interface DtlsTransition {
  peer: PeerName;
  state: string;
  ms: number;
}

/**
 * The transport inspector: a loopback pair with a data channel (and optionally audio and
 * video) whose DTLS handshake is read from getStats and the SDPs, with the remote certificate
 * hashed in the page and compared with the signaled fingerprint, and an optional tampered
 * fingerprint to watch the browser refuse it.
 */
export class TransportInspectorLab implements Lab {
  readonly status = new LabStatus();
  media = $state(false);
  tamper = $state(false);
  /** Whether the current results come from a tampered run (the toggle may change since). */
  tampered = $state(false);
  /** Whether the current results come from a run that sent audio and video. */
  mediaSent = $state(false);
  transitions: DtlsTransition[] = $state([]);
  a: DtlsSummary | null = $state(null);
  b: DtlsSummary | null = $state(null);
  roles: DtlsRoles | null = $state(null);
  setups: { offer: string; answer: string } | null = $state(null);
  fingerprints: FingerprintCheck | null = $state(null);
  outcome: TamperOutcome | null = $state(null);
  connectedMs: number | null = $state(null);
  #loopback: Loopback | null = null;
  /** Recorded here during the handshake and shown at the end: drawing each would slow it. */
  #transitions: DtlsTransition[] = [];

  /** Opens the pair, negotiates (tampering the answer if asked), and reads the handshake. */
  async run(): Promise<void> {
    this.#clear();
    const tamper = this.tamper;
    const mediaSent = this.media;
    const run = this.status.start(
      tamper ? 'Connecting with a tampered fingerprint…' : 'Connecting…',
    );
    await untilPainted();
    if (!run.current) return;
    const start = performance.now();
    try {
      const [certA, certB] = await Promise.all([generateCertificate(), generateCertificate()]);
      if (!run.current) return;
      const loopback = openLoopback({
        config: { certificates: [certA] },
        configB: { certificates: [certB] },
        channel: 'inspector',
      });
      this.#loopback = loopback;
      const { a, b } = loopback;
      if (mediaSent) {
        const source = openSyntheticMedia();
        loopback.adopt(source.close);
        for (const track of source.stream.getTracks()) a.addTrack(track, source.stream);
      }
      const watch = (pc: RTCPeerConnection, peer: PeerName) =>
        loopback.adopt(watchDtlsState(pc, (state) => this.#record(peer, state, start)));
      // Each transport exists once its peer has applied a description with a data section.
      const onStep = (peer: PeerName, step: NegotiationStep) => {
        if (peer === 'B' && step === 'setRemoteDescription') watch(a, 'A');
        if (peer === 'B' && step === 'createAnswer') watch(b, 'B');
      };
      let applied = '';
      const editAnswer = (sdp: string) => (applied = tamper ? flipFingerprintByte(sdp) : sdp);
      let refusal: string | undefined;
      let offer = '';
      let answer = '';
      try {
        ({ offer, answer } = await loopback.negotiate({ signal: run.signal, onStep, editAnswer }));
      } catch (error) {
        if (!tamper || isAbort(error)) throw error;
        refusal = describeError(error);
        offer = a.localDescription?.sdp ?? '';
        answer = b.localDescription?.sdp ?? '';
      }
      // Nothing shown changes until the handshake has ended: drawing would slow what is timed.
      if (!tamper) {
        await bothConnected(a, b, CONNECT_TIMEOUT_MS, run.signal);
        this.connectedMs = Math.round((performance.now() - start) * 10) / 10;
      } else if (refusal === undefined) {
        await withTimeout(connected(a, run.signal), TAMPER_WAIT_MS, 'still waiting').catch(
          (error: unknown) => {
            if (isAbort(error)) throw error;
          },
        );
      }
      if (!run.current) return;
      this.tampered = tamper;
      this.mediaSent = mediaSent;
      this.#roles(offer, b.localDescription?.sdp ?? answer);
      const [statsA, statsB] = await Promise.all([readDtls(a), readDtls(b)]);
      if (!run.current) return;
      this.a = statsA;
      this.b = statsB;
      this.fingerprints = await checkFingerprints({
        der: remoteCertificate(a, statsA),
        remoteSdp: applied || (a.remoteDescription?.sdp ?? ''),
        certificate: certB,
      });
      if (!run.current) return;
      if (tamper) {
        this.outcome = explainTamper({
          ...(refusal === undefined ? {} : { refusal }),
          dtlsState: statsA.dtlsState ?? this.#lastState('A'),
          connectionState: a.connectionState,
          waitedSeconds: TAMPER_WAIT_MS / 1000,
        });
        this.status.finish(`Tampered fingerprint: ${this.outcome.verdict}.`);
      } else {
        const match = this.fingerprints.comparison.match;
        this.status.finish(
          `DTLS connected in ${this.connectedMs} ms; fingerprints ${match ? 'match' : 'do not match'}.`,
        );
      }
    } catch (error) {
      if (run.current && !isAbort(error)) this.status.fail(describeError(error));
    } finally {
      if (run.current) this.transitions = [...this.#transitions];
    }
  }

  /** Closes both peers (and the synthetic media) and clears the results. */
  reset(): void {
    this.#clear();
    this.status.reset('Lab reset: both peers closed.');
  }

  /** Applies a URL preset: `media=1` adds audio and video, `tamper=1` flips a fingerprint byte. */
  preset(params: URLSearchParams): void {
    if (params.has('media')) this.media = params.get('media') === '1';
    if (params.has('tamper')) this.tamper = params.get('tamper') === '1';
  }

  /** Releases everything when the lab leaves the page. */
  dispose(): void {
    this.status.stop();
    this.#close();
  }

  #roles(offer: string, answer: string): void {
    const offerSetup = sdpSetup(offer);
    const answerSetup = sdpSetup(answer);
    this.setups = { offer: offerSetup ?? '(none)', answer: answerSetup ?? '(none)' };
    this.roles = deriveDtlsRoles(offerSetup, answerSetup);
  }

  #record(peer: PeerName, state: string, start: number): void {
    if (this.#lastState(peer) === state) return;
    const ms = Math.round((performance.now() - start) * 10) / 10;
    this.#transitions.push({ peer, state, ms });
  }

  #lastState(peer: PeerName): string | undefined {
    return this.#transitions.findLast((t) => t.peer === peer)?.state;
  }

  #clear(): void {
    this.#close();
    this.#transitions = [];
    this.transitions = [];
    this.a = null;
    this.b = null;
    this.roles = null;
    this.setups = null;
    this.fingerprints = null;
    this.outcome = null;
    this.connectedMs = null;
    this.tampered = false;
    this.mediaSent = false;
  }

  #close(): void {
    this.#loopback?.close();
    this.#loopback = null;
  }
}
