// The lab's long-running processes inside its namespaces (coturn, the probe server, one probe
// agent per peer), each started with `ip netns exec` and remembered by pid so teardown can end
// exactly these and nothing else.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { coturnArguments } from '../../src/lib/turn/coturn.ts';
import type { ProbeAnswers } from '../../src/lib/nat/probe-classify.ts';
import { PUBLIC_NS, TURN_IP, type RouterSide } from './topology.ts';

/** Every process the lab started (for teardown). */
export const started: ChildProcess[] = [];

/** The TURN credentials of the lab's coturn (documentation addresses only, never reachable outside). */
export const TURN_USER = { username: 'natlab', password: 'natlab-only' } as const;

function startIn(
  ns: string,
  command: string,
  args: string[],
  env: Record<string, string> = {},
): ChildProcess {
  const child = spawn('ip', ['netns', 'exec', ns, command, ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  started.push(child);
  return child;
}

/** Resolves when the child prints a line matching `pattern`; rejects on exit or after `ms`. */
function waitForLine(child: ChildProcess, pattern: RegExp, what: string, ms = 8000): Promise<void> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const timer = setTimeout(() => reject(new Error(`${what} did not start within ${ms} ms`)), ms);
    const onExit = (code: number | null) =>
      reject(new Error(`${what} exited (${code}) before it was ready`));
    child.once('exit', onExit);
    lines.on('line', (line) => {
      if (!pattern.test(line)) return;
      clearTimeout(timer);
      child.off('exit', onExit);
      lines.removeAllListeners('line');
      resolve();
    });
  });
}

/** Node arguments for a TypeScript file here: Node 23+ strips types itself, older ones load tsx. */
const nodeScript = (name: string) => [
  ...(Number(process.versions.node.split('.')[0]) >= 23 ? [] : ['--import', 'tsx']),
  join(import.meta.dirname, name),
];

/**
 * Starts coturn (STUN and TURN on TURN_IP:3478) in the public namespace. `log`: a file for
 * coturn's verbose log (allocations, permissions, why a session closed), for investigating.
 */
export async function startCoturn(stateDir: string, log?: string): Promise<void> {
  const args = coturnArguments(
    {
      address: TURN_IP,
      port: 3478,
      ...TURN_USER,
      realm: 'natlab.example',
      relayPorts: [49160, 49299],
      verbose: log !== undefined,
    },
    stateDir,
  );
  const child = startIn(PUBLIC_NS, 'turnserver', args);
  if (log) child.stdout!.pipe(createWriteStream(log));
  await waitForLine(child, /Total General servers/, 'coturn');
}

/** Starts the probe server in the public namespace. */
export async function startProbeServer(): Promise<void> {
  const child = startIn(PUBLIC_NS, process.execPath, nodeScript('probe-server.ts'));
  await waitForLine(child, /^ready$/, 'the probe server');
}

/** A probe agent in a peer namespace: `probe()` runs the tests once. */
export interface ProbeAgent {
  probe(): Promise<ProbeAnswers>;
}

/** Starts a probe agent behind a router. */
export async function startProbeAgent(side: RouterSide): Promise<ProbeAgent> {
  const child = startIn(side.peerNs, process.execPath, nodeScript('probe-agent.ts'), {
    NATLAB_HOST: side.lanHost,
  });
  await waitForLine(child, /^ready$/, `the probe agent of ${side.peerNs}`);
  const lines = createInterface({ input: child.stdout! });
  const waiting: ((answers: ProbeAnswers) => void)[] = [];
  lines.on('line', (line) => waiting.shift()?.(JSON.parse(line) as ProbeAnswers));
  return {
    probe: () =>
      new Promise((resolve) => {
        waiting.push(resolve);
        child.stdin!.write('probe\n');
      }),
  };
}

/** Records the public bridge's UDP traffic to a pcap file (for investigating a case). */
export function startCapture(file: string): void {
  startIn(PUBLIC_NS, 'tcpdump', [
    '-i',
    'natlab-br',
    '-U',
    '-n',
    '-s',
    '256',
    '-w',
    file,
    'udp or icmp',
  ]);
}
