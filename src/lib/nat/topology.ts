// The fixed addresses of the simulated network: private LANs (RFC 1918), NAT public addresses and
// servers from the documentation ranges (RFC 5737).
import type { Endpoint } from './endpoint';

/** Every address the simulation uses. */
export const TOPOLOGY = {
  hostA: { ip: '10.0.0.2', port: 5000 },
  hostB: { ip: '192.168.1.2', port: 6000 },
  natA: { publicIp: '203.0.113.10', firstPort: 40000 },
  natB: { publicIp: '198.51.100.20', firstPort: 50000 },
  stunServer: { ip: '192.0.2.10', port: 3478 },
  turnServer: { ip: '192.0.2.20', port: 3478 },
  relayA: { ip: '192.0.2.20', port: 49152 },
  relayB: { ip: '192.0.2.20', port: 49153 },
} as const satisfies Record<string, Endpoint | { publicIp: string; firstPort: number }>;

/** Timing of the simulation in milliseconds. */
export const TIMING = {
  /** One-way delay of every packet. */
  latency: 20,
  /** When each agent has the other's candidates (non-trickle: after gathering, through signaling). */
  candidatesAtA: 300,
  candidatesAtB: 320,
  /** Pacing of new checks, Ta (RFC 8445 §14.2). */
  pacing: 50,
  /** Offsets of a check's transmissions from its first one (retransmissions, RFC 8489 §6.2.1 shortened). */
  retransmissions: [0, 100, 300, 700, 1500],
  /**
   * Peer-reflexive candidates an agent adds at most. Behind two APDM NATs every triggered check
   * opens a new port, which the other side learns and checks from yet another new port, without
   * end; the triggered checks would then starve the relay pairs. Real agents bound this too.
   */
  maxPeerReflexive: 3,
  /** The run stops here at the latest. */
  end: 4000,
} as const;

/** Whether an address is private (RFC 1918), so unroutable from another network. */
export function isPrivateIp(ip: string): boolean {
  return ip.startsWith('10.') || ip.startsWith('192.168.') || /^172\.(1[6-9]|2\d|3[01])\./.test(ip);
}
