// The learner's own camera and microphone, asked for only when they choose them. A refusal is
// explained in words: the browser's own error names (NotAllowedError…) mean little to a learner.
import type { SyntheticMedia } from '~/rtc/syntheticMedia';

/** Opens the camera and microphone; throws an Error whose message explains a refusal. */
export async function openCamera(): Promise<SyntheticMedia> {
  if (!navigator.mediaDevices?.getUserMedia) {
    throw new Error(
      'This page cannot ask for the camera: getUserMedia needs a secure page (https or localhost) and a browser that offers it. The synthetic source works everywhere.',
    );
  }
  try {
    const stream = await navigator.mediaDevices.getUserMedia({
      video: { width: { ideal: 640 }, height: { ideal: 360 } },
      audio: true,
    });
    return {
      stream,
      close: () => {
        for (const track of stream.getTracks()) track.stop();
      },
    };
  } catch (error) {
    throw new Error(explainCameraError(error), { cause: error });
  }
}

/** A getUserMedia failure in plain words, by the DOMException's name. */
export function explainCameraError(error: unknown): string {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') {
    return 'Permission to use the camera and microphone was refused (by you, by a saved site setting or by a policy), so nothing was captured. Allow them in the address bar’s site settings and run again, or keep the synthetic source.';
  }
  if (name === 'NotFoundError' || name === 'OverconstrainedError') {
    return 'No camera or microphone was found on this device. Keep the synthetic source.';
  }
  if (name === 'NotReadableError' || name === 'AbortError') {
    return 'The camera or microphone is busy (another program or tab may hold it). Close it there and run again, or keep the synthetic source.';
  }
  return `The camera could not be opened: ${error instanceof Error ? error.message : String(error)}`;
}
