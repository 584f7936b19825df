// The answers a learner may predict in each lab: small, so a lab page loads them up front while
// the judging (in the other files of this folder) loads after the run.
import type { PredictionOption } from './judge';

/** The candidate types a learner may predict for A's side of the selected pair. */
export const ICE_TYPE_OPTIONS: readonly PredictionOption[] = [
  { value: 'host', label: 'host' },
  { value: 'srflx', label: 'server reflexive (srflx)' },
  { value: 'prflx', label: 'peer reflexive (prflx)' },
  { value: 'relay', label: 'relay' },
];

/** The outcomes a learner may predict for the chosen pair of NATs. */
export const NAT_OUTCOME_OPTIONS: readonly PredictionOption[] = [
  { value: 'direct', label: 'directly (hole punching works)' },
  { value: 'relay', label: 'only through the TURN relay' },
];

/** The peers a learner may predict as the DTLS client. */
export const DTLS_CLIENT_OPTIONS: readonly PredictionOption[] = [
  { value: 'A', label: 'A, the offerer' },
  { value: 'B', label: 'B, the answerer' },
];

/** The outcomes a learner may predict for an edited offer. */
export const MUNGE_OPTIONS: readonly PredictionOption[] = [
  { value: 'accepted', label: 'both peers accept it' },
  { value: 'refused', label: 'a peer refuses it' },
];

/** The parities a learner may predict for A's channel. */
export const PARITY_OPTIONS: readonly PredictionOption[] = [
  { value: 'even', label: 'even (0, 2, 4…)' },
  { value: 'odd', label: 'odd (1, 3, 5…)' },
];

/** The time ranges a learner may predict. */
export const OPEN_TIME_OPTIONS: readonly PredictionOption[] = [
  { value: 'under-100', label: 'under 100 ms' },
  { value: '100-1000', label: '100 ms to 1 s' },
  { value: 'over-1000', label: 'over 1 s' },
];

/** The options: the video codecs this browser can send (RTCRtpSender.getCapabilities), by name. */
export function codecOptions(names: readonly string[]): PredictionOption[] {
  return names.map((name) => ({ value: name.toUpperCase(), label: name }));
}

/** The counts a learner may predict for `n` peers, each with its formula worked out. */
export function meshCountOptions(n: number): PredictionOption[] {
  return [
    { value: 'n-1', label: `N − 1 = ${n - 1}` },
    { value: 'links', label: `N(N − 1)/2 = ${(n * (n - 1)) / 2}` },
    { value: 'ends', label: `N(N − 1) = ${n * (n - 1)}` },
  ];
}
