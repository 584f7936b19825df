/**
 * Lab `signaling-lab` (chapter 10): two tabs of this page connect with perfect negotiation over
 * a BroadcastChannel, or (the "by hand" tab) with the learner carrying the descriptions.
 *
 * ENTRY POINT FOR ANOTHER TRANSPORT (the classroom's "with another device" mode):
 *   lab.connectThrough(transport, { self, peer })
 * attaches the lab's call to ANY SignalingTransport once both peer ids are known (the room knows
 * them): the same fields, signal rows and timeline. Then `lab.connect()` (this side offers) or
 * `lab.glare()` (both offer at once: needs `hello.glare` carried both ways) connects, and the lab
 * turns `done` when a message went each way. A `bye` heard on the transport ends the call and
 * says so. `lab.hangUp()` closes the connection; closing the transport is the caller's job.
 */
import type { Lab } from '../shared/lab';
import { LabStatus, describeError } from '../shared/labStatus.svelte';
import type { LabRun } from '../shared/labStatus.svelte';
import {
  hasBroadcastChannel,
  openBroadcastTransport,
  type BroadcastTransport,
} from '~/rtc/signaling/broadcastTransport';
import type { SignalingTransport } from '~/rtc/signaling/transport';
import { abortError, isAbort, withTimeout } from '~/rtc/wait';
import { ByHandSession } from './byHandSession.svelte';
import { SignalingCall, type CallEvents, type CallIds } from './signalingCall.svelte';
import { NO_BROADCAST_MESSAGE, newId, secondTabUrl, summary } from './signalingTexts';

/** The lab's modes, one tab each. */
export const SIGNALING_TABS = ['two-tabs', 'by-hand', 'device'] as const;
/** One of the lab's modes. */
export type SignalingTab = (typeof SIGNALING_TABS)[number];

const CALL_TIMEOUT_MS = 20_000;
const FIND_TIMEOUT_MS = 20_000;
/** How long a tab that had a partner waits for an answer to its hello before opening a tab. */
const HELLO_GRACE_MS = 500;

/** The signaling lab: two tabs, one connection, every signaling message shown. */
export class SignalingLab implements Lab {
  readonly status = new LabStatus();
  readonly call = new SignalingCall();
  /** The "by hand" mode: the learner carries the offer and the answer. */
  readonly byHand = new ByHandSession(this.status);
  /** This tab's id (its role is decided by comparing it with the other tab's). */
  readonly self = newId();
  tab: SignalingTab = $state('two-tabs');
  session: string | null = $state(null);
  peer: string | null = $state(null);
  /** What happened to the pairing, for people ("the other tab left"). */
  notice = $state('');
  #broadcast: BroadcastTransport | null = null;
  #peerFound: ((peer: string) => void) | null = null;
  #exchanged: (() => void) | null = null;
  // Leaving the page (closing the tab too) says bye, so the other tab can report it at once.
  #unload = () => this.#closeAll();

