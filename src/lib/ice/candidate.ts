// Parser for the ICE candidate attribute, RFC 8839 §5.1 (grammar), RFC 6544 §4.5 (tcptype),
// plus the libwebrtc extensions browsers append (generation, ufrag, network-id, network-cost).
// It never throws: whatever it cannot read becomes a diagnostic with its character range.
import type { Diagnostic } from '../diagnostic';
import { classifyCandidateAddress } from './candidate-address';
import { tokenizeCandidate, type CandidateToken } from './candidate-tokens';
import type {
  CandidateField,
  CandidateFieldName,
  IceCandidate,
  ParsedCandidate,
} from './candidate-types';
import { isValidCandidatePriority } from './priority';

/** The candidate types, re-exported so importers need only this module. */
export type * from './candidate-types';

const KNOWN_TYPES = new Set(['host', 'srflx', 'prflx', 'relay']);
const KNOWN_TCP_TYPES = new Set(['active', 'passive', 'so']);
const ICE_CHARS = /^[A-Za-z0-9+/]{1,32}$/; // RFC 8839 §5.1 foundation = 1*32ice-char
const DIGITS = /^\d+$/;

/** Keyword fields after `typ`, and the field name each one fills. */
const KEYWORD_FIELDS: Record<string, CandidateFieldName> = {
  raddr: 'raddr',
  rport: 'rport',
  tcptype: 'tcptype',
  generation: 'generation',
  ufrag: 'ufrag',
  'network-id': 'network-id',
  'network-cost': 'network-cost',
};

const POSITIONAL: readonly CandidateFieldName[] = [
  'foundation',
  'component',
  'transport',
  'priority',
  'address',
  'port',
];

/** Parse a candidate attribute value, with or without the `a=` / `candidate:` prefix; never throws. */
export function parseCandidate(value: string): ParsedCandidate {
  const input = typeof value === 'string' ? value : '';
  const { tokens, bodyStart, irregularSpaces } = tokenizeCandidate(input);
  const fields: CandidateField[] = [];
  const diagnostics: Diagnostic[] = [];
  const report: Report = (severity, message, at) =>
    diagnostics.push({
      severity,
      message,
      span: { unit: 'char', start: at.start, length: at.end - at.start },
    });
  for (const space of irregularSpaces)
    report('warning', 'Fields are separated by exactly one space (RFC 8839 §5.1).', space);
  const endOfInput = { start: input.length, end: input.length };
  if (tokens.length === 0) {
    report('error', 'Empty candidate: nothing after the prefix.', {
      start: bodyStart,
      end: input.length,
    });
    return { candidate: undefined, fields, diagnostics };
  }

  POSITIONAL.forEach((name, index) => {
    const token = tokens[index];
    if (token) fields.push(field(name, undefined, token));
    else if (index === tokens.length)
      report('error', `Truncated: the ${name} is missing (RFC 8839 §5.1).`, endOfInput);
  });
  const typKeyword = tokens[6];
  const typValue = tokens[7];
  if (typKeyword && typKeyword.text !== 'typ') {
    report(
      'error',
      `Expected "typ" before the candidate type, found "${typKeyword.text}" (RFC 8839 §5.1).`,
      typKeyword,
    );
  }
  if (typKeyword && typValue) fields.push(field('type', typKeyword.text, typValue));
  else if (tokens.length >= 6)
    report(
      'error',
      'Truncated: "typ" and the candidate type are missing (RFC 8839 §5.1).',
      endOfInput,
    );

  for (let index = 8; index < tokens.length; index += 2) {
    const keyword = tokens[index] as CandidateToken;
    const keyValue = tokens[index + 1];
    if (!keyValue) {
      report(
        'error',
        `Truncated: "${keyword.text}" has no value (RFC 8839 §5.1 cand-extension).`,
        keyword,
      );
      break;
    }
    const name = KEYWORD_FIELDS[keyword.text] ?? 'extension';
    if (name !== 'extension' && fields.some((f) => f.name === name)) {
      report(
        'warning',
        `"${keyword.text}" appears more than once; the first one is used.`,
        keyword,
      );
    }
    fields.push(field(name, keyword.text, keyValue));
  }
  const candidate = buildCandidate(fields, typKeyword?.text === 'typ', report);
  diagnostics.sort((a, b) => (a.span?.start ?? 0) - (b.span?.start ?? 0));
  return { candidate, fields, diagnostics };
}

