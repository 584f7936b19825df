// Every candidate line captured from Chromium and Firefox (tests/fixtures/candidates) parses
// cleanly, and its decoded priority recomposes to the priority on the line.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCandidate } from '~/lib/ice/candidate';
import { decodeCandidatePriority, encodeCandidatePriority } from '~/lib/ice/priority';

const folder = new URL('../../fixtures/candidates/', import.meta.url);
const captured = readdirSync(folder)
  .filter((name) => /^(chromium|firefox)-.*\.json$/.test(name))
  .map((name) => {
    const data = JSON.parse(readFileSync(new URL(name, folder), 'utf8')) as {
      candidates: string[];
      sdpCandidateLines: string[];
    };
    return { name, lines: [...data.candidates, ...data.sdpCandidateLines] };
  });
const handWritten = (
  JSON.parse(readFileSync(new URL('hand-written.json', folder), 'utf8')) as {
    candidates: { form: string; typePreference: number; line: string }[];
  }
).candidates;

describe('parseCandidate on captured browser lines', () => {
  it('has fixtures from both browsers, with mDNS, raw, srflx and relay candidates', () => {
    const all = captured.flatMap((c) => c.lines.map((line) => parseCandidate(line).candidate));
    expect(captured.map((c) => c.name.split('-')[0])).toEqual(
      expect.arrayContaining(['chromium', 'firefox']),
    );
    expect(new Set(all.map((c) => c?.type))).toEqual(new Set(['host', 'srflx', 'relay']));
    expect(all.some((c) => c?.addressKind === 'mdns')).toBe(true);
    expect(all.some((c) => c?.tcpType === 'active')).toBe(true);
    expect(all.some((c) => c?.component === 2)).toBe(true);
  });

  for (const { name, lines } of captured) {
    it(`parses every line of ${name} without a diagnostic`, () => {
      for (const line of lines) {
        const { candidate, diagnostics } = parseCandidate(line);
        expect(diagnostics, line).toEqual([]);
        expect(candidate, line).toBeDefined();
      }
    });

    it(`recomposes each priority in ${name} from its decoded parts`, () => {
      for (const line of lines) {
        const candidate = parseCandidate(line).candidate;
        if (!candidate) throw new Error(`unparsed: ${line}`);
        const parts = decodeCandidatePriority(candidate.priority);
        expect(parts.componentId, line).toBe(candidate.component);
        expect(encodeCandidatePriority(parts), line).toBe(candidate.priority);
      }
    });
  }
});

describe('parseCandidate on hand-written srflx, prflx, relay and TCP forms', () => {
  for (const { form, typePreference, line } of handWritten) {
    it(`reads the ${form} form and its type preference ${typePreference}`, () => {
      const { candidate, diagnostics } = parseCandidate(line);
      expect(diagnostics).toEqual([]);
      expect(decodeCandidatePriority(candidate?.priority ?? 0).typePreference).toBe(typePreference);
    });
  }
});
