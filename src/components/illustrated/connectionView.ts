// Build-time model of the illustrated connection: the committed capture decoded by src/lib/wire,
// turned into what the page renders (anchors, layer stacks, hex runs coloured by field) and the
// SDP lines that link to the bytes they cause.
import { bytesToHex } from '~/lib/hex';
import { decodeConnection, type DecodedDatagram } from '~/lib/wire/connection';
import type { ConnectionKeys } from '~/lib/wire/connection-keys';
import type { ConnectionFixture } from '~/lib/wire/fixture-types';
import type { WireField, WireLayer } from '~/lib/wire/types';
import fixtureJson from '../../../tests/fixtures/connection/connection.json';

/** A field with its anchor id and colour slot. */
export interface FieldView extends WireField {
  id: string;
  colour: number;
  /** A stable anchor named after what the field is (stableAnchors.ts), when it has one. */
  alias?: string;
}

/** A run of hex bytes belonging to one field (or to none: colour -1). */
export interface HexRun {
  hex: string;
  colour: number;
  field?: string;
}

/** One layer as rendered: title, hex runs, fields, and inner layers (decrypted ones flagged). */
export interface LayerView {
  title: string;
  protocol: string;
  decrypted: boolean;
  /** The layer's bytes, for build-time computations (not rendered). */
  bytes: Uint8Array;
  hex: HexRun[];
  fields: FieldView[];
  inner: LayerView[];
}

/** One datagram card. */
export interface DatagramView {
  index: number;
  id: string;
  at: number;
  from: 'werift' | 'chromium';
  kind: 'stun' | 'dtls' | 'sctp' | 'rtp' | 'rtcp' | 'other';
  length: number;
  stack: string;
  summary: string;
  layers: LayerView[];
  /** A stable anchor named after what the datagram is (stableAnchors.ts), when it has one. */
  alias?: string;
}

/** The fixture as typed data. */
export const fixture = fixtureJson as ConnectionFixture;

function layerView(
  layer: WireLayer,
  anchor: string,
  counter: { n: number },
  decrypted: boolean,
): LayerView {
  const fields = layer.fields.map((f, i) => ({
    ...f,
    id: `${anchor}f${(counter.n += 1)}`,
    colour: i % 6,
  }));
  const owner = new Array<number>(layer.bytes.length).fill(-1);
  fields.forEach((f, i) => {
    for (let b = f.start; b < f.end; b += 1) if (owner[b] === -1) owner[b] = i;
  });
  const hex: HexRun[] = [];
  for (let b = 0; b < owner.length;) {
    const i = owner[b]!;
    let e = b + 1;
    while (e < owner.length && owner[e] === i) e += 1;
    const field = fields[i];
    hex.push({
      hex: bytesToHex(layer.bytes.subarray(b, e), ' '),
      colour: field ? field.colour : -1,
      ...(field ? { field: field.name } : {}),
    });
    b = e;
  }
  const inner = layer.inner.map((l) =>
    layerView(l, anchor, counter, l.title.startsWith('Decrypted')),
  );
  return {
    title: layer.title,
    protocol: layer.protocol,
    decrypted,
    bytes: layer.bytes,
    hex,
    fields,
    inner,
  };
}

function kindOf(d: DecodedDatagram): DatagramView['kind'] {
  if (d.kind === 'dtls' && d.names.some((n) => n.startsWith('SCTP'))) return 'sctp';
  return d.kind === 'stun' || d.kind === 'dtls' || d.kind === 'rtp' || d.kind === 'rtcp'
    ? d.kind
    : 'other';
}

function stackOf(d: DecodedDatagram): string {
  const protocols = new Set<string>();
  const walk = (l: WireLayer) => {
    const name = {
      stun: 'STUN',
      dtls: 'DTLS',
      'dtls-handshake': 'DTLS',
      sctp: 'SCTP',
      'sctp-chunk': 'SCTP',
      dcep: 'DCEP',
      message: 'message',
      rtp: 'SRTP',
      rtcp: 'SRTCP',
      raw: 'bytes',
    }[l.protocol];
    protocols.add(name);
    l.inner.forEach(walk);
  };
  d.layers.forEach(walk);
  return ['UDP', ...protocols].join(' › ');
}

/** Repeats of these (same sender, same contents) are shown whole twice, then as a table row. */
const REPEATS = /^(STUN Binding (request|success response)|SCTP SACK|SRTCP )/;
/** How many of each repeated kind are shown whole. */
export const REPEATS_SHOWN = 2;

/** The datagrams shown as cards: all kept whole, except repeated checks, SACKs and reports after the first two. */
function shownWhole(datagrams: readonly DecodedDatagram[]): Set<DecodedDatagram> {
  const seen = new Map<string, number>();
  return new Set(
    datagrams.filter((d) => {
      if (d.summarised) return false;
      const what = d.names.join(' · ');
      if (!REPEATS.test(what)) return true;
      const key = `${d.from} ${what}`;
      seen.set(key, (seen.get(key) ?? 0) + 1);
      return seen.get(key)! <= REPEATS_SHOWN;
    }),
  );
}

/** Every datagram decoded and shaped for the page, with the derived keys. */
export async function connectionView(): Promise<{
  keys: ConnectionKeys;
  whole: DatagramView[];
  media: DecodedDatagram[];
}> {
  const { keys, datagrams } = await decodeConnection(fixture);
  const shown = shownWhole(datagrams);
  const whole = datagrams
    .filter((d) => shown.has(d))
    .map((d) => {
      const id = `d${d.index}`;
      const counter = { n: 0 };
      return {
        index: d.index,
        id,
        at: d.at,
        from: d.from,
        kind: kindOf(d),
        length: d.length,
        stack: stackOf(d),
        summary: d.names.join(' · '),
        layers: d.layers.map((l) => layerView(l, id, counter, false)),
      };
    });
  return { keys, whole, media: datagrams.filter((d) => !shown.has(d)) };
}

/** The first field, in datagram order, whose datagram and field match: its anchor, or undefined. */
export function findField(
  whole: readonly DatagramView[],
  datagram: (d: DatagramView) => boolean,
  field: (f: FieldView) => boolean,
): FieldView | undefined {
  const walk = (l: LayerView): FieldView | undefined =>
    l.fields.find(field) ?? l.inner.map(walk).find(Boolean);
  for (const d of whole.filter(datagram)) {
    const found = d.layers.map(walk).find(Boolean);
    if (found) return found;
  }
  return undefined;
}
