import { describe, expect, it } from 'vitest';
import { CLASSROOM_CLOSE, parseClientMessage } from '../../../src/lib/classroom/protocol';

describe('parseClientMessage', () => {
  it('reads create, join, report and a relayed description', () => {
    expect(parseClientMessage('{"kind":"create"}')).toEqual({
      ok: true,
      message: { kind: 'create' },
    });
    expect(parseClientMessage('{"kind":"join","code":"K7QM3XPA"}')).toMatchObject({ ok: true });
    expect(
      parseClientMessage('{"kind":"report","connectionState":"connected","candidateType":null}'),
    ).toMatchObject({ ok: true });
    const signal = { kind: 'description', peer: 'a1', description: { type: 'offer', sdp: 'v=0' } };
    expect(parseClientMessage(JSON.stringify({ kind: 'signal', message: signal }))).toEqual({
      ok: true,
      message: { kind: 'signal', message: signal },
    });
  });

  it('closes on text that is not JSON with 1007 and says why', () => {
    expect(parseClientMessage('hello')).toEqual({
      ok: false,
      code: CLASSROOM_CLOSE.notJson,
      reason: 'message is not JSON',
    });
  });

  it('closes on an unknown kind, a missing code or a foreign signal with 1008', () => {
    expect(parseClientMessage('{"kind":"shout"}')).toEqual({
      ok: false,
      code: 1008,
      reason: 'unknown message kind "shout"',
    });
    expect(parseClientMessage('[1,2]')).toMatchObject({ ok: false, code: 1008 });
    expect(parseClientMessage('{"kind":"join"}')).toMatchObject({ ok: false, code: 1008 });
    expect(
      parseClientMessage('{"kind":"signal","message":{"kind":"offer","peer":"x"}}'),
    ).toMatchObject({ ok: false, code: 1008 });
  });
});
