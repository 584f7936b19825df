// Clocks and source filters of broadcast media over IP: RFC 7273 reference and media clocks
// (AES67, SMPTE ST 2110) and RFC 4570 source-specific multicast filters.
import type { SdpRule } from '../rule-types';
import { BROWSERS_IGNORE, WHOLE_DESCRIPTION_FAILS } from './browser-handling';

function explainReferenceClock(value: string): string {
  const ptp = /^ptp=([^:]+):([0-9A-Fa-f-]+)(?::(.+))?$/.exec(value);
  if (ptp)
    return `PTP (${ptp[1]}) grandmaster ${ptp[2]}${ptp[3] ? `, domain ${ptp[3]}` : ''}: every sender and receiver locks to this one clock, so RTP timestamps line up across devices.`;
  if (value.startsWith('ntp='))
    return `NTP: ${value.slice(4) === '/traceable/' ? 'any NTP server traceable to UTC' : `the server ${value.slice(4)}`}.`;
  if (value === 'local') return 'local: the sender’s own clock, not shared with anyone.';
  if (value === 'gps' || value === 'gal' || value === 'glonass')
    return `${value}: a satellite time signal.`;
  return `Reference clock "${value}".`;
}

function explainMediaClock(value: string): string {
  const direct = /^direct=(\d+)(?: rate=(.+))?$/.exec(value);
  if (direct)
    return `direct=${direct[1]}: the RTP timestamp is the reference clock's time counted in media clock ticks, with offset ${direct[1]}${direct[2] ? ` and rate ${direct[2]}` : ''}.`;
  if (value === 'sender')
    return 'sender: the media clock is the sender’s own, not derived from the reference clock.';
  if (value.startsWith('IEEE1722='))
    return `IEEE1722: the media clock comes from the AVB (IEEE 1722) stream ${value.slice(9)}.`;
  return `Media clock "${value}".`;
}

/** a=ts-refclk, a=mediaclk and a=source-filter. */
export const BROADCAST_RULES = [
  {
    kind: 'attribute',
    key: 'ts-refclk',
    title: 'Timestamp reference clock',
    grammar: '<clock source...>',
    scope: 'both',
    rfc: 'RFC 7273',
    fields: [{ name: 'clock source', meaning: explainReferenceClock }],
    example: 'a=ts-refclk:ptp=IEEE1588-2008:39-A7-94-FF-FE-07-CB-D0:37',
    summary: 'The wall clock the RTP timestamps are tied to: a PTP grandmaster, NTP, GPS or local.',
    explanation: `AES67 audio and SMPTE ST 2110 video require every device on the network to lock to one PTP grandmaster, so that streams from different senders can be mixed sample-accurately. Browsers have no such clock: they synchronise streams with RTCP sender reports instead. ${BROWSERS_IGNORE} ${WHOLE_DESCRIPTION_FAILS}`,
  },
  {
    kind: 'attribute',
    key: 'mediaclk',
    title: 'Media clock',
    grammar: '<media clock...>',
    scope: 'both',
    rfc: 'RFC 7273',
    fields: [{ name: 'media clock', meaning: explainMediaClock }],
    example: 'a=mediaclk:direct=963214424',
    summary: 'How the RTP timestamps derive from the reference clock of a=ts-refclk.',
    explanation: `With direct=0, an RTP timestamp is the PTP time in media clock ticks (48 kHz for audio, 90 kHz for video), so a receiver knows exactly when each sample was taken. ${BROWSERS_IGNORE}`,
  },
  {
    kind: 'attribute',
    key: 'source-filter',
    title: 'Source filter',
    grammar:
      '[ ]<filter mode> <network type> <address type> <destination address> <source addresses...>',
    scope: 'both',
    rfc: 'RFC 4570',
    fields: [
      {
        name: 'filter mode',
        meaning: (v: string) =>
          v === 'incl'
            ? 'incl: accept packets from the listed sources only.'
            : v === 'excl'
              ? 'excl: accept packets from every source except the listed ones.'
              : `Filter mode "${v}" (incl or excl).`,
      },
      { name: 'network type', meaning: 'IN: Internet.' },
      { name: 'address type', meaning: 'IP4, IP6 or * for both.' },
      {
        name: 'destination address',
        meaning: 'The (multicast) address the filter applies to, as in c=.',
      },
      { name: 'source addresses', meaning: 'The unicast address of a sender.', list: true },
    ],
    example: 'a=source-filter: incl IN IP4 239.0.0.1 192.168.20.20',
    summary:
      'Which senders a receiver should accept on a multicast group (source-specific multicast).',
    explanation: `A ST 2110 or AES67 receiver joins the multicast group of c= with IGMPv3 for the listed source only, so a second device sending to the same group by mistake is not mixed in. WebRTC never uses multicast: Chromium refuses a c= line with a multicast address and TTL ("Multicast is not currently supported"). The attribute alone is ignored: ${BROWSERS_IGNORE}`,
  },
] as const satisfies readonly SdpRule[];
