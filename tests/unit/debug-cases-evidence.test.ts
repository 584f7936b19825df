import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEBUG_CASES } from '../../src/lib/debug-cases/cases';
import { parseCaseFixture } from '../../src/lib/debug-cases/fixture';
import { caseSymptom } from '../../src/lib/debug-cases/symptoms';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'debug-cases');
const load = (id: string): unknown => JSON.parse(readFileSync(join(DIR, `${id}.json`), 'utf8'));

describe('caseSymptom', () => {
  for (const debugCase of DEBUG_CASES) {
    it(`finds the symptom of “${debugCase.title}” in its captured evidence`, () => {
      const parsed = parseCaseFixture(debugCase.id, load(debugCase.id));
      if (!parsed.ok) throw new Error(parsed.problems.join('; '));
      const symptom = caseSymptom(parsed.fixture);
      expect(symptom.shown, symptom.summary).toBe(true);
    });
  }
});
