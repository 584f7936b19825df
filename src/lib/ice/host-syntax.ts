// The host part of ICE addresses and STUN/TURN server URIs: a dotted IPv4 literal, an IPv6
// literal (checked loosely: hex digits, colons and dots, at least one colon), or a DNS name
// (RFC 1123 labels). One place for the patterns that candidates and server URLs share.

const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
const IPV6_CHARACTERS = /^[0-9A-Fa-f:.]{2,45}$/;
const HOST_NAME =
  /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.?$/;

/** Whether text is a dotted-quad IPv4 address with each part from 0 to 255. */
export function isIpv4Address(text: string): boolean {
  return IPV4.test(text);
}

/** Whether text looks like an IPv6 literal (without brackets): hex, colons, dots, one colon at least. */
export function isIpv6Literal(text: string): boolean {
  return IPV6_CHARACTERS.test(text) && text.includes(':');
}

/** Whether text is a DNS host name made of valid labels (it may also be all digits and dots). */
export function isHostName(text: string): boolean {
  return HOST_NAME.test(text);
}
