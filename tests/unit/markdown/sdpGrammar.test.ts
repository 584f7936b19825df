import { createHighlighter, type ThemedToken } from 'shiki';
import { beforeAll, describe, expect, it } from 'vitest';
import { sdpGrammar } from '~/markdown/sdpGrammar';

let tokenize: (line: string) => ThemedToken[];

beforeAll(async () => {
  const highlighter = await createHighlighter({
    themes: ['github-light'],
    langs: [sdpGrammar as unknown as Parameters<typeof createHighlighter>[0]['langs'][number]],
  });
  // 'sdp' is registered above but is not one of shiki's bundled language names.
  const lang = 'sdp' as NonNullable<Parameters<typeof highlighter.codeToTokens>[1]['lang']>;
  tokenize = (line) =>
    highlighter.codeToTokens(line, { lang, theme: 'github-light', includeExplanation: true })
      .tokens[0]!;
});

/** The innermost scope shiki gave each piece of text, as [text, scope] pairs. */
function scopes(line: string): [string, string][] {
  return tokenize(line).flatMap((t) =>
    (t.explanation ?? []).map((e): [string, string] => [
      e.content,
      e.scopes.at(-1)?.scopeName ?? '',
    ]),
  );
}
const scopeOf = (line: string, text: string) => scopes(line).find(([t]) => t === text)?.[1];

describe('sdpGrammar', () => {
  it('marks the line-type letter of every line as a keyword', () => {
    for (const line of [
      'v=0',
      'o=- 1 2 IN IP4 127.0.0.1',
      'a=rtcp-mux',
      'm=audio 9 UDP/TLS/RTP/SAVPF 111',
    ]) {
      expect(scopeOf(line, line[0]!)).toBe('keyword.control.line-type.sdp');
    }
  });

  it('separates attribute names from their values', () => {
    const line = 'a=rtpmap:111 opus/48000/2';
    expect(scopeOf(line, 'rtpmap')).toBe('entity.name.tag.attribute.sdp');
    expect(scopeOf(line, '111')).toBe('constant.numeric.sdp');
    expect(scopeOf(line, 'opus/48000/2')).toBe('string.unquoted.value.sdp');
  });

  it('names the media type, port, protocol and formats of an m= line', () => {
    const line = 'm=video 9 UDP/TLS/RTP/SAVPF 96 97';
    expect(scopeOf(line, 'video')).toBe('entity.name.type.media.sdp');
    expect(scopeOf(line, '9')).toBe('constant.numeric.port.sdp');
    expect(scopeOf(line, 'UDP/TLS/RTP/SAVPF')).toBe('storage.type.proto.sdp');
  });

  it('picks out a candidate’s priority, address and type', () => {
    const line = 'a=candidate:1 1 udp 2122260223 192.168.1.5 54321 typ host generation 0';
    expect(scopeOf(line, '2122260223')).toBe('constant.numeric.priority.sdp');
    expect(scopeOf(line, '192.168.1.5')).toBe('string.unquoted.address.sdp');
    expect(scopeOf(line, 'host')).toBe('entity.name.type.candidate-type.sdp');
  });

  it('colours the type letter and the attribute name differently in a real theme', () => {
    const [letter, , name] = tokenize('a=fingerprint:sha-256 AB:CD');
    expect(letter?.content).toBe('a');
    expect(name?.content).toBe('fingerprint');
    expect(letter?.color).not.toBe(name?.color);
  });
});
