// The chapter's DevTools snippets are the lab's own code, with the console's placeholders.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { devToolsSnippet, replaceWord } from '~/lib/walkthrough/devToolsSnippet';
import { cutRegions } from '~/lib/walkthrough/regions';

const SOURCE = readFileSync(
  resolve(import.meta.dirname, '../../../src/rtc/walkthrough/steps.ts'),
  'utf8',
);

describe('devToolsSnippet', () => {
  it('gives window A its variables, then the regions that make and copy the offer, in order', () => {
    const snippet = devToolsSnippet(SOURCE, 'window-a');
    const regions = cutRegions(SOURCE);
    expect(snippet.startsWith('let pc, channel;\n\n')).toBe(true);
    const order = ['create-offerer', 'make-offer', 'wait-for-gathering', 'copy-description'];
    const positions = order.map((name) => snippet.indexOf(regions.get(name)!));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((x, y) => x - y)).toEqual(positions);
    expect(snippet).toContain('copy(JSON.stringify(pc.localDescription));');
  });

  it('puts the placeholder where window B’s code takes the pasted offer', () => {
    const snippet = devToolsSnippet(SOURCE, 'window-b');
    expect(snippet).toContain('await pc.setRemoteDescription(PASTE_OFFER_HERE);');
    expect(snippet).toContain('const answer = await pc.createAnswer();');
  });

  it('closes the loop in window A with the pasted answer and sends literal text', () => {
    expect(devToolsSnippet(SOURCE, 'answer-in-a')).toMatch(
      /^await pc\.setRemoteDescription\(PASTE_ANSWER_HERE\);/,
    );
    expect(devToolsSnippet(SOURCE, 'send-from-b')).toBe("channel.send('Hello from B');");
  });
});

describe('replaceWord', () => {
  it('replaces whole words outside string literals only', () => {
    expect(replaceWord("log('offer', offer, offers)", 'offer', 'X')).toBe(
      "log('offer', X, offers)",
    );
  });
});
