// The code each Chromium page runs (plain JavaScript in a string, so no bundler helper leaks into
// the page): one RTCPeerConnection with a data channel that sends a message every 100 ms, and
// read-outs of its state, selected candidate pair and data flow for the driving process.

/** Installs `window.natlab` in the page. */
export const PAGE_CODE = `
window.natlab = (() => {
  let pc, channel, connectedAt, lastReceived = 0, received = 0, pinger;
  const gathered = () => new Promise((resolve) => {
    if (pc.iceGatheringState === 'complete') return resolve();
    pc.addEventListener('icegatheringstatechange', () => {
      if (pc.iceGatheringState === 'complete') resolve();
    });
  });
  const useChannel = (dc) => {
    channel = dc;
    dc.onmessage = () => { received++; lastReceived = performance.now(); };
    dc.onopen = () => {
      pinger = setInterval(() => { if (dc.readyState === 'open') dc.send('ping'); }, 100);
    };
  };
  const create = (iceServers) => {
    pc = new RTCPeerConnection({ iceServers });
    pc.addEventListener('connectionstatechange', () => {
      if (pc.connectionState === 'connected' && connectedAt === undefined) connectedAt = performance.now();
    });
    pc.ondatachannel = (event) => useChannel(event.channel);
  };
  return {
    async offer(iceServers) {
      create(iceServers);
      useChannel(pc.createDataChannel('natlab'));
      await pc.setLocalDescription(await pc.createOffer());
      await gathered();
      return pc.localDescription.sdp;
    },
    async answer(iceServers, sdp) {
      create(iceServers);
      await pc.setRemoteDescription({ type: 'offer', sdp });
      await pc.setLocalDescription(await pc.createAnswer());
      await gathered();
      return pc.localDescription.sdp;
    },
    async accept(sdp) {
      await pc.setRemoteDescription({ type: 'answer', sdp });
    },
    async status() {
      const stats = await pc.getStats();
      const byId = new Map();
      stats.forEach((s) => byId.set(s.id, s));
      let selected;
      const pairs = [];
      stats.forEach((s) => {
        if (s.type === 'transport' && s.selectedCandidatePairId) {
          const pair = byId.get(s.selectedCandidatePairId);
          const local = byId.get(pair?.localCandidateId);
          const remote = byId.get(pair?.remoteCandidateId);
          if (local && remote) selected = { local: local.candidateType, remote: remote.candidateType,
            localAddress: (local.address || local.candidateType) + ':' + local.port, remoteAddress: (remote.address || remote.candidateType) + ':' + remote.port };
        }
        if (s.type === 'candidate-pair') {
          const local = byId.get(s.localCandidateId);
          const remote = byId.get(s.remoteCandidateId);
          pairs.push({ state: s.state, local: local?.candidateType, remote: remote?.candidateType });
        }
      });
      const now = performance.now();
      return {
        state: pc.connectionState,
        sinceConnected: connectedAt === undefined ? undefined : now - connectedAt,
        sinceReceived: received === 0 ? undefined : now - lastReceived,
        received, selected, pairs,
      };
    },
    close() { clearInterval(pinger); pc?.close(); },
  };
})();
`;
