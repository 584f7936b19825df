// The right answers to an exercise on screen, computed from what it shows with the course's own
// library (not with the exercise generators): shared by the Chromium and Firefox exercise tests.
import { bytesToHex, parseHex } from '../../src/lib/hex.ts';
import {
  decodeCandidatePriority,
  encodeCandidatePriority,
  pairPriority,
} from '../../src/lib/ice/priority.ts';
import { decodeAddressValue } from '../../src/lib/stun/address-value.ts';
import { longTermKey } from '../../src/lib/stun/credentials.ts';
import { computeMessageIntegrity } from '../../src/lib/stun/integrity.ts';
import { meshFigures, sfuFigures } from '../../src/lib/topology/formulas.ts';

/** Answers by field name. */
export type Answers = Record<string, string>;

/** The right answers, computed here with the course's library from what the page shows. */
export async function solve(kind: string, g: Record<string, string>): Promise<Answers> {
  const n = (name: string) => Number(g[name]);
  const bytes = (name: string) => parseHex(g[name] ?? '').bytes;
  switch (kind) {
    case 'candidate-priority':
      return {
        priority: String(
          encodeCandidatePriority({
            typePreference: n('type-preference'),
            localPreference: n('local-preference'),
            componentId: n('component'),
          }),
        ),
      };
    case 'priority-decode': {
      const parts = decodeCandidatePriority(n('priority'));
      return {
        'type-preference': String(parts.typePreference),
        'local-preference': String(parts.localPreference),
        component: String(parts.componentId),
      };
    }
    case 'pair-priority': {
      const controlling = g['role'] === 'controlling';
      const [gp, dp] = controlling ? [n('local'), n('remote')] : [n('remote'), n('local')];
      return { 'pair-priority': pairPriority(gp, dp).toString() };
    }
    case 'xor-mapped-address': {
      const decoded = decodeAddressValue(bytes('attribute').slice(4), bytes('transaction-id'));
      if (typeof decoded === 'string') throw new Error(decoded);
      return { address: decoded.address, port: String(decoded.port) };
    }
    case 'long-term-key':
      return { key: bytesToHex(longTermKey(g['username']!, g['realm']!, g['password']!)) };
    case 'message-integrity': {
      const key = longTermKey(g['username']!, g['realm']!, g['password']!);
      const message = bytes('message');
      return { hmac: bytesToHex(await computeMessageIntegrity(message, message.length, key)) };
    }
    case 'topology-counts': {
      const mesh = meshFigures(n('n'), 1);
      const sfu = sfuFigures(n('n'), 1);
      return {
        'mesh-connections': String(mesh.connections),
        'mesh-uploads': String(mesh.uploadsPerClient),
        'sfu-out': String(n('n') * sfu.downloadsPerClient),
      };
    }
  }
  throw new Error(`unknown kind ${kind}`);
}
