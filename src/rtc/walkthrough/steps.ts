/**
 * The two-window walkthrough as a learner writes it: each step is the body of one function below,
 * between `// #region <step>` and `// #endregion`. The two-windows lab shows exactly these bodies
 * (cut from this file's text at build time and highlighted) and runs these functions, and the
 * chapter's DevTools snippets are assembled from the same bodies. Inside the regions: plain
 * JavaScript, nothing a DevTools console would not accept.
 *
 * Each step gets the three globals the DevTools version uses, from the page that runs it:
 * `console` (prints into the pane's console), `copy` (puts text where the learner can carry it)
 * and `RTCPeerConnection` (the pane's, which tracks the connection so its reset can close it).
 * The connection and the channel live in this module, as top-level variables do in a console:
 * each pane is its own document, so each has its own copy of them.
 */

/** What a step may use: the pane's stand-ins for the DevTools console's globals. */
export interface StepGlobals {
  console: { log(...values: unknown[]): void };
  copy(text: string): void;
  RTCPeerConnection: new (configuration?: RTCConfiguration) => RTCPeerConnection;
}

// Typed as always there, as a learner's console variables are: before step 1 they are not, and
// the TypeError a step then throws is part of the lesson (the pane explains it).
let pc!: RTCPeerConnection;
let channel!: RTCDataChannel;

/** The pane's connection and channel so far (read by the pane for its fields). */
export function current(): {
  pc: RTCPeerConnection | undefined;
  channel: RTCDataChannel | undefined;
} {
  return { pc, channel };
}

/** Forgets the connection and the channel (the pane closes them first). */
export function forget(): void {
  pc = undefined as never;
  channel = undefined as never;
}

/** Window A, step 1: a connection, and the data channel that gives the offer something to say. */
export function createOfferer({ console, RTCPeerConnection }: StepGlobals): void {
  // #region create-offerer
  pc = new RTCPeerConnection();
  channel = pc.createDataChannel('chat');
  channel.onopen = () => console.log('channel open');
  channel.onmessage = ({ data }) => console.log('B says:', data);
  pc.onicecandidate = ({ candidate }) =>
    console.log('candidate:', candidate?.candidate || '(gathering complete)');
  pc.onconnectionstatechange = () => console.log('connection:', pc.connectionState);
  // #endregion
}

/** Window B, step 1: a connection that waits for the channel window A opens. */
export function createAnswerer({ console, RTCPeerConnection }: StepGlobals): void {
  // #region create-answerer
  pc = new RTCPeerConnection();
  pc.ondatachannel = (event) => {
    channel = event.channel; // the channel A created, arriving once the connection is up
    channel.onopen = () => console.log('channel open');
    channel.onmessage = ({ data }) => console.log('A says:', data);
  };
  pc.onicecandidate = ({ candidate }) =>
    console.log('candidate:', candidate?.candidate || '(gathering complete)');
  pc.onconnectionstatechange = () => console.log('connection:', pc.connectionState);
  // #endregion
}

/** Window A: writes the offer and applies it, which starts gathering candidates. */
export async function makeOffer({ console }: StepGlobals): Promise<void> {
  // #region make-offer
  const offer = await pc.createOffer();
  await pc.setLocalDescription(offer);
  console.log('signaling state:', pc.signalingState);
  // #endregion
}

/** Window B: applies the offer carried from window A. */
export async function applyOffer(
  { console }: StepGlobals,
  offer: RTCSessionDescriptionInit,
): Promise<void> {
  // #region apply-offer
  await pc.setRemoteDescription(offer);
  console.log('signaling state:', pc.signalingState);
  // #endregion
}

/** Window B: writes the answer and applies it. */
export async function makeAnswer({ console }: StepGlobals): Promise<void> {
  // #region make-answer
  const answer = await pc.createAnswer();
  await pc.setLocalDescription(answer);
  console.log('signaling state:', pc.signalingState);
  // #endregion
}

/** Both windows: waits until every candidate is in the local description. */
export async function waitForGathering({ console }: StepGlobals): Promise<void> {
  // #region wait-for-gathering
  while (pc.iceGatheringState !== 'complete') {
    await new Promise((resolve) =>
      pc.addEventListener('icegatheringstatechange', resolve, { once: true }),
    );
  }
  console.log('gathering:', pc.iceGatheringState);
  // #endregion
}

/** Both windows: the local description, candidates included, as text to carry across. */
export function copyDescription({ console, copy }: StepGlobals): void {
  // #region copy-description
  console.log(pc.localDescription);
  copy(JSON.stringify(pc.localDescription));
  // #endregion
}

/** Window A: applies the answer carried back from window B; the connection comes up. */
export async function applyAnswer(
  { console }: StepGlobals,
  answer: RTCSessionDescriptionInit,
): Promise<void> {
  // #region apply-answer
  await pc.setRemoteDescription(answer);
  console.log('signaling state:', pc.signalingState);
  // #endregion
}

/** Both windows: sends a message over the open channel. */
export function sendMessage(_globals: StepGlobals, text: string): void {
  // #region send
  channel.send(text);
  // #endregion
}
