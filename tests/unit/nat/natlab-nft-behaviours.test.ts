import { describe, expect, it } from 'vitest';
import {
  EXAMPLE_NFT_CONTEXT,
  NFT_BEHAVIOURS,
  NFT_TABLE,
  nftRules,
  type NftContext,
} from '~/lib/nat/nft-behaviours';

const ctx: NftContext = { ...EXAMPLE_NFT_CONTEXT, firewall: true };
const open: NftContext = { ...EXAMPLE_NFT_CONTEXT, firewall: false };
const lines = (script: string) => script.split('\n').map((l) => l.trim());

describe('the nftables behaviour table', () => {
  it('has one entry per buildable behaviour, each intending what its key says', () => {
    expect(NFT_BEHAVIOURS.map((b) => b.key)).toEqual([
      'eim-eif',
      'eim-adf',
      'eim-apdf',
      'adm-apdf',
      'apdm-apdf',
    ]);
    for (const b of NFT_BEHAVIOURS)
      expect(`${b.intended.mapping}-${b.intended.filtering}`).toBe(b.key);
  });

  it('writes exactly one table, named natlab, for every behaviour and firewall setting', () => {
    for (const b of NFT_BEHAVIOURS)
      for (const c of [ctx, open]) {
        const script = b.rules(c);
        expect(script.match(/^table /gm)).toEqual(['table ']);
        expect(script.startsWith(`table ip ${NFT_TABLE} {`)).toBe(true);
        expect(script.trimEnd().endsWith('}')).toBe(true);
      }
  });

  it('keeps the port with plain masquerade for EIM, hashes the remote address in for ADM and randomises it for APDM', () => {
    expect(lines(nftRules('adm-apdf', ctx))).toContain(
      'oifname "natlab-a-wan" meta l4proto udp snat to 203.0.113.11 : jhash ip saddr . udp sport . ip daddr mod 16384 offset 40000',
    );
    expect(lines(nftRules('eim-apdf', ctx))).toContain('oifname "natlab-a-wan" masquerade');
    expect(lines(nftRules('apdm-apdf', ctx))).toContain(
      'oifname "natlab-a-wan" masquerade fully-random',
    );
  });

  it('forwards every inbound UDP packet to the host for EIF, and only from contacted addresses for ADF', () => {
    expect(lines(nftRules('eim-eif', ctx))).toContain(
      'iifname "natlab-a-wan" meta l4proto udp dnat to 10.200.1.2',
    );
    const adf = lines(nftRules('eim-adf', ctx));
    expect(adf).toContain(
      'iifname "natlab-a-lan" meta l4proto udp update @contacted { ip daddr . udp sport }',
    );
    expect(adf).toContain(
      'iifname "natlab-a-wan" ip saddr . udp dport @contacted dnat to 10.200.1.2',
    );
    expect(nftRules('eim-apdf', ctx)).not.toContain('dnat to');
  });

  it('adds the stateful firewall only when asked: replies and port forwards in, the rest of the WAN dropped', () => {
    for (const b of NFT_BEHAVIOURS) {
      const walled = lines(b.rules(ctx));
      expect(walled).toContain('ct state established,related accept');
      expect(walled).toContain('ct status dnat accept');
      expect(walled.filter((l) => l === 'iifname "natlab-a-wan" drop')).toHaveLength(2);
      const bare = b.rules(open);
      expect(bare).not.toContain('drop');
      expect(bare).not.toContain('hook forward');
      expect(bare).not.toContain('hook input');
    }
  });

  it('uses the interfaces and host it is given', () => {
    const script = nftRules('eim-eif', {
      wan: 'natlab-b-wan',
      lan: 'natlab-b-lan',
      wanIp: '203.0.113.12',
      lanHost: '10.200.2.2',
      firewall: true,
    });
    expect(script).toContain('oifname "natlab-b-wan" masquerade');
    expect(script).toContain('dnat to 10.200.2.2');
    expect(script).not.toContain('natlab-a-');
  });

  it('refuses an unknown behaviour', () => {
    expect(() => nftRules('adm-adf', ctx)).toThrow('Unknown NAT behaviour "adm-adf"');
  });

  it('explains every behaviour in one sentence and labels it with the classic name', () => {
    for (const b of NFT_BEHAVIOURS) {
      expect(b.summary.split('. ')).toHaveLength(1);
      expect(b.summary.endsWith('.')).toBe(true);
    }
    expect(NFT_BEHAVIOURS.map((b) => b.label)).toEqual([
      'EIM + EIF (full cone)',
      'EIM + ADF (restricted cone)',
      'EIM + APDF (port-restricted cone)',
      'ADM + APDF',
      'APDM + APDF (symmetric)',
    ]);
  });
});
