// Runs the planned cases on a freshly built lab: coturn, the probe server and agents, and two
// Chromium browsers are started once and reused; every case loads the routers' rules, measures
// both NATs, connects fresh pages and compares with the simulator.
import type { Browser } from 'playwright-core';
import {
  classifyProbe,
  type ProbeAnswers,
  type ProbeVerdict,
} from '../../src/lib/nat/probe-classify.ts';
import { NFT_BEHAVIOURS, nftRules } from '../../src/lib/nat/nft-behaviours.ts';
import { natLabel } from '../../src/lib/nat/behaviour.ts';
import { compareCase } from '../../src/lib/nat/natlab-compare.ts';
import type { RealNatCase, RealNatSide } from '../../src/lib/nat/real-nat-run.ts';
import { connectPeers, launchIn } from './peers.ts';
import type { PlannedCase, PlannedSide } from './plan.ts';
import {
  startCoturn,
  startProbeAgent,
  startCapture,
  startProbeServer,
  TURN_USER,
  type ProbeAgent,
} from './processes.ts';
import { rememberNamespaces } from './teardown.ts';
import {
  applyRouterRules,
  buildTopology,
  deleteNamespaces,
  SIDES,
  TURN_IP,
  type RouterSide,
} from './topology.ts';

const ICE_SERVERS: RTCIceServer[] = [
  { urls: `stun:${TURN_IP}:3478` },
  {
    urls: `turn:${TURN_IP}:3478?transport=udp`,
    username: TURN_USER.username,
    credential: TURN_USER.password,
  },
];

function load(side: RouterSide, planned: PlannedSide): void {
  applyRouterRules(
    side,
    nftRules(planned.key, {
      wan: side.wan,
      lan: side.lan,
      wanIp: side.wanIp,
      lanHost: side.lanHost,
      firewall: planned.firewall,
    }),
  );
}

/** The probe's first recorded answers per router set-up ("eim-apdf", "eim-apdf-no-firewall"). */
export const recordedProbes = new Map<string, ProbeAnswers>();

async function measure(agent: ProbeAgent, planned: PlannedSide): Promise<ProbeVerdict> {
  const answers = await agent.probe();
  const name = `${planned.key}${planned.firewall ? '' : '-no-firewall'}`;
  if (!recordedProbes.has(name)) recordedProbes.set(name, answers);
  const verdict = classifyProbe(answers);
  if (!verdict.behaviour)
    throw new Error(`the probe could not classify ${planned.key}: ${verdict.evidence.join(' ')}`);
  return verdict;
}

interface Lab {
  agents: ProbeAgent[];
  browsers: [Browser, Browser];
}

/** One case: rules, probe, rules again (fresh conntrack and sets), peers, comparison. */
async function runOne(
  lab: Lab,
  planned: PlannedCase,
): Promise<{ compared: RealNatCase; detail: string }> {
  const sides = [planned.a, planned.b] as const;
  SIDES.forEach((s, n) => load(s, sides[n]!));
  const verdicts = await Promise.all(SIDES.map((_, n) => measure(lab.agents[n]!, sides[n]!)));
  SIDES.forEach((s, n) => load(s, sides[n]!));
  const [a, b] = sides.map((p, n): RealNatSide => ({
    configured: p.key,
    measured: verdicts[n]!.behaviour!,
    router: { firewall: p.firewall },
  })) as [RealNatSide, RealNatSide];
  const { detail, ...real } = await connectPeers(lab.browsers, ICE_SERVERS);
  return { compared: compareCase(a, b, real), detail };
}

/** "eim-apdf" (with a star without firewall), and what the probe measured when it differs. */
function sideText(side: RealNatSide): string {
  const intended = NFT_BEHAVIOURS.find((b) => b.key === side.configured)?.intended;
  const same =
    intended?.mapping === side.measured.mapping && intended.filtering === side.measured.filtering;
  return `${side.configured}${side.router.firewall ? '' : '*'}${same ? '' : ` (measured ${natLabel(side.measured)})`}`;
}

/** Builds the lab, runs every case, returns the compared cases (teardown is the caller's). */
export async function runCases(
  plan: PlannedCase[],
  work: string,
  log: (line: string) => void,
  debug: { capture?: string | undefined; coturnLog?: string | undefined } = {},
): Promise<RealNatCase[]> {
  deleteNamespaces();
  buildTopology();
  rememberNamespaces();
  if (debug.capture) startCapture(debug.capture);
  await Promise.all([startCoturn(work, debug.coturnLog), startProbeServer()]);
  const agents = await Promise.all(SIDES.map((s) => startProbeAgent(s)));
  const browsers = (await Promise.all(
    SIDES.map((s) => launchIn(s.peerNs, work)),
  )) as Lab['browsers'];
  log(`natlab: lab ready, ${plan.length} cases`);
  const cases: RealNatCase[] = [];
  try {
    for (const [i, planned] of plan.entries()) {
      const began = Date.now();
      const { compared: c, detail } = await runOne({ agents, browsers }, planned);
      cases.push(c);
      const seconds = ((Date.now() - began) / 1000).toFixed(1);
      log(
        `${String(i + 1).padStart(2)}/${plan.length} ${sideText(c.a)} x ${sideText(c.b)}: simulated ${c.simulated.outcome}, real ${c.real.outcome}, ${c.agree ? 'agree' : 'DISAGREE'} [${seconds} s; ${detail}]`,
      );
    }
  } finally {
    await Promise.all(browsers.map((b) => b.close().catch(() => {})));
  }
  return cases;
}
