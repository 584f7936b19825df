// The DTLS 1.2 code tables the decoders name values from (IANA TLS registries; RFC 5246, 6347,
// 8422, 5764, 7627, 5746).

/** ContentType (RFC 5246 §6.2.1). */
export const CONTENT_TYPES: Readonly<Record<number, string>> = {
  20: 'change_cipher_spec',
  21: 'alert',
  22: 'handshake',
  23: 'application_data',
};

/** HandshakeType (RFC 5246 §7.4, RFC 6347 §4.3.2 for hello_verify_request). */
export const HANDSHAKE_TYPES: Readonly<Record<number, string>> = {
  0: 'HelloRequest',
  1: 'ClientHello',
  2: 'ServerHello',
  3: 'HelloVerifyRequest',
  11: 'Certificate',
  12: 'ServerKeyExchange',
  13: 'CertificateRequest',
  14: 'ServerHelloDone',
  15: 'CertificateVerify',
  16: 'ClientKeyExchange',
  20: 'Finished',
};

/** Protocol versions as they appear on the wire (DTLS counts down, RFC 6347 §4.1). */
export const VERSIONS: Readonly<Record<number, string>> = {
  0xfeff: 'DTLS 1.0',
  0xfefd: 'DTLS 1.2',
  0xfefc: 'DTLS 1.3',
};

/** The cipher suites a WebRTC handshake offers (IANA TLS Cipher Suites). */
export const CIPHER_SUITES: Readonly<Record<number, string>> = {
  0xc02b: 'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256',
  0xc02c: 'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384',
  0xc02f: 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
  0xc030: 'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
  0xcca9: 'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256',
  0xcca8: 'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256',
  0xc009: 'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA',
  0xc00a: 'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA',
  0xc013: 'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA',
  0xc014: 'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA',
  0x009c: 'TLS_RSA_WITH_AES_128_GCM_SHA256',
  0x002f: 'TLS_RSA_WITH_AES_128_CBC_SHA',
  0x0035: 'TLS_RSA_WITH_AES_256_CBC_SHA',
  0x00ff: 'TLS_EMPTY_RENEGOTIATION_INFO_SCSV',
};

/** Named groups (RFC 8422 §5.1.1, RFC 7748). */
export const NAMED_GROUPS: Readonly<Record<number, string>> = {
  23: 'secp256r1',
  24: 'secp384r1',
  25: 'secp521r1',
  29: 'x25519',
  30: 'x448',
};

/** SignatureAndHashAlgorithm pairs and TLS 1.3 scheme codes seen in DTLS 1.2 hellos. */
export const SIGNATURE_SCHEMES: Readonly<Record<number, string>> = {
  0x0401: 'rsa_pkcs1_sha256',
  0x0501: 'rsa_pkcs1_sha384',
  0x0601: 'rsa_pkcs1_sha512',
  0x0201: 'rsa_pkcs1_sha1',
  0x0403: 'ecdsa_secp256r1_sha256',
  0x0503: 'ecdsa_secp384r1_sha384',
  0x0603: 'ecdsa_secp521r1_sha512',
  0x0203: 'ecdsa_sha1',
  0x0804: 'rsa_pss_rsae_sha256',
  0x0805: 'rsa_pss_rsae_sha384',
  0x0806: 'rsa_pss_rsae_sha512',
  0x0807: 'ed25519',
};

/** SRTP protection profiles (RFC 5764 §4.1.2, RFC 7714 §14.2). */
export const SRTP_PROFILES: Readonly<Record<number, string>> = {
  0x0001: 'SRTP_AES128_CM_HMAC_SHA1_80',
  0x0002: 'SRTP_AES128_CM_HMAC_SHA1_32',
  0x0007: 'SRTP_AEAD_AES_128_GCM',
  0x0008: 'SRTP_AEAD_AES_256_GCM',
};

/** Client certificate types (RFC 5246 §7.4.4, RFC 8422 §5.5). */
export const CERTIFICATE_TYPES: Readonly<Record<number, string>> = {
  1: 'rsa_sign',
  2: 'dss_sign',
  64: 'ecdsa_sign',
};

/** Alert levels and descriptions (RFC 5246 §7.2). */
export const ALERT_LEVELS: Readonly<Record<number, string>> = { 1: 'warning', 2: 'fatal' };
/** Alert descriptions (RFC 5246 §7.2). */
export const ALERT_DESCRIPTIONS: Readonly<Record<number, string>> = {
  0: 'close_notify',
  10: 'unexpected_message',
  20: 'bad_record_mac',
  40: 'handshake_failure',
  42: 'bad_certificate',
  47: 'illegal_parameter',
  48: 'unknown_ca',
  50: 'decode_error',
  51: 'decrypt_error',
  70: 'protocol_version',
  80: 'internal_error',
  90: 'user_canceled',
  110: 'unsupported_extension',
};

/** Hex of a 16-bit code, e.g. 0xc02b. */
export function hex16(code: number): string {
  return `0x${code.toString(16).padStart(4, '0')}`;
}
