/**
 * Id convention for the diagrams' SVG internals, so that a diagram rendered twice on one page
 * (with different `idPrefix` props) never shares an id:
 *
 * - `${idPrefix}-title` and `${idPrefix}-desc`: the `<title>` and `<desc>` that name the SVG;
 * - `${idPrefix}-arrow`: the arrowhead marker that `Diagram.astro` renders for its `arrow` prop;
 * - `${idPrefix}-arrow-${name}`: one marker per entry of its `arrows` prop.
 *
 * A diagram's drawing refers to a marker with `marker-end={`url(#${arrowMarkerId(idPrefix)})`}`.
 */

export const titleId = (idPrefix: string): string => `${idPrefix}-title`;
export const descId = (idPrefix: string): string => `${idPrefix}-desc`;

/** Id of the arrowhead marker `${idPrefix}-arrow`, or of the named one `${idPrefix}-arrow-${name}`. */
export const arrowMarkerId = (idPrefix: string, name?: string): string =>
  name ? `${idPrefix}-arrow-${name}` : `${idPrefix}-arrow`;

/** The colours an arrowhead can take (the theme variables of the same name). */
export type ArrowColor = 'fg' | 'accent' | 'ok';
