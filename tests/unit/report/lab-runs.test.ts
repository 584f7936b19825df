import { describe, expect, it } from 'vitest';
import { LAB_RUNS_KEY as READ_KEY } from '~/components/report/labRunStore';
import {
  isReportableName,
  LAB_RUNS_KEY,
  RECORDING_LIMITS,
  reportableValue,
} from '~/components/report/noteLabPhase';
import { parseLabRuns, sanitizeLabRun } from '~/lib/report/labRuns';
import { KEPT_ROW_KINDS, MAX_ROWS, MAX_RUNS, MAX_VALUE_CHARS } from '~/lib/report/schema';
import { goodRuns } from './reportFixture';

describe('RECORDING_LIMITS', () => {
  it('are the limits the report format reads with', () => {
    expect(RECORDING_LIMITS.runs).toBe(MAX_RUNS);
    expect(RECORDING_LIMITS.rows).toBe(MAX_ROWS);
    expect(RECORDING_LIMITS.valueChars).toBe(MAX_VALUE_CHARS);
    expect(RECORDING_LIMITS.rowKinds).toEqual(KEPT_ROW_KINDS);
  });

  it('are written under the key the report page reads', () => {
    expect(LAB_RUNS_KEY).toBe(READ_KEY);
  });
});

describe('isReportableName', () => {
  it('keeps measured values and leaves out addresses, ICE credentials and TURN secrets', () => {
    for (const name of ['open-ms', 'selected-pair.local-type', 'priority', 'tls-version'])
      expect(isReportableName(name)).toBe(true);
    for (const name of [
      'address',
      'related-address',
      'srflx-address',
      'ufrag',
      'password',
      'username',
      'key',
      'svelte-h',
      'Open',
      '',
    ])
      expect(isReportableName(name)).toBe(false);
  });
});

describe('reportableValue', () => {
  it('masks IPv4 addresses and cuts long values', () => {
    expect(reportableValue(' relay 203.0.113.7:3478 ')).toBe('relay x.x.x.x:3478');
    expect(reportableValue('x'.repeat(500))).toHaveLength(MAX_VALUE_CHARS);
  });
});

describe('sanitizeLabRun', () => {
  it('keeps a recorded run as it is', () => {
    for (const run of goodRuns())
      expect(sanitizeLabRun(JSON.parse(JSON.stringify(run)))).toEqual(run);
  });

  it('refuses entries that are not runs and drops rows of kinds a report does not keep', () => {
    const [run] = goodRuns();
    expect(sanitizeLabRun({ ...run, startedAt: 'now' })).toBeUndefined();
    expect(sanitizeLabRun({ ...run, outcome: 'maybe' })).toBeUndefined();
    expect(sanitizeLabRun({ ...run, lab: '<b>' })).toBeUndefined();
    expect(sanitizeLabRun([run])).toBeUndefined();
    const kept = sanitizeLabRun({
      ...run,
      rows: [{ row: 'sdp-line', n: '1' }, { row: 'pair', priority: '1' }, 'x'],
    });
    expect(kept?.rows).toEqual([{ row: 'pair', priority: '1' }]);
  });
});

describe('parseLabRuns', () => {
  it('ignores damaged storage and skips damaged entries', () => {
    expect(parseLabRuns(null)).toEqual([]);
    expect(parseLabRuns('{not json')).toEqual([]);
    expect(parseLabRuns('{"runs":[]}')).toEqual([]);
    const runs = goodRuns();
    expect(parseLabRuns(JSON.stringify([runs[0], null, 'x', runs[1]]))).toEqual([runs[0], runs[1]]);
  });

  it('keeps only the newest runs past the limit', () => {
    const [run] = goodRuns();
    const many = Array.from({ length: MAX_RUNS + 5 }, (_, i) => ({
      ...run,
      fields: { n: String(i) },
    }));
    const kept = parseLabRuns(JSON.stringify(many));
    expect(kept).toHaveLength(MAX_RUNS);
    expect(kept[0]?.fields['n']).toBe('5');
  });
});
