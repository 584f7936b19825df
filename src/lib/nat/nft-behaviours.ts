// How to make a Linux router behave like each NAT type of RFC 4787: one nftables table per
// behaviour, as `npm run natlab` loads it into a router namespace and as the NAT chapter shows it.
// Pure data and string building; the runner measures every behaviour with a probe before use.
import type { NatBehaviour } from './behaviour';

/** The behaviours the lab builds with nftables (ADM only with APDF: ADM with ADF or EIF would need the hashed port again inbound). */
export type NftBehaviourKey = 'eim-eif' | 'eim-adf' | 'eim-apdf' | 'adm-apdf' | 'apdm-apdf';

/** Where the rules go: the router's interfaces and addresses. */
export interface NftContext {
  /** The router's public interface. */
  wan: string;
  /** The router's private interface. */
  lan: string;
  /** The router's public address. */
  wanIp: string;
  /** The one host behind the router (inbound forwarding goes to it). */
  lanHost: string;
  /** true: the usual stateful firewall (replies accepted, other inbound dropped); false: none. */
  firewall: boolean;
}

/** One NAT behaviour and the nftables script that makes it. */
export interface NftBehaviour {
  key: NftBehaviourKey;
  /** What the rules are meant to give (the probe checks it). */
  intended: NatBehaviour;
  /** e.g. "EIM + APDF (port-restricted cone)". */
  label: string;
  /** One sentence: how the rules make the behaviour. */
  summary: string;
  /** The `nft -f` script: one table, `table ip natlab`. */
  rules(ctx: NftContext): string;
}

/** An example router for display (documentation and private ranges only). */
export const EXAMPLE_NFT_CONTEXT: NftContext = {
  wan: 'natlab-a-wan',
  lan: 'natlab-a-lan',
  wanIp: '203.0.113.11',
  lanHost: '10.200.1.2',
  firewall: true,
};

/** The name of the table every behaviour writes (deleting it removes every rule). */
export const NFT_TABLE = 'natlab';

interface Parts {
  /** The source NAT statement(s) for packets leaving on the WAN. */
  masquerade: string | ((ctx: NftContext) => string[]);
  /** Rules in the nat prerouting chain (inbound port forwards). */
  dnat?: (ctx: NftContext) => string[];
  /** Extra declarations and chains (sets and the chain that fills them). */
  extra?: (ctx: NftContext) => string[];
}

function firewallChains(ctx: NftContext): string[] {
  if (!ctx.firewall) return [];
  return [
    '  chain forward {',
    '    type filter hook forward priority filter; policy accept;',
    '    ct state established,related accept',
    `    iifname "${ctx.lan}" accept`,
    '    ct status dnat accept',
    `    iifname "${ctx.wan}" drop`,
    '  }',
    '  chain input {',
    '    type filter hook input priority filter; policy accept;',
    '    ct state established,related accept',
    `    iifname "${ctx.wan}" drop`,
    '  }',
  ];
}

function script(parts: Parts, ctx: NftContext): string {
  return [
    `table ip ${NFT_TABLE} {`,
    ...(parts.extra?.(ctx) ?? []),
    '  chain prerouting {',
    '    type nat hook prerouting priority dstnat; policy accept;',
    ...(parts.dnat?.(ctx) ?? []).map((line) => `    ${line}`),
    '  }',
    '  chain postrouting {',
    '    type nat hook postrouting priority srcnat; policy accept;',
    ...(typeof parts.masquerade === 'string' ? [parts.masquerade] : parts.masquerade(ctx)).map(
      (statement) => `    oifname "${ctx.wan}" ${statement}`,
    ),
    '  }',
    ...firewallChains(ctx),
    '}',
    '',
  ].join('\n');
}

function behaviour(
  key: NftBehaviourKey,
  label: string,
  summary: string,
  parts: Parts,
): NftBehaviour {
  const [mapping, filtering] = key.split('-') as [
    NatBehaviour['mapping'],
    NatBehaviour['filtering'],
  ];
  return {
    key,
    intended: { mapping, filtering },
    label,
    summary,
    rules: (ctx) => script(parts, ctx),
  };
}

/** Every behaviour the lab builds, most permissive first. */
export const NFT_BEHAVIOURS: readonly NftBehaviour[] = [
  behaviour(
    'eim-eif',
    'EIM + EIF (full cone)',
    'masquerade keeps the host’s source port for every destination, and a dnat sends any inbound UDP on a port to the host, whoever sends it.',
    {
      masquerade: 'masquerade',
      dnat: (ctx) => [`iifname "${ctx.wan}" meta l4proto udp dnat to ${ctx.lanHost}`],
    },
  ),
  behaviour(
    'eim-adf',
    'EIM + ADF (restricted cone)',
    'masquerade keeps the port; each outgoing packet records (remote address, port used) in a set, and inbound UDP from a recorded address to that port is sent to the host, whatever its source port.',
    {
      masquerade: 'masquerade',
      extra: (ctx) => [
        '  set contacted {',
        '    type ipv4_addr . inet_service; flags dynamic,timeout; timeout 2m;',
        '  }',
        '  chain remember {',
        '    type filter hook prerouting priority raw; policy accept;',
        `    iifname "${ctx.lan}" meta l4proto udp update @contacted { ip daddr . udp sport }`,
        '  }',
      ],
      dnat: (ctx) => [
        `iifname "${ctx.wan}" ip saddr . udp dport @contacted dnat to ${ctx.lanHost}`,
      ],
    },
  ),
  behaviour(
    'eim-apdf',
    'EIM + APDF (port-restricted cone)',
    'masquerade alone: the port is kept for every destination, and only replies on a connection-tracking entry (same remote address and port) get back in.',
    { masquerade: 'masquerade' },
  ),
  behaviour(
    'adm-apdf',
    'ADM + APDF',
    'snat takes the public port from a hash of (host address, host port, remote address), so each remote address gets its own port whatever its port (the kernel reads the hash in network byte order, so the ports look scattered), and only replies on a connection-tracking entry get back in.',
    {
      masquerade: (ctx) => [
        `meta l4proto udp snat to ${ctx.wanIp} : jhash ip saddr . udp sport . ip daddr mod 16384 offset 40000`,
        'masquerade',
      ],
    },
  ),
  behaviour(
    'apdm-apdf',
    'APDM + APDF (symmetric)',
    'masquerade fully-random picks a new random port for every new (remote address, port), and only replies on that entry get back in.',
    { masquerade: 'masquerade fully-random' },
  ),
];

/** The nftables script for a behaviour on one router; throws on an unknown key. */
export function nftRules(key: string, ctx: NftContext): string {
  const found = NFT_BEHAVIOURS.find((b) => b.key === key);
  if (!found) throw new Error(`Unknown NAT behaviour "${key}"`);
  return found.rules(ctx);
}
