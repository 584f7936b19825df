// The learner's own candidate lines: one connection with no ICE servers gathers host candidates
// (mDNS names in most browsers: the address is hidden, the priority is the browser's real one).
import { closePeerConnection, createPeerConnection } from '~/rtc/registry';
import { gatheringComplete } from '~/rtc/wait';

/** Candidate lines this browser gathers with no servers, within `capMs`; empty when it gathers none or has no WebRTC. */
export async function gatherOwnCandidates(capMs = 3000): Promise<string[]> {
  if (typeof RTCPeerConnection !== 'function') return [];
  const pc = createPeerConnection({ iceServers: [] });
  const lines: string[] = [];
  try {
    pc.addEventListener('icecandidate', ({ candidate }) => {
      if (candidate?.candidate) lines.push(candidate.candidate);
    });
    pc.createDataChannel('exercise');
    await pc.setLocalDescription(await pc.createOffer());
    await gatheringComplete(pc, capMs);
    return lines;
  } finally {
    closePeerConnection(pc);
  }
}
