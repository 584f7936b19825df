// The RTCConfiguration the learner's server fields describe, or why there is none.
import { needsTurnCredentials } from '~/lib/ice/ice-server-url';
import { parseIceServerUrlList } from '~/lib/ice/ice-server-url-list';

/** The server fields of the lab as typed. */
export interface ServerFields {
  /** STUN/TURN URLs separated by spaces or commas; empty means no server is contacted. */
  servers: string;
  username: string;
  credential: string;
}

/** A configuration both peers can use, or the problems that keep the lab from opening any. */
export type IceConfigResult = { config: RTCConfiguration } | { problem: string };

/**
 * Reads the fields into one ICE server entry (no entry when no URL is typed); refuses text that
 * is not a STUN or TURN URL, and a TURN URL without both a username and a credential.
 */
export function iceConfiguration(fields: ServerFields): IceConfigResult {
  const { urls, diagnostics } = parseIceServerUrlList(fields.servers);
  if (diagnostics.length > 0) return { problem: diagnostics.map((d) => d.message).join('\n') };
  if (urls.length === 0) return { config: {} };
  if (needsTurnCredentials(urls) && (!fields.username || !fields.credential)) {
    return { problem: 'A TURN server needs a username and a credential: fill in both fields.' };
  }
  const server: RTCIceServer = { urls };
  if (fields.username) server.username = fields.username;
  if (fields.credential) server.credential = fields.credential;
  return { config: { iceServers: [server] } };
}
