/** The pane's DOM: its buttons, boxes, fields and alert, reached through the lab contract's attributes. */
import type { PaneReport } from '~/lib/walkthrough/paneProtocol';
import type { StepId } from '~/lib/walkthrough/walkthroughSteps';

/** Reads and writes the pane's controls; holds no state of its own. */
export class PaneView {
  readonly #root: HTMLElement;
  readonly #alert: HTMLElement;

  constructor(root: HTMLElement) {
    this.#root = root;
    this.#alert = root.querySelector<HTMLElement>('[data-pane-alert]')!;
  }

  /** Calls `run` with the step whose button the learner pressed. */
  onStep(run: (id: StepId) => void): void {
    this.#root.addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLElement>('[data-action]');
      const action = button?.dataset['action'] ?? '';
      if (!button || button.getAttribute('aria-disabled') === 'true') return;
      if (action.startsWith('step-')) run(action.slice(5) as StepId);
      if (action === 'copy-output') void this.#copyToClipboard();
    });
  }

  /** The buttons work from now on (they said they did not until the script ran). */
  enable(): void {
    for (const b of this.#root.querySelectorAll('[data-action]'))
      b.removeAttribute('aria-disabled');
  }

  /** The paste box's text, as the learner left it. */
  pasted(): string {
    return this.#box('[data-input="paste"]').value;
  }

  /** The `type` of the pasted description ('' when it is not one), for the explanation. */
  pastedType(): string {
    try {
      const parsed: unknown = JSON.parse(this.pasted());
      const type = (parsed as { type?: unknown } | null)?.type;
      return typeof type === 'string' ? type : '';
    } catch {
      return '';
    }
  }

  /** Puts `text` in the paste box, as pasting would. */
  paste(text: string): void {
    this.#box('[data-input="paste"]').value = text;
  }

  /** The message box's text. */
  message(): string {
    return this.#box('[data-input="message"]').value;
  }

  /** Sets the message box's text. */
  setMessage(text: string): void {
    this.#box('[data-input="message"]').value = text.slice(0, 1000);
  }

  /** The output box's text: the description this window copied. */
  output(): string {
    return this.#box('[data-field="output"]').value;
  }

  /** Shows what `copy()` received in the output box. */
  setOutput(text: string): void {
    this.#box('[data-field="output"]').value = text;
    this.#note('');
  }

  /** The browser's error next to the step that threw it, with what it means. */
  showAlert(step: StepId, error: string, explanation: string): void {
    const where = this.#root.querySelector(`li[data-step="${step}"] .step-actions`);
    where?.after(this.#alert);
    const name = document.createElement('strong');
    name.textContent = error;
    const body = document.createElement('span');
    body.append(name, document.createElement('br'), explanation);
    const text = document.createElement('p');
    text.append(body);
    this.#alert.replaceChildren(text);
    this.#alert.hidden = false;
    this.reveal(step, this.#alert);
  }

  /**
   * Scrolls the step list so that `step` (or `element` in it) is in view. Not scrollIntoView:
   * inside an iframe that would scroll the chapter around the lab as well.
   */
  reveal(step: StepId, element?: HTMLElement): void {
    const list = this.#root.querySelector<HTMLElement>('.pane-steps');
    const target = element ?? this.#root.querySelector<HTMLElement>(`li[data-step="${step}"]`);
    if (!list || !target) return;
    const top = target.getBoundingClientRect().top - list.getBoundingClientRect().top;
    const bottom = top + target.offsetHeight;
    if (top < 0) list.scrollTop += top;
    else if (bottom > list.clientHeight)
      list.scrollTop += Math.min(top, bottom - list.clientHeight);
  }

  /** Hides the alert. */
  clearAlert(): void {
    this.#alert.hidden = true;
    this.#alert.replaceChildren();
  }

  /** Empties the boxes and the alert (the paste box too: a new session needs a new paste). */
  clear(): void {
    this.clearAlert();
    this.paste('');
    this.setOutput('');
  }

  /** Writes the fields, marks the steps done and the next one. */
  showFacts(report: PaneReport, done: ReadonlySet<StepId>, next: StepId | null): void {
    this.#field('connection-state', report.connectionState ?? '', report.connectionState ?? 'none');
    this.#field('signaling-state', report.signalingState ?? '', report.signalingState ?? 'none');
    this.#field('channel-state', report.channelState ?? '', report.channelState ?? 'none');
    const received = String(report.messagesReceived);
    this.#field('messages-received', received, received);
    for (const li of this.#root.querySelectorAll<HTMLElement>('li[data-step]')) {
      const id = li.dataset['step'] as StepId;
      li.toggleAttribute('data-done', done.has(id));
      li.toggleAttribute('data-next', id === next);
    }
  }

  async #copyToClipboard(): Promise<void> {
    const box = this.#box('[data-field="output"]');
    if (!box.value) return this.#note('Nothing to copy yet: run the copy step first.');
    try {
      await navigator.clipboard.writeText(box.value);
      this.#note(`Copied ${box.value.length} characters: paste them into the other window.`);
    } catch {
      box.select();
      this.#note('The clipboard is not available here: the text is selected, press Ctrl+C.');
    }
  }

  #note(text: string): void {
    const note = this.#root.querySelector('[data-copy-note]');
    if (note) note.textContent = text;
  }

  #field(name: string, value: string, text: string): void {
    const el = this.#root.querySelector<HTMLElement>(`[data-field="${name}"]`);
    if (!el) return;
    el.dataset['value'] = value;
    el.textContent = text;
  }

  #box(selector: string): HTMLInputElement | HTMLTextAreaElement {
    const box = this.#root.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector);
    if (!box) throw new Error(`this window has no ${selector}`);
    return box;
  }
}
