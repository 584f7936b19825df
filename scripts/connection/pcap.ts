/**
 * A classic libpcap file (LINKTYPE_IPV4, 228) of UDP datagrams between two IPv4 endpoints, with
 * IPv4 header checksums and zero UDP checksums (allowed for IPv4, RFC 768), so tshark reads it.
 */

/** One datagram for the pcap: a time in ms from `baseSeconds`, endpoints and payload. */
export interface PcapDatagram {
  at: number;
  source: { address: string; port: number };
  destination: { address: string; port: number };
  payload: Uint8Array;
  /** IP protocol number: 17 UDP (default), 132 SCTP when the payload is a bare SCTP packet. */
  protocol?: number;
}

function ipv4(address: string): number[] {
  return address.split('.').map((part) => Number(part) & 0xff);
}

function ipv4Header(total: number, protocol: number, source: string, destination: string) {
  const header = [0x45, 0, total >> 8, total & 0xff, 0, 0, 0x40, 0, 64, protocol, 0, 0];
  header.push(...ipv4(source), ...ipv4(destination));
  let sum = 0;
  for (let i = 0; i < 20; i += 2) sum += ((header[i] as number) << 8) | (header[i + 1] as number);
  while (sum > 0xffff) sum = (sum & 0xffff) + (sum >> 16);
  const checksum = ~sum & 0xffff;
  header[10] = checksum >> 8;
  header[11] = checksum & 0xff;
  return header;
}

/** The bytes of a pcap file holding the datagrams, time-stamped from `baseSeconds`. */
export function pcapFile(datagrams: readonly PcapDatagram[], baseSeconds: number): Uint8Array {
  const parts: Uint8Array[] = [];
  const global = new DataView(new ArrayBuffer(24));
  global.setUint32(0, 0xa1b2c3d4, true);
  global.setUint16(4, 2, true);
  global.setUint16(6, 4, true);
  global.setUint32(16, 65535, true);
  global.setUint32(20, 228, true);
  parts.push(new Uint8Array(global.buffer));
  for (const d of datagrams) {
    const protocol = d.protocol ?? 17;
    const transport =
      protocol === 17
        ? [
            d.source.port >> 8,
            d.source.port & 0xff,
            d.destination.port >> 8,
            d.destination.port & 0xff,
            (d.payload.length + 8) >> 8,
            (d.payload.length + 8) & 0xff,
            0,
            0,
          ]
        : [];
    const total = 20 + transport.length + d.payload.length;
    const packet = new Uint8Array(total);
    packet.set(ipv4Header(total, protocol, d.source.address, d.destination.address), 0);
    packet.set(transport, 20);
    packet.set(d.payload, 20 + transport.length);
    const record = new DataView(new ArrayBuffer(16));
    const micros = Math.round(d.at * 1000);
    record.setUint32(0, baseSeconds + Math.floor(micros / 1e6), true);
    record.setUint32(4, micros % 1e6, true);
    record.setUint32(8, total, true);
    record.setUint32(12, total, true);
    parts.push(new Uint8Array(record.buffer), packet);
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
