/**
 * Brings one pane of the two-windows lab to life: runs the walkthrough's steps on the learner's
 * click (or the lab's request), prints what they print, explains a refused step, and reports
 * its states to the lab. The pane's only way in for a description is its paste box.
 */
import * as steps from '~/rtc/walkthrough/steps';
import type { StepGlobals } from '~/rtc/walkthrough/steps';
import { closePeerConnection, createPeerConnection, openPeerConnectionCount } from '~/rtc/registry';
import { explainStepError } from '~/lib/walkthrough/explainStepError';
import { isPaneRequest, type PaneMessage, type PaneRequest } from '~/lib/walkthrough/paneProtocol';
import {
  WINDOW_STEPS,
  nextStep,
  stepNumber,
  stepOf,
  type StepId,
  type WindowId,
} from '~/lib/walkthrough/walkthroughSteps';
import { PaneConsole, formatValue } from './paneConsole';
import { PaneView } from './paneView';

type Runner = (globals: StepGlobals, view: PaneView) => unknown;

/** Each step's function, with what it reads from the pane (the paste box, the message box). */
const RUNNERS: Record<StepId, Runner> = {
  'create-offerer': (g) => steps.createOfferer(g),
  'create-answerer': (g) => steps.createAnswerer(g),
  'make-offer': (g) => steps.makeOffer(g),
  'apply-offer': (g, view) => steps.applyOffer(g, JSON.parse(view.pasted())),
  'make-answer': (g) => steps.makeAnswer(g),
  'wait-for-gathering': (g) => steps.waitForGathering(g),
  'copy-description': (g) => steps.copyDescription(g),
  'apply-answer': (g, view) => steps.applyAnswer(g, JSON.parse(view.pasted())),
  send: (g, view) => steps.sendMessage(g, view.message()),
};

/** Starts the pane found in this document. */
export function startPane(): void {
  const root = document.querySelector<HTMLElement>('[data-pane]');
  if (!root) return;
  // Opened as a window of its own (not in the lab's frame): a way back to the chapter.
  if (parent === window)
    root.querySelector<HTMLElement>('[data-standalone]')?.removeAttribute('hidden');
  new Pane(root);
}

class Pane {
  readonly #window: WindowId;
  readonly #view: PaneView;
  readonly #console: PaneConsole;
  readonly #done = new Set<StepId>();
  #messages = 0;
  #watching: AbortController | null = null;
  #queue: Promise<unknown> = Promise.resolve();
  #step: StepId | '' = '';
  /** In a classroom room: tells the instructor's page about the connection. */
  #roomReport: ((pc: RTCPeerConnection | null) => void) | null = null;
  readonly #globals: StepGlobals;

