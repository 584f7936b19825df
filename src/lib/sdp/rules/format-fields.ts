// Reading `a=fmtp:<pt> <parameters>`: the parameters are codec-specific, so each one is explained
// with the codec that the section's `a=rtpmap` gives to that payload type.
import { explainBareFormatParameters, explainFormatParameter } from '../meanings/format-parameters';
import type { AnnotationContext, FieldReading, LineFinding } from '../rule-types';
import type { SdpField } from '../types';
import { checkPayloadType, describePayloadType } from './payload-type';

/** Read `a=fmtp` into the payload type and one field per parameter; `offset` is where the value starts in the line. */
export function readFormatParameters(
  value: string,
  offset: number,
  context: AnnotationContext,
): FieldReading {
  const space = value.indexOf(' ');
  const pt = space === -1 ? value : value.slice(0, space);
  const codec = context.codecs.get(pt);
  const fields: SdpField[] = [];
  const findings: LineFinding[] = [...checkPayloadType(pt)];
  const ptMeaning = codec
    ? `Payload type ${pt}: these parameters apply to ${codec.name}.`
    : describePayloadType(pt);
  fields.push({
    name: 'payload type',
    value: pt,
    meaning: ptMeaning,
    start: offset,
    end: offset + pt.length,
  });
  if (space === -1) {
    findings.push({
      severity: 'error',
      message: 'a=fmtp needs parameters after the payload type (RFC 8866 §6.15).',
    });
    return { fields, findings };
  }
  if (!codec)
    findings.push({
      severity: 'warning',
      message: `No a=rtpmap for payload type ${pt} in this section, so its parameters cannot be explained.`,
    });
  const codecName = codec?.name ?? '';
  const params = value.slice(space + 1);
  const paramsStart = offset + space + 1;
  if (!params.includes('=')) {
    fields.push({
      name: 'parameters',
      value: params,
      meaning: explainBareFormatParameters(codecName, params),
      start: paramsStart,
      end: paramsStart + params.length,
    });
    return { fields, findings };
  }
  let at = 0;
  for (const part of params.split(';')) {
    const start = paramsStart + at;
    at += part.length + 1;
    const trimmed = part.trim();
    if (trimmed === '') continue;
    const lead = part.length - part.trimStart().length;
    const equals = trimmed.indexOf('=');
    const name = equals === -1 ? trimmed : trimmed.slice(0, equals);
    const parameterValue = equals === -1 ? '' : trimmed.slice(equals + 1);
    const meaning =
      explainFormatParameter(codecName, name, parameterValue) ??
      `Parameter ${name}${codec ? ` of ${codec.name}` : ''}, not explained here; see the codec's RTP payload format.`;
    fields.push({
      name,
      value: parameterValue,
      meaning,
      start: start + lead,
      end: start + lead + trimmed.length,
    });
  }
  return { fields, findings };
}
