// What a learner can act on in a dump: each flag names the evidence it saw and links to the
// chapter section that explains the cause.
import type { CandidatePairSummary } from './candidate-pairs';
import { frozenVideo } from './frozen-video';
import type { DumpConnection } from './stats-dump';
import { numberField, type StatsRecord } from './stats-record';

/** The kinds of flag the explorer raises. */
export type FlagKind =
  'ice-failed' | 'relay-used' | 'quality-limited' | 'high-loss' | 'no-key-frames';

/** One flag on one connection. */
export interface DumpFlag {
  kind: FlagKind;
  title: string;
  /** The evidence, in a sentence. */
  detail: string;
  /** The chapter section that explains it. */
  href: string;
  section: string;
}

/** Where each flag's explanation lives in the course. */
export const FLAG_SECTIONS: Readonly<Record<FlagKind, { href: string; section: string }>> = {
  'ice-failed': {
    href: '/chapters/in-production/#debugging-real-failures',
    section: 'Chapter 13: Debugging real failures',
  },
  'relay-used': {
    href: '/chapters/turn/#what-relaying-costs',
    section: 'Chapter 5: What relaying costs',
  },
  'quality-limited': {
    href: '/chapters/media/#congestion-control-fitting-the-stream-to-the-path',
    section: 'Chapter 9: Congestion control',
  },
  'high-loss': { href: '/chapters/media/#repairing-loss', section: 'Chapter 9: Repairing loss' },
  'no-key-frames': {
    href: '/chapters/in-production/#ice-connected-video-frozen',
    section: 'Chapter 13: ICE connected, video frozen',
  },
};

/** Loss above this share of the packets expected is flagged (2 %, where video starts to suffer). */
export const HIGH_LOSS_SHARE = 0.02;

/** The flags of one connection, given its selected pair (if any). */
export function flagsOf(connection: DumpConnection, selected: CandidatePairSummary | undefined) {
  const flags: DumpFlag[] = [];
  const add = (kind: FlagKind, title: string, detail: string) =>
    flags.push({ kind, title, detail, ...FLAG_SECTIONS[kind] });
  const records = connection.samples.flatMap((s) => s.records);
  const last = connection.samples.at(-1)?.records ?? [];

  const failedEvent = connection.events.find(
    (e) => /(ice)?connectionstatechange/i.test(e.type) && e.value.includes('failed'),
  );
  if (failedEvent || records.some((r) => r.type === 'transport' && r['iceState'] === 'failed')) {
    add(
      'ice-failed',
      'ICE failed',
      'No candidate pair answered: the connection reached the “failed” state.',
    );
  }
  const relayEnd = [selected?.local, selected?.remote].find((c) => c?.candidateType === 'relay');
  if (relayEnd) {
    const via = relayEnd.relayProtocol ? ` over ${relayEnd.relayProtocol.toUpperCase()}` : '';
    add(
      'relay-used',
      'Media goes through a TURN relay',
      `The selected pair has a relay candidate${via}: every byte crosses the TURN server.`,
    );
  }
  const limited = limitationSeconds(connection.samples.map((s) => s.records));
  for (const reason of ['bandwidth', 'cpu'] as const) {
    if (limited[reason] > 0) {
      add(
        'quality-limited',
        `Quality limited by ${reason === 'cpu' ? 'CPU' : 'bandwidth'}`,
        `The video encoder reported “${reason}” in ${limited[reason]} of ${connection.samples.length} samples: it lowered resolution or frame rate.`,
      );
    }
  }
  const loss = lossShare(last);
  if (loss !== undefined && loss > HIGH_LOSS_SHARE) {
    add(
      'high-loss',
      'High packet loss',
      `${(loss * 100).toFixed(1)} % of the packets expected were lost (above ${HIGH_LOSS_SHARE * 100} %).`,
    );
  }
  const frozen = frozenVideo(connection.samples);
  if (frozen) {
    const plis = frozen.plisSince > 0 ? `, ${frozen.plisSince} key-frame requests (PLI) sent` : '';
    add(
      'no-key-frames',
      frozen.keyFramesDecoded === 0
        ? 'Video arrives but no key frame was decoded'
        : 'Video arrives but the picture is frozen',
      frozen.keyFramesDecoded === 0
        ? `${frozen.packetsSince} video packets came in, yet no key frame was decoded${plis}: the picture cannot start.`
        : `For the last ${(frozen.stalledMs / 1000).toFixed(1)} s, ${frozen.packetsSince} video packets came in but no frame was decoded and no new key frame came${plis}: a frame was lost and the decoder waits for a key frame.`,
    );
  }
  return flags;
}

function limitationSeconds(reports: StatsRecord[][]): { bandwidth: number; cpu: number } {
  const count = { bandwidth: 0, cpu: 0 };
  for (const records of reports) {
    const reasons = new Set(
      records.filter((r) => r.type === 'outbound-rtp').map((r) => r['qualityLimitationReason']),
    );
    if (reasons.has('bandwidth')) count.bandwidth++;
    if (reasons.has('cpu')) count.cpu++;
  }
  return count;
}

/** Lost / (lost + received) over every inbound stream of a report; undefined without any. */
export function lossShare(records: readonly StatsRecord[]): number | undefined {
  let lost = 0;
  let received = 0;
  for (const r of records) {
    if (r.type !== 'inbound-rtp') continue;
    lost += Math.max(0, numberField(r, 'packetsLost') ?? 0);
    received += numberField(r, 'packetsReceived') ?? 0;
  }
  return lost + received === 0 ? undefined : lost / (lost + received);
}
