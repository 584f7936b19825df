/**
 * The Chromium side of the captured connection, as plain strings evaluated in the page (so no
 * bundler helper leaks into it): an offer with a data channel, a small canvas VP8 track and Opus
 * from the fake microphone; then the answer, a greeting, a few seconds of media and the close.
 */

/** Builds the peer and returns its offer once ICE gathering is complete. */
export const OFFER_CODE = String.raw`async () => {
  const pc = new RTCPeerConnection();
  window.capturePeer = pc;
  const mic = await navigator.mediaDevices.getUserMedia({ audio: true });
  const canvas = document.createElement('canvas');
  canvas.width = 64; canvas.height = 48;
  const ctx = canvas.getContext('2d');
  let frame = 0;
  window.captureTimer = setInterval(() => {
    frame += 1;
    ctx.fillStyle = frame % 2 ? '#1e6fd9' : '#f2a900';
    ctx.fillRect(0, 0, 64, 48);
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(frame % 56, 20, 8, 8);
  }, 100);
  const video = canvas.captureStream(10).getVideoTracks()[0];
  const stream = new MediaStream([mic.getAudioTracks()[0], video]);
  for (const track of stream.getTracks()) pc.addTrack(track, stream);
  const channel = pc.createDataChannel('chat');
  window.captureChannel = channel;
  window.captureReplies = [];
  channel.onmessage = (e) => window.captureReplies.push(String(e.data));
  window.captureOpen = new Promise((resolve) => { channel.onopen = resolve; });
  await pc.setLocalDescription(await pc.createOffer());
  await new Promise((resolve) => {
    if (pc.iceGatheringState === 'complete') return resolve();
    pc.addEventListener('icegatheringstatechange', () => { if (pc.iceGatheringState === 'complete') resolve(); });
    setTimeout(resolve, 5000);
  });
  return pc.localDescription.sdp;
}`;

/** Applies the answer, waits for the channel, says hello, and returns the reply. */
export const ANSWER_CODE = String.raw`async (sdp) => {
  const pc = window.capturePeer;
  await pc.setRemoteDescription({ type: 'answer', sdp });
  await Promise.race([window.captureOpen, new Promise((_, no) => setTimeout(() => no(new Error('channel did not open')), 10000))]);
  window.captureChannel.send('Hello from Chromium');
  const start = Date.now();
  while (!window.captureReplies.length && Date.now() - start < 5000) await new Promise((r) => setTimeout(r, 50));
  return window.captureReplies[0] ?? null;
}`;

/** Closes the channel (an SCTP stream reset), then the connection (an SCTP ABORT). */
export const CLOSE_CODE = String.raw`async () => {
  window.captureChannel.close();
  await new Promise((r) => setTimeout(r, 400));
  clearInterval(window.captureTimer);
  window.capturePeer.close();
}`;
