import { describe, expect, it } from 'vitest';
import { computeNatMatrix } from '~/lib/nat/matrix';

describe('computeNatMatrix', () => {
  const matrix = computeNatMatrix();

  it('has 9 rows of 9 cells, rows for A and columns for B', () => {
    expect(matrix).toHaveLength(9);
    for (const row of matrix) expect(row).toHaveLength(9);
    expect(matrix[0]?.[8]).toMatchObject({
      a: { mapping: 'eim', filtering: 'eif' },
      b: { mapping: 'apdm', filtering: 'apdf' },
    });
  });

  it('is symmetric: swapping the two NATs does not change the outcome', () => {
    for (let i = 0; i < 9; i += 1) {
      for (let j = 0; j < 9; j += 1)
        expect(matrix[i]?.[j]?.outcome, `${i},${j}`).toBe(matrix[j]?.[i]?.outcome);
    }
  });

  it("matches the course's cases: the full-cone row is all direct and the symmetric corner all relay", () => {
    expect(matrix[0]?.every((cell) => cell.outcome === 'direct')).toBe(true);
    for (const row of matrix.slice(6))
      for (const cell of row.slice(6)) expect(cell.outcome).toBe('relay');
    expect(matrix[2]?.slice(6).every((cell) => cell.outcome === 'relay')).toBe(true);
  });
});
