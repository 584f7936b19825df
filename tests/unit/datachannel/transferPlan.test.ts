import { describe, expect, it } from 'vitest';
import { planTransfer } from '../../../src/lib/datachannel/transferPlan';

describe('planTransfer', () => {
  it('cuts 32 MiB into 512 messages of 64 KiB under Chromium’s limit', () => {
    const plan = planTransfer(32 * 1024 * 1024, 262_144);
    expect(plan).toMatchObject({ chunkBytes: 65_536, chunks: 512, lastChunkBytes: 65_536 });
    expect(plan.lowWaterBytes).toBeLessThan(plan.highWaterBytes);
  });

  it('uses the peer’s limit when it is below 64 KiB', () => {
    expect(planTransfer(100_000, 16_384).chunkBytes).toBe(16_384);
  });

  it('treats a limit of 0 as no limit', () => {
    expect(planTransfer(1_000_000, 0).chunkBytes).toBe(65_536);
  });

  it('sends a shorter last message when the size does not divide', () => {
    expect(planTransfer(65_536 + 10, 262_144)).toMatchObject({ chunks: 2, lastChunkBytes: 10 });
  });

  it('sends one short message for a transfer smaller than a chunk', () => {
    expect(planTransfer(100, 262_144)).toMatchObject({ chunkBytes: 100, chunks: 1 });
  });
});
