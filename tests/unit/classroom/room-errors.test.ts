import { describe, expect, it } from 'vitest';
import { explainClose, explainRefusal } from '../../../src/lib/classroom/roomErrors';

describe('explainRefusal', () => {
  it('says a full room connects exactly two devices, and an unknown code may have expired', () => {
    expect(explainRefusal('room-full')).toMatch(/already has two devices/);
    expect(explainRefusal('unknown-code')).toMatch(/No room has that code.*an hour/);
  });
});

describe('explainClose', () => {
  it('quotes the server’s reason for a malformed message and names the limit for a big one', () => {
    expect(explainClose(1008, 'unknown message kind "x"')).toContain('“unknown message kind "x"”');
    expect(explainClose(1009, '')).toContain('64 KiB');
  });

  it('tells a stopped server, an expired room and a dropped network apart', () => {
    expect(explainClose(1001, 'server stopping')).toMatch(/stopped/);
    expect(explainClose(4001, '')).toMatch(/expired/);
    expect(explainClose(1006, '')).toMatch(/dropped/);
  });
});
