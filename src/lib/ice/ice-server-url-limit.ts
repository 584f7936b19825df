/** Longest URI read; longer text is certainly not a server address (a DNS name is at most 253). */
export const MAX_ICE_SERVER_URL_LENGTH = 512;
