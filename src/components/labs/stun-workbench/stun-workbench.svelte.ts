import { MAX_ICE_SERVER_URL_LENGTH } from '~/lib/ice/ice-server-url';
import { findRfc5769Example } from '~/lib/stun/rfc5769-examples';
import type { Lab } from '../shared/lab';
import { LabStatus, describeError } from '../shared/labStatus.svelte';
import { decodePastedStun, MAX_HEX_CHARS, type DecodedView } from './decodedMessage';
import { LiveGather } from './liveGather.svelte';
import { RequestBuilder } from './requestBuilder.svelte';

/**
 * The STUN workbench: build a Binding request and see its bytes, decode pasted hex (with the XOR
 * arithmetic and the integrity and fingerprint checks), and, only when asked, gather against a
 * STUN server the learner typed. `run` decodes.
 */
export class StunWorkbenchLab implements Lab {
  readonly status = new LabStatus();
  readonly builder = new RequestBuilder();
  readonly live = new LiveGather(this.status);
  hex = $state('');
  password = $state('');
  example = $state('2.2');
  decoded: DecodedView | null = $state(null);

  /** Decodes the hex box; problems go to the alert with their offsets, the text stays as typed. */
  async run(): Promise<void> {
    const run = this.status.start('Decoding…');
    if (this.hex.length > MAX_HEX_CHARS) {
      this.decoded = null;
      this.status.fail(
        `That is ${this.hex.length.toLocaleString('en')} characters; a STUN message fits in ${MAX_HEX_CHARS.toLocaleString('en')}. Paste one message.`,
      );
      return;
    }
    if (this.hex.trim() === '') {
      this.decoded = null;
      this.status.fail('Paste a STUN message in hex first, or load an RFC 5769 example.');
      return;
    }
    try {
      const decoded = await decodePastedStun(this.hex, this.password);
      if (!run.current) return;
      this.decoded = decoded;
      if (decoded.errors.length > 0) {
        this.status.fail(
          `This is not a well-formed STUN message:\n${decoded.errors.slice(0, 8).join('\n')}` +
            (decoded.errors.length > 8 ? `\n…and ${decoded.errors.length - 8} more.` : ''),
        );
        return;
      }
      const what = decoded.header?.description ?? 'message';
      const mapped = decoded.mapped ? `, mapped address ${decoded.mapped.text}` : '';
      this.status.finish(
        `Decoded a ${what} with ${decoded.attributes.length} attribute${decoded.attributes.length === 1 ? '' : 's'}${mapped}.`,
      );
    } catch (error) {
      if (run.current) this.status.fail(describeError(error));
    }
  }

  /** Fills the hex and password from the chosen RFC 5769 sample, then decodes it. */
  async loadExample(): Promise<void> {
    const example = findRfc5769Example(this.example);
    if (!example) return;
    this.hex = example.hex;
    this.password = example.password;
    await this.run();
  }

  /** Copies the built request into the decoder (with its password) and decodes it. */
  async decodeBuilt(): Promise<void> {
    if (!this.builder.bytes) return;
    this.hex = this.builder.hex;
    this.password = this.builder.integrity ? this.builder.password : '';
    await this.run();
  }

  /** Applies a URL preset: `example=2.1..2.4`, or `hex=` and `password=`; `stun=` fills the server box (never gathers). */
  preset(params: URLSearchParams): void {
    const example = params.get('example');
    if (example && findRfc5769Example(example)) {
      this.example = example;
      const found = findRfc5769Example(example);
      if (found) {
        this.hex = found.hex;
        this.password = found.password;
      }
    }
    const hex = params.get('hex');
    if (hex) this.hex = hex.slice(0, MAX_HEX_CHARS);
    const password = params.get('password');
    if (password !== null) this.password = password.slice(0, 256);
    const stun = params.get('stun');
    if (stun) this.live.url = stun.slice(0, MAX_ICE_SERVER_URL_LENGTH);
  }

  /** Clears everything and closes the live connection, if any. */
  reset(): void {
    this.live.reset();
    this.hex = '';
    this.password = '';
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
