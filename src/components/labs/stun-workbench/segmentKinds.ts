// The colours and legend words of a STUN message's byte segments (kinds from src/lib/stun).
import type { ByteKind } from '~/components/ui/ByteView.svelte';

/** Legend of the STUN byte view: header fields first, then the parts of every attribute. */
export const STUN_SEGMENT_KINDS: ByteKind[] = [
  { kind: 'message-type', label: 'Message type', tone: 0 },
  { kind: 'message-length', label: 'Message length', tone: 1 },
  { kind: 'magic-cookie', label: 'Magic cookie', tone: 2 },
  { kind: 'transaction-id', label: 'Transaction ID', tone: 3 },
  { kind: 'attribute-type', label: 'Attribute type', tone: 4 },
  { kind: 'attribute-length', label: 'Attribute length', tone: 5 },
  { kind: 'attribute-value', label: 'Attribute value', tone: 6 },
  { kind: 'value-field', label: 'Attribute value', tone: 6 },
  { kind: 'reserved', label: 'Padding or reserved', tone: 7 },
  { kind: 'padding', label: 'Padding or reserved', tone: 7 },
  { kind: 'truncated', label: 'Cut short', tone: -1 },
  { kind: 'trailing', label: 'After the message', tone: -1 },
];
