import { afterEach, describe, expect, it } from 'vitest';
import {
  openBroadcastTransport,
  type BroadcastTransport,
} from '~/rtc/signaling/broadcastTransport';
import { holdOutgoing } from '~/rtc/signaling/heldTransport';
import type { SignalMessage } from '~/rtc/signaling/transport';

const open: BroadcastTransport[] = [];
afterEach(() => {
  for (const t of open.splice(0)) t.close();
});

/** Opens a tab's transport and records what it hears. */
function tab(session: string, self: string, onFull = () => {}) {
  const heard: SignalMessage[] = [];
  const transport = openBroadcastTransport(session, self, { onFull });
  transport.subscribe((m) => heard.push(m));
  open.push(transport);
  return { transport, heard };
}

/** Lets the BroadcastChannel deliver what is in flight. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

describe('openBroadcastTransport', () => {
  it('pairs the first two tabs of a session, each learning the other id', async () => {
    const a = tab('s1', 'aaa');
    const b = tab('s1', 'bbb');
    await settle();
    expect(a.transport.peer).toBe('bbb');
    expect(b.transport.peer).toBe('aaa');
    a.transport.send({ kind: 'candidate', peer: 'aaa', candidate: null });
    await settle();
    expect(b.heard.at(-1)).toEqual({ kind: 'candidate', peer: 'aaa', candidate: null });
  });

  it('tells a third tab that the session is full and keeps it out', async () => {
    const a = tab('s2', 'aaa');
    const b = tab('s2', 'bbb');
    await settle();
    let full = 0;
    const c = tab('s2', 'ccc', () => full++);
    await settle();
    expect(full).toBeGreaterThan(0);
    expect(c.transport.peer).toBeNull();
    expect([a.transport.peer, b.transport.peer]).toEqual(['bbb', 'aaa']);
  });

  it('does not mix two sessions', async () => {
    const a = tab('s3', 'aaa');
    const x = tab('s4', 'xxx');
    await settle();
    expect(a.transport.peer).toBeNull();
    expect(x.transport.peer).toBeNull();
  });

  it('says bye on close, which frees the other tab for a new peer', async () => {
    const a = tab('s5', 'aaa');
    const b = tab('s5', 'bbb');
    await settle();
    a.transport.close();
    await settle();
    expect(b.heard.at(-1)).toEqual({ kind: 'bye', peer: 'aaa' });
    expect(b.transport.peer).toBeNull();
    tab('s5', 'ddd');
    await settle();
    expect(b.transport.peer).toBe('ddd');
  });
});

describe('holdOutgoing', () => {
  it('keeps messages until release, then sends them in order and lets later ones through', () => {
    const sent: SignalMessage[] = [];
    const held = holdOutgoing({ send: (m) => sent.push(m), subscribe: () => () => {}, close() {} });
    held.send({ kind: 'hello', peer: '1' });
    held.send({ kind: 'bye', peer: '1' });
    expect(sent).toEqual([]);
    expect(held.held).toBe(2);
    held.release();
    held.send({ kind: 'hello', peer: '2' });
    expect(sent.map((m) => `${m.kind}:${m.peer}`)).toEqual(['hello:1', 'bye:1', 'hello:2']);
  });
});
