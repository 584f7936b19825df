import type { Lab } from '../shared/lab';
import { LabStatus, describeError } from '../shared/labStatus.svelte';
import { checkAnswer, type AnswerVerdict } from '~/lib/debug-cases/answers';
import { DEBUG_CASES, findDebugCase, type DebugCase } from '~/lib/debug-cases/cases';
import { buildEvidence, type EvidenceBlock } from '~/lib/debug-cases/evidence';
import { parseCaseFixture } from '~/lib/debug-cases/fixture';
import { caseSymptom } from '~/lib/debug-cases/symptoms';

// Each case's captured evidence is its own chunk, fetched when the learner opens the case.
const FIXTURES = import.meta.glob<unknown>('../../../../tests/fixtures/debug-cases/*.json', {
  import: 'default',
});

/** Which of the two questions. */
export type DebugStep = 'diagnosis' | 'fix';

/** Where and how the shown evidence was captured. */
export interface EvidenceOrigin {
  browser: string;
  capturedAt: string;
  howMade: string;
}

/** Diagnosis cases from captured evidence: open a case, read it, answer two questions. */
export class DebugCasesLab implements Lab {
  readonly status = new LabStatus();
  caseId: string = $state(DEBUG_CASES[0]!.id);
  blocks: EvidenceBlock[] = $state([]);
  origin: EvidenceOrigin | null = $state(null);
  /** What the evidence shows, in one sentence (shown once the diagnosis is right). */
  symptom = $state('');
  picked: Record<DebugStep, string> = $state({ diagnosis: '', fix: '' });
  verdicts: Record<DebugStep, AnswerVerdict | null> = $state({ diagnosis: null, fix: null });
  /** Ids of the cases whose diagnosis and fix were both answered right. */
  solved: string[] = $state([]);
  /** The id of the case whose evidence is shown, once loaded. */
  shownId = $state('');

  /** The case picked in the list. */
  get current(): DebugCase {
    return findDebugCase(this.caseId) ?? DEBUG_CASES[0]!;
  }

  /** Opens the picked case: loads its evidence and clears the answers. */
  async run(): Promise<void> {
    const chosen = this.current;
    this.#clearAnswers();
    this.blocks = [];
    this.origin = null;
    this.shownId = '';
    const run = this.status.start(`Loading the evidence of “${chosen.title}”…`);
    try {
      const load = FIXTURES[`../../../../tests/fixtures/debug-cases/${chosen.id}.json`];
      if (!load) throw new Error(`no evidence is stored for ${chosen.id}`);
      const parsed = parseCaseFixture(chosen.id, await load());
      if (!run.current) return;
      if (!parsed.ok) throw new Error(parsed.problems.join('; '));
      this.blocks = buildEvidence(parsed.fixture);
      this.symptom = caseSymptom(parsed.fixture).summary;
      const { browser, capturedAt, howMade } = parsed.fixture;
      this.origin = { browser, capturedAt, howMade };
      this.shownId = chosen.id;
      this.status.finish(
        `Case “${chosen.title}” opened: ${this.blocks.length} pieces of evidence. Read them, then pick a diagnosis.`,
      );
    } catch (error) {
      if (run.current)
        this.status.fail(`The evidence could not be loaded: ${describeError(error)}`);
    }
  }

  /** Picks another case and opens it. */
  open(id: string): Promise<void> {
    if (findDebugCase(id)) this.caseId = id;
    return this.run();
  }

  /** Judges the picked answer of `step`, shows and announces why. */
  check(step: DebugStep): void {
    const question = this.current[step];
    const verdict = checkAnswer(question, this.picked[step]);
    if (!verdict) {
      this.verdicts[step] = null;
      this.status.fail(
        `Pick one of the ${step === 'diagnosis' ? 'diagnoses' : 'fixes'} first.`,
        `check-${step}`,
      );
      return;
    }
    if (this.status.phase === 'error') this.status.finish('');
    this.verdicts[step] = verdict;
    const solvedNow = step === 'fix' && verdict.correct;
    if (solvedNow && !this.solved.includes(this.caseId)) this.solved.push(this.caseId);
    const head = verdict.correct ? 'Right.' : 'Not this one.';
    const next = !verdict.correct
      ? ' Pick another answer and check again.'
      : step === 'diagnosis'
        ? ' Now pick the fix.'
        : ` Case solved (${this.solved.length} of ${DEBUG_CASES.length}).`;
    this.status.announcement = `${head} ${verdict.why.replace(/^Right\.\s*/, '')}${next}`;
  }

  /** A new pick clears that question's verdict (and the fix's, when the diagnosis changes). */
  pick(step: DebugStep, id: string): void {
    this.picked[step] = id;
    this.verdicts[step] = null;
  }

  /** `?lab=debug-cases&case=<id>` opens that case. */
  preset(params: URLSearchParams): void {
    const id = params.get('case');
    if (id && findDebugCase(id) && params.get('run') !== '1') void this.open(id);
    else if (id && findDebugCase(id)) this.caseId = id;
  }

  reset(): void {
    this.status.reset('Lab reset: no case open.');
    this.caseId = DEBUG_CASES[0]!.id;
    this.blocks = [];
    this.origin = null;
    this.shownId = '';
    this.solved = [];
    this.#clearAnswers();
  }

  dispose(): void {
    this.status.stop();
  }

  #clearAnswers(): void {
    this.picked = { diagnosis: '', fix: '' };
    this.verdicts = { diagnosis: null, fix: null };
    this.symptom = '';
  }
}
