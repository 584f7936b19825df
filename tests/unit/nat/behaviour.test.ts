import { describe, expect, it } from 'vitest';
import {
  ALL_NAT_BEHAVIOURS,
  behaviourCode,
  classicNatName,
  natLabel,
  parseNatBehaviour,
} from '~/lib/nat/behaviour';

describe('parseNatBehaviour', () => {
  it('reads the URL preset form and refuses anything else', () => {
    expect(parseNatBehaviour('eim/apdf')).toEqual({ mapping: 'eim', filtering: 'apdf' });
    expect(parseNatBehaviour('APDM/ADF')).toEqual({ mapping: 'apdm', filtering: 'adf' });
    expect(parseNatBehaviour('eif/eim')).toBeUndefined();
    expect(parseNatBehaviour('')).toBeUndefined();
  });
});

describe('classicNatName', () => {
  it('maps the RFC 4787 behaviours to the old cone names', () => {
    expect(classicNatName({ mapping: 'eim', filtering: 'eif' })).toBe('full cone');
    expect(classicNatName({ mapping: 'eim', filtering: 'adf' })).toBe('restricted cone');
    expect(classicNatName({ mapping: 'eim', filtering: 'apdf' })).toBe('port-restricted cone');
    expect(classicNatName({ mapping: 'apdm', filtering: 'apdf' })).toBe('symmetric');
    expect(classicNatName({ mapping: 'adm', filtering: 'adf' })).toBeUndefined();
  });
});

describe('natLabel', () => {
  it('writes the short upper-case label', () => {
    expect(natLabel({ mapping: 'apdm', filtering: 'eif' })).toBe('APDM + EIF');
  });
});

describe('ALL_NAT_BEHAVIOURS', () => {
  it('lists the nine combinations once each', () => {
    expect(new Set(ALL_NAT_BEHAVIOURS.map(natLabel)).size).toBe(9);
  });
});

describe('behaviourCode', () => {
  it('writes mapping and filtering as the link and the matrix do', () => {
    expect(behaviourCode({ mapping: 'apdm', filtering: 'eif' })).toBe('apdm/eif');
  });
});
