// Payload type range checks shared by m=, rtpmap, fmtp and rtcp-fb (RFC 3550 §5.1, RFC 5761 §4).
import type { LineFinding } from '../rule-types';

const NONE: readonly LineFinding[] = [];

/** Whether an m-line protocol carries RTP (so its formats are payload types). */
export function isRtpProto(proto: string): boolean {
  return proto.includes('RTP/');
}

/** The value of 1 to 3 decimal digits, or -1 for anything else. */
function smallDecimal(value: string): number {
  if (value.length === 0 || value.length > 3) return -1;
  let n = 0;
  for (let i = 0; i < value.length; i += 1) {
    const digit = value.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    n = n * 10 + digit;
  }
  return n;
}

/** Check one payload type: 0..127 (7 bits in the RTP header); 64..95 collide with RTCP packet types under rtcp-mux. */
export function checkPayloadType(value: string, wildcardAllowed = false): readonly LineFinding[] {
  if (wildcardAllowed && value === '*') return NONE;
  const n = smallDecimal(value);
  if (n < 0 || n > 127) {
    return [
      {
        severity: 'error',
        message: `Payload type "${value}" is out of range: RTP payload types are 0 to 127 (RFC 3550 §5.1).`,
      },
    ];
  }
  if (n >= 64 && n <= 95) {
    return [
      {
        severity: 'warning',
        message: `Payload type ${n} is in 64-95, which collides with RTCP packet types when RTP and RTCP share a port (RFC 5761 §4).`,
      },
    ];
  }
  return NONE;
}

/** Describe a payload type number: static assignment (RFC 3551 §6) or dynamic. */
export function describePayloadType(value: string): string {
  const n = Number(value);
  if (value === '*') return 'Every payload type of this section.';
  if (!Number.isInteger(n)) return 'Not a payload type number.';
  if (n >= 96 && n <= 127)
    return `Dynamic payload type ${n}: its codec is whatever the a=rtpmap line for ${n} says.`;
  return `Payload type ${n}, from the static range 0-95 (RFC 3551 §6); browsers also reuse unassigned numbers there when 96-127 run out, always with an a=rtpmap.`;
}
