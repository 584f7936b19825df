// The text half of the compact form: lines the other side can rebuild are left out, the line
// endings become LF, and frequent pieces of browser SDP become one control character each (a
// shared dictionary, so even a short data-channel offer gains: DEFLATE alone finds little to
// repeat in 600 bytes). Every rule below was checked against both browsers' captures in
// tests/fixtures/sdp: `restoreSdp(shrinkSdp(sdp))` is `sdp` without the OMITTED lines.

/**
 * Lines left out and written back by `restoreSdp`, because their value is fixed where a browser
 * writes them:
 * - `v=0` opens every description (RFC 8866 §5.1: version 0 is the only one);
 * - `s=-` and `t=0 0` right after `o=` (RFC 9429 §5.2.1: JSEP writes exactly these);
 * - `c=IN IP4 0.0.0.0` right after an `m=` line, when the session has no `c=` (RFC 9429
 *   §5.2.1: the dummy address before any candidate is gathered; RFC 8866 §5.7 needs a `c=` in
 *   every section, so it is restored wherever it is missing).
 */
export const RESTORED_LINES = ['v=0', 's=-', 't=0 0', 'c=IN IP4 0.0.0.0'] as const;

/**
 * Lines left out for good, because the receiver learns nothing from them:
 * - a session-level `a=sendrecv` (Firefox writes one): it is the default (RFC 8866 §6.7) and
 *   every browser's media section carries its own direction (RFC 9429 §5.2.1);
 * - `a=rtcp:9 IN IP4 0.0.0.0` in a section that also says `a=rtcp-mux`: a dummy (RFC 9429
 *   §5.2.1) naming no RTCP port, and with RTCP multiplexed on the RTP port (RFC 5761 §5.1.3)
 *   there is none to name.
 */
export const OMITTED_LINES = ['a=sendrecv (session level)', 'a=rtcp:9 IN IP4 0.0.0.0'] as const;

/** Frequent pieces of browser SDP and their one-character codes (C0 controls, never in SDP). */
const TOKENS: readonly string[] = [
  'm=application 9 UDP/DTLS/SCTP webrtc-datachannel',
  'http://www.webrtc.org/experiments/rtp-hdrext/',
  ' generation 0 network-cost 999',
  'urn:ietf:params:rtp-hdrext:',
  'o=mozilla...THIS_IS_SDPARTA-',
  'a=sctp-port:5000\na=max-message-size:',
  'a=fingerprint:sha-256 ',
  'a=ice-options:trickle',
  'a=end-of-candidates',
  'a=extmap-allow-mixed',
  ' UDP/TLS/RTP/SAVPF ',
  'a=msid-semantic:',
  'a=group:BUNDLE ',
  'a=rtcp-mux\n',
  'a=candidate:',
  'a=ice-ufrag:',
  'a=sendrecv\n',
  'a=ice-pwd:',
  'a=rtcp-fb:',
  'a=rtpmap:',
  'a=extmap:',
  'a=setup:',
  'a=fmtp:',
  'a=ssrc:',
  'a=msid:',
  ' typ host',
  ' IN IP4 ',
  'a=mid:',
];
const CODES = [1, 2, 3, 4, 5, 6, 7, 8, 11, 12, ...Array.from({ length: 18 }, (_, i) => 14 + i)];
const CONTROL = /[\x01-\x08\x0b\x0c\x0e-\x1f]/;

/** Whether `sdp` can use the dictionary (it holds none of the code characters). */
export function canTokenize(sdp: string): boolean {
  return !CONTROL.test(sdp);
}

/** For each line: whether it sits in the session part, and whether its section says rtcp-mux. */
function placeLines(lines: readonly string[]): { inSession: boolean; rtcpMux: boolean }[] {
  const places: { inSession: boolean; rtcpMux: boolean }[] = [];
  let section: { inSession: boolean; rtcpMux: boolean } = { inSession: true, rtcpMux: false };
  for (const line of lines) {
    if (line.startsWith('m=')) section = { inSession: false, rtcpMux: false };
    if (line === 'a=rtcp-mux') section.rtcpMux = true;
    places.push(section);
  }
  return places;
}

function sessionHasConnection(lines: readonly string[]): boolean {
  const end = lines.findIndex((line) => line.startsWith('m='));
  return (end === -1 ? lines : lines.slice(0, end)).some((line) => line.startsWith('c='));
}

function dropLines(lines: readonly string[]): string[] {
  const places = placeLines(lines);
  const sessionC = sessionHasConnection(lines);
  return lines.filter((line, i) => {
    const previous = lines[i - 1] ?? '';
    const { inSession, rtcpMux } = places[i]!;
    const drop =
      (i === 0 && line === 'v=0') ||
      (line === 's=-' && previous.startsWith('o=')) ||
      (line === 't=0 0' && previous.startsWith('s=')) ||
      (line === 'c=IN IP4 0.0.0.0' && previous.startsWith('m=') && !sessionC) ||
      (line === 'a=sendrecv' && inSession) ||
      (line === 'a=rtcp:9 IN IP4 0.0.0.0' && !inSession && rtcpMux);
    return !drop;
  });
}

function restoreLines(lines: readonly string[]): string[] {
  const out = lines[0] === 'v=0' ? [] : ['v=0'];
  const sessionC = sessionHasConnection(lines);
  lines.forEach((line, i) => {
    out.push(line);
    const next = lines[i + 1] ?? '';
    if (line.startsWith('o=') && !next.startsWith('s=')) out.push('s=-');
    const sLine = line.startsWith('s=') || (line.startsWith('o=') && !next.startsWith('s='));
    if (sLine && !next.startsWith('t=')) out.push('t=0 0');
    if (line.startsWith('m=') && !sessionC && !next.startsWith('c=')) out.push('c=IN IP4 0.0.0.0');
  });
  return out;
}

/** The compact text of an SDP, and whether its dictionary codes must be expanded. */
export interface ShrunkSdp {
  text: string;
  tokenized: boolean;
}

/** The compact text of `sdp`: rebuildable and needless lines out, LF endings, dictionary codes. */
export function shrinkSdp(sdp: string): ShrunkSdp {
  const lines = sdp.split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  let text = dropLines(lines).join('\n');
  if (!canTokenize(sdp)) return { text, tokenized: false };
  TOKENS.forEach((token, i) => (text = text.split(token).join(String.fromCharCode(CODES[i]!))));
  return { text, tokenized: true };
}

/** The SDP `shrinkSdp` was given (without its OMITTED lines), with CRLF endings. */
export function restoreSdp({ text, tokenized }: ShrunkSdp): string {
  let expanded = text;
  if (tokenized)
    TOKENS.forEach(
      (token, i) => (expanded = expanded.split(String.fromCharCode(CODES[i]!)).join(token)),
    );
  return restoreLines(expanded.split('\n')).join('\r\n') + '\r\n';
}
