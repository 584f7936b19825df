// What `capture-connection.ts --check` compares: the committed fixture's outline (the structure a
// fresh capture must repeat) and the first step where a fresh outline parts from it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXPECTED_OUTLINE } from '~/lib/wire/connection-outline';
import type { ConnectionFixture } from '~/lib/wire/fixture-types';
import { committedOutline, outlineDifference } from '../../../scripts/connection/check-capture';

const fixture = JSON.parse(
  readFileSync(new URL('../../fixtures/connection/connection.json', import.meta.url), 'utf8'),
) as ConnectionFixture;

describe('the capture structure check', () => {
  it("takes the committed fixture's outline, which is the expected sequence", async () => {
    expect(await committedOutline(fixture)).toEqual(EXPECTED_OUTLINE);
  });

  it('accepts the same outline and names the first step where another one differs', () => {
    expect(outlineDifference(EXPECTED_OUTLINE, [...EXPECTED_OUTLINE])).toBeUndefined();
    const swapped = [...EXPECTED_OUTLINE];
    [swapped[8], swapped[9]] = [swapped[9]!, swapped[8]!];
    expect(outlineDifference(EXPECTED_OUTLINE, swapped)).toMatch(
      /^the sequence differs at step 9: expected "chromium SCTP INIT", got "werift SCTP INIT ACK"/,
    );
    expect(outlineDifference(EXPECTED_OUTLINE, EXPECTED_OUTLINE.slice(0, -1))).toMatch(
      /step 20: expected "chromium Alert close_notify", got "\(the end\)"/,
    );
  });
});
