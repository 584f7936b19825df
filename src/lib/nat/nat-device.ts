// One NAT's state: its mappings (RFC 4787 §4.1) and the filter each mapping applies to inbound
// packets (RFC 4787 §5). Mutable inside a simulation run; the run only exports plain data.
import type { NatBehaviour } from './behaviour';
import { endpointText, type Endpoint } from './endpoint';

/** One mapping: an internal endpoint bound to a public port, and where it has sent packets. */
export interface NatMapping {
  internal: Endpoint;
  external: Endpoint;
  /** Destinations this mapping has sent to, as "ip:port"; filtering reads them. */
  sentTo: string[];
}

/** Outcome of an inbound packet at the NAT. */
export type InboundResult =
  { accepted: true; internal: Endpoint } | { accepted: false; reason: string };

/** A NAT with a public IP, a behaviour and its current mappings. */
export class NatDevice {
  readonly mappings: NatMapping[] = [];
  private nextPort: number;

  constructor(
    readonly name: string,
    readonly publicIp: string,
    readonly behaviour: NatBehaviour,
    firstPort: number,
  ) {
    this.nextPort = firstPort;
  }

  /** Translate an outbound packet (RFC 4787 §4.1): reuse the mapping the behaviour allows, or create one. */
  outbound(internal: Endpoint, destination: Endpoint): { external: Endpoint; created: boolean } {
    let mapping = this.mappings.find(
      (m) => endpointText(m.internal) === endpointText(internal) && this.reusable(m, destination),
    );
    const created = !mapping;
    if (!mapping) {
      mapping = { internal, external: { ip: this.publicIp, port: this.nextPort }, sentTo: [] };
      this.nextPort += 1;
      this.mappings.push(mapping);
    }
    if (!mapping.sentTo.includes(endpointText(destination)))
      mapping.sentTo.push(endpointText(destination));
    return { external: mapping.external, created };
  }

  /** Filter an inbound packet to one of our public ports (RFC 4787 §5). */
  inbound(source: Endpoint, externalPort: number): InboundResult {
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
