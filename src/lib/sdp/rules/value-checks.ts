// Checks of attribute values that have a clear grammar: a line stays known (it is that attribute)
// but a malformed value gets a finding that names the field, such as `a=fingerprint:sha-256 <script>`.
import type { LineCheck, LineFinding } from '../rule-types';
import type { SdpField } from '../types';

const NONE: readonly LineFinding[] = [];

/** Digest length in bytes of each hash function in the IANA registry RFC 8122 §5 points to. */
const HASH_BYTES: Readonly<Record<string, number>> = {
  'sha-1': 20,
  'sha-224': 28,
  'sha-256': 32,
  'sha-384': 48,
  'sha-512': 64,
  md5: 16,
  md2: 16,
};

const HEX_PAIRS = /^[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2})*$/;
const ICE_CHARS = /^[A-Za-z0-9+/]*$/;
/** `token` of RFC 8866 §9: visible ASCII except separators. */
const TOKEN = /^[!#$%&'*+\-.^_`{|}~0-9A-Za-z]+$/;
const DIGITS = /^[0-9]+$/;

const field = (fields: readonly SdpField[], name: string) => fields.find((f) => f.name === name);
const shown = (v: string) => (v.length > 40 ? `${v.slice(0, 40)}…` : v);
const bad = (f: SdpField, why: string, severity: 'error' | 'warning' = 'error'): LineFinding => ({
  severity,
  message: `The ${f.name} "${shown(f.value)}" (characters ${f.start}-${f.end}) ${why}`,
});

/** a=fingerprint: an IANA hash name and colon-separated hex bytes of that hash's length (RFC 8122 §5). */
export const checkFingerprint: LineCheck = (fields) => {
  const findings: LineFinding[] = [];
  const hash = field(fields, 'hash function');
  const bytes = hash ? HASH_BYTES[hash.value.toLowerCase()] : undefined;
  if (hash && bytes === undefined)
    findings.push(
      bad(
        hash,
        'is not a hash function name of the IANA registry (sha-1, sha-224, sha-256, sha-384, sha-512, md5, md2; RFC 8122 §5).',
      ),
    );
  const print = field(fields, 'fingerprint');
  if (print && !HEX_PAIRS.test(print.value))
    findings.push(bad(print, 'is not hex byte pairs separated by colons (RFC 8122 §5).'));
  else if (print && bytes !== undefined && (print.value.length + 1) / 3 !== bytes)
    findings.push(
      bad(
        print,
        `has ${(print.value.length + 1) / 3} bytes where ${hash?.value} gives ${bytes} (RFC 8122 §5).`,
      ),
    );
  return findings;
};

/** a=ice-ufrag and a=ice-pwd: ice-char (ALPHA / DIGIT / "+" / "/"), `min` to 256 of them (RFC 8839 §5.4). */
export const checkIceChars =
  (name: string, min: number): LineCheck =>
  (fields) => {
    const f = field(fields, name);
    if (!f) return NONE;
    if (!ICE_CHARS.test(f.value))
      return [bad(f, 'may hold only letters, digits, "+" and "/" (ice-char, RFC 8839 §5.4).')];
    if (f.value.length < min || f.value.length > 256)
      return [
        bad(f, `has ${f.value.length} characters; ${min} to 256 are allowed (RFC 8839 §5.4).`),
      ];
    return NONE;
  };

/** a=setup: one of the four roles of RFC 4145 §4. */
export const checkSetup: LineCheck = (fields) => {
  const f = field(fields, 'role');
  return f && !['active', 'passive', 'actpass', 'holdconn'].includes(f.value)
    ? [bad(f, 'is not active, passive, actpass or holdconn (RFC 4145 §4).')]
    : NONE;
};

/** a=rtpmap after its payload type: a token encoding name, a decimal clock rate and channel count (RFC 8866 §6.6). */
export const checkRtpmapValues: LineCheck = (fields) => {
  const findings: LineFinding[] = [];
  const name = field(fields, 'encoding name');
  if (name && !TOKEN.test(name.value)) findings.push(bad(name, 'is not a token (RFC 8866 §6.6).'));
  for (const key of ['clock rate', 'channels']) {
    const f = field(fields, key);
    if (f && (!DIGITS.test(f.value) || f.value.length > 10))
      findings.push(bad(f, 'is not a decimal number (RFC 8866 §6.6).'));
  }
  return findings;
};

/** a=mid: the identification tag is a token (RFC 5888 §4). */
export const checkMid: LineCheck = (fields) => {
  const f = field(fields, 'identification tag');
  return f && !TOKEN.test(f.value) ? [bad(f, 'is not a token (RFC 5888 §4).')] : NONE;
};

/** a=ssrc: the id is a 32-bit unsigned decimal, 0 to 4294967295 (RFC 5576 §4.1). */
export const checkSsrc: LineCheck = (fields) => {
  const f = field(fields, 'ssrc id');
  return f && (!DIGITS.test(f.value) || f.value.length > 10 || Number(f.value) > 0xffffffff)
    ? [bad(f, 'is not a decimal number from 0 to 4294967295 (RFC 5576 §4.1).')]
    : NONE;
};
