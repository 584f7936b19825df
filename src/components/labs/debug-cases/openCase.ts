// Everything a case needs once the learner opens it, loaded on demand so that the chapter page
// carries only the list of cases: the captured evidence (one chunk per case), the questions with
// their reasoning, and the code that turns the evidence into what the lab shows.
import { findDebugCase, type DebugCase } from '~/lib/debug-cases/cases';
import type { DebugCaseId } from '~/lib/debug-cases/case-list';
import { buildEvidence, type EvidenceBlock } from '~/lib/debug-cases/evidence';
import { parseCaseFixture } from '~/lib/debug-cases/fixture';
import { caseSymptom } from '~/lib/debug-cases/symptoms';

const FIXTURES = import.meta.glob<unknown>('../../../../tests/fixtures/debug-cases/*.json', {
  import: 'default',
});

/** Where and how the shown evidence was captured. */
export interface EvidenceOrigin {
  browser: string;
  capturedAt: string;
  howMade: string;
}

/** A case ready to show: its questions, its evidence, what the evidence shows, and its origin. */
export interface OpenedCase {
  debugCase: DebugCase;
  blocks: EvidenceBlock[];
  /** What the evidence shows, in one sentence (shown once the diagnosis is right). */
  symptom: string;
  origin: EvidenceOrigin;
}

/** Loads and checks the evidence of case `id`; throws with the reason when it cannot. */
export async function openCase(id: DebugCaseId): Promise<OpenedCase> {
  const debugCase = findDebugCase(id);
  const load = FIXTURES[`../../../../tests/fixtures/debug-cases/${id}.json`];
  if (!debugCase || !load) throw new Error(`no evidence is stored for ${id}`);
  const parsed = parseCaseFixture(id, await load());
  if (!parsed.ok) throw new Error(parsed.problems.join('; '));
  const { browser, capturedAt, howMade } = parsed.fixture;
  return {
    debugCase,
    blocks: buildEvidence(parsed.fixture),
    symptom: caseSymptom(parsed.fixture).summary,
    origin: { browser, capturedAt, howMade },
  };
}
