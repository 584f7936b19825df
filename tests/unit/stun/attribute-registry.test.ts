import { describe, expect, it } from 'vitest';
import {
  isComprehensionRequired,
  lookupStunAttribute,
  STUN_ATTRIBUTES,
  stunAttributeName,
  stunAttributeType,
} from '~/lib/stun/attribute-registry';

// The codes the course's facts list (COURSE.md: STUN and TURN).
const COURSE_FACTS: Record<string, number> = {
  'XOR-MAPPED-ADDRESS': 0x0020,
  'MESSAGE-INTEGRITY': 0x0008,
  'MESSAGE-INTEGRITY-SHA256': 0x001c,
  FINGERPRINT: 0x8028,
  USERNAME: 0x0006,
  'ERROR-CODE': 0x0009,
  SOFTWARE: 0x8022,
  PRIORITY: 0x0024,
  'USE-CANDIDATE': 0x0025,
  'ICE-CONTROLLED': 0x8029,
  'ICE-CONTROLLING': 0x802a,
  'XOR-RELAYED-ADDRESS': 0x0016,
  'XOR-PEER-ADDRESS': 0x0012,
  LIFETIME: 0x000d,
  'REQUESTED-TRANSPORT': 0x0019,
  REALM: 0x0014,
  NONCE: 0x0015,
  DATA: 0x0013,
  'CHANNEL-NUMBER': 0x000c,
};

describe('STUN_ATTRIBUTES', () => {
  it('gives each attribute the codec its RFC layout needs', () => {
    const kind = (name: string) => STUN_ATTRIBUTES.find((a) => a.name === name)?.codec.kind;
    expect(kind('XOR-MAPPED-ADDRESS')).toBe('xor-address');
    expect(kind('MAPPED-ADDRESS')).toBe('address');
    expect(kind('MESSAGE-INTEGRITY')).toBe('hmac-sha1');
    expect(kind('FINGERPRINT')).toBe('fingerprint');
    expect(kind('ICE-CONTROLLING')).toBe('uint64');
    expect(kind('USE-CANDIDATE')).toBe('flag');
  });

  it('has unique type codes and names, each with an RFC section or a named source', () => {
    expect(new Set(STUN_ATTRIBUTES.map((a) => a.type)).size).toBe(STUN_ATTRIBUTES.length);
    expect(new Set(STUN_ATTRIBUTES.map((a) => a.name)).size).toBe(STUN_ATTRIBUTES.length);
    for (const entry of STUN_ATTRIBUTES) expect(entry.rfc).toMatch(/^RFC \d+ §[\d.]+$|^libwebrtc/);
  });
});

describe('lookupStunAttribute', () => {
  it('knows every attribute code the course states', () => {
    for (const [name, type] of Object.entries(COURSE_FACTS))
      expect(lookupStunAttribute(type)?.name).toBe(name);
  });
});

describe('stunAttributeType', () => {
  it('reads the type codes of the integrity and fingerprint attributes from the table', () => {
    expect(stunAttributeType('MESSAGE-INTEGRITY')).toBe(COURSE_FACTS['MESSAGE-INTEGRITY']);
    expect(stunAttributeType('MESSAGE-INTEGRITY-SHA256')).toBe(
      COURSE_FACTS['MESSAGE-INTEGRITY-SHA256'],
    );
    expect(stunAttributeType('FINGERPRINT')).toBe(COURSE_FACTS['FINGERPRINT']);
  });
});

describe('stunAttributeName', () => {
  it('names unknown codes in hex', () => {
    expect(stunAttributeName(0x8028)).toBe('FINGERPRINT');
    expect(stunAttributeName(0x7001)).toBe('0x7001 (unknown)');
  });
});

describe('isComprehensionRequired', () => {
  it('is true below 0x8000 and false from 0x8000', () => {
    expect(isComprehensionRequired(0x7fff)).toBe(true);
    expect(isComprehensionRequired(0x8000)).toBe(false);
  });
});
