// What each case's evidence must show for the case to be honest, checked on the captured data:
// the unit tests run it on every fixture, and the lab shows its summary once the diagnosis is right.
import { parseCandidate } from '../ice/candidate';
import type { CaseFixture, StatsRecord } from './fixture';
import { sdpFingerprint, sectionDirection } from './sdp-excerpt';
import { count, recordsOf } from './stats-records';

/** Whether the evidence shows the case's symptom, and the facts that show it in one sentence. */
export interface SymptomCheck {
  shown: boolean;
  summary: string;
}

/** The candidate types among candidate lines. */
export function candidateTypes(lines: readonly string[]): string[] {
  return lines.map((line) => parseCandidate(line).candidate?.type ?? 'unreadable');
}

/** Checks that `fixture` shows the failure its case is about. */
export function caseSymptom(fixture: CaseFixture): SymptomCheck {
  switch (fixture.case) {
    case 'no-relay': {
      const types = candidateTypes(fixture.localCandidates);
      const pairs = recordsOf(fixture.stats, 'candidate-pair');
      const requests = Math.max(0, ...pairs.map((p) => count(p, 'requestsSent')));
      const answered = pairs.some((p) => count(p, 'responsesReceived') > 0);
      return {
        shown:
          fixture.config.iceServers.length === 0 &&
          types.every((t) => t === 'host') &&
          pairs.length > 0 &&
          !answered &&
          fixture.ended === 'failed' &&
          fixture.lan.ended === 'connected',
        summary: `Only host candidates (iceServers is empty); ${pairs.length} pairs, up to ${requests} checks each, no response; failed after ${fixture.afterMs} ms, where the same peers on one LAN connected in ${fixture.lan.afterMs} ms.`,
      };
    }
    case 'no-srflx': {
      const types = candidateTypes(fixture.localCandidates);
      const stun = fixture.config.iceServers[0]?.urls ?? '';
      const timeout = fixture.errors.find((e) => e.errorCode === 701 && e.url === stun);
      return {
        shown: !types.includes('srflx') && timeout !== undefined,
        summary: `No srflx among ${types.length} candidates; error ${timeout?.errorCode ?? 'none'} from ${stun} after ${timeout?.at ?? 0} ms: “${timeout?.errorText ?? ''}”.`,
      };
    }
    case 'fingerprint-changed': {
      const sent = sdpFingerprint(fixture.offerSent)?.value.toUpperCase();
      const received = sdpFingerprint(fixture.offerReceived)?.value.toUpperCase();
      const real = fixture.certificateOfA.value.toUpperCase();
      const transport = recordsOf(fixture.statsOfB, 'transport')[0];
      return {
        shown:
          sent === real &&
          received !== real &&
          transport?.['iceState'] === 'connected' &&
          transport['dtlsState'] === 'failed',
        summary: `A’s certificate is ${real.slice(0, 11)}…, the offer B received says ${received?.slice(0, 11) ?? 'nothing'}…; ICE ${String(transport?.['iceState'])}, DTLS ${String(transport?.['dtlsState'])}.`,
      };
    }
    case 'one-way-video': {
      const [first, last] = [fixture.snapshots[0], fixture.snapshots.at(-1)];
      const sentBefore = count(
        first && recordsOf(first.a, 'outbound-rtp', 'video')[0],
        'bytesSent',
      );
      const sentAfter = count(last && recordsOf(last.a, 'outbound-rtp', 'video')[0], 'bytesSent');
      const aReceives = last ? recordsOf(last.a, 'inbound-rtp', 'video').length : 0;
      const bSends = last ? recordsOf(last.b, 'outbound-rtp', 'video').length : 0;
      const answered = sectionDirection(fixture.answer, 'video');
      return {
        shown:
          answered === 'recvonly' &&
          fixture.transceiverOfB.currentDirection === 'recvonly' &&
          sentAfter > sentBefore &&
          aReceives === 0 &&
          bSends === 0,
        summary: `The answer says ${answered ?? 'nothing'} for video; A’s bytes sent rose from ${sentBefore} to ${sentAfter}; A has ${aReceives} inbound and B ${bSends} outbound video records.`,
      };
    }
    case 'turn-401': {
      const turn = fixture.config.iceServers[0];
      const refused = fixture.errors.find((e) => e.errorCode === 401 && e.url === turn?.urls);
      const types = candidateTypes(fixture.localCandidates);
      return {
        shown:
          refused !== undefined &&
          !types.includes('relay') &&
          turn?.username.startsWith(`${fixture.expiresAt}:`) === true &&
          fixture.expiresAt < fixture.now &&
          fixture.log.some((line) => line.includes('401')),
        summary: `Error ${refused?.errorCode ?? 'none'} “${refused?.errorText ?? ''}” from ${turn?.urls ?? ''}; the username expired ${fixture.now - fixture.expiresAt} s before the request; no relay candidate; coturn logged the 401.`,
      };
    }
    case 'frozen-video':
      return frozenSymptom(fixture.series.map((s) => recordsOf(s.b, 'inbound-rtp', 'video')[0]));
  }
}

function frozenSymptom(inbound: (StatsRecord | undefined)[]): SymptomCheck {
  const last = inbound.at(-1);
  const decoded = count(last, 'framesDecoded');
  const frozenFrom = inbound.findIndex((r) => count(r, 'framesDecoded') === decoded);
  const atFreeze = inbound[frozenFrom];
  const packetsRose = count(last, 'packetsReceived') > count(atFreeze, 'packetsReceived');
  const pliRose = count(last, 'pliCount') > count(atFreeze, 'pliCount');
  const keysFlat = count(last, 'keyFramesDecoded') === count(atFreeze, 'keyFramesDecoded');
  const frozenSnapshots = inbound.length - 1 - frozenFrom;
  return {
    shown: frozenFrom > 0 && frozenSnapshots >= 3 && packetsRose && pliRose && keysFlat,
    summary: `framesDecoded stayed at ${decoded} for the last ${frozenSnapshots} snapshots while packetsReceived rose from ${count(atFreeze, 'packetsReceived')} to ${count(last, 'packetsReceived')} and pliCount from ${count(atFreeze, 'pliCount')} to ${count(last, 'pliCount')}; keyFramesDecoded stayed at ${count(last, 'keyFramesDecoded')}.`,
  };
}
