import { describe, expect, it } from 'vitest';
import { mcuFigures, meshFigures, sfuFigures, simulcastLayers } from '~/lib/topology/formulas';
import { callSizes, formatKbps, growthLines } from '~/lib/topology/growth';

describe('mesh formulas', () => {
  it('a hundred people in a mesh need 4950 connections, not 9900', () => {
    const mesh = meshFigures(100, 1500);
    expect(mesh.connections).toBe(4950);
    expect(mesh.oneWayStreams).toBe(9900);
  });

  it('each of four peers uploads three copies: 6 connections, 4.5 Mbit/s up at 1.5 Mbit/s', () => {
    const mesh = meshFigures(4, 1500);
    expect(mesh.connections).toBe(6);
    expect(mesh.uploadsPerClient).toBe(3);
    expect(mesh.uplinkKbps).toBe(4500);
    expect(mesh.downlinkKbps).toBe(4500);
    expect(mesh.serverIngressKbps + mesh.serverEgressKbps).toBe(0);
  });

  it('two people are one ordinary connection', () => {
    expect(meshFigures(2, 500)).toMatchObject({ connections: 1, uplinkKbps: 500 });
  });

  it('refuses a call of fewer than two or a fractional count', () => {
    expect(() => meshFigures(1, 100)).toThrow(RangeError);
    expect(() => meshFigures(2.5, 100)).toThrow(RangeError);
  });
});

describe('SFU formulas', () => {
  it('ten people without simulcast: one upload each, 13.5 Mbit/s down, 135 Mbit/s server egress', () => {
    const sfu = sfuFigures(10, 1500);
    expect(sfu.connections).toBe(10);
    expect(sfu.uplinkKbps).toBe(1500);
    expect(sfu.downlinkKbps).toBe(13_500);
    expect(sfu.serverIngressKbps).toBe(15_000);
    expect(sfu.serverEgressKbps).toBe(135_000);
  });

  it('forwards N(N-1) streams: 90 for ten participants', () => {
    const sfu = sfuFigures(10, 1000);
    expect(sfu.oneWayStreams - 10).toBe(90);
    expect(sfu.serverEgressKbps / 1000).toBe(90);
  });

  it('with three simulcast layers each uploads 2.15 Mbit/s and receives 180p thumbnails', () => {
    const layers = simulcastLayers(1500, 3);
    expect(layers).toEqual([1500, 500, 150]);
    const sfu = sfuFigures(10, 1500, layers);
    expect(sfu.uplinkKbps).toBe(2150);
    expect(sfu.uploadsPerClient).toBe(3);
    expect(sfu.downlinkKbps).toBe(1350);
    expect(sfu.serverEgressKbps).toBe(13_500);
  });
});

describe('MCU formulas', () => {
  it('one stream up and one mixed stream down per client, whatever the size', () => {
    const mcu = mcuFigures(50, 1000);
    expect(mcu).toMatchObject({
      connections: 50,
      uploadsPerClient: 1,
      downloadsPerClient: 1,
      uplinkKbps: 1000,
      downlinkKbps: 1000,
      serverIngressKbps: 50_000,
      serverEgressKbps: 50_000,
    });
  });
});

describe('growth chart and rates', () => {
  it('covers 2 to N in at most about a hundred points, ending at N', () => {
    expect(callSizes(4)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const big = callSizes(1000);
    expect(big[0]).toBe(2);
    expect(big.at(-1)).toBe(1000);
    expect(big.length).toBeLessThanOrEqual(102);
  });

  it('draws the mesh upload growing with N while the MCU download stays flat', () => {
    const [meshUp, , simulcast, mcu] = growthLines([2, 10], 1500, simulcastLayers(1500));
    expect(meshUp!.values).toEqual([1.5, 13.5]);
    expect(simulcast!.values).toEqual([0.15, 1.35]);
    expect(mcu!.values).toEqual([1.5, 1.5]);
  });

  it('writes rates in the unit a person reads', () => {
    expect(formatKbps(150)).toBe('150 kbit/s');
    expect(formatKbps(4500)).toBe('4.5 Mbit/s');
    expect(formatKbps(148_500)).toBe('149 Mbit/s');
    expect(formatKbps(7_400_000)).toBe('7.4 Gbit/s');
    expect(formatKbps(0)).toBe('0');
  });
});
