import type { Lab } from '../shared/lab';
import { LabStatus, describeError } from '../shared/labStatus.svelte';
import { untilPainted } from '../shared/untilPainted';
import {
  compareRate,
  dominantLimitation,
  explainMesh,
  meshFigures,
  uploadKbps,
  type Agreement,
} from '~/lib/topology';
import { openPeerConnectionCount } from '~/rtc/registry';
import { elapsed, isAbort } from '~/rtc/wait';
import { capBitrate, connectMesh, createMesh, type Mesh } from './meshNetwork';
import { sampleMesh } from './meshSample';

/** How long the encoders ramp up before the window, and how long the window is. */
export const WARM_UP_MS = 2000;
export const WINDOW_MS = 3000;

/** What one peer sent during the window, beside the formula's prediction. */
export interface PeerResult {
  peer: number;
  predictedKbps: number;
  measuredKbps: number | null;
  agreement: Agreement | null;
  /** Frames each of its encoders produced per second (mean over its connections). */
  framesPerSecond: number | null;
  /** qualityLimitationReason, or null when the browser does not report it. */
  limitation: string | null;
}

/** The lab's outcome for the whole mesh. */
export interface MeshSummary {
  n: number;
  links: number;
  predictedKbps: number;
  /** Mean of the peers' measured upload. */
  measuredKbps: number | null;
  agreement: Agreement | null;
  limitation: string | null;
  explanation: string;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** The mesh lab: N real peers in this tab, all connected to each other, measured by getStats. */
export class MeshLab implements Lab {
  readonly status = new LabStatus();
  n = $state(4);
  kbps = $state(300);
  /** RTCPeerConnections open in the page (two per link), read after each change. */
  openConnections = $state(0);
  /** Links connected so far in this run. */
  linksConnected = $state(0);
  peers: PeerResult[] = $state([]);
  summary: MeshSummary | null = $state(null);
  #mesh: Mesh | null = null;

  /** The formula for the current inputs. */
  readonly predicted = $derived(meshFigures(this.#size(), this.#rate()));

  /** Builds the mesh, caps each sender, waits for ramp-up, then measures over the window. */
  async run(): Promise<void> {
    this.#clear();
    const n = this.#size();
    const kbps = this.#rate();
    this.n = n;
    this.kbps = kbps;
    const run = this.status.start(`Connecting ${n} peers over ${(n * (n - 1)) / 2} links…`);
    await untilPainted();
    if (!run.current) return;
    try {
      const mesh = createMesh(n);
      this.#mesh = mesh;
      this.openConnections = openPeerConnectionCount();
      await connectMesh(mesh, run.signal);
      this.linksConnected = mesh.links.length;
      await capBitrate(mesh, kbps);
      this.status.announcement = `All links connected; measuring for ${WINDOW_MS / 1000} s…`;
      await elapsed(WARM_UP_MS, run.signal);
      const before = await sampleMesh(mesh);
      await elapsed(WINDOW_MS, run.signal);
      const after = await sampleMesh(mesh);
      if (!run.current) return;
      this.openConnections = openPeerConnectionCount();
      const predicted = meshFigures(n, kbps).uplinkKbps;
      this.peers = after.map((end, peer) => {
        const start = before[peer]!;
        const measured = uploadKbps(start, end);
        const seconds = (end.at - start.at) / 1000;
        return {
          peer: peer + 1,
          predictedKbps: predicted,
          measuredKbps: measured,
          agreement: measured === null ? null : compareRate(predicted, measured),
          framesPerSecond:
            seconds > 0 ? (end.framesEncoded - start.framesEncoded) / seconds / (n - 1) : null,
          limitation: dominantLimitation(end.limitations),
        };
      });
      this.summary = this.#summarise(
        n,
        predicted,
        after.flatMap((s) => s.limitations),
      );
      this.status.finish(
        `${n} peers, ${this.summary.links} links: predicted ${Math.round(predicted)} kbit/s up per peer, measured ${Math.round(this.summary.measuredKbps ?? 0)}.`,
      );
    } catch (error) {
      if (run.current && !isAbort(error)) {
        this.#close();
        this.status.fail(describeError(error));
      }
    }
  }

  /** Closes all N(N-1) connections and every source. */
  reset(): void {
    this.#clear();
    this.status.reset('Mesh closed: every connection and every source stopped.');
  }

  /** `n=` peers (2 to 8), `kbps=` bitrate cap per stream. */
  preset(params: URLSearchParams): void {
    const n = Number(params.get('n'));
    if (params.has('n') && Number.isFinite(n)) this.n = clamp(Math.round(n), 2, 8);
    const kbps = Number(params.get('kbps'));
    if (params.has('kbps') && Number.isFinite(kbps)) this.kbps = clamp(Math.round(kbps), 50, 2000);
  }

  /** Closes everything when the lab leaves the page. */
  dispose(): void {
    this.status.stop();
    this.#close();
  }

  #summarise(n: number, predicted: number, limitations: (string | undefined)[]): MeshSummary {
    const measured = this.peers.flatMap((p) => (p.measuredKbps === null ? [] : [p.measuredKbps]));
    const mean = measured.length ? measured.reduce((a, b) => a + b, 0) / measured.length : null;
    const agreement = mean === null ? null : compareRate(predicted, mean);
    const limitation = dominantLimitation(limitations);
    return {
      n,
      links: (n * (n - 1)) / 2,
      predictedKbps: predicted,
      measuredKbps: mean,
      agreement,
      limitation,
      explanation: agreement
        ? explainMesh({ n, agreement, limitation })
        : 'No rate could be measured.',
    };
  }

  #size(): number {
    return clamp(Math.round(Number(this.n) || 2), 2, 8);
  }

  #rate(): number {
    return clamp(Math.round(Number(this.kbps) || 50), 50, 2000);
  }

  #clear(): void {
    this.#close();
    this.peers = [];
    this.summary = null;
    this.linksConnected = 0;
  }

  #close(): void {
    this.#mesh?.close();
    this.#mesh = null;
    this.openConnections = openPeerConnectionCount();
  }
}
