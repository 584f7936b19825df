// Byte segments for an attribute value: its named sub-fields (family, port, address...) and the
// reserved bytes between them, so the segments keep tiling the message.
import { bytesToHex } from '../hex';
import type { StunValueField } from './attribute-value-types';
import type { StunByteSegment } from './stun-message';

/** Push the segments of one attribute value `[start, end)`: one per sub-field, or one for the whole value. */
export function pushValueSegments(
  segments: StunByteSegment[],
  name: string,
  start: number,
  end: number,
  fields: StunValueField[],
  wholeValue: string,
  raw: Uint8Array,
): void {
  if (end === start) return;
  if (fields.length === 0) {
    segments.push({
      kind: 'attribute-value',
      name: `${name} value`,
      start,
      end,
      value: wholeValue,
      attribute: name,
    });
    return;
  }
  let cursor = start;
  for (const field of [...fields].sort((a, b) => a.offset - b.offset)) {
    const fieldStart = start + field.offset;
    if (fieldStart > cursor)
      segments.push({
        kind: 'reserved',
        name: 'Reserved',
        start: cursor,
        end: fieldStart,
        value: bytesToHex(raw.subarray(cursor - start, field.offset)),
        attribute: name,
      });
    if (field.length > 0)
      segments.push({
        kind: 'value-field',
        name: `${name} ${field.name}`,
        start: fieldStart,
        end: fieldStart + field.length,
        value: field.value,
        attribute: name,
      });
    cursor = Math.max(cursor, fieldStart + field.length);
  }
  if (cursor < end)
    segments.push({
      kind: 'reserved',
      name: 'Reserved',
      start: cursor,
      end,
      value: bytesToHex(raw.subarray(cursor - start)),
      attribute: name,
    });
}
