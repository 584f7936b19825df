import type { Lab } from '../shared/lab';
import { LabStatus, describeError } from '../shared/labStatus.svelte';
import { checkAnswer, type AnswerVerdict } from '~/lib/debug-cases/answers';
import {
  DEBUG_CASE_LIST,
  caseTitle,
  isDebugCaseId,
  type DebugCaseId,
} from '~/lib/debug-cases/case-list';
import type { OpenedCase } from './openCase';

/** Which of the two questions. */
export type DebugStep = 'diagnosis' | 'fix';

/** Diagnosis cases from captured evidence: open a case, read it, answer two questions. */
export class DebugCasesLab implements Lab {
  readonly status = new LabStatus();
  caseId: DebugCaseId = $state(DEBUG_CASE_LIST[0].id);
  /** The case on show, once its evidence has loaded. */
  opened: OpenedCase | null = $state.raw(null);
  picked: Record<DebugStep, string> = $state({ diagnosis: '', fix: '' });
  verdicts: Record<DebugStep, AnswerVerdict | null> = $state({ diagnosis: null, fix: null });
  /** Ids of the cases whose diagnosis and fix were both answered right. */
  solved: string[] = $state([]);

  /** Opens the picked case: loads its evidence and clears the answers. */
  async run(): Promise<void> {
    const id = this.caseId;
    const title = caseTitle(id);
    this.#clearAnswers();
    this.opened = null;
    const run = this.status.start(`Loading the evidence of “${title}”…`);
    try {
      const { openCase } = await import('./openCase');
      const opened = await openCase(id);
      if (!run.current) return;
      this.opened = opened;
      this.status.finish(
        `Case “${title}” opened: ${opened.blocks.length} pieces of evidence. Read them, then pick a diagnosis.`,
      );
    } catch (error) {
      if (run.current)
        this.status.fail(`The evidence could not be loaded: ${describeError(error)}`);
    }
  }

  /** Picks another case and opens it. */
  open(id: string): Promise<void> {
    if (isDebugCaseId(id)) this.caseId = id;
    return this.run();
  }

  /** Judges the picked answer of `step`, shows and announces why. */
  check(step: DebugStep): void {
    if (!this.opened) return;
    const verdict = checkAnswer(this.opened.debugCase[step], this.picked[step]);
    if (!verdict) {
      this.verdicts[step] = null;
      const what = step === 'diagnosis' ? 'diagnoses' : 'fixes';
      this.status.fail(`Pick one of the ${what} first.`, `check-${step}`);
      return;
    }
    this.#clearError();
    this.verdicts[step] = verdict;
    if (step === 'fix' && verdict.correct && !this.solved.includes(this.caseId)) {
      this.solved.push(this.caseId);
    }
    const next = !verdict.correct
      ? ' Pick another answer and check again.'
      : step === 'diagnosis'
        ? ' Now pick the fix.'
        : ` Case solved (${this.solved.length} of ${DEBUG_CASE_LIST.length}).`;
    const why = verdict.why.replace(/^Right\.\s*/, '');
    this.status.announcement = `${verdict.correct ? 'Right.' : 'Not this one.'} ${why}${next}`;
  }

  /** A new pick clears that question's verdict and a “pick one first” error. */
  pick(step: DebugStep, id: string): void {
    this.picked[step] = id;
    this.verdicts[step] = null;
    this.#clearError();
  }

  /** `?lab=debug-cases&case=<id>` opens that case (with run=1 the frame's run opens it). */
  preset(params: URLSearchParams): void {
    const id = params.get('case') ?? '';
    if (isDebugCaseId(id)) this.caseId = id;
    if (id && params.get('run') !== '1') void this.run();
  }

  reset(): void {
    this.status.reset('Lab reset: no case open.');
    this.caseId = DEBUG_CASE_LIST[0].id;
    this.opened = null;
    this.solved = [];
    this.#clearAnswers();
  }

  dispose(): void {
    this.status.stop();
  }

  /** “Pick one first” is over once an answer is picked or checked. */
  #clearError(): void {
    if (this.status.phase !== 'error' || !this.opened) return;
    this.status.finish('');
    this.status.error = '';
    this.status.errorAt = '';
  }

  #clearAnswers(): void {
    this.picked = { diagnosis: '', fix: '' };
    this.verdicts = { diagnosis: null, fix: null };
  }
}
