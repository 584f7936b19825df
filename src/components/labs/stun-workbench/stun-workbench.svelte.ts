import { MAX_ICE_SERVER_URL_LENGTH } from '~/lib/ice/ice-server-url-limit';
import { findRfc5769Example } from '~/lib/stun/rfc5769-examples';
import type { Lab } from '../shared/lab';
import { LabStatus, describeError } from '../shared/labStatus.svelte';
import type { DecodedView } from './decodedMessage';
import { MAX_HEX_CHARS } from './hexLimit';
import { LiveGather } from './liveGather.svelte';
import { RequestBuilder } from './requestBuilder.svelte';

/** The workbench's tabs: build a request, decode a message, ask a real server. */
export type WorkbenchTab = 'build' | 'decode' | 'gather';

/** The tabs in order, with the words on them. */
export const WORKBENCH_TABS: readonly { id: WorkbenchTab; label: string }[] = [
  { id: 'build', label: 'Build' },
  { id: 'decode', label: 'Decode' },
  { id: 'gather', label: 'Ask a server' },
];

/** The RFC 5769 sample the workbench opens with, decoded as soon as the lab is live. */
const FIRST_EXAMPLE = '2.2';

/** Where decoding errors are shown: next to the frame's Decode (run) button. */
const DECODE_ACTION = 'run';

/**
 * The STUN workbench: build a Binding request and see its bytes, decode pasted hex (with the XOR
 * arithmetic and the integrity and fingerprint checks), and, only when asked, gather against a
 * STUN server the learner typed. `run` decodes. Its three parts are tabs; `tab` is the one shown.
 */
export class StunWorkbenchLab implements Lab {
  readonly status = new LabStatus();
  readonly builder = new RequestBuilder();
  readonly live = new LiveGather(this.status);
  hex = $state('');
  password = $state('');
  /** The chosen RFC 5769 sample's section, or '' once the hex box holds something else. */
  example = $state(FIRST_EXAMPLE);
  decoded: DecodedView | null = $state(null);
  tab: WorkbenchTab = $state('decode');

  /** Decodes the hex box; problems go to the alert with their offsets, the text stays as typed. */
  async run(): Promise<void> {
    this.tab = 'decode';
    const run = this.status.start('Decoding…');
    if (this.hex.length > MAX_HEX_CHARS) {
      this.decoded = null;
      this.status.fail(
        `That is ${this.hex.length.toLocaleString('en')} characters; a STUN message fits in ${MAX_HEX_CHARS.toLocaleString('en')}. Paste one message.`,
        DECODE_ACTION,
      );
      return;
    }
    if (this.hex.trim() === '') {
      this.decoded = null;
      this.status.fail(
        'Paste a STUN message in hex first, or choose an RFC 5769 sample.',
        DECODE_ACTION,
      );
      return;
    }
    try {
      // The decoder and its checks (MD5, HMAC, CRC-32) load with the first decode, which the
      // lab runs as it becomes live: the chapter's up-front script stays within its budget.
      const { decodePastedStun } = await import('./decodedMessage');
      if (!run.current) return;
      const decoded = await decodePastedStun(this.hex, this.password);
      if (!run.current) return;
      this.decoded = decoded;
      if (decoded.errors.length > 0) {
        this.status.fail(
          `This is not a well-formed STUN message:\n${decoded.errors.slice(0, 8).join('\n')}` +
            (decoded.errors.length > 8 ? `\n…and ${decoded.errors.length - 8} more.` : ''),
          DECODE_ACTION,
        );
        return;
      }
      const what = decoded.header?.description ?? 'message';
      const mapped = decoded.mapped ? `, mapped address ${decoded.mapped.text}` : '';
      this.status.finish(
        `Decoded a ${what} with ${decoded.attributes.length} attribute${decoded.attributes.length === 1 ? '' : 's'}${mapped}.`,
      );
    } catch (error) {
      if (run.current) this.status.fail(describeError(error), DECODE_ACTION);
    }
  }

  /** Fills the hex and password from the RFC 5769 sample of `section`, then decodes it at once. */
  async chooseExample(section: string): Promise<void> {
    const example = findRfc5769Example(section);
    if (!example) return;
    this.example = section;
    this.hex = example.hex;
    this.password = example.password;
    await this.run();
  }

  /** The hex box was edited: the sample menu stops naming a sample the box no longer holds. */
  edited(): void {
    if (this.example && findRfc5769Example(this.example)?.hex !== this.hex) this.example = '';
  }

  /**
   * The lab just became live: an untouched workbench decodes its sample (the default one, or the
   * one a preset chose) quietly, so the decoded fields are there without a press. A preset that
   * runs, or brought its own hex, is left alone.
   */
  async hydrate(): Promise<void> {
    if (this.status.phase !== 'idle') return;
    if (this.hex === '' && this.example === FIRST_EXAMPLE) {
      const first = findRfc5769Example(FIRST_EXAMPLE);
      this.hex = first?.hex ?? '';
      this.password = first?.password ?? '';
    }
    if (!this.example || this.hex === '') return;
    const tab = this.tab;
    await this.run();
    // Opening the page is not an action of the learner's: nothing to announce, no tab change.
    this.tab = tab;
    const ended: string = this.status.phase; // read anew: the run has changed it
    if (ended === 'done') this.status.announcement = '';
  }

  /** Copies the built request into the decoder (with its password) and decodes it. */
  async decodeBuilt(): Promise<void> {
    if (!this.builder.bytes) return;
    this.hex = this.builder.hex;
    this.password = this.builder.integrity ? this.builder.password : '';
    this.example = '';
    await this.run();
  }

  /**
   * Applies a URL preset: `example=2.1..2.4`, or `hex=` and `password=`; `stun=` fills the server
   * box (never gathers) and shows its tab; `tab=build|decode|gather` chooses the tab.
   */
  preset(params: URLSearchParams): void {
    const found = findRfc5769Example(params.get('example') ?? '');
    if (found) {
      this.example = found.section;
      this.hex = found.hex;
      this.password = found.password;
    }
    const hex = params.get('hex');
    if (hex) {
      this.hex = hex.slice(0, MAX_HEX_CHARS);
      this.edited();
    }
    const password = params.get('password');
    if (password !== null) this.password = password.slice(0, 256);
    const stun = params.get('stun');
    if (stun) {
      this.live.url = stun.slice(0, MAX_ICE_SERVER_URL_LENGTH);
      this.tab = 'gather';
    }
    const tab = WORKBENCH_TABS.find((t) => t.id === params.get('tab'));
    if (tab) this.tab = tab.id;
  }

  /** Clears everything and closes the live connection, if any. */
  reset(): void {
    this.live.reset();
    this.hex = '';
    this.password = '';
    this.example = '';
    this.decoded = null;
    void this.builder.reset();
    this.status.reset('Workbench reset: nothing decoded, no connection open.');
  }

  /** Stops a decode or a gathering in progress and closes the live connection when the lab leaves the page. */
  dispose(): void {
    this.status.stop();
    this.live.close();
  }
}
