// SRTP's AES-CM key stream and key derivation against RFC 3711 Appendix B.2 and B.3, and the
// DTLS-SRTP exporter against the keys werift itself derived during the capture.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bytesToHex } from '~/lib/hex';
import type { ConnectionFixture } from '~/lib/wire/fixture-types';
import { aesCmKeystream, kdfCounter, srtpSessionKeys } from '~/lib/wire/srtp-keys';
import { hexBytes } from '~/lib/wire/subtle';
import { srtpMasterKeys } from '~/lib/wire/tls-keys';

describe('SRTP keys (RFC 3711 Appendix B)', () => {
  it('produces the B.2 AES-CM key stream for SSRC 0 and index 0', async () => {
    const key = hexBytes('2b7e151628aed2a6abf7158809cf4f3c');
    const salt = hexBytes('f0f1f2f3f4f5f6f7f8f9fafbfcfd');
    const stream = await aesCmKeystream(key, salt, 0, 0, 48);
    expect(bytesToHex(stream)).toBe(
      'e03ead0935c95e80e166b16dd92b4eb4d23513162b02d0f72a43a2fe4a5f97ab41e95b3bb0a2e8dd477901e4fca894c0',
    );
  });

  it('builds the B.3 counter blocks of the key derivation for labels 0, 1 and 2', () => {
    const salt = hexBytes('0ec675ad498afeebb6960b3aabe6');
    expect([0, 1, 2].map((label) => bytesToHex(kdfCounter(salt, label)))).toEqual([
      '0ec675ad498afeebb6960b3aabe60000',
      '0ec675ad498afeeab6960b3aabe60000',
      '0ec675ad498afee9b6960b3aabe60000',
    ]);
  });

  it('derives the B.3 cipher key, salt and authentication key', async () => {
    const keys = await srtpSessionKeys(
      hexBytes('e1f97a0d3e018be0d64fa32c06de4139'),
      hexBytes('0ec675ad498afeebb6960b3aabe6'),
    );
    expect(bytesToHex(keys.rtpKey)).toBe('c61e7a93744f39ee10734afe3ff7a087');
    expect(bytesToHex(keys.rtpSalt)).toBe('30cbbc08863d8c85d49db34a9ae1');
    expect(bytesToHex(keys.rtpAuth)).toBe('cebe321f6ff7716b6fd4ab49af256a156d38baa4');
  });

  it('exports the same SRTP master keys from the keylog as werift derived in the capture', async () => {
    const f = JSON.parse(
      readFileSync(new URL('../../fixtures/connection/connection.json', import.meta.url), 'utf8'),
    ) as ConnectionFixture;
    const keys = await srtpMasterKeys(
      hexBytes(f.dtls.masterSecret),
      hexBytes(f.dtls.clientRandom),
      hexBytes(f.dtls.serverRandom),
    );
    expect(bytesToHex(keys.clientKey)).toBe(f.srtp.clientKey);
    expect(bytesToHex(keys.clientSalt)).toBe(f.srtp.clientSalt);
    expect(bytesToHex(keys.serverKey)).toBe(f.srtp.serverKey);
    expect(bytesToHex(keys.serverSalt)).toBe(f.srtp.serverSalt);
  });
});
