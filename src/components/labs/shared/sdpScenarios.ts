// What each loopback scenario of the SDP labs (sdp-live, sdp-diff) is called and teaches. The
// scenarios themselves (what each peer adds) are in src/rtc/scenarioPair.ts.
import { SDP_SCENARIO_IDS, type SdpScenarioId } from '~/rtc/scenarioPair';

/** One scenario: its id, its label in the picker and what it teaches. */
export interface SdpScenario {
  id: SdpScenarioId;
  label: string;
  does: string;
}

const TEXTS: Readonly<Record<SdpScenarioId, Omit<SdpScenario, 'id'>>> = {
  'data-only': {
    label: 'Data channel only',
    does: 'A opens one data channel: one application section.',
  },
  'av-data': {
    label: 'Audio + video + data',
    does: 'A sends a synthetic tone and moving pattern and opens a data channel; B sends its own tracks back.',
  },
  simulcast: {
    label: 'Simulcast video + data',
    does: 'A sends the synthetic video as three encodings (rids q, h, f at 1/4, 1/2 and full size) and opens a data channel.',
  },
  recvonly: {
    label: 'Receive only (audio + video) + data',
    does: 'A asks to receive audio and video but sends none; B has nothing to send either.',
  },
  'reject-video': {
    label: 'Audio + video + data, no video codec in common',
    does: 'As audio + video + data, but A offers its video only as H.264 and B accepts video only as VP8 (both with setCodecPreferences): no codec in common, so the answer rejects the video section with port 0.',
  },
};

/** Every scenario, in the order the picker lists them. */
export const SDP_SCENARIOS: readonly SdpScenario[] = SDP_SCENARIO_IDS.map((id) => ({
  id,
  ...TEXTS[id],
}));

/** Whether `value` names a scenario. */
export function isScenarioId(value: string | null): value is SdpScenarioId {
  return SDP_SCENARIOS.some((s) => s.id === value);
}

/** The scenario with this id (the first one for an unknown id). */
export function scenarioById(id: SdpScenarioId): SdpScenario {
  return SDP_SCENARIOS.find((s) => s.id === id) ?? (SDP_SCENARIOS[0] as SdpScenario);
}
