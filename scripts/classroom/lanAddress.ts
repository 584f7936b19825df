/** The machine's LAN address, where learners' devices can reach the classroom server. */
import { networkInterfaces } from 'node:os';

const PRIVATE = /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/;

/**
 * The first private IPv4 address of an interface that is up and not loopback (10/8, 172.16/12,
 * 192.168/16), else any non-loopback IPv4, else undefined.
 */
export function lanAddress(): string | undefined {
  const addresses = Object.values(networkInterfaces())
    .flat()
    .filter((a) => a !== undefined && a.family === 'IPv4' && !a.internal)
    .map((a) => a!.address);
  return addresses.find((a) => PRIVATE.test(a)) ?? addresses[0];
}
