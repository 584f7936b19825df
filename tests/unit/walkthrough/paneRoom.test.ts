// The two-windows lab with another device: the room a pane asks for, the link, the carried text.
import { describe, expect, it } from 'vitest';
import { carriedDescription, paneRoomLink, paneRoomRequest } from '~/lib/walkthrough/paneRoom';

describe('paneRoomRequest', () => {
  it('creates a room for ?room=new in any case', () => {
    expect(paneRoomRequest('new')).toEqual({ create: true });
    expect(paneRoomRequest(' NEW ')).toEqual({ create: true });
  });

  it('joins a code typed in lower case with its dash', () => {
    expect(paneRoomRequest('k7qm-3xpa')).toEqual({ code: 'K7QM3XPA' });
  });

  it('refuses a code with an O or of the wrong length, and says what a code looks like', () => {
    for (const typed of ['K7QM3XPO', 'K7QM3XP', '']) {
      const request = paneRoomRequest(typed);
      expect(request).toHaveProperty('invalid');
      expect((request as { invalid: string }).invalid).toContain('8 letters and digits');
    }
  });
});

describe('paneRoomLink', () => {
  it('opens the other window of the lab in the same room', () => {
    expect(paneRoomLink('http://127.0.0.1:4450', 'b', 'K7QM3XPA')).toBe(
      'http://127.0.0.1:4450/labs/two-windows/b/?room=K7QM3XPA',
    );
  });
});

describe('carriedDescription', () => {
  it('keeps the type and sdp of the copied description, and nothing else', () => {
    const text = JSON.stringify({ type: 'offer', sdp: 'v=0\r\n', extra: 1 });
    expect(carriedDescription(text)).toEqual({
      ok: true,
      description: { type: 'offer', sdp: 'v=0\r\n' },
    });
  });

  it('says the box is empty before copy() ran', () => {
    expect(carriedDescription('  ')).toEqual({
      ok: false,
      message: 'The output box is empty: run the steps up to copy() first.',
    });
  });

  it('says a text that is not a description is not one', () => {
    for (const text of ['not json', '{"type":"offer"}', 'null', '42']) {
      expect(carriedDescription(text)).toMatchObject({ ok: false });
    }
  });
});