  /** `tab`: the mode shown first (an embed may open on the "by hand" mode). */
  constructor(tab: SignalingTab = 'two-tabs') {
    this.tab = tab;
  }
  readonly #events: CallEvents = {
    onStarted: () => {
      if (this.status.phase !== 'running') this.#begin('The other tab started a connection…');
    },
    onExchanged: () => this.#exchanged?.(),
    onFailed: (message) => this.status.fail(message),
    onLeft: () => this.#left(),
  };

  /** Whether this tab listens on its session's BroadcastChannel. */
  get listening(): boolean {
    return this.#broadcast !== null;
  }

  /** Attaches the call to any transport between two known peers (see the comment on top). */
  connectThrough(transport: SignalingTransport, ids: CallIds): void {
    this.peer = ids.peer;
    this.notice = '';
    this.call.attach(transport, ids, this.#events);
  }

  /** Run: finds (or opens) the second tab, connects, and ends when a message went each way. */
  async run(): Promise<void> {
    // Run is the two-tab mode's action: that mode comes to the front.
    if (this.tab === 'by-hand') this.tab = 'two-tabs';
    const find = this.status.start('Looking for the other tab…');
    try {
      if (!this.peer) await this.#findPeer(find);
      if (!find.current) return;
      this.connect();
    } catch (error) {
      if (find.current && !isAbort(error)) this.status.fail(describeError(error));
    }
  }

  /** This tab offers first (the other tab answers). */
  connect(): void {
    if (!this.peer) return this.status.fail('No second tab yet: open one first.', 'connect');
    if (this.call.sent > 0 && this.call.received > 0) {
      return this.status.finish(summary(this.call));
    }
    this.#begin('Connecting to the other tab…');
    this.call.start();
  }

  /** Both tabs offer at once: glare for certain, the polite tab rolls back. */
  glare(): void {
    if (!this.peer) return this.status.fail('No second tab yet: open one first.', 'glare');
    this.#begin('Both tabs offer at once…');
    this.call.glare();
  }

  /** Opens this page in a new tab, in this tab's session. */
  openSecondTab(): void {
    try {
      this.#listen();
    } catch (error) {
      return this.status.fail(describeError(error), 'open-tab');
    }
    const opened = window.open(secondTabUrl(location.href, this.session ?? ''), '_blank');
    if (!opened) {
      this.status.fail(
        'The browser blocked the new tab. Press “Open a second tab” again.',
        'open-tab',
      );
      return;
    }
    this.notice = 'A second tab is opening; the two tabs find each other by themselves.';
  }

  /** Closes the connection; the pairing stays. */
  hangUp(): void {
    this.call.detach();
  }

  /** Closes the connection and the BroadcastChannel; the other tab hears `bye`. */
  reset(): void {
    this.#closeAll();
    this.byHand.reset();
    this.notice = '';
    this.status.reset('Lab reset: connection and channel closed; the other tab was told.');
  }

  /** Applies a URL preset: `tab=by-hand|two-tabs|device`, `session=<id>` joins that session. */
  preset(params: URLSearchParams): void {
    const tab = params.get('tab');
    if (SIGNALING_TABS.includes(tab as SignalingTab)) this.tab = tab as SignalingTab;
    const session = params.get('session');
    if (!session || !/^[0-9a-f]{6,32}$/.test(session)) return;
    this.session = session;
    try {
      this.#listen();
    } catch (error) {
      this.status.fail(describeError(error));
    }
  }

  /** Releases everything when the lab leaves the page. */
  dispose(): void {
    this.status.stop();
    this.#closeAll();
    this.byHand.dispose();
  }

  #begin(what: string): void {
    const run = this.status.start(what);
    void this.#watch(run);
  }

  async #watch(run: LabRun): Promise<void> {
    const exchanged = new Promise<void>((resolve, reject) => {
      this.#exchanged = resolve;
      run.signal.addEventListener('abort', () => reject(abortError()), { once: true });
    });
    try {
      await withTimeout(exchanged, CALL_TIMEOUT_MS, 'No message went each way within 20 s.');
      if (run.current) this.status.finish(summary(this.call));
    } catch (error) {
      if (run.current && !isAbort(error)) this.status.fail(describeError(error));
    }
  }

  async #findPeer(run: LabRun): Promise<void> {
    const hadSession = this.session !== null;
    this.#listen();
    const found = new Promise<string>((resolve, reject) => {
      this.#peerFound = resolve;
      run.signal.addEventListener('abort', () => reject(abortError()), { once: true });
    });
    found.catch(() => {});
    if (hadSession) {
      // A tab of this session may be listening already: its answer takes a few milliseconds.
      const early = await withTimeout(found, HELLO_GRACE_MS, 'none').catch(() => null);
      if (early || !run.current) return;
    }
    this.openSecondTab();
    if (this.status.phase === 'error') throw new Error(this.status.error);
    await withTimeout(found, FIND_TIMEOUT_MS, 'The second tab did not answer within 20 s.');
  }

  #listen(): void {
    if (this.#broadcast) return;
    if (!hasBroadcastChannel()) throw new Error(NO_BROADCAST_MESSAGE);
    this.session ??= newId();
    this.#broadcast = openBroadcastTransport(this.session, this.self, {
      onPeer: (peer) => {
        if (peer === null) return;
        this.connectThrough(this.#broadcast!, { self: this.self, peer });
        this.#peerFound?.(peer);
      },
      onFull: () => {
        this.#closeAll();
        this.status.fail('Two tabs already share this session: this third tab stays out.');
      },
    });
    addEventListener('pagehide', this.#unload);
  }

  #left(): void {
    this.peer = null;
    this.call.detach();
    this.notice = 'The other tab left (closed or reset): its connection is closed here too.';
    if (this.status.phase === 'running') this.status.fail(this.notice);
  }

  #closeAll(): void {
    this.call.clear();
    this.#broadcast?.close();
    this.#broadcast = null;
    this.peer = null;
    this.#peerFound = null;
    this.#exchanged = null;
    if (typeof removeEventListener === 'function') removeEventListener('pagehide', this.#unload);
  }
}
