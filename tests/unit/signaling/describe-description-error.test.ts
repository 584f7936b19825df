import { describe, expect, it } from 'vitest';
import {
  browserWords,
  describeDescriptionError,
} from '../../../src/lib/signaling/describeDescriptionError';
import { readPastedDescription } from '../../../src/lib/signaling/readPastedDescription';
import { descriptionIdentity, iceUfrag } from '../../../src/lib/signaling/descriptionIdentity';
import { encodeCompactDescription } from '../../../src/lib/sdp/compactDescription';
import { readSdpFixture } from '../sdp/fixture-files';

/** What each browser threw, captured from Chromium 156 and Firefox ESR 153 on this machine. */
const REFUSALS = {
  chromiumStable: {
    name: 'InvalidStateError',
    message:
      "Failed to execute 'setRemoteDescription' on 'RTCPeerConnection': Failed to set remote answer sdp: Called in wrong state: stable",
  },
  firefoxStable: { name: 'InvalidStateError', message: 'Cannot set remote answer in state stable' },
  chromiumParse: {
    name: 'OperationError',
    message:
      "Failed to execute 'setRemoteDescription' on 'RTCPeerConnection': Failed to parse SessionDescription. hello Expect line: v=",
  },
  firefoxParse: {
    name: 'OperationError',
    message:
      'SIPCC Failed to parse SDP: SDP Parse Error on line 1:  End of line beyond end of buffer.\n',
  },
  firefoxIceRestart: {
    name: 'InvalidAccessError',
    message:
      'Remote description indicates ICE restart but offer did not request ICE restart (new remote description changes either the ice-ufrag or ice-pwd)',
  },
  chromiumNoFingerprint: {
    name: 'InvalidAccessError',
    message:
      "Failed to execute 'setRemoteDescription' on 'RTCPeerConnection': Failed to set remote offer sdp: Called with SDP without DTLS fingerprint.",
  },
  chromiumMlines: {
    name: 'InvalidAccessError',
    message:
      "Failed to execute 'setRemoteDescription' on 'RTCPeerConnection': Failed to set remote answer sdp: The order of m-lines in answer doesn't match order in offer. Rejecting answer.",
  },
} as const;

const offerSdp = readSdpFixture('chromium-gathered-offer.sdp');

describe('readPastedDescription', () => {
  it('reads the JSON a browser writes, and a whole signaling message', async () => {
    const json = JSON.stringify({ type: 'offer', sdp: offerSdp });
    expect(await readPastedDescription(`\n ${json} \n`)).toEqual({
      ok: true,
      form: 'json',
      description: { type: 'offer', sdp: offerSdp },
    });
    const message = JSON.stringify({
      kind: 'description',
      peer: 'x',
      description: { type: 'answer', sdp: offerSdp },
    });
    expect(await readPastedDescription(message)).toMatchObject({
      ok: true,
      description: { type: 'answer' },
    });
  });

  it('reads the compact form', async () => {
    const compact = await encodeCompactDescription({ type: 'answer', sdp: offerSdp });
    expect(await readPastedDescription(compact)).toMatchObject({ ok: true, form: 'compact' });
  });

  it('tells apart an empty box, garbage, bare SDP, broken JSON and JSON of another shape', async () => {
    const problem = async (text: string) => {
      const read = await readPastedDescription(text);
      return read.ok ? 'ok' : read.problem;
    };
    expect(await problem('   ')).toBe('empty');
    expect(await problem('hello there')).toBe('garbage');
    expect(await problem(offerSdp)).toBe('bare-sdp');
    expect(await problem('{"type":"offer","sdp":"v=0')).toBe('bad-json');
    expect(await problem('[1,2]')).toBe('json-not-description');
    expect(await problem('{"type":"rollback"}')).toBe('json-not-description');
    expect(await problem('{"type":"offer"}')).toBe('json-not-description');
    expect(await problem('offer:%%%')).toBe('not-base64url');
  });
});

describe('describeDescriptionError', () => {
  it('explains garbage and says how to get a good copy', () => {
    const text = describeDescriptionError({
      kind: 'paste',
      problem: 'garbage',
      detail: 'It is neither JSON nor the compact form.',
    });
    expect(text).toMatch(
      /^Not a description: It is neither JSON nor the compact form\. Copy the whole text/,
    );
  });

  it('explains an answer where an offer is expected, and the reverse, without a browser error', () => {
    expect(
      describeDescriptionError({ kind: 'wrong-type', got: 'answer', expected: 'offer' }),
    ).toMatch(/This is an answer, but this tab has made no offer/);
    expect(
      describeDescriptionError({ kind: 'wrong-type', got: 'offer', expected: 'answer' }),
    ).toMatch(/rolls it back/);
  });

  it('names the ufrag of an answer already used by an earlier connection', () => {
    expect(describeDescriptionError({ kind: 'already-used', ufrag: 'Oym2' })).toMatch(
      /earlier connection of this tab \(ICE ufrag Oym2\)/,
    );
  });

  it.each([
    ['Chromium', REFUSALS.chromiumStable],
    ['Firefox', REFUSALS.firefoxStable],
  ])('explains a stale answer refused by %s in state stable and quotes its words', (_, error) => {
    const text = describeDescriptionError({
      kind: 'refused',
      error,
      applying: 'answer',
      signalingState: 'stable',
    });
    expect(text).toContain('no offer waiting for an answer');
    expect(text).toContain(`The browser said: InvalidStateError: ${error.message}`);
  });

  it.each([
    ['Chromium', REFUSALS.chromiumParse],
    ['Firefox', REFUSALS.firefoxParse],
  ])('explains SDP that %s could not parse', (_, error) => {
    const text = describeDescriptionError({
      kind: 'refused',
      error,
      applying: 'offer',
      signalingState: 'stable',
    });
    expect(text).toMatch(/^The text is not valid SDP/);
    expect(text).toContain('OperationError: ');
  });

  it('tells an ICE credentials change, a missing fingerprint and mismatched m-lines apart', () => {
    const say = (error: { name: string; message: string }) =>
      describeDescriptionError({
        kind: 'refused',
        error,
        applying: 'answer',
        signalingState: 'have-local-offer',
      });
    expect(say(REFUSALS.firefoxIceRestart)).toMatch(/ICE credentials do not fit/);
    expect(say(REFUSALS.chromiumNoFingerprint)).toMatch(/lacks the DTLS certificate fingerprint/);
    expect(say(REFUSALS.chromiumMlines)).toMatch(/media sections do not match/);
    expect(say({ name: 'InvalidAccessError', message: 'something new' })).toMatch(/breaks a rule/);
  });
});

describe('browserWords', () => {
  it('writes name and message, or the plain value', () => {
    expect(browserWords(new TypeError('bad type'))).toBe('TypeError: bad type');
    expect(browserWords('odd')).toBe('odd');
  });
});

describe('descriptionIdentity', () => {
  it('joins the ufrag and the fingerprint, and is null without them', () => {
    expect(descriptionIdentity(offerSdp)).toMatch(/^Oym2 sha-256 86:94:/);
    expect(iceUfrag(offerSdp)).toBe('Oym2');
    expect(descriptionIdentity('v=0\r\n')).toBeNull();
  });
});
