import { describe, expect, it } from 'vitest';
import { annotateSdp } from '~/lib/sdp';
import {
  browserName,
  describeEdit,
  explainConnectionFailure,
  explainAcceptance,
  explainRefusal,
} from '~/components/labs/sdp-munge/verdicts';

const FALLBACK = 'Compare your edit with the table of known outcomes';

describe('explainRefusal', () => {
  it('explains a parse failure from the line the browser quotes', () => {
    const why = explainRefusal(
      'OperationError: Failed to parse SessionDescription. a=rtpmap:111 opus Invalid SDP line.',
    );
    expect(why).toContain('SDP parser could not read the line');
    expect(why).toContain('RFC 8866 §5');
  });

  it('explains a missing fingerprint', () => {
    expect(explainRefusal('Called with SDP without DTLS fingerprint.')).toContain('a=fingerprint');
  });

  it('explains a local description that differs from what createOffer wrote', () => {
    const why = explainRefusal(
      'InvalidModificationError: The modified local description does not match the previously generated offer.',
    );
    expect(why).toContain('RFC 9429 §5.4');
  });

  it('explains a missing mid and an offer that gave up actpass', () => {
    expect(explainRefusal('A media section is missing a MID attribute.')).toContain('a=mid');
    expect(explainRefusal('Offerer must use actpass value for setup attribute.')).toContain(
      'RFC 8842 §5',
    );
  });

  it('falls back to pointing at the table for an error it does not recognise', () => {
    expect(explainRefusal('Something entirely new')).toContain(FALLBACK);
  });
});

describe('explainAcceptance', () => {
  it('says nothing was edited when no line changed', () => {
    expect(explainAcceptance('local', { removed: [], added: [] }, annotateSdp)).toContain(
      'Nothing was edited',
    );
  });

  it('explains an added unknown attribute by the rule that receivers ignore it', () => {
    const why = explainAcceptance(
      'remote',
      {
        removed: [],
        added: ['a=x-course-note:added by hand'],
      },
      annotateSdp,
    );
    expect(why).toContain('RFC 8866 §5.13');
  });

  it('explains a removed codec by the narrower offer', () => {
    const why = explainAcceptance(
      'local',
      {
        removed: ['a=rtpmap:111 opus/48000/2', 'a=fmtp:111 minptime=10;useinbandfec=1'],
        added: [],
      },
      annotateSdp,
    );
    expect(why).toContain('RFC 3264 §6.1');
  });

  it('explains a broken rtpmap the browser accepted as a tolerated grammar error, not a removed codec', () => {
    const why = explainAcceptance(
      'remote',
      {
        removed: ['a=rtpmap:111 opus/48000/2'],
        added: ['a=rtpmap:111 opus'],
      },
      annotateSdp,
    );
    expect(why).toContain('“a=rtpmap:111 opus”');
    expect(why).toContain('RFC 8866 §5');
    expect(why).not.toContain('codec was removed');
  });

  it('explains changed ICE credentials', () => {
    const why = explainAcceptance(
      'local',
      {
        removed: ['a=ice-ufrag:LU8H'],
        added: ['a=ice-ufrag:Edit'],
      },
      annotateSdp,
    );
    expect(why).toContain('RFC 8839 §5.4');
  });

  it('explains a changed fingerprint on the remote side only, where it cannot be checked yet', () => {
    // Full-length sha-256 hashes: a short one would be a grammar error of its own.
    const changes = {
      removed: [
        'a=fingerprint:sha-256 4C:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF',
      ],
      added: [
        'a=fingerprint:sha-256 00:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF:FF',
      ],
    };
    expect(explainAcceptance('remote', changes, annotateSdp)).toContain('DTLS handshake');
    expect(explainAcceptance('local', changes, annotateSdp)).toBe(
      'The browser accepted the edited description.',
    );
  });

  it('gives every reason that applies, in one text', () => {
    const why = explainAcceptance(
      'remote',
      {
        removed: ['a=rtpmap:111 opus/48000/2'],
        added: ['a=x-course-note:added by hand'],
      },
      annotateSdp,
    );
    expect(why).toContain('RFC 8866 §5.13');
    expect(why).toContain('RFC 3264 §6.1');
  });
});

describe('browserName', () => {
  it('takes the name from the brands when the browser gives them', () => {
    const brands = [{ brand: 'Not)A;Brand' }, { brand: 'Chromium' }, { brand: 'Google Chrome' }];
    expect(browserName('Mozilla/5.0 Chrome/156.0.0.0 Safari/537.36', brands)).toBe('Google Chrome');
  });

  it('reads Firefox, Chromium and Safari from the user agent string', () => {
    expect(
      browserName('Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0'),
    ).toBe('Firefox');
    expect(browserName('Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0.0.0 Safari/537.36')).toBe(
      'Chromium',
    );
    expect(browserName('Mozilla/5.0 (Macintosh) Version/18.1 Safari/605.1.15')).toBe('Safari');
    expect(browserName('curl/8')).toBe('this browser');
  });
});

describe('describeEdit', () => {
  it('names changed, removed and added attributes', () => {
    expect(
      describeEdit(
        {
          removed: ['a=fingerprint:sha-256 4C:FF'],
          added: ['a=fingerprint:sha-256 00:FF'],
        },
        annotateSdp,
      ),
    ).toBe('fingerprint changed');
    expect(
      describeEdit({ removed: ['a=rtpmap:111 opus/48000/2'], added: ['a=x-note:1'] }, annotateSdp),
    ).toMatch(/rtpmap removed, .+ added/);
    expect(describeEdit({ removed: [], added: [] }, annotateSdp)).toBe('no edit');
  });
});

describe('explainConnectionFailure', () => {
  it('explains a changed fingerprint both sides accepted by the DTLS handshake that failed', () => {
    const why = explainConnectionFailure(
      { removed: ['a=fingerprint:sha-256 4C:FF'], added: ['a=fingerprint:sha-256 00:FF'] },
      'failed',
      annotateSdp,
    );
    expect(why).toContain('“failed”');
    expect(why).toContain('DTLS handshake');
    expect(why).toContain('RFC 8122');
  });

  it('says what is known for any other edit, with the state it ended in', () => {
    const why = explainConnectionFailure(
      { removed: [], added: ['a=x-note:1'] },
      'connecting',
      annotateSdp,
    );
    expect(why).toContain('“connecting”');
    expect(why).not.toContain('DTLS handshake');
  });
});
