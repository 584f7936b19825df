// Differential test: every field that both our annotator and sdp-transform parse must agree,
// on every captured fixture. sdp-transform is only an oracle here: it drops lines it does not
// know, so it never decides what we show.
import { parse } from 'sdp-transform';
import { describe, expect, it } from 'vitest';
import { annotateSdp, type AnnotatedLine } from '~/lib/sdp/index';
import { readFixtureLines, readSdpFixtures, wrapInDescription } from './fixture-files';

type Row = Record<string, string>;
const f = (line: AnnotatedLine, name: string) => line.fields.find((x) => x.name === name)?.value;
const all = (line: AnnotatedLine, name: string) =>
  line.fields.filter((x) => x.name === name).map((x) => x.value);
const clean = (row: Record<string, unknown>): Row =>
  Object.fromEntries(
    Object.entries(row)
      .filter(([, v]) => v !== undefined && v !== null && v !== '')
      .map(([k, v]) => [k, String(v)]),
  );

/** Our annotation, reshaped like sdp-transform's output for the attributes both read. */
function ours(lines: AnnotatedLine[]): Record<string, Row[]>[] {
  const parts: Record<string, Row[]>[] = [{}];
  const push = (key: string, row: Record<string, unknown>) =>
    ((parts[parts.length - 1] as Record<string, Row[]>)[key] ??= []).push(clean(row));
  for (const l of lines) {
    if (l.kind === 'm') parts.push({});
    const key = l.kind === 'a' ? l.name : l.kind;
    const ip = (v: string | undefined) => (v === 'IP4' ? '4' : v === 'IP6' ? '6' : v);
    switch (key) {
      case 'v':
        push(key, { version: f(l, 'version') });
        break;
      case 'o':
        push(key, {
          username: f(l, 'username'),
          sessionId: f(l, 'session id'),
          sessionVersion: f(l, 'session version'),
          netType: f(l, 'network type'),
          ipVer: ip(f(l, 'address type')),
          address: f(l, 'unicast address'),
        });
        break;
      case 's':
        push(key, { name: f(l, 'session name') });
        break;
      case 't':
        push(key, { start: f(l, 'start time'), stop: f(l, 'stop time') });
        break;
      case 'c':
        push(key, { version: ip(f(l, 'address type')), ip: f(l, 'connection address') });
        break;
      case 'm':
        push(key, {
          type: f(l, 'media'),
          port: f(l, 'port'),
          protocol: f(l, 'proto'),
          payloads: all(l, 'format').join(' '),
        });
        break;
      case 'rtpmap':
        push(key, {
          payload: f(l, 'payload type'),
          codec: f(l, 'encoding name'),
          rate: f(l, 'clock rate'),
          encoding: f(l, 'channels'),
        });
        break;
      case 'fmtp':
        push(key, { payload: f(l, 'payload type'), config: l.raw.slice(l.raw.indexOf(' ') + 1) });
        break;
      case 'rtcp-fb':
        push(key, {
          payload: f(l, 'payload type'),
          type: f(l, 'feedback type'),
          subtype: f(l, 'feedback parameter'),
        });
        break;
      case 'extmap':
        push(key, { value: f(l, 'id'), direction: f(l, 'direction'), uri: f(l, 'uri') });
        break;
      case 'ice-ufrag':
      case 'ice-pwd':
      case 'setup':
      case 'mid':
      case 'sctp-port':
      case 'max-message-size':
        push(key, { value: l.fields[0]?.value });
        break;
      case 'ice-options':
        push(key, { value: all(l, 'options').join(' ') });
        break;
      case 'fingerprint':
        push(key, { type: f(l, 'hash function'), hash: f(l, 'fingerprint') });
        break;
      case 'msid':
        push(key, { id: f(l, 'stream id'), appdata: f(l, 'track id') });
        break;
      case 'ssrc':
        push(key, { id: f(l, 'ssrc id'), attribute: f(l, 'attribute'), value: f(l, 'value') });
        break;
      case 'ssrc-group':
        push(key, { semantics: f(l, 'semantics'), ssrcs: all(l, 'ssrc ids').join(' ') });
        break;
      case 'group':
        push(key, { type: f(l, 'semantics'), mids: all(l, 'identification tags').join(' ') });
        break;
      case 'rid':
        push(key, { id: f(l, 'rid id'), direction: f(l, 'direction') });
        break;
      case 'simulcast':
        push(key, { dir1: f(l, 'direction'), list1: f(l, 'streams') });
        break;
      case 'rtcp':
        push(key, {
          port: f(l, 'port'),
          netType: f(l, 'network type'),
          ipVer: ip(f(l, 'address type')),
          address: f(l, 'connection address'),
        });
        break;
      case 'sendrecv':
      case 'sendonly':
      case 'recvonly':
      case 'inactive':
        push('direction', { value: key });
        break;
      case 'candidate':
        push(key, {
          foundation: f(l, 'foundation'),
          component: f(l, 'component'),
          transport: f(l, 'transport'),
          priority: f(l, 'priority'),
          ip: f(l, 'address'),
          port: f(l, 'port'),
          type: f(l, 'type'),
          raddr: f(l, 'raddr'),
          rport: f(l, 'rport'),
          tcptype: f(l, 'tcptype'),
          generation: f(l, 'generation'),
          'network-id': f(l, 'network-id'),
          'network-cost': f(l, 'network-cost'),
        });
        break;
      default:
    }
  }
  return parts;
}

