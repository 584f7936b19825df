// The tiny UDP protocol of the natlab probe (RFC 5780 §4.3/§4.4 tests without STUN): a client
// sends a JSON request, the probe server answers with the address and port it saw, from the
// endpoint the request asks for. Shared by scripts/natlab/probe-server.ts and probe-agent.ts.

/** The probe server's two addresses and two ports on the lab's public bridge. */
export const PROBE_SERVER = {
  addresses: ['203.0.113.3', '203.0.113.4'],
  ports: [3479, 3480],
} as const;

/** Which of the server's sockets should answer: the one asked, another port, another address and port. */
export type ProbeReplyFrom = 'same' | 'other-port' | 'other-address-and-port';

/** A request the client sends. */
export interface ProbeRequest {
  id: string;
  replyFrom: ProbeReplyFrom;
}

/** The server's answer: the request's source as the server saw it ("ip:port"). */
export interface ProbeReply {
  id: string;
  mapped: string;
}
