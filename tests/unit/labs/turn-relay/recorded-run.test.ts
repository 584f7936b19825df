import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkRecordedRun, isRecordedRun } from '~/components/labs/turn-relay/recordedRun';

const committed: unknown = JSON.parse(
  readFileSync(
    new URL('../../../../src/components/labs/turn-relay/recorded-run.json', import.meta.url),
    'utf8',
  ),
);

/** A deep copy of the committed recording with `change` applied. */
function altered(change: (run: Record<string, any>) => void): unknown {
  const copy = structuredClone(committed) as Record<string, any>;
  change(copy);
  return copy;
}

describe('checkRecordedRun', () => {
  it('accepts the committed recording of a real run', () => {
    expect(checkRecordedRun(committed)).toEqual([]);
    expect(isRecordedRun(committed)).toBe(true);
  });

  it('finds in the committed recording a relay pair that carried the 64 KiB the lab sends', () => {
    if (!isRecordedRun(committed)) throw new Error('not a recording');
    expect(committed.pair.local.type).toBe('relay');
    expect(committed.pair.remote.type).toBe('relay');
    expect(committed.deliveredBytes).toBe(64 * 1024);
    expect(committed.pair.bytesSent + committed.pair.bytesReceived).toBeGreaterThan(64 * 1024);
    expect(committed.candidates.map((c) => c.peer).sort()).toEqual(['A', 'B']);
    expect(committed.coturnLog.some((line) => /ALLOCATE processed, success/.test(line))).toBe(true);
  });

  it('rejects something that is not an object', () => {
    expect(checkRecordedRun(null)).toEqual(['the recording is not an object']);
    expect(isRecordedRun([])).toBe(false);
  });

  it('rejects a recording without its date, naming the field', () => {
    const problems = checkRecordedRun(altered((run) => delete run['recordedAt']));
    expect(problems).toEqual(['recording.recordedAt is missing or of the wrong kind']);
  });

  it('rejects a candidate that is not a relay candidate', () => {
    const run = altered((r) => {
      r['candidates'][0].line = 'candidate:1 1 udp 2122260223 192.0.2.1 5000 typ host';
    });
    expect(checkRecordedRun(run)).toEqual(['candidates[0].line is missing or of the wrong kind']);
  });

  it('rejects a selected pair whose bytes are not counts, or whose ends are not relays', () => {
    const run = altered((r) => {
      r['pair'].bytesSent = '71234';
      r['pair'].local.type = 'host';
    });
    expect(checkRecordedRun(run)).toEqual([
      'pair.bytesSent is missing or of the wrong kind',
      'pair.local.type is missing or of the wrong kind',
    ]);
  });

  it('rejects an empty coturn log and a stats record with a nested object', () => {
    const run = altered((r) => {
      r['coturnLog'] = [];
      r['stats'].pair.nested = { a: 1 };
    });
    expect(checkRecordedRun(run)).toEqual([
      'stats.pair.nested is not a plain value',
      'coturnLog is not a non-empty list',
    ]);
  });
});
