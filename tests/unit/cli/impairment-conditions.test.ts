import { describe, expect, it } from 'vitest';
import {
  describeConditions,
  formatRate,
  NO_IMPAIRMENT,
  parseImpairmentArgs,
  parseRate,
} from '../../../scripts/impairment/conditions.ts';
import { impairmentBanner, mediaLabQuery } from '../../../scripts/impairment/banner.ts';

describe('parseRate', () => {
  it('reads decimal k, M and G prefixes as network rates do', () => {
    expect(parseRate('800k')).toBe(800_000);
    expect(parseRate('2M')).toBe(2_000_000);
    expect(parseRate('1.5m')).toBe(1_500_000);
    expect(parseRate('1G')).toBe(1_000_000_000);
    expect(parseRate('64000')).toBe(64_000);
    expect(parseRate('800kbit')).toBe(800_000);
    expect(parseRate('800kbps')).toBe(800_000);
  });

  it('refuses what is not a positive rate', () => {
    for (const text of ['', 'fast', '-800k', '0', '800x', 'k', '800 k b/s extra'])
      expect(parseRate(text), text).toBeNull();
  });

  it('prints rates back in words', () => {
    expect(formatRate(800_000)).toBe('800 kbit/s');
    expect(formatRate(2_000_000)).toBe('2 Mbit/s');
    expect(formatRate(1_500_000)).toBe('1.5 Mbit/s');
    expect(formatRate(999)).toBe('999 bit/s');
  });
});

describe('parseImpairmentArgs', () => {
  it('reads the flags of the issue and leaves the others to npm run turn', () => {
    const parsed = parseImpairmentArgs([
      '--port',
      '3480',
      '--loss',
      '5',
      '--delay',
      '40',
      '--jitter',
      '20',
      '--rate',
      '800k',
      '--quiet',
    ]);
    expect(parsed).toEqual({
      conditions: {
        ...NO_IMPAIRMENT,
        lossPercent: 5,
        delayMs: 40,
        jitterMs: 20,
        rateBitsPerSecond: 800_000,
      },
      proxyPort: null,
      rest: ['--port', '3480', '--quiet'],
    });
  });

  it('takes a seed, a queue bound and a proxy port, and accepts 5% and 40ms spellings', () => {
    const parsed = parseImpairmentArgs([
      '--seed',
      '42',
      '--queue',
      '100',
      '--proxy-port',
      '4000',
      '--loss',
      '5%',
      '--delay',
      '40ms',
    ]);
    expect(parsed).toMatchObject({
      conditions: { seed: 42, queueMs: 100, lossPercent: 5, delayMs: 40 },
      proxyPort: 4000,
      rest: [],
    });
  });

  it('asks for no proxy when no impairment flag is given', () => {
    expect(parseImpairmentArgs(['--quiet'])).toEqual({
      conditions: null,
      proxyPort: null,
      rest: ['--quiet'],
    });
  });

  it('says in words which value is wrong', () => {
    expect(parseImpairmentArgs(['--loss', '150'])).toBe(
      '--loss takes a percentage from 0 to 100, not “150”',
    );
    expect(parseImpairmentArgs(['--rate', 'fast'])).toContain('--rate takes a rate such as 800k');
    expect(parseImpairmentArgs(['--seed', '1.5'])).toContain('--seed takes a whole number');
    expect(parseImpairmentArgs(['--delay'])).toBe('--delay needs a value');
    expect(parseImpairmentArgs(['--proxy-port', '70000'])).toContain('--proxy-port takes a port');
  });
});

describe('the banner of npm run turn', () => {
  const details = {
    conditions: {
      ...NO_IMPAIRMENT,
      lossPercent: 5,
      delayMs: 40,
      jitterMs: 20,
      rateBitsPerSecond: 800_000,
    },
    url: 'turn:127.0.0.1:3479?transport=udp',
    username: 'course',
    credential: 'course-dev-only',
    upstream: '127.0.0.1:3478',
  };

  it('describes the conditions in one line', () => {
    expect(describeConditions(details.conditions)).toBe(
      'loss 5%, delay 40 ms ± 20 ms, rate 800 kbit/s (queue 200 ms), seed 1',
    );
  });

  it('prints the proxy URL, a media lab link with the relay preset, and the Firefox pref', () => {
    const banner = impairmentBanner(details);
    expect(banner).toContain('URL         turn:127.0.0.1:3479?transport=udp');
    expect(banner).toContain(
      '/chapters/media/?lab=media-lab&relay=1&url=turn%3A127.0.0.1%3A3479%3Ftransport%3Dudp&username=course&credential=course-dev-only',
    );
    expect(banner).toContain('media.peerconnection.ice.loopback');
    expect(banner).toContain('5% loss per crossing is about 9.8% end to end');
  });

  it('builds the media lab query from the credentials', () => {
    const query = new URLSearchParams(mediaLabQuery(details));
    expect(Object.fromEntries(query)).toEqual({
      lab: 'media-lab',
      relay: '1',
      url: details.url,
      username: 'course',
      credential: 'course-dev-only',
    });
  });
});