type Parsed = Record<string, unknown>;
const rows = (
  value: unknown,
  map: (x: Parsed) => Record<string, unknown> = (x) => x,
): Row[] | undefined =>
  Array.isArray(value) ? (value as Parsed[]).map((x) => clean(map(x))) : undefined;
/** sdp-transform keeps only the last of a repeated single-valued attribute: such rows are marked. */
const SINGLE = new WeakSet<Row[]>();
const single = (list: Row[]): Row[] => (SINGLE.add(list), list);
const one = (
  value: unknown,
  map: (x: Parsed) => Record<string, unknown> = (x) => x,
): Row[] | undefined =>
  value === undefined || value === null ? undefined : single([clean(map(value as Parsed))]);
const scalar = (value: unknown): Row[] | undefined =>
  value === undefined ? undefined : single([clean({ value })]);

/** sdp-transform's parse of one part (session or media), in the same shape. */
function theirs(part: Parsed, session: boolean): Record<string, Row[] | undefined> {
  const view: Record<string, Row[] | undefined> = {
    c: one(part['connection']),
    rtpmap: rows(part['rtp']),
    fmtp: rows(part['fmtp']),
    'rtcp-fb': rows(part['rtcpFb']),
    extmap: rows(part['ext']),
    'ice-ufrag': scalar(part['iceUfrag']),
    'ice-pwd': scalar(part['icePwd']),
    'ice-options': scalar(part['iceOptions']),
    setup: scalar(part['setup']),
    mid: scalar(part['mid']),
    'sctp-port': scalar(part['sctpPort']),
    'max-message-size': scalar(part['maxMessageSize']),
    fingerprint: one(part['fingerprint']),
    msid: rows(part['msid']),
    ssrc: rows(part['ssrcs']),
    'ssrc-group': rows(part['ssrcGroups']),
    group: rows(part['groups']),
    rid: rows(part['rids'], (x) => ({ id: x['id'], direction: x['direction'] })),
    simulcast: one(part['simulcast']),
    rtcp: one(part['rtcp']),
    direction: scalar(part['direction']),
    candidate: rows(part['candidates']),
  };
  if (session)
    Object.assign(view, {
      v: one({ version: part['version'] }),
      o: one(part['origin']),
      s: one({ name: part['name'] }),
      t: one(part['timing']),
    });
  else
    view['m'] = one({
      type: part['type'],
      port: part['port'],
      protocol: part['protocol'],
      payloads: part['payloads'],
    });
  return view;
}

function compare(text: string): number {
  const mine = ours(annotateSdp(text).lines);
  const parsed = parse(text) as unknown as Parsed;
  const media = (parsed['media'] as Parsed[] | undefined) ?? [];
  let compared = 0;
  [parsed, ...media].forEach((part, i) => {
    const expected = theirs(part, i === 0);
    for (const [key, value] of Object.entries(expected)) {
      if (value === undefined) continue;
      const all = SINGLE.has(value) ? mine[i]?.[key]?.slice(-1) : (mine[i]?.[key] ?? []);
      // Only the fields sdp-transform produced: where it drops one (msid "-" {id}), there is nothing to compare.
      const actual = all?.map((row, j) =>
        Object.fromEntries(Object.keys(value[j] ?? row).map((k) => [k, row[k]])),
      );
      expect(actual, `${key} in part ${i}`).toEqual(value);
      compared += value.length;
    }
  });
  return compared;
}

describe('annotateSdp', () => {
  it.each(readSdpFixtures().map((x) => [x.name, x.text]))(
    'agrees with sdp-transform on every field both parse in %s',
    (_name, text) => {
      expect(compare(text)).toBeGreaterThan(10);
    },
  );

  it('agrees with sdp-transform on every hand-written srflx, prflx, relay and TCP candidate', () => {
    expect(compare(wrapInDescription(readFixtureLines('candidates.txt')))).toBeGreaterThan(12);
  });

  it('reads Chromium\'s "msid-semantic: WMS <id>" with its space, where sdp-transform shifts the fields', () => {
    const text = wrapInDescription([]).replace('t=0 0', 't=0 0\r\na=msid-semantic: WMS stream1');
    const line = annotateSdp(text).lines.find((l) => l.name === 'msid-semantic');
    expect(line?.fields.map((x) => [x.name, x.value])).toEqual([
      ['semantic', 'WMS'],
      ['stream ids', 'stream1'],
    ]);
  });
});
