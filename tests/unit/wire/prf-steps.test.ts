// The PRF's intermediate steps (RFC 5246 §5, P_SHA256) that the illustrated page shows: each A(i)
// and output block recomputed with node:crypto, joined and cut to the key block and the exporter.
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bytesToHex } from '~/lib/hex';
import type { ConnectionFixture } from '~/lib/wire/fixture-types';
import { hexBytes } from '~/lib/wire/subtle';
import { recordKeys, srtpMasterKeys, type PrfSteps } from '~/lib/wire/tls-keys';

const f = JSON.parse(
  readFileSync(new URL('../../fixtures/connection/connection.json', import.meta.url), 'utf8'),
) as ConnectionFixture;
const secret = hexBytes(f.dtls.masterSecret);
const client = hexBytes(f.dtls.clientRandom);
const server = hexBytes(f.dtls.serverRandom);
const hmac = (data: Uint8Array) => createHmac('sha256', secret).update(data).digest();

/** Checks every round against an independent HMAC chain and returns the joined blocks. */
function expectChain(steps: PrfSteps, seed: Buffer): string {
  expect(Buffer.from(steps.labelSeed).equals(seed)).toBe(true);
  let a: Buffer = seed;
  for (const round of steps.rounds) {
    a = hmac(a);
    expect(bytesToHex(round.a)).toBe(a.toString('hex'));
    expect(bytesToHex(round.output)).toBe(hmac(Buffer.concat([a, seed])).toString('hex'));
  }
  return steps.rounds.map((r) => bytesToHex(r.output)).join('');
}

describe('the PRF worked through for the captured connection', () => {
  it('builds the 40-byte key block from two rounds of A(i) and HMAC(A(i) + seed)', async () => {
    const keys = await recordKeys(secret, client, server);
    const seed = Buffer.concat([Buffer.from('key expansion'), server, client]);
    expect(keys.steps.rounds).toHaveLength(2);
    const joined = expectChain(keys.steps, seed);
    expect(bytesToHex(keys.keyBlock)).toBe(joined.slice(0, 80));
  });

  it('exports 60 bytes for DTLS-SRTP whose split is what werift derived', async () => {
    const keys = await srtpMasterKeys(secret, client, server);
    const seed = Buffer.concat([Buffer.from('EXTRACTOR-dtls_srtp'), client, server]);
    expect(keys.steps.rounds).toHaveLength(2);
    const joined = expectChain(keys.steps, seed);
    expect(joined.slice(0, 120)).toBe(
      f.srtp.clientKey + f.srtp.serverKey + f.srtp.clientSalt + f.srtp.serverSalt,
    );
  });
});
