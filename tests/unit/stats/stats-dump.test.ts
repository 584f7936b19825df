import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StatsRecording } from '~/lib/stats/course-export';
import { reportDump } from '~/lib/stats/dump-report';
import { NOT_A_DUMP, looksCutShort, parseStatsDump } from '~/lib/stats/stats-dump';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'stats');
const captured = readFileSync(join(FIXTURES, 'webrtc-internals-loopback.json'), 'utf8');

function report(text: string) {
  const parsed = parseStatsDump(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return reportDump(parsed.dump);
}

describe('the captured chrome://webrtc-internals dump', () => {
  const dump = report(captured);
  const [sender, receiver] = dump.connections;

  it('is read as Chromium’s dump with its two loopback connections', () => {
    expect(dump.source).toBe('webrtc-internals');
    expect(dump.browser).toMatch(/Chrome\/156/);
    expect(dump.connections.map((c) => c.id)).toEqual(['8-1', '8-2']);
    expect(sender?.sampleCount).toBe(12);
  });

  it('finds the selected pair with both host candidates, one per connection', () => {
    for (const connection of dump.connections) {
      const selected = connection.pairs.filter((p) => p.selected);
      expect(selected).toHaveLength(1);
      expect(selected[0]?.state).toBe('succeeded');
      expect([selected[0]?.local?.candidateType, selected[0]?.remote?.candidateType]).toEqual([
        'host',
        'host',
      ]);
    }
  });

  it('reads DTLS 1.3 with opposite roles and each side’s fingerprint as the other’s remote', () => {
    expect(sender?.dtls).toMatchObject({
      dtlsState: 'connected',
      dtlsRole: 'server',
      tlsVersion: 'FEFC',
    });
    expect(receiver?.dtls.dtlsRole).toBe('client');
    expect(sender?.dtls.srtpCipher).toBe('SRTP_AES128_CM_HMAC_SHA1_80');
    expect(sender?.dtls.localCertificate?.fingerprint).toBe(
      receiver?.dtls.remoteCertificate?.fingerprint,
    );
  });

  it('charts the 150 kbit/s cap: sent near it, received on the other side, frames at the receiver', () => {
    const sent = sender?.series.sentKbps.filter((v): v is number => v !== null) ?? [];
    expect(sent).toHaveLength(11);
    expect(Math.max(...sent)).toBeLessThan(200);
    expect(Math.min(...sent)).toBeGreaterThan(50);
    expect(sender?.series.receivedKbps.every((v) => v === null)).toBe(true);
    expect(receiver?.series.fps.some((v) => (v ?? 0) > 10)).toBe(true);
    expect(receiver?.series.jitterMs.some((v) => v !== null)).toBe(true);
  });

  it('flags the encoder’s bandwidth limitation on the sender only, linked to congestion control', () => {
    expect(sender?.flags.map((f) => f.kind)).toEqual(['quality-limited']);
    expect(sender?.flags[0]?.href).toBe(
      '/chapters/media/#congestion-control-fitting-the-stream-to-the-path',
    );
    expect(receiver?.flags).toEqual([]);
  });
});

describe('files that are not a dump', () => {
  it('refuses an empty file as empty', () => {
    expect(parseStatsDump('')).toEqual({ ok: false, reason: NOT_A_DUMP.empty });
    expect(parseStatsDump('  \n')).toEqual({ ok: false, reason: NOT_A_DUMP.empty });
  });

  it('refuses a dump cut in half as truncated', () => {
    const half = captured.slice(0, Math.floor(captured.length / 2));
    expect(looksCutShort(half)).toBe(true);
    expect(parseStatsDump(half)).toEqual({ ok: false, reason: NOT_A_DUMP.truncated });
  });

  it('refuses JSON of another kind, and text that is not JSON', () => {
    expect(parseStatsDump('{"name":"package","version":"1.0.0"}')).toEqual({
      ok: false,
      reason: NOT_A_DUMP.notDump,
    });
    expect(parseStatsDump('[1,2,3]')).toEqual({ ok: false, reason: NOT_A_DUMP.notDump });
    expect(parseStatsDump('v=0\r\no=- 1 2 IN IP4 127.0.0.1')).toEqual({
      ok: false,
      reason: NOT_A_DUMP.notJson,
    });
    expect(looksCutShort('{"a": 1}}')).toBe(false);
  });

  it('refuses a dump saved while no connection was open', () => {
    expect(parseStatsDump('{"PeerConnections":{},"UserAgent":"x"}')).toEqual({
      ok: false,
      reason: NOT_A_DUMP.noConnections,
    });
  });
});

describe('the course’s own export', () => {
  it('round-trips a recording: peers, samples and a relay flag from a selected relay pair', () => {
    const recording = new StatsRecording('media-lab');
    const report = (at: number, bytes: number) => [
      {
        id: 'T',
        type: 'transport',
        timestamp: at,
        selectedCandidatePairId: 'CP',
        iceState: 'connected',
      },
      {
        id: 'CP',
        type: 'candidate-pair',
        timestamp: at,
        localCandidateId: 'L',
        remoteCandidateId: 'R',
        state: 'succeeded',
        transportId: 'T',
      },
      {
        id: 'L',
        type: 'local-candidate',
        timestamp: at,
        candidateType: 'relay',
        relayProtocol: 'tls',
        address: '192.0.2.7',
        port: 443,
      },
      {
        id: 'R',
        type: 'remote-candidate',
        timestamp: at,
        candidateType: 'host',
        address: '198.51.100.2',
        port: 5000,
      },
      { id: 'O', type: 'outbound-rtp', kind: 'video', timestamp: at, bytesSent: bytes },
    ];
    recording.add('a', 1_000, report(1_000, 0));
    recording.add('a', 2_000, report(2_000, 25_000));
    const text = JSON.stringify(recording.toExport('Firefox/128'));
    const dump = reportDump((parseStatsDump(text) as { ok: true; dump: never }).dump);
    expect(dump).toMatchObject({
      source: 'course-export',
      labId: 'media-lab',
      browser: 'Firefox/128',
    });
    const [a] = dump.connections;
    expect(a?.series.sentKbps).toEqual([200]);
    expect(a?.flags.map((f) => f.detail)).toEqual([
      'The selected pair has a relay candidate over TLS: every byte crosses the TURN server.',
    ]);
  });

  it('keeps only the newest samples beyond its limit, and exports nothing before the first', () => {
    const recording = new StatsRecording('media-lab', 2);
    expect(recording.toExport('x')).toBeUndefined();
    for (const at of [1, 2, 3]) recording.add('a', at, [{ id: 'P', type: 'peer-connection' }]);
    expect(recording.size).toBe(2);
    expect(recording.toExport('x')?.startedAt).toBe(new Date(2).toISOString());
  });
});
