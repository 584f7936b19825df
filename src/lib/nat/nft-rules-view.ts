// How the chapter shows the nftables behaviour table: each behaviour's NAT rules alone, and the
// usual stateful firewall once, as the lines a firewalled router adds to them.
import { EXAMPLE_NFT_CONTEXT, NFT_BEHAVIOURS, type NftBehaviourKey } from './nft-behaviours';

/** One behaviour as the chapter prints it. */
export interface NftRulesView {
  key: NftBehaviourKey;
  label: string;
  summary: string;
  /** The script for the example router without the firewall chains. */
  rules: string;
}

/** Every behaviour's rules for the documentation-range example router, without the firewall. */
export function nftRulesViews(): NftRulesView[] {
  const ctx = { ...EXAMPLE_NFT_CONTEXT, firewall: false };
  return NFT_BEHAVIOURS.map((b) => ({
    key: b.key,
    label: b.label,
    summary: b.summary,
    rules: b.rules(ctx).trimEnd(),
  }));
}

/**
 * The lines the firewall adds to a behaviour's script (what lies between the longest common start
 * and end of the two scripts); the whole firewalled script when they do not differ that way.
 */
export function firewallLines(key: NftBehaviourKey = 'eim-apdf'): string {
  const found = NFT_BEHAVIOURS.find((b) => b.key === key);
  if (!found) return '';
  const on = found
    .rules({ ...EXAMPLE_NFT_CONTEXT, firewall: true })
    .trimEnd()
    .split('\n');
  const off = found
    .rules({ ...EXAMPLE_NFT_CONTEXT, firewall: false })
    .trimEnd()
    .split('\n');
  let start = 0;
  while (start < off.length && on[start] === off[start]) start += 1;
  let end = 0;
  while (end < off.length - start && on.at(-1 - end) === off.at(-1 - end)) end += 1;
  const added = on.slice(start, on.length - end);
  return added.length > 0 && added.length === on.length - off.length
    ? added.join('\n')
    : on.join('\n');
}
