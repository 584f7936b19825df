/** Topology formulas (mesh, SFU, MCU) and the mesh lab's measurement reducers. */
export * from './formulas';
export * from './meshMeasure';
export * from './growth';
export * from './meshExplain';
