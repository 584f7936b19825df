// SDP munge: whether both peers accept the edited offer, from what the browser did with it.
import type { PredictionOutcome } from './judge';

/** What one side did with the offer: `accepted`, or the browser's error name, and why. */
export interface MungeSide {
  verdict: string;
  message: string;
  why: string;
}

/** What the run observed on A (setLocalDescription), B (setRemoteDescription) and the connection. */
export interface MungeFacts {
  local: MungeSide;
  remote: MungeSide;
  connection: string;
  /** The edit in a few words (`no edit` for the offer as created). */
  edit: string;
}

/** Judges the prediction against the verdicts the browser gave on both sides. */
export function judgeMungedOffer(facts: MungeFacts): PredictionOutcome {
  const { local, remote } = facts;
  const edit = `Your edit: ${facts.edit}.`;
  if (local.verdict !== 'accepted') {
    return {
      actual: 'refused',
      why: `${edit} Your browser refused it on A’s setLocalDescription with ${local.verdict}: “${local.message}”. ${local.why}`,
    };
  }
  if (remote.verdict !== 'accepted') {
    return {
      actual: 'refused',
      why: `${edit} A accepted it, but B’s setRemoteDescription refused it with ${remote.verdict}: “${remote.message}”. ${remote.why}`,
    };
  }
  const link =
    facts.connection === 'connected'
      ? 'B answered and the peers connected.'
      : `Both accepted it, yet the connection ended as “${facts.connection}”.`;
  return { actual: 'accepted', why: `${edit} ${remote.why} ${link}` };
}
