// Whether the ICE explorer tells the learner that host addresses are hidden behind mDNS names.
import { describe, expect, it } from 'vitest';
import { hostsHiddenByMdns, toCandidateRow } from '~/components/labs/ice-explorer/candidateRows';

const MDNS_HOST =
  'candidate:3603949640 1 udp 2113937151 2852ca06-f41c-42a9-b85a-71667e33d90a.local 42287 typ host generation 0';
const RAW_HOST = 'candidate:0 1 UDP 2122187007 192.0.2.2 46473 typ host';
const SRFLX =
  'candidate:842163049 1 udp 1677729535 203.0.113.45 58922 typ srflx raddr 0.0.0.0 rport 0 generation 0';

/** The rows the lab would show for these lines, in order. */
function rows(...lines: string[]) {
  return lines.map((line, i) => {
    const row = toCandidateRow('A', line, 0, 0, i);
    if (!row) throw new Error(`no row for ${line}`);
    return row;
  });
}

describe('hostsHiddenByMdns', () => {
  it('knows nothing before the first host candidate', () => {
    expect(hostsHiddenByMdns([])).toBeNull();
    expect(hostsHiddenByMdns(rows(SRFLX))).toBeNull();
  });

  it('is true when a host candidate carries a .local name', () => {
    expect(hostsHiddenByMdns(rows(MDNS_HOST, SRFLX))).toBe(true);
  });

  it('is false when every host candidate shows an IP address', () => {
    expect(hostsHiddenByMdns(rows(RAW_HOST, SRFLX))).toBe(false);
  });

  it('is true as soon as one host is hidden, even beside a raw one', () => {
    expect(hostsHiddenByMdns(rows(RAW_HOST, MDNS_HOST))).toBe(true);
  });
});
