// NAT behaviours of RFC 4787: mapping (§4.1) and filtering (§5), with the classic names.

/** Mapping behaviour (RFC 4787 §4.1): endpoint-, address- or address-and-port-dependent. */
export type MappingBehaviour = 'eim' | 'adm' | 'apdm';

/** Filtering behaviour (RFC 4787 §5): endpoint-, address- or address-and-port-dependent. */
export type FilteringBehaviour = 'eif' | 'adf' | 'apdf';

/** A NAT's mapping and filtering behaviour. */
export interface NatBehaviour {
  mapping: MappingBehaviour;
  filtering: FilteringBehaviour;
}

/** All mapping behaviours, most permissive first. */
export const MAPPING_BEHAVIOURS: readonly MappingBehaviour[] = ['eim', 'adm', 'apdm'];

/** All filtering behaviours, most permissive first. */
export const FILTERING_BEHAVIOURS: readonly FilteringBehaviour[] = ['eif', 'adf', 'apdf'];

/** The nine NAT behaviours (3 mappings x 3 filterings), in matrix order. */
export const ALL_NAT_BEHAVIOURS: readonly NatBehaviour[] = MAPPING_BEHAVIOURS.flatMap((mapping) =>
  FILTERING_BEHAVIOURS.map((filtering) => ({ mapping, filtering })),
);

/** Full names, as RFC 4787 writes them. */
export const BEHAVIOUR_NAMES: Record<MappingBehaviour | FilteringBehaviour, string> = {
  eim: 'endpoint-independent mapping',
  adm: 'address-dependent mapping',
  apdm: 'address-and-port-dependent mapping',
  eif: 'endpoint-independent filtering',
  adf: 'address-dependent filtering',
  apdf: 'address-and-port-dependent filtering',
};

/** The pre-RFC 4787 name (RFC 3489 §5) where one exists: full cone, restricted cone, port-restricted cone, symmetric. */
export function classicNatName(behaviour: NatBehaviour): string | undefined {
  if (behaviour.mapping === 'apdm') return 'symmetric';
  if (behaviour.mapping !== 'eim') return undefined;
  return { eif: 'full cone', adf: 'restricted cone', apdf: 'port-restricted cone' }[
    behaviour.filtering
  ];
}

/** Short label such as "EIM + APDF". */
export function natLabel(behaviour: NatBehaviour): string {
  return `${behaviour.mapping.toUpperCase()} + ${behaviour.filtering.toUpperCase()}`;
}

/** "eim/apdf": the form URL presets, data attributes and the real-NAT run's lookups use. */
export function behaviourCode(behaviour: NatBehaviour): string {
  return `${behaviour.mapping}/${behaviour.filtering}`;
}

/** Parse "eim/apdf" (the URL preset form) into a behaviour; undefined when malformed. */
export function parseNatBehaviour(text: string): NatBehaviour | undefined {
  const [mapping, filtering] = text.toLowerCase().split('/');
  const isMapping = (MAPPING_BEHAVIOURS as readonly string[]).includes(mapping ?? '');
  const isFiltering = (FILTERING_BEHAVIOURS as readonly string[]).includes(filtering ?? '');
  return isMapping && isFiltering
    ? { mapping: mapping as MappingBehaviour, filtering: filtering as FilteringBehaviour }
    : undefined;
}
