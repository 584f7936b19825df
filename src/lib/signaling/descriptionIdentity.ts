/**
 * What ties a description to the connection that wrote it: its first ICE username fragment and
 * DTLS certificate fingerprint (RFC 8839 §5.4, RFC 8122 §5). A new RTCPeerConnection draws new
 * ones, so two descriptions with the same identity come from the same connection.
 */
export function descriptionIdentity(sdp: string): string | null {
  const ufrag = /^a=ice-ufrag:(\S+)/m.exec(sdp)?.[1];
  const fingerprint = /^a=fingerprint:(\S+ \S+)/m.exec(sdp)?.[1];
  return ufrag && fingerprint ? `${ufrag} ${fingerprint}` : null;
}

/** The ICE username fragment of a description (its first `a=ice-ufrag`), for messages. */
export function iceUfrag(sdp: string): string | null {
  return /^a=ice-ufrag:(\S+)/m.exec(sdp)?.[1] ?? null;
}
