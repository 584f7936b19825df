// Every key of the captured connection, derived step by step from the keylog's master secret and
// the two hello randoms: DTLS record keys, the exported SRTP master keys and their session keys.
import type { ConnectionFixture } from './fixture-types';
import { srtpSessionKeys, type SrtpSessionKeys } from './srtp-keys';
import { hexBytes } from './subtle';
import { recordKeys, srtpMasterKeys, type RecordKeys, type SrtpMasterKeys } from './tls-keys';

/** The derived keys; `client` and `server` are the SRTP session keys of what each DTLS side sends. */
export interface ConnectionKeys {
  record: RecordKeys;
  master: SrtpMasterKeys;
  client: SrtpSessionKeys;
  server: SrtpSessionKeys;
}

/** Derive every key from the fixture's DTLS secrets. */
export async function connectionKeys(dtls: ConnectionFixture['dtls']): Promise<ConnectionKeys> {
  const secret = hexBytes(dtls.masterSecret);
  const clientRandom = hexBytes(dtls.clientRandom);
  const serverRandom = hexBytes(dtls.serverRandom);
  const record = await recordKeys(secret, clientRandom, serverRandom);
  const master = await srtpMasterKeys(secret, clientRandom, serverRandom);
  const client = await srtpSessionKeys(master.clientKey, master.clientSalt);
  const server = await srtpSessionKeys(master.serverKey, master.serverSalt);
  return { record, master, client, server };
}

/** Payload type names (a=rtpmap) and header extension URIs (a=extmap) of an SDP, merged over its sections. */
export function sdpMediaMaps(sdp: string): {
  codecs: Record<number, string>;
  extmap: Record<number, string>;
} {
  const codecs: Record<number, string> = {};
  const extmap: Record<number, string> = {};
  for (const line of sdp.split(/\r?\n/)) {
    const rtpmap = /^a=rtpmap:(\d+) ([^/\s]+)/.exec(line);
    if (rtpmap) codecs[Number(rtpmap[1])] = rtpmap[2]!;
    const ext = /^a=extmap:(\d+)(?:\/\w+)? (\S+)/.exec(line);
    if (ext) extmap[Number(ext[1])] = ext[2]!;
  }
  return { codecs, extmap };
}