  constructor(root: HTMLElement) {
    this.#window = root.dataset['pane'] as WindowId;
    this.#view = new PaneView(root);
    this.#console = new PaneConsole(root.querySelector('[data-console]')!);
    this.#globals = {
      console: { log: (...values) => this.#print(values) },
      copy: (text) => this.#copy(text),
      // The page's own constructor, tracked by the registry so that reset closes the connection.
      RTCPeerConnection: function (configuration?: RTCConfiguration) {
        return createPeerConnection(configuration);
      } as unknown as StepGlobals['RTCPeerConnection'],
    };
    // The learner's clicks run at once, not queued: a wait that never ends (gathering before
    // any setLocalDescription) must not lock the other buttons; the next step can end it.
    this.#view.onStep((id) => void this.#run(id));
    this.#view.enable();
    addEventListener('message', (event) => this.#onRequest(event));
    this.#refresh();
    // With another device: only a page opened with ?room= loads the room code and opens a socket.
    const room = new URLSearchParams(location.search).get('room');
    if (room !== null) void this.#joinRoom(root, room);
  }

  async #joinRoom(root: HTMLElement, param: string): Promise<void> {
    const { joinPaneRoom } = await import('./paneRoom');
    this.#roomReport = await joinPaneRoom(
      {
        window: this.#window,
        root,
        output: () => this.#view.output(),
        paste: (text) => this.#view.paste(text),
        note: (kind, text) => this.#console.write(kind, text),
      },
      param,
    );
  }

  /** Runs one step; resolves with the error shown, or null when the step went through. */
  async #run(id: StepId): Promise<string | null> {
    const step = stepOf(this.#window, id);
    this.#view.clearAlert();
    this.#view.reveal(id);
    this.#step = id;
    this.#console.write('step', `▶ Step ${stepNumber(this.#window, id)}: ${step.title}`, id);
    if (id.startsWith('create-') && steps.current().pc) this.#closeConnection('the previous one');
    let pastedType: string | undefined;
    if (id === 'wait-for-gathering' && steps.current().pc?.iceGatheringState === 'new') {
      const start = this.#window === 'a' ? 'step 2' : 'step 3';
      this.#console.write(
        'note',
        `Gathering has not started: it starts with setLocalDescription (${start}). This step waits until then.`,
        id,
      );
    }
    try {
      if (step.input === 'offer' || step.input === 'answer') pastedType = this.#view.pastedType();
      await RUNNERS[id](this.#globals, this.#view);
      if (id === 'send') this.#console.write('note', `sent: ${this.#view.message()}`, id);
      this.#done.add(id);
      return null;
    } catch (thrown) {
      const error = asError(thrown);
      const { pc, channel } = steps.current();
      const explanation = explainStepError(error, {
        window: this.#window,
        step: id,
        done: this.#done,
        signalingState: pc?.signalingState ?? null,
        channelState: channel?.readyState ?? null,
        ...(pastedType === undefined ? {} : { pastedType }),
      });
      this.#console.write('error', `Uncaught ${error.name}: ${error.message}`, id);
      this.#console.write('note', explanation, id);
      this.#view.showAlert(id, `${error.name}: ${error.message}`, explanation);
      return `${error.name}: ${error.message} ${explanation}`;
    } finally {
      this.#step = '';
      this.#watch();
      this.#refresh();
    }
  }

  #print(values: unknown[]): void {
    this.#console.write('log', values.map(formatValue).join(' '), this.#step);
  }

  #copy(text: string): void {
    this.#view.setOutput(text);
    this.#console.write(
      'note',
      `copy(): ${text.length} characters are in the output box; carry them to the other window.`,
      this.#step,
    );
  }

  /** Follows the connection and its channel for the fields (added once per connection). */
  #watch(): void {
    const { pc, channel } = steps.current();
    if (!pc || this.#watching) return;
    const watching = new AbortController();
    this.#watching = watching;
    const signal = watching.signal;
    const refresh = () => this.#refresh();
    const follow = (ch: RTCDataChannel) => {
      for (const event of ['open', 'close']) ch.addEventListener(event, refresh, { signal });
      ch.addEventListener('message', () => (this.#messages++, refresh()), { signal });
    };
    for (const event of ['connectionstatechange', 'signalingstatechange'])
      pc.addEventListener(event, refresh, { signal });
    pc.addEventListener('datachannel', (e) => (follow(e.channel), refresh()), { signal });
    if (channel) follow(channel);
  }

  #closeConnection(which: string): void {
    const { pc } = steps.current();
    this.#watching?.abort();
    this.#watching = null;
    if (pc) {
      closePeerConnection(pc);
      this.#console.write('note', `pc.close(): ${which} connection is closed.`);
    }
    steps.forget();
    this.#done.clear();
    this.#messages = 0;
  }

  #reset(): void {
    this.#closeConnection('the');
    this.#console.clear();
    this.#view.clear();
    this.#refresh();
  }

  /** Updates the fields and the next-step mark, and tells the lab. */
  #refresh(): void {
    const { pc, channel } = steps.current();
    const report = {
      window: this.#window,
      connectionState: pc?.connectionState ?? null,
      signalingState: pc?.signalingState ?? null,
      channelState: channel?.readyState ?? null,
      messagesReceived: this.#messages,
      openConnections: openPeerConnectionCount(),
      output: this.#view.output(),
    };
    this.#roomReport?.(pc ?? null);
    this.#view.showFacts(report, this.#done, nextStep(this.#window, this.#done)?.id ?? null);
    post({ kind: 'report', from: 'pane', ...report });
  }

  #enqueue<T>(work: () => Promise<T> | T): Promise<T> {
    const next = this.#queue.then(work, work);
    this.#queue = next.catch(() => undefined);
    return next;
  }

  #onRequest(event: MessageEvent): void {
    if (event.origin !== location.origin || event.source !== parent || parent === window) return;
    if (!isPaneRequest(event.data)) return;
    const request = event.data;
    void this.#enqueue(() => this.#answer(request)).then((error) =>
      post({ kind: 'reply', from: 'pane', id: request.id, error }),
    );
  }

  async #answer(request: PaneRequest): Promise<string | null> {
    switch (request.kind) {
      case 'step':
        if (!WINDOW_STEPS[this.#window].some((s) => s.id === request.step)) return 'no such step';
        return this.#run(request.step);
      case 'paste':
        this.#view.paste(request.text);
        return null;
      case 'message':
        this.#view.setMessage(request.text);
        return null;
      case 'reset':
        this.#reset();
        return null;
      case 'theme':
        if (request.theme) document.documentElement.dataset['theme'] = request.theme;
        else delete document.documentElement.dataset['theme'];
        return null;
      case 'report':
        this.#refresh();
        return null;
    }
  }
}

/** Posts to the lab that holds this pane, when there is one (same origin only). */
function post(message: PaneMessage): void {
  if (parent !== window) parent.postMessage(message, location.origin);
}

/** Anything thrown, as the name and message the browser gave it. */
function asError(thrown: unknown): { name: string; message: string } {
  if (thrown instanceof Error || thrown instanceof DOMException) {
    return { name: thrown.name, message: thrown.message };
  }
  return { name: 'Error', message: String(thrown) };
}
