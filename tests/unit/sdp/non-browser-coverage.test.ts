// The held-out set of real descriptions from SIP phones, PBXs, RTSP cameras, AES67 and ST 2110
// senders, BFCP endpoints and an SBC (tests/fixtures/sdp/non-browser, sources in each file's
// header): the explainer must explain at least 98% of their lines with a summary and an RFC.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotateSdp } from '~/lib/sdp/index';
import { FIXTURE_DIR } from './fixture-files';

const DIR = join(FIXTURE_DIR, 'non-browser');

/** Each held-out file without its `#` header: the description as it was published. */
const heldOut = readdirSync(DIR)
  .filter((name) => name.endsWith('.sdp'))
  .sort()
  .map((name) => {
    const lines = readFileSync(join(DIR, name), 'utf8').split('\n');
    const header = lines.filter((line) => line.startsWith('# '));
    const body = lines.filter((line) => !line.startsWith('# ') && line !== '');
    return { name, header, sdp: `${body.join('\r\n')}\r\n` };
  });

describe('annotateSdp on descriptions that no browser wrote', () => {
  it('has at least 25 held-out descriptions, each naming its source', () => {
    expect(heldOut.length).toBeGreaterThanOrEqual(25);
    for (const file of heldOut)
      expect(
        file.header.some((line) => line.startsWith('# Source: ')),
        file.name,
      ).toBe(true);
  });

  it('explains at least 98% of their lines with a summary and an RFC', () => {
    const unexplained: string[] = [];
    let total = 0;
    for (const file of heldOut) {
      for (const line of annotateSdp(file.sdp).lines) {
        total += 1;
        if (!line.known || line.summary === '' || line.rfc === '')
          unexplained.push(`${file.name}:${line.number} ${line.raw}`);
      }
    }
    const share = (total - unexplained.length) / total;
    console.log(
      `held-out coverage: ${total - unexplained.length} of ${total} lines explained (${(share * 100).toFixed(1)}%)`,
    );
    expect(share, `unexplained lines:\n${unexplained.join('\n')}`).toBeGreaterThanOrEqual(0.98);
  });
});
