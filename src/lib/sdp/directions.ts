// Direction negotiation (RFC 3264 §6.1, RFC 8866 §6.7): what an answer may say to each offered
// direction, and which way media then flows.

const ALLOWED_ANSWERS: Readonly<Record<string, readonly string[]>> = {
  sendrecv: ['sendrecv', 'sendonly', 'recvonly', 'inactive'],
  sendonly: ['recvonly', 'inactive'],
  recvonly: ['sendonly', 'inactive'],
  inactive: ['inactive'],
};

const sends = (direction: string) => direction === 'sendrecv' || direction === 'sendonly';
const receives = (direction: string) => direction === 'sendrecv' || direction === 'recvonly';

/** Whether `answer` is a legal reply to `offer` (RFC 3264 §6.1). */
export function isAllowedAnswerDirection(offer: string, answer: string): boolean {
  return ALLOWED_ANSWERS[offer]?.includes(answer) ?? false;
}

/** Which way media flows once an offer direction and an answer direction are agreed. */
export function mediaFlow(
  offer: string,
  answer: string,
): { offererSends: boolean; answererSends: boolean } {
  return {
    offererSends: sends(offer) && receives(answer),
    answererSends: sends(answer) && receives(offer),
  };
}
