// Pure reducers over plain getStats() records (W3C webrtc-stats): no DOM, runs in Node too.
export * from './stats-record';
export * from './ice-candidate-stats';
export * from './transport-stats';
export * from './candidate-pairs';
export * from './dtls-stats';
