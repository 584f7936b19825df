// Fixed numbers of the STUN wire format (RFC 8489 §5, §14.7).

/** The magic cookie every RFC 5389/8489 message carries in bytes 4..7 (RFC 8489 §5). */
export const MAGIC_COOKIE = 0x2112a442;

/** The value FINGERPRINT's CRC-32 is xored with (RFC 8489 §14.7): "STUN" in ASCII. */
export const FINGERPRINT_XOR = 0x5354554e;

/** Length of the STUN header in bytes (RFC 8489 §5). */
export const STUN_HEADER_LENGTH = 20;

/** Length of the transaction ID in bytes: 96 bits (RFC 8489 §5). */
export const TRANSACTION_ID_LENGTH = 12;
