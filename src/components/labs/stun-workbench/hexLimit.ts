// Kept apart from the decoder so the workbench can check a paste's length before loading it.
/** Longest pasted text the workbench reads: a STUN message is at most 65,555 bytes. */
export const MAX_HEX_CHARS = 400_000;
