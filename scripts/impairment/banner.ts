/** What `npm run turn` prints about the impairment proxy: its URL, the media lab link, Firefox. */
import { describeConditions, type ImpairmentConditions } from './conditions.ts';

/** What the banner needs to know about the running proxy and the TURN server behind it. */
export interface ImpairedTurnDetails {
  conditions: ImpairmentConditions;
  /** `turn:` URL of the proxy (UDP). */
  url: string;
  username: string;
  credential: string;
  /** The TURN server the proxy forwards to, `address:port`. */
  upstream: string;
}

/** The media lab's preset for sending through the relay with these credentials. */
export function mediaLabQuery(
  details: Pick<ImpairedTurnDetails, 'url' | 'username' | 'credential'>,
): string {
  return new URLSearchParams({
    lab: 'media-lab',
    relay: '1',
    url: details.url,
    username: details.username,
    credential: details.credential,
  }).toString();
}

/** Two local peers relayed by one server cross the proxy twice: the loss compounds. */
function endToEndLoss(percent: number): string[] {
  if (percent === 0) return [];
  const both = Math.round((1 - (1 - percent / 100) ** 2) * 1000) / 10;
  return [
    'A relayed connection between two local peers crosses the proxy twice (up from one, down to',
    `the other): ${percent}% loss per crossing is about ${both}% end to end.`,
  ];
}

/** The lines printed once the proxy listens. */
export function impairmentBanner(
  details: ImpairedTurnDetails,
  siteOrigin = 'http://localhost:4321',
): string {
  return [
    `Impairment proxy (UDP only) in front of coturn ${details.upstream}:`,
    `  ${describeConditions(details.conditions)}`,
    '  Applied in both directions, per client (each source address has its own link and its',
    '  own socket towards coturn). Packets keep their order; the queue drops the newest when full.',
    '',
    `  URL         ${details.url}`,
    `  username    ${details.username}`,
    `  credential  ${details.credential}`,
    '',
    'The media lab’s “send through the relay” option uses it; with `npm run dev`:',
    `  ${siteOrigin}/chapters/media/?${mediaLabQuery(details)}`,
    ...endToEndLoss(details.conditions.lossPercent),
    'Firefox never contacts a TURN server on 127.x unless about:config has',
    '`media.peerconnection.ice.loopback` set to true; Chromium needs nothing.',
    'The proxy’s packet counts are printed every 10 s while they change, and on exit.',
    '',
  ].join('\n');
}
