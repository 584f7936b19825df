// The ice-explorer's candidate table rows: lines captured from Chromium and Firefox
// (tests/fixtures/candidates) and hand-written relay forms, parsed and explained for a learner.
import { describe, expect, it } from 'vitest';
import {
  toCandidateRow,
  typePreferenceNote,
  type CandidateRow,
} from '~/components/labs/ice-explorer/candidateRows';
import { explainCandidatePriority } from '~/lib/ice/priority-explanation';

const CHROMIUM_MDNS_HOST =
  'candidate:3603949640 1 udp 2113937151 2852ca06-f41c-42a9-b85a-71667e33d90a.local 42287 typ host generation 0 ufrag tfQY network-cost 999';
const CHROMIUM_TCP_HOST =
  'candidate:2999745851 1 tcp 1518280447 192.168.1.23 9 typ host tcptype active generation 0 ufrag Xk9f network-id 1 network-cost 10';
const FIREFOX_UDP_HOST = 'candidate:0 1 UDP 2122187007 192.0.2.2 46473 typ host';
const CHROMIUM_RELAY =
  'candidate:3421452185 1 udp 41885439 198.51.100.10 52014 typ relay raddr 203.0.113.45 rport 58922 generation 0 ufrag Xk9f network-id 1 network-cost 10';

/** A row that must exist: the line is one the parser reads. */
function row(line: string, peer: 'A' | 'B' = 'A', ms = 0, round = 0, index = 0): CandidateRow {
  const parsed = toCandidateRow(peer, line, ms, round, index);
  if (!parsed) throw new Error(`no row for ${line}`);
  return parsed;
}

describe('toCandidateRow', () => {
  it('keys the row by peer, negotiation round and arrival index', () => {
    expect(row(CHROMIUM_TCP_HOST, 'B', 5, 1, 3).key).toBe('B-1-3');
    expect(row(CHROMIUM_TCP_HOST, 'A', 5, 0, 0).key).toBe('A-0-0');
  });

  it('rounds the arrival time to a tenth of a millisecond', () => {
    expect(row(CHROMIUM_TCP_HOST, 'A', 12.345).ms).toBe(12.3);
    expect(row(CHROMIUM_TCP_HOST, 'A', 0.06).ms).toBe(0.1);
  });

  it('reads an mDNS host candidate with its name, port, ufrag and the line itself', () => {
    expect(row(CHROMIUM_MDNS_HOST)).toMatchObject({
      peer: 'A',
      round: 0,
      line: CHROMIUM_MDNS_HOST,
      type: 'host',
      protocol: 'udp',
      address: '2852ca06-f41c-42a9-b85a-71667e33d90a.local',
      addressKind: 'mdns',
      port: 42287,
      foundation: '3603949640',
      tcpType: '',
      relatedAddress: '',
      relatedPort: undefined,
      ufrag: 'tfQY',
      priority: 2113937151,
    });
  });

  it('gives the TCP type of a TCP candidate and lower-cases Firefox’s transport', () => {
    expect(row(CHROMIUM_TCP_HOST)).toMatchObject({ protocol: 'tcp', tcpType: 'active', port: 9 });
    expect(row(FIREFOX_UDP_HOST)).toMatchObject({
      protocol: 'udp',
      ufrag: '',
      addressKind: 'ipv4',
    });
  });

  it('keeps a relay candidate’s related address and port (the server-reflexive one)', () => {
    expect(row(CHROMIUM_RELAY)).toMatchObject({
      type: 'relay',
      address: '198.51.100.10',
      relatedAddress: '203.0.113.45',
      relatedPort: 58922,
    });
  });

  it('explains the priority so that its parts recompose to the number on the line', () => {
    const { explanation, priority } = row(CHROMIUM_MDNS_HOST);
    expect(explanation).toEqual(explainCandidatePriority(2113937151, 'host'));
    expect(
      2 ** 24 * explanation.typePreference +
        2 ** 8 * explanation.localPreference +
        (256 - explanation.componentId),
    ).toBe(priority);
  });

  it('gives no row for a line whose mandatory fields cannot be read', () => {
    expect(toCandidateRow('A', 'not a candidate', 1, 0, 0)).toBeUndefined();
    expect(toCandidateRow('A', 'candidate:1 1 udp', 1, 0, 0)).toBeUndefined();
  });
});

describe('typePreferenceNote', () => {
  it('says so when the browser used the value RFC 8445 recommends', () => {
    expect(typePreferenceNote(row(CHROMIUM_MDNS_HOST))).toBe(
      '126 is the value RFC 8445 §5.1.2.2 recommends for host candidates.',
    );
  });

  it('explains a TCP candidate ranked below UDP by head-of-line blocking', () => {
    const note = typePreferenceNote(row(CHROMIUM_TCP_HOST));
    expect(note).toMatch(/^RFC 8445 §5\.1\.2\.2 recommends 126 for host; your browser chose 90\./);
    expect(note).toContain('ranks TCP candidates below UDP ones');
  });

  it('explains relay preferences spread by the transport to the TURN server', () => {
    const note = typePreferenceNote(row(CHROMIUM_RELAY));
    expect(note).toMatch(/^RFC 8445 §5\.1\.2\.2 recommends 0 for relay; your browser chose 2\./);
    expect(note).toContain('transport to the TURN server');
  });

  it('reminds that the RFC allows any value for a UDP candidate of another preference', () => {
    // Hand-written: a UDP host candidate with type preference 120 (2^24 × 120 + 2^8 × 1 + 255).
    const note = typePreferenceNote(row('candidate:1 1 udp 2013266431 192.0.2.2 5000 typ host'));
    expect(note).toMatch(/^RFC 8445 §5\.1\.2\.2 recommends 126 for host; your browser chose 120\./);
    expect(note).toContain('any value from 0 to 126');
  });

  it('says that the RFC has no value for a type it does not define', () => {
    const base = row(CHROMIUM_MDNS_HOST);
    const odd: CandidateRow = {
      ...base,
      type: 'x-odd',
      explanation: explainCandidatePriority(base.priority, 'x-odd'),
    };
    expect(typePreferenceNote(odd)).toBe('RFC 8445 recommends no value for the type “x-odd”.');
  });
});
