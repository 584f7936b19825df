/** Packet counts of the impairment proxy, per direction, and their one-line summary. */

/** Counts for one direction, all clients together. */
export interface DirectionStats {
  /** Packets that reached the proxy. */
  packetsIn: number;
  /** Packets the proxy sent on. */
  packetsOut: number;
  /** Packets dropped by the random loss. */
  lost: number;
  /** Packets dropped because the queue in front of the rate cap was full. */
  queueDropped: number;
  bytesIn: number;
  bytesOut: number;
}

/** Counts in both directions: up is client -> TURN server, down is TURN server -> client. */
export interface ProxyStats {
  up: DirectionStats;
  down: DirectionStats;
  /** Clients (source addresses) with an upstream socket right now. */
  clients: number;
  /** Clients seen since the start. */
  clientsSeen: number;
}

/** Zero counts for one direction. */
export function emptyDirectionStats(): DirectionStats {
  return { packetsIn: 0, packetsOut: 0, lost: 0, queueDropped: 0, bytesIn: 0, bytesOut: 0 };
}

/** The share of packets in that were dropped (lost or queue-full), in percent, one decimal. */
export function dropPercent(d: DirectionStats): number {
  return d.packetsIn === 0 ? 0 : Math.round(((d.lost + d.queueDropped) / d.packetsIn) * 1000) / 10;
}

function line(name: string, d: DirectionStats): string {
  return (
    `${name} in ${d.packetsIn}, out ${d.packetsOut}, lost ${d.lost}, queue-full ${d.queueDropped}` +
    ` (${dropPercent(d)}% dropped, ${Math.round(d.bytesOut / 1024)} KiB out)`
  );
}

/** Two lines a terminal shows: one per direction, with the client count. */
export function formatStats(stats: ProxyStats): string {
  return [
    `${line('up   (client -> coturn):', stats.up)}; clients ${stats.clients} (${stats.clientsSeen} seen)`,
    line('down (coturn -> client):', stats.down),
  ].join('\n');
}
