// Teardown: end the lab's processes by pid (those it started, and any still inside its
// namespaces), delete the namespaces, then check that nothing is left.
import { readdirSync, readlinkSync } from 'node:fs';
import { started } from './processes.ts';
import { deleteNamespaces, labNamespaces, nsInode, run } from './topology.ts';

/** The nsfs inodes of the lab's namespaces, recorded when they were made. */
export const labInodes = new Set<number>();

/** Records the namespaces' identities (call after building the topology). */
export function rememberNamespaces(): void {
  for (const ns of labNamespaces()) labInodes.add(nsInode(ns));
}

/** Pids of processes whose network namespace is one of the lab's. */
function pidsInLab(): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const link = readlinkSync(`/proc/${entry}/ns/net`);
      const inode = Number(/\[(\d+)\]/.exec(link)?.[1]);
      if (labInodes.has(inode)) pids.push(Number(entry));
    } catch {
      // The process ended meanwhile.
    }
  }
  return pids;
}

function kill(pid: number | undefined): void {
  if (pid === undefined) return;
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

/** Synchronous, so it also works from an exit or signal handler. */
export function teardown(): void {
  for (const child of started) if (child.exitCode === null) kill(child.pid);
  for (const pid of pidsInLab()) kill(pid);
  deleteNamespaces();
}

/** What is left after teardown, in words (empty when clean). */
export function leftovers(): string[] {
  const left: string[] = [];
  const namespaces = labNamespaces();
  if (namespaces.length > 0) left.push(`namespaces: ${namespaces.join(', ')}`);
  const links = run('ip', ['-o', 'link', 'show'])
    .split('\n')
    .filter((l) => l.includes('natlab'));
  if (links.length > 0) left.push(`interfaces in the root namespace: ${links.length}`);
  const pids = pidsInLab();
  if (pids.length > 0) left.push(`processes still in a lab namespace: ${pids.join(', ')}`);
  return left;
}
