// DTLS as the SDP describes it: certificate fingerprints and the a=setup roles. No DOM.
export * from './fingerprint';
export * from './fingerprint-check';
export * from './setup-role';
export * from './tamper-outcome';
