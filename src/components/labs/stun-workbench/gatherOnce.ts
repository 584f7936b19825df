// One live gathering against the STUN server the learner typed: loaded with the first click on
// Gather, so the workbench's up-front script holds only its state (liveGather.svelte.ts).
import { parseCandidate } from '~/lib/ice/candidate';
import { formatIceServerUrl, parseIceServerUrl } from '~/lib/ice/ice-server-url';
import { createPeerConnection } from '~/rtc/registry';
import { NO_WEBRTC_MESSAGE } from '~/rtc/support';
import { gatheringComplete } from '~/rtc/wait';
import { describeError, type LabRun, type LabStatus } from '../shared/labStatus.svelte';
import { GATHER_TIMEOUT_MS, type GatherError, type LiveGather } from './liveGather.svelte';

/** Gathers once with `live.url` as the only STUN server and reports what the server saw. */
export async function gatherOnce(live: LiveGather, run: LabRun, status: LabStatus): Promise<void> {
  const result = parseIceServerUrl(live.url, 'stun');
  if (!result.ok) return status.fail(result.error.message, 'gather');
  if (typeof RTCPeerConnection !== 'function') return status.fail(NO_WEBRTC_MESSAGE, 'gather');
  const { host, port } = result.url;
  const url = formatIceServerUrl(result.url, 'as-given');
  status.announcement = `Asking ${url} for your public address…`;
  let pc: RTCPeerConnection;
  try {
    pc = createPeerConnection({ iceServers: [{ urls: url }] });
  } catch (error) {
    return status.fail(`The browser refused this server: ${describeError(error)}`, 'gather');
  }
  live.pc = pc;
  live.gathering = true;
  const started = performance.now();
  pc.addEventListener('icecandidate', (e) => {
    if (run.current && e.candidate?.candidate) addCandidate(live, e.candidate.candidate);
  });
  pc.addEventListener('icecandidateerror', (e) => {
    if (run.current) live.errors.push({ code: e.errorCode, text: e.errorText, url: e.url ?? '' });
  });
  try {
    // Something to negotiate, so that setLocalDescription starts gathering (RFC 9429 §3.5.1).
    pc.createDataChannel('stun-probe');
    await pc.setLocalDescription();
    await gatheringComplete(pc, GATHER_TIMEOUT_MS, run.signal);
  } catch (error) {
    if (run.current) {
      live.close();
      status.fail(`Gathering could not start: ${describeError(error)}`, 'gather');
    }
    return;
  } finally {
    // A reset, a decode or a new gather took over: this connection is theirs to forget.
    if (!run.current && live.pc === pc) live.close();
  }
  if (!run.current) return;
  const timedOut = pc.iceGatheringState !== 'complete';
  live.close();
  live.elapsedMs = Math.round(performance.now() - started);
  report(live, status, host, port, timedOut);
}

function addCandidate(live: LiveGather, line: string): void {
  const { candidate } = parseCandidate(line);
  if (!candidate) return;
  live.candidates.push({
    type: candidate.type,
    protocol: candidate.transport,
    address: candidate.address,
    port: candidate.port,
    relatedAddress: candidate.relatedAddress ?? '',
    relatedPort: candidate.relatedPort,
    line,
  });
}

function report(
  live: LiveGather,
  status: LabStatus,
  host: string,
  port: number,
  timedOut: boolean,
): void {
  const found = live.srflx[0];
  if (found) {
    live.server = { host, port, at: new Date().toLocaleTimeString() };
    status.finish(
      `${host} saw this browser at ${found.address} port ${found.port}: that is your server-reflexive candidate.`,
    );
    return;
  }
  const seconds = (GATHER_TIMEOUT_MS / 1000).toFixed(0);
  status.fail(
    [noAnswer(host, port, timedOut, seconds), ...advice(live.errors)].join('\n'),
    'gather',
  );
}

function noAnswer(host: string, port: number, timedOut: boolean, seconds: string): string {
  return timedOut
    ? `No answer from ${host} port ${port} within ${seconds} s, so no server-reflexive candidate.`
    : `Gathering finished without a server-reflexive candidate from ${host} port ${port}.`;
}

function advice(errors: GatherError[]): string[] {
  const lines: string[] = [];
  const reported = errors
    .map((e) => `icecandidateerror ${e.code} “${e.text}”${e.url ? ` for ${e.url}` : ''}`)
    .join('; ');
  if (reported) lines.push(`The browser reported: ${reported}.`);
  if (errors.some((e) => e.code === 701))
    lines.push(
      'Code 701 is outside the STUN error codes on purpose: the browser uses it when none of its local addresses could reach the server (the name did not resolve, or no Binding response came back in time).',
    );
  lines.push(
    'Check the host name and the port (3478 is the usual one), that a STUN server really listens there, and that this network lets UDP out (some company and hotel networks do not).',
  );
  return lines;
}
