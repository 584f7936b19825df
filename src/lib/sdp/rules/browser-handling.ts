// What Chromium and Firefox do with attributes that only non-browser endpoints write, as checked
// by adding each one to a browser's own offer and calling setRemoteDescription (November 2026:
// Chromium 156 and Firefox 153 ESR on Debian). Shared by the rules of SIP, RTSP, broadcast and
// conferencing attributes so the wording stays the same everywhere.

/** The attribute is accepted, has no effect and is left out of the answer. */
export const BROWSERS_IGNORE =
  "WebRTC browsers ignore it: added to a browser's own offer, setRemoteDescription accepts the description and the answer leaves the attribute out (checked in Chromium 156 and Firefox 153).";

/** Why a whole non-browser description still fails in a browser even though the attribute does not. */
export const WHOLE_DESCRIPTION_FAILS =
  'A whole description from such an endpoint is still refused, for other reasons: it has no a=fingerprint or a=ice-ufrag, a multicast c= address or plain RTP/AVP.';