function field(
  name: CandidateFieldName,
  keyword: string | undefined,
  token: CandidateToken,
): CandidateField {
  return { name, keyword, value: token.text, start: token.start, end: token.end };
}

type Report = (
  severity: 'error' | 'warning',
  message: string,
  at: { start: number; end: number },
) => void;

function buildCandidate(
  fields: CandidateField[],
  hasTyp: boolean,
  report: Report,
): IceCandidate | undefined {
  const first = (name: CandidateFieldName) => fields.find((f) => f.name === name);
  const integer = (
    name: CandidateFieldName,
    min: number,
    max: number,
    rule: string,
  ): number | undefined => {
    const f = first(name);
    if (!f) return undefined;
    if (!DIGITS.test(f.value)) {
      report('error', `The ${name} must be a decimal number, found "${f.value}" (${rule}).`, f);
      return undefined;
    }
    const n = Number(f.value);
    if (n < min || n > max)
      report('warning', `The ${name} ${n} is outside ${min}..${max} (${rule}).`, f);
    return n;
  };
  const foundation = first('foundation');
  if (foundation && !ICE_CHARS.test(foundation.value)) {
    report(
      'warning',
      'A foundation is 1 to 32 letters, digits, "+" or "/" (RFC 8839 §5.1).',
      foundation,
    );
  }
  const component = integer('component', 1, 256, 'RFC 8839 §5.1');
  const transportField = first('transport');
  const transport = transportField?.value.toLowerCase();
  if (transportField && transport !== 'udp' && transport !== 'tcp') {
    report(
      'warning',
      `Unknown transport "${transportField.value}"; browsers send UDP or TCP.`,
      transportField,
    );
  }
  const priorityField = first('priority');
  const priority = integer('priority', 1, 4_294_967_295, 'RFC 8445 §5.1.2.1');
  if (
    priorityField &&
    priority !== undefined &&
    priority <= 4_294_967_295 &&
    !isValidCandidatePriority(priority)
  ) {
    report(
      'warning',
      `The priority should be from 1 to 2^31 - 1 (RFC 8445 §5.1.2.1).`,
      priorityField,
    );
  }
  const address = first('address');
  const port = integer('port', 0, 65_535, 'RFC 8839 §5.1');
  const typeField = first('type');
  if (typeField && !KNOWN_TYPES.has(typeField.value)) {
    report(
      'warning',
      `Unknown candidate type "${typeField.value}" (RFC 8839 §5.1: host, srflx, prflx, relay).`,
      typeField,
    );
  }
  const tcpTypeField = first('tcptype');
  if (tcpTypeField && !KNOWN_TCP_TYPES.has(tcpTypeField.value)) {
    report(
      'warning',
      `Unknown tcptype "${tcpTypeField.value}" (RFC 6544 §4.5: active, passive, so).`,
      tcpTypeField,
    );
  }
  if (transport === 'tcp' && !tcpTypeField && typeField) {
    report('warning', 'A TCP candidate should carry a tcptype (RFC 6544 §4.5).', typeField);
  }
  const relatedAddress = first('raddr')?.value;
  const relatedPort = integer('rport', 0, 65_535, 'RFC 8839 §5.1');
  if (
    typeField &&
    typeField.value !== 'host' &&
    KNOWN_TYPES.has(typeField.value) &&
    relatedAddress === undefined
  ) {
    report(
      'warning',
      `A ${typeField.value} candidate should carry raddr and rport (RFC 8839 §5.1).`,
      typeField,
    );
  }
  const generation = integer('generation', 0, Number.MAX_SAFE_INTEGER, 'libwebrtc extension');
  const networkId = integer('network-id', 0, Number.MAX_SAFE_INTEGER, 'libwebrtc extension');
  const networkCost = integer('network-cost', 0, 65_535, 'libwebrtc extension');
  if (!foundation || !transport || !address || !typeField || !hasTyp) return undefined;
  if (component === undefined || priority === undefined || port === undefined) return undefined;
  return {
    foundation: foundation.value,
    component,
    transport,
    priority,
    address: address.value,
    addressKind: classifyCandidateAddress(address.value),
    port,
    type: typeField.value,
    relatedAddress,
    relatedPort,
    tcpType: tcpTypeField?.value,
    generation,
    ufrag: first('ufrag')?.value,
    networkId,
    networkCost,
    extensions: fields
      .filter((f) => f.name === 'extension')
      .map((f) => ({ name: f.keyword ?? '', value: f.value })),
  };
}
