// Whether this machine can run the real-NAT lab: root, and the tools it drives.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const TOOLS: readonly [string, string[]][] = [
  ['ip', ['-V']],
  ['nft', ['--version']],
  ['conntrack', ['--version']],
  ['turnserver', ['--version']],
];

/** The reason the lab cannot run here, or undefined when it can. */
export function whyUnable(): string | undefined {
  if (process.platform !== 'linux') return 'natlab needs Linux (network namespaces)';
  if (process.getuid?.() !== 0) return 'natlab needs root (it creates network namespaces)';
  const missing = TOOLS.filter(
    ([tool, args]) => spawnSync(tool, args, { stdio: 'ignore' }).error,
  ).map(([tool]) => tool);
  if (!existsSync('/usr/bin/chromium')) missing.push('/usr/bin/chromium');
  if (missing.length > 0) return `natlab needs ${missing.join(', ')} (not found)`;
  return namespaceProblem();
}

/** Root in a container may still be refused namespaces or nftables: try both once. */
function namespaceProblem(): string | undefined {
  const ns = 'natlab-able-check';
  const made = spawnSync('ip', ['netns', 'add', ns], { encoding: 'utf8' });
  if (made.status !== 0) return `natlab cannot create a network namespace (${made.stderr.trim()})`;
  const nft = spawnSync('ip', ['netns', 'exec', ns, 'nft', 'add', 'table', 'ip', 'natlab'], {
    encoding: 'utf8',
  });
  spawnSync('ip', ['netns', 'del', ns]);
  if (nft.status !== 0) return `natlab cannot load nftables rules (${nft.stderr.trim()})`;
  return undefined;
}

/** Tool versions for the run's record. */
export function environment(): { kernel: string; chromium: string; coturn: string; nft: string } {
  const out = (command: string, args: string[]) =>
    spawnSync(command, args, { encoding: 'utf8' }).stdout?.trim().split('\n')[0] ?? '';
  return {
    kernel: out('uname', ['-r']),
    chromium: out('/usr/bin/chromium', ['--version']),
    coturn: out('turnserver', ['--version']),
    nft: out('nft', ['--version']),
  };
}
