/**
 * The classroom's TURN server, asked for only when a learner clicks: `npm run classroom` serves
 * time-limited credentials at /classroom/turn.json on the page's own origin. The static site has
 * no such file, and its 404 is explained, not thrown.
 */

/** Where the classroom server hands out TURN credentials. */
export const CLASSROOM_TURN_PATH = '/classroom/turn.json';

/** Where it hands out every ICE server for device mode (always 200; empty without coturn). */
export const CLASSROOM_ICE_SERVERS_PATH = '/classroom/ice-servers.json';

/** A TURN server ready for the lab's fields, or why there is none. */
export type ClassroomTurnAnswer =
  | { ok: true; url: string; username: string; credential: string; expiresAt: number }
  | { ok: false; message: string };

interface TurnJson {
  iceServers?: { urls?: string[]; username?: string; credential?: string }[];
  expiresAt?: number;
}

/** Fetches the classroom's credentials; never throws. */
export async function fetchClassroomTurn(): Promise<ClassroomTurnAnswer> {
  let response: Response;
  try {
    response = await fetch(CLASSROOM_TURN_PATH, { cache: 'no-store' });
  } catch {
    return { ok: false, message: 'The page could not reach its own server: check the network.' };
  }
  if (response.status === 404) {
    return {
      ok: false,
      message:
        'No classroom TURN server here: this page is not served by `npm run classroom`, or coturn ' +
        'is not installed on the instructor’s machine. Fill the fields in by hand, or start ' +
        '`npm run turn` on this machine.',
    };
  }
  const body = (await response.json().catch(() => ({}))) as TurnJson;
  const server = body.iceServers?.[0];
  const url = server?.urls?.[0];
  if (!response.ok || !server || !url || !server.username || !server.credential) {
    return {
      ok: false,
      message: `The classroom server answered ${response.status} without a TURN server.`,
    };
  }
  return {
    ok: true,
    url,
    username: server.username,
    credential: server.credential,
    expiresAt: body.expiresAt ?? 0,
  };
}

/**
 * Every ICE server the classroom hands out (its coturn as TURN and as STUN), for a connection
 * between two devices; none when the page is not served by `npm run classroom`. Never throws.
 */
export async function fetchClassroomIceServers(): Promise<RTCIceServer[]> {
  try {
    const response = await fetch(CLASSROOM_ICE_SERVERS_PATH, { cache: 'no-store' });
    if (!response.ok) return [];
    const body = (await response.json()) as TurnJson;
    return (body.iceServers ?? []).flatMap(({ urls, username, credential }) =>
      Array.isArray(urls)
        ? [{ urls, ...(username ? { username } : {}), ...(credential ? { credential } : {}) }]
        : [],
    );
  } catch {
    return [];
  }
}
