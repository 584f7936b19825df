/**
 * The SDP engine (rule table, annotator, negotiation diff), loaded the first time a lab needs it
 * rather than with the page: it is the heaviest script of the SDP pages.
 */

/** Everything `~/lib/sdp` exports: annotateSdp, diffOfferAnswer, diffOffers, the rule maps... */
export type SdpEngine = typeof import('~/lib/sdp/index');

let engine: Promise<SdpEngine> | null = null;

/** The SDP engine, imported once per page; a failed import is retried on the next call. */
export function loadSdpEngine(): Promise<SdpEngine> {
  engine ??= import('~/lib/sdp/index').catch((error: unknown) => {
    engine = null;
    throw error;
  });
  return engine;
}
