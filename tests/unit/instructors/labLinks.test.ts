import { describe, expect, it } from 'vitest';
import {
  LAB_LINK_COLUMNS,
  labLinkRow,
  labLinks,
  labLinkUrl,
  printableUrl,
  queryString,
} from '~/lib/instructors/labLinks';
import { exerciseKindsIn, quizIdIn } from '~/lib/instructors/chapterActivities';

const catalog = {
  'nat-simulator': {
    title: 'NAT simulator',
    shows: 'two peers behind NATs',
    presets: [{ params: { a: 'eim/apdf', b: 'apdm/apdf', run: '1' }, does: 'needs a relay' }],
  },
  'sdp-explain': { title: 'Explain an SDP', shows: 'an SDP line by line', presets: [] },
};

describe('the list of lab links', () => {
  it('opens a lab at its frame, with the preset parameters after the lab id', () => {
    expect(labLinkUrl('/chapters/nat/', 'nat-simulator', { a: 'eim/apdf', run: '1' })).toBe(
      '/chapters/nat/?lab=nat-simulator&a=eim%2Fapdf&run=1#lab-nat-simulator',
    );
    expect(labLinkUrl('/tools/sdp/', 'sdp-explain')).toBe(
      '/tools/sdp/?lab=sdp-explain#lab-sdp-explain',
    );
  });

  it('encodes a query exactly as the browser’s URLSearchParams does', () => {
    const params = { sdp: 'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\n', odd: "a b!'()~*&=+é", 'k y': '' };
    expect(queryString(params)).toBe(new URLSearchParams(params).toString());
  });

  it('prints an address a browser reads back with the same parameters', () => {
    const url = labLinkUrl('/chapters/turn/', 'turn-relay', {
      url: 'turn:127.0.0.1:3999?transport=udp',
      text: 'a&b c',
    });
    const printed = printableUrl(url);
    expect(printed).toBe(
      '/chapters/turn/?lab=turn-relay&url=turn:127.0.0.1:3999?transport=udp&text=a%26b+c#lab-turn-relay',
    );
    const read = new URL(printed, 'https://example.org');
    expect(Object.fromEntries(read.searchParams)).toEqual({
      lab: 'turn-relay',
      url: 'turn:127.0.0.1:3999?transport=udp',
      text: 'a&b c',
    });
  });

  it('lists each lab as it opens, then each preset numbered from 1, and skips unknown ids', () => {
    const links = labLinks(
      [
        {
          path: '/chapters/nat/',
          title: 'NAT',
          chapter: { order: 3, slug: 'nat' },
          labs: ['nat-simulator', 'gone'],
        },
        { path: '/tools/sdp/', title: 'SDP tool', labs: ['sdp-explain'] },
      ],
      catalog,
    );
    expect(links.map((l) => [l.lab, l.preset, l.chapter])).toEqual([
      ['nat-simulator', 0, 3],
      ['nat-simulator', 1, 3],
      ['sdp-explain', 0, null],
    ]);
    expect(links[1]?.description).toBe('needs a relay');
    expect(links[0]?.description).toBe('two peers behind NATs');
  });

  it('gives a CSV row per link with its parameters as a query string', () => {
    const [, preset] = labLinks(
      [
        {
          path: '/chapters/nat/',
          title: 'NAT',
          chapter: { order: 3, slug: 'nat' },
          labs: ['nat-simulator'],
        },
      ],
      catalog,
    );
    const row = labLinkRow(preset!);
    expect(row).toHaveLength(LAB_LINK_COLUMNS.length);
    expect(row[LAB_LINK_COLUMNS.indexOf('params')]).toBe('a=eim%2Fapdf&b=apdm%2Fapdf&run=1');
    expect(row[LAB_LINK_COLUMNS.indexOf('chapter_slug')]).toBe('nat');
  });
});

describe('what a chapter body embeds', () => {
  it('finds the checked exercises once each, and the quiz id', () => {
    const body = `<Exercise client:visible kind="candidate-priority" chapter="ice" />
text
<Exercise client:visible kind="pair-priority" chapter="ice" live />
<Exercise kind="pair-priority" chapter="ice" />
<Quiz
  client:visible
  id="ice-quiz"
  questions={[]} />`;
    expect(exerciseKindsIn(body)).toEqual(['candidate-priority', 'pair-priority']);
    expect(quizIdIn(body)).toBe('ice-quiz');
    expect(quizIdIn('no quiz here')).toBeUndefined();
  });
});
