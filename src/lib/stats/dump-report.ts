// One connection of a dump reduced to what the explorer shows: its candidates and pairs (the
// selected one marked), its DTLS and SRTP facts, its series over time and its flags. Small
// enough to post from the parsing worker to the page.
import { summarizeCandidatePairs, type CandidatePairSummary } from './candidate-pairs';
import { flagsOf, type DumpFlag } from './dump-flags';
import { seriesOf, type DumpSeries } from './dump-series';
import { summarizeDtls, type DtlsSummary } from './dtls-stats';
import { summarizeCandidateStats, type CandidateStatsSummary } from './ice-candidate-stats';
import type { DumpConnection, StatsDump } from './stats-dump';

/** What the explorer shows of one connection. */
export interface ConnectionReport {
  id: string;
  url: string | undefined;
  sampleCount: number;
  /** ms since the epoch of the first and last samples. */
  startedAt: number | undefined;
  endedAt: number | undefined;
  /** The last ICE state the transport reported. */
  iceState: string | undefined;
  candidates: CandidateStatsSummary[];
  pairs: CandidatePairSummary[];
  dtls: DtlsSummary;
  series: DumpSeries;
  flags: DumpFlag[];
}

/** What the explorer shows of a whole dump. */
export interface DumpReport {
  source: StatsDump['source'];
  browser: string | undefined;
  labId: string | undefined;
  connections: ConnectionReport[];
}

/** Reduces every connection of a dump. */
export function reportDump(dump: StatsDump): DumpReport {
  return {
    source: dump.source,
    browser: dump.browser,
    labId: dump.labId,
    connections: dump.connections.map(reportConnection),
  };
}

/**
 * Reduces one connection. Candidates, pairs and DTLS come from the last sample that has a
 * selected pair (a closed connection's final reports lose it), else from the last sample.
 */
export function reportConnection(connection: DumpConnection): ConnectionReport {
  const { samples } = connection;
  const withPair = [...samples]
    .reverse()
    .find((s) => summarizeCandidatePairs(s.records).some((p) => p.selected));
  const records = (withPair ?? samples.at(-1))?.records ?? [];
  const dtls = summarizeDtls(records);
  const candidates = records
    .map((r) => summarizeCandidateStats(r))
    .filter((c): c is CandidateStatsSummary => c !== undefined);
  const lastTransport = samples.at(-1)?.records.find((r) => r.type === 'transport');
  return {
    id: connection.id,
    url: connection.url,
    sampleCount: samples.length,
    startedAt: samples[0]?.at,
    endedAt: samples.at(-1)?.at,
    iceState:
      typeof lastTransport?.['iceState'] === 'string' ? lastTransport['iceState'] : undefined,
    candidates,
    pairs: summarizeCandidatePairs(records),
    dtls,
    series: seriesOf(samples),
    flags: flagsOf(connection, dtls.selectedPair),
  };
}
