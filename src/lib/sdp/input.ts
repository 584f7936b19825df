// Accepting what learners paste: raw SDP, or the `{ "type": ..., "sdp": ... }` JSON of an
// RTCSessionDescription, within the size limit.
import { MAX_SDP_BYTES, utf8Length } from './limits';
import type { Diagnostic } from '../diagnostic';

/** The SDP text to annotate, and what was learned while unwrapping it. */
export interface SdpInput {
  /** The SDP text, or null when the input was refused. */
  sdp: string | null;
  descriptionType: string | null;
  diagnostics: Diagnostic[];
}

/** Unwrap JSON input and enforce the size limit; never throws. */
export function readSdpInput(input: unknown): SdpInput {
  if (typeof input !== 'string') {
    return {
      sdp: null,
      descriptionType: null,
      diagnostics: [{ severity: 'error', message: 'The input is not text.' }],
    };
  }
  const bytes = utf8Length(input, MAX_SDP_BYTES);
  if (bytes > MAX_SDP_BYTES) {
    const message = `The input is larger than ${MAX_SDP_BYTES / 1024} KiB, the limit; nothing was annotated. A browser's SDP is rarely over 20 KiB.`;
    return { sdp: null, descriptionType: null, diagnostics: [{ severity: 'error', message }] };
  }
  if (!/^\s*\{/.test(input)) return { sdp: input, descriptionType: null, diagnostics: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(input);
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'syntax error';
    const message = `The input starts with "{" but is not valid JSON (${reason}); it was read as SDP text.`;
    return { sdp: input, descriptionType: null, diagnostics: [{ severity: 'error', message }] };
  }
  const record =
    typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>) : {};
  const sdp = record['sdp'];
  const type = record['type'];
  if (typeof sdp !== 'string') {
    return {
      sdp: null,
      descriptionType: null,
      diagnostics: [
        {
          severity: 'error',
          message:
            'The JSON has no "sdp" string, as an RTCSessionDescription would ({ "type": "offer", "sdp": "v=0\\r\\n..." }).',
        },
      ],
    };
  }
  const descriptionType = typeof type === 'string' ? type : null;
  const diagnostics: Diagnostic[] = [
    {
      severity: 'info',
      message: `Read the "sdp" of a JSON ${descriptionType ?? 'session description'}; line numbers count lines of that SDP.`,
    },
  ];
  if (
    descriptionType !== null &&
    !['offer', 'answer', 'pranswer', 'rollback'].includes(descriptionType)
  ) {
    diagnostics.push({
      severity: 'warning',
      message: `Unknown description type "${descriptionType}": RTCSdpType is offer, answer, pranswer or rollback.`,
    });
  }
  return { sdp, descriptionType, diagnostics };
}
