// Transport addresses in the simulation.

/** An IP address and port. */
export interface Endpoint {
  ip: string;
  port: number;
}

/** "ip:port" text for an endpoint. */
export function endpointText(endpoint: Endpoint): string {
  return `${endpoint.ip}:${endpoint.port}`;
}

/** Whether two endpoints are the same address and port. */
export function sameEndpoint(a: Endpoint, b: Endpoint): boolean {
  return a.ip === b.ip && a.port === b.port;
}
