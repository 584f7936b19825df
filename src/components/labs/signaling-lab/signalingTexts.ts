/** The signaling lab's words and small pure pieces: ids, the second tab's URL, the summary. */

/** Shown when the browser has no BroadcastChannel (the two tabs cannot find each other). */
export const NO_BROADCAST_MESSAGE =
  'This browser has no BroadcastChannel, which the two tabs use to find each other and carry ' +
  'the offer, the answer and the candidates. The “by hand” tab works without it: there you ' +
  'carry them yourself.';

/** A random id of 12 hex digits (getRandomValues: also on plain http, unlike randomUUID). */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(6));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The URL of this page that opens the lab in session `session`, scrolled to the lab. */
export function secondTabUrl(href: string, session: string): string {
  const url = new URL(href);
  url.search = new URLSearchParams({ lab: 'signaling-lab', tab: 'two-tabs', session }).toString();
  url.hash = 'lab-signaling-lab';
  return url.href;
}

/** What a finished call tells the learner. */
export function summary(call: {
  role: string | null;
  messages: number;
  rollbacks: number;
  ignoredOffers: number;
}): string {
  const glare =
    call.rollbacks > 0
      ? ' Glare: this polite tab rolled its own offer back and answered the other one.'
      : call.ignoredOffers > 0
        ? ' Glare: this impolite tab ignored the colliding offer; the polite tab rolled back.'
        : '';
  return `Connected as the ${call.role} tab; ${call.messages} messages exchanged.${glare}`;
}
