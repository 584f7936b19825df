// One NAT's state: its mappings (RFC 4787 §4.1) and the filter each mapping applies to inbound
// packets (RFC 4787 §5). Mutable inside a simulation run; the run only exports plain data.
// Without a firewall (a Linux router with no drop rules) an unsolicited inbound packet reaches the
// router's own stack and leaves a connection-tracking entry that can take a port (a port clash).
import type { NatBehaviour } from './behaviour';
import { endpointText, type Endpoint } from './endpoint';

/** One mapping: an internal endpoint bound to a public port, and where it has sent packets. */
export interface NatMapping {
  internal: Endpoint;
  external: Endpoint;
  /** Destinations this mapping has sent to, as "ip:port"; filtering reads them. */
  sentTo: string[];
}

/** A connection-tracking entry left by an unsolicited packet that no drop rule stopped. */
export interface StrayEntry {
  /** Our public port the packet was sent to. */
  port: number;
  /** Where it came from, as "ip:port". */
  remote: string;
}

/** What an outbound packet did to the mappings; `clashedPort` is the port a stray entry took. */
export interface OutboundResult {
  external: Endpoint;
  created: boolean;
  clashedPort: number | undefined;
}

/** Outcome of an inbound packet at the NAT. */
export type InboundResult =
  { accepted: true; internal: Endpoint } | { accepted: false; reason: string };

/** A NAT with a public IP, a behaviour and its current mappings. */
export class NatDevice {
  readonly mappings: NatMapping[] = [];
  /** Entries left by unsolicited packets when there is no firewall. */
  readonly strays: StrayEntry[] = [];
  private nextPort: number;

  constructor(
    readonly name: string,
    readonly publicIp: string,
    readonly behaviour: NatBehaviour,
    firstPort: number,
    /** true: unsolicited packets are dropped; false: they reach the router and leave an entry. */
    readonly firewall = true,
  ) {
    this.nextPort = firstPort;
  }

  /**
   * Translate an outbound packet (RFC 4787 §4.1): reuse the mapping the behaviour allows, or create
   * one. A mapping whose port already has a stray entry with this destination cannot be used for
   * it (the 5-tuple is taken), so another port is picked, a new mapping even under EIM.
   */
  outbound(internal: Endpoint, destination: Endpoint): OutboundResult {
    const usable = (m: NatMapping) =>
      endpointText(m.internal) === endpointText(internal) && this.reusable(m, destination);
    let mapping = this.mappings.find(
      (m) => usable(m) && !this.clashes(m.external.port, destination),
    );
    const clashedPort = mapping
      ? undefined
      : this.mappings.find((m) => usable(m) && this.clashes(m.external.port, destination))?.external
          .port;
    const created = !mapping;
    if (!mapping) {
      while (this.clashes(this.nextPort, destination)) this.nextPort += 1;
      mapping = { internal, external: { ip: this.publicIp, port: this.nextPort }, sentTo: [] };
      this.nextPort += 1;
      this.mappings.push(mapping);
    }
    if (!mapping.sentTo.includes(endpointText(destination)))
      mapping.sentTo.push(endpointText(destination));
    return { external: mapping.external, created, clashedPort };
  }

  /** Filter an inbound packet to one of our public ports (RFC 4787 §5); without a firewall a refused packet leaves a stray entry. */
  inbound(source: Endpoint, externalPort: number): InboundResult {
    const result = this.filter(source, externalPort);
    if (result.accepted || this.firewall) return result;
    const remote = endpointText(source);
    if (!this.clashes(externalPort, source)) this.strays.push({ port: externalPort, remote });
    return {
      accepted: false,
      reason: `${result.reason}. With no drop rule the packet reaches the router itself, which keeps a connection-tracking entry for port ${externalPort} with ${remote}`,
    };
  }

  private clashes(port: number, remote: Endpoint): boolean {
    return this.strays.some((s) => s.port === port && s.remote === endpointText(remote));
  }

  private filter(source: Endpoint, externalPort: number): InboundResult {
    const mapping = this.mappings.find((m) => m.external.port === externalPort);
    if (!mapping)
      return { accepted: false, reason: `${this.name} has no mapping on port ${externalPort}` };
    const { filtering } = this.behaviour;
    const sentToAddress = mapping.sentTo.some((d) => d.startsWith(`${source.ip}:`));
    const sentToEndpoint = mapping.sentTo.includes(endpointText(source));
    if (filtering === 'adf' && !sentToAddress) {
      return {
        accepted: false,
        reason: `${this.name} filters by address (ADF): port ${externalPort} never sent anything to ${source.ip}`,
      };
    }
    if (filtering === 'apdf' && !sentToEndpoint) {
      return {
        accepted: false,
        reason: `${this.name} filters by address and port (APDF): port ${externalPort} never sent anything to ${endpointText(source)}`,
      };
    }
    return { accepted: true, internal: mapping.internal };
  }

  private reusable(mapping: NatMapping, destination: Endpoint): boolean {
    // RFC 4787 §4.1: EIM reuses the mapping for any destination, ADM for the same destination
    // address, APDM only for the same destination address and port.
    if (this.behaviour.mapping === 'eim') return true;
    if (this.behaviour.mapping === 'adm')
      return mapping.sentTo.some((d) => d.startsWith(`${destination.ip}:`));
    return mapping.sentTo.includes(endpointText(destination));
  }
}
