/** The pane's console: what each step printed, as rows of text in the pane's `role="log"`. */

/** How a row reads: a step heading, something printed, a note from the pane, or an error. */
export type ConsoleKind = 'step' | 'log' | 'note' | 'error';

const MAX_ROWS = 400;

/** Writes rows into `box` (plain text only) and keeps the newest in view. */
export class PaneConsole {
  readonly #box: HTMLElement;
  #start = performance.now();

  constructor(box: HTMLElement) {
    this.#box = box;
  }

  /** Appends one row of `kind`, tagged with the step that printed it. */
  write(kind: ConsoleKind, text: string, step = ''): void {
    const row = document.createElement('div');
    row.dataset['row'] = 'console';
    row.dataset['kind'] = kind;
    if (step) row.dataset['step'] = step;
    const ms = Math.round(performance.now() - this.#start);
    row.textContent = kind === 'step' ? text : `${String(ms).padStart(5)} ms  ${text}`;
    this.#box.append(row);
    while (this.#box.childElementCount > MAX_ROWS) this.#box.firstElementChild?.remove();
    this.#box.scrollTop = this.#box.scrollHeight;
  }

  /** Empties the console and restarts its clock. */
  clear(): void {
    this.#box.replaceChildren();
    this.#start = performance.now();
  }
}

/** One value as console.log would show it here: text as is, a description with its SDP. */
export function formatValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && 'sdp' in value && 'type' in value) {
    const d = value as { type: string; sdp: string };
    return `RTCSessionDescription (${d.type}):\n${d.sdp.trimEnd()}`;
  }
  if (value === null || value === undefined) return String(value);
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
