// The natlab network: six network namespaces and the veth pairs between them, created and
// deleted with iproute2. Nothing is added to the root namespace: every link is created inside a
// lab namespace with its other end moved straight into another one.
//
//   natlab-peer-a ── natlab-rt-a ──┐                      ┌── natlab-rt-b ── natlab-peer-b
//   10.200.1.2       10.200.1.1    │  natlab-pub (bridge) │    10.200.2.1     10.200.2.2
//                    203.0.113.11 ─┴─ 203.0.113.1-4 ──────┴─ 203.0.113.12
//                                         │ 198.51.100.1/30
//                                     natlab-net (the sink: forwards nothing)
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { PROBE_SERVER } from './probe-protocol.ts';

/** Every name starts with this: namespaces, interfaces, the nftables table's file names. */
export const PREFIX = 'natlab-';

/** The public namespace: the bridge, coturn and the probe server. */
export const PUBLIC_NS = 'natlab-pub';
/** Where packets for unknown addresses end (forwarding off: dropped without a word). */
export const SINK_NS = 'natlab-net';
/** The public namespace's own address: the routers' default gateway ("the Internet"). */
export const UPLINK_IP = '203.0.113.1';
/** coturn's address (STUN and TURN) on the bridge. */
export const TURN_IP = '203.0.113.2';

/** One NAT router and the peer behind it. */
export interface RouterSide {
  name: 'a' | 'b';
  routerNs: string;
  peerNs: string;
  wan: string;
  lan: string;
  wanIp: string;
  lanIp: string;
  lanHost: string;
}

function side(name: 'a' | 'b', n: number): RouterSide {
  return {
    name,
    routerNs: `natlab-rt-${name}`,
    peerNs: `natlab-peer-${name}`,
    wan: `natlab-${name}-wan`,
    lan: `natlab-${name}-lan`,
    wanIp: `203.0.113.${10 + n}`,
    lanIp: `10.200.${n}.1`,
    lanHost: `10.200.${n}.2`,
  };
}

/** Router A (the offerer's side) and router B. */
export const SIDES: readonly [RouterSide, RouterSide] = [side('a', 1), side('b', 2)];

/** Runs a command (argument list) and returns its stdout; throws with its stderr on failure. */
export function run(command: string, args: string[], input?: string): string {
  return execFileSync(command, args, {
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'],
    ...(input === undefined ? {} : { input }),
  });
}

/** Runs a command inside a namespace. */
export function inNs(ns: string, command: string, args: string[], input?: string): string {
  return run('ip', ['netns', 'exec', ns, command, ...args], input);
}

/** The lab's namespaces that exist now (ours by their prefix). */
export function labNamespaces(): string[] {
  return run('ip', ['netns', 'list'])
    .split('\n')
    .map((line) => line.split(' ')[0] ?? '')
    .filter((name) => name.startsWith(PREFIX));
}

/** The namespace's identity (the nsfs inode), to find processes still inside it later. */
export function nsInode(ns: string): number {
  return statSync(`/run/netns/${ns}`).ino;
}

/** Runs `ip` with the words of `line` (no word here contains a space). */
const ip = (line: string) => run('ip', line.split(' '));

/** A veth pair made inside `ns`, its other end moved straight into `peerNs`. */
const veth = (ns: string, name: string, peer: string, peerNs: string) =>
  ip(`-n ${ns} link add ${name} type veth peer name ${peer} netns ${peerNs}`);

function buildPublic(): void {
  ip(`netns add ${PUBLIC_NS}`);
  ip(`-n ${PUBLIC_NS} link set lo up`);
  ip(`-n ${PUBLIC_NS} link add natlab-br type bridge`);
  ip(`-n ${PUBLIC_NS} link set natlab-br up`);
  for (const address of [UPLINK_IP, TURN_IP, ...PROBE_SERVER.addresses])
    ip(`-n ${PUBLIC_NS} addr add ${address}/24 dev natlab-br`);
  // "The rest of the Internet": a default route to a namespace that forwards nothing, so packets
  // for addresses nobody here has (the peers' private host candidates, say) vanish silently, as
  // on a real network. Without it coturn's sendto() toward such an address failed with
  // ENETUNREACH and coturn closed the allocation: the relay data stall of issue 15.
  ip(`netns add ${SINK_NS}`);
  veth(PUBLIC_NS, 'natlab-up', 'natlab-sink', SINK_NS);
  ip(`-n ${PUBLIC_NS} addr add 198.51.100.1/30 dev natlab-up`);
  ip(`-n ${PUBLIC_NS} link set natlab-up up`);
  ip(`-n ${SINK_NS} addr add 198.51.100.2/30 dev natlab-sink`);
  ip(`-n ${SINK_NS} link set natlab-sink up`);
  ip(`-n ${PUBLIC_NS} route add default via 198.51.100.2`);
  inNs(PUBLIC_NS, 'sysctl', ['-qw', 'net.ipv4.ip_forward=1']);
}

function buildSide(s: RouterSide): void {
  const pubEnd = `natlab-${s.name}-pub`;
  const hostEnd = `natlab-${s.name}-host`;
  for (const ns of [s.routerNs, s.peerNs]) {
    ip(`netns add ${ns}`);
    ip(`-n ${ns} link set lo up`);
  }
  veth(PUBLIC_NS, pubEnd, s.wan, s.routerNs);
  ip(`-n ${PUBLIC_NS} link set ${pubEnd} master natlab-br up`);
  ip(`-n ${s.routerNs} addr add ${s.wanIp}/24 dev ${s.wan}`);
  ip(`-n ${s.routerNs} link set ${s.wan} up`);
  ip(`-n ${s.routerNs} route add default via ${UPLINK_IP}`);
  veth(s.routerNs, s.lan, hostEnd, s.peerNs);
  ip(`-n ${s.routerNs} addr add ${s.lanIp}/24 dev ${s.lan}`);
  ip(`-n ${s.routerNs} link set ${s.lan} up`);
  ip(`-n ${s.peerNs} addr add ${s.lanHost}/24 dev ${hostEnd}`);
  ip(`-n ${s.peerNs} link set ${hostEnd} up`);
  ip(`-n ${s.peerNs} route add default via ${s.lanIp}`);
  inNs(s.routerNs, 'sysctl', ['-qw', 'net.ipv4.ip_forward=1']);
}

/** Creates the six namespaces and their links, addresses and routes. */
export function buildTopology(): void {
  buildPublic();
  for (const s of SIDES) buildSide(s);
}

/** Loads a router's nftables script (replacing the last one) and empties its conntrack table. */
export function applyRouterRules(s: RouterSide, script: string): void {
  inNs(s.routerNs, 'nft', ['-f', '-'], `flush ruleset\n${script}`);
  flushConntrack(s);
}

/** Forgets every connection the router tracks (conntrack is per namespace). */
export function flushConntrack(s: RouterSide): void {
  try {
    inNs(s.routerNs, 'conntrack', ['-F']);
  } catch {
    // conntrack -F exits 1 on an empty table with some versions.
  }
}

/** Deletes every lab namespace (their links go with them). */
export function deleteNamespaces(): void {
  for (const ns of labNamespaces()) {
    try {
      run('ip', ['netns', 'del', ns]);
    } catch {
      // Already gone.
    }
  }
}
