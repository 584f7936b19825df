// Replacing the addresses in an SDP before it is copied or shared: IP literals and mDNS names in
// o=, c=, a=rtcp and candidate lines. Each distinct address gets its own stand-in from the
// documentation ranges (RFC 5737, RFC 3849), so the copy still shows which lines share one.
import { annotateSdp } from './annotate';
import { readSdpInput } from './input';
import { splitSdpLines } from './split-lines';

/** Fields whose value is an address, by line name. */
const ADDRESS_FIELDS: Readonly<Record<string, readonly string[]>> = {
  o: ['unicast address'],
  c: ['connection address'],
  rtcp: ['connection address'],
  candidate: ['address', 'raddr'],
};

/** Placeholders that reveal nothing and are kept as they are. */
const PLACEHOLDERS = new Set(['0.0.0.0', '127.0.0.1', '::', '::1']);

function standIn(address: string, index: number): string {
  if (address.toLowerCase().endsWith('.local')) return `redacted-${index}.local`;
  if (address.includes(':')) return `2001:db8::${(index + 1).toString(16)}`;
  return `192.0.2.${(index % 254) + 1}`;
}

/** Replace every IP address and mDNS name in the SDP's address fields (inside `{ "type", "sdp" }` JSON too); the rest is kept byte for byte. */
export function redactSdpAddresses(text: string): string {
  const input = readSdpInput(text);
  if (input.sdp === null) return text;
  if (input.sdp !== text) {
    // JSON input: redact the SDP inside and write the object back.
    const description = JSON.parse(text) as Record<string, unknown>;
    return JSON.stringify({ ...description, sdp: redactSdpAddresses(input.sdp) });
  }
  const annotation = annotateSdp(text);
  if (annotation.lines.length === 0) return text;
  const endings = splitSdpLines(text).map((line) => line.ending);
  const replacements = new Map<string, string>();
  const out: string[] = [];
  annotation.lines.forEach((line, i) => {
    const key = line.kind === 'a' ? line.name : line.kind;
    const names = ADDRESS_FIELDS[key] ?? [];
    let raw = line.raw;
    const fields = line.fields
      .filter((f) => names.includes(f.name) && !PLACEHOLDERS.has(f.value))
      .sort((a, b) => b.start - a.start);
    for (const field of fields) {
      let replacement = replacements.get(field.value);
      if (replacement === undefined) {
        replacement = standIn(field.value, replacements.size);
        replacements.set(field.value, replacement);
      }
      raw = raw.slice(0, field.start) + replacement + raw.slice(field.end);
    }
    out.push(raw + (endings[i] ?? ''));
  });
  return out.join('');
}
