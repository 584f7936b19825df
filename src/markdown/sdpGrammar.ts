/**
 * A TextMate grammar for SDP (RFC 8866) so that ```sdp code blocks colour each line's type letter,
 * attribute names and values. Scope names reuse common ones so every shiki theme colours them.
 */
export const sdpGrammar = {
  name: 'sdp',
  scopeName: 'source.sdp',
  displayName: 'SDP',
  aliases: ['session-description'],
  patterns: [
    { include: '#media' },
    { include: '#candidate' },
    { include: '#attribute' },
    { include: '#line' },
  ],
  repository: {
    media: {
      match: '^(m)(=)(\\S+)\\s+(\\d+)(?:/(\\d+))?\\s+(\\S+)(.*)$',
      captures: {
        1: { name: 'keyword.control.line-type.sdp' },
        2: { name: 'punctuation.separator.key-value.sdp' },
        3: { name: 'entity.name.type.media.sdp' },
        4: { name: 'constant.numeric.port.sdp' },
        5: { name: 'constant.numeric.port-count.sdp' },
        6: { name: 'storage.type.proto.sdp' },
        7: { name: 'constant.numeric.format.sdp' },
      },
    },
    candidate: {
      match:
        '^(a)(=)(candidate)(:)(\\S+)\\s+(\\d+)\\s+(\\S+)\\s+(\\d+)\\s+(\\S+)\\s+(\\d+)\\s+(typ)\\s+(\\S+)(.*)$',
      captures: {
        1: { name: 'keyword.control.line-type.sdp' },
        2: { name: 'punctuation.separator.key-value.sdp' },
        3: { name: 'entity.name.tag.attribute.sdp' },
        4: { name: 'punctuation.separator.key-value.sdp' },
        5: { name: 'string.unquoted.foundation.sdp' },
        6: { name: 'constant.numeric.component.sdp' },
        7: { name: 'storage.type.transport.sdp' },
        8: { name: 'constant.numeric.priority.sdp' },
        9: { name: 'string.unquoted.address.sdp' },
        10: { name: 'constant.numeric.port.sdp' },
        11: { name: 'keyword.other.typ.sdp' },
        12: { name: 'entity.name.type.candidate-type.sdp' },
        13: { name: 'string.unquoted.extensions.sdp' },
      },
    },
    attribute: {
      match: '^(a)(=)([A-Za-z0-9_.-]+)(?:(:)(.*))?$',
      captures: {
        1: { name: 'keyword.control.line-type.sdp' },
        2: { name: 'punctuation.separator.key-value.sdp' },
        3: { name: 'entity.name.tag.attribute.sdp' },
        4: { name: 'punctuation.separator.key-value.sdp' },
        5: { patterns: [{ include: '#value' }] },
      },
    },
    line: {
      match: '^([a-z])(=)(.*)$',
      captures: {
        1: { name: 'keyword.control.line-type.sdp' },
        2: { name: 'punctuation.separator.key-value.sdp' },
        3: { patterns: [{ include: '#value' }] },
      },
    },
    value: {
      patterns: [
        { match: '\\b(?:IN|IP4|IP6)\\b', name: 'storage.type.network.sdp' },
        { match: '\\b\\d+(?:\\.\\d+){3}\\b', name: 'constant.numeric.address.sdp' },
        { match: '\\b\\d+\\b', name: 'constant.numeric.sdp' },
        { match: '[^\\s]+', name: 'string.unquoted.value.sdp' },
      ],
    },
  },
} as const;
