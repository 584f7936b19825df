import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyProbe, type ProbeAnswers } from '~/lib/nat/probe-classify';

const recorded = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`../../fixtures/natlab/probe-${name}.json`, import.meta.url), 'utf8'),
  ) as ProbeAnswers;

const base: ProbeAnswers = recorded('eim-apdf');

describe('classifyProbe on answers recorded from the real routers', () => {
  it.each([
    ['eim-eif', 'eim', 'eif'],
    ['eim-adf', 'eim', 'adf'],
    ['eim-apdf', 'eim', 'apdf'],
    ['eim-apdf-no-firewall', 'eim', 'apdf'],
    ['adm-apdf', 'adm', 'apdf'],
    ['apdm-apdf', 'apdm', 'apdf'],
  ])('measures %s as %s + %s', (name, mapping, filtering) => {
    expect(classifyProbe(recorded(name)).behaviour).toEqual({ mapping, filtering });
  });

  it('says in words what each server endpoint saw and which answers got in', () => {
    const { evidence } = classifyProbe(recorded('apdm-apdf'));
    expect(evidence[0]).toMatch(
      /^From 10\.200\.\d\.2:\d+: 203\.0\.113\.3:3479 saw 203\.0\.113\.1\d:\d+, /,
    );
    expect(evidence).toContain(
      'Another server port saw another mapping: address-and-port-dependent mapping.',
    );
    expect(evidence.at(-1)).toBe(
      'Answers to fresh sockets: from the same endpoint got in, from another port was dropped, from another address and port was dropped.',
    );
  });
});

describe('classifyProbe on made-up answers', () => {
  it('calls a mapping address-dependent when only another address changes it', () => {
    const answers = {
      ...base,
      mapping: {
        primary: '203.0.113.11:5000',
        otherPort: '203.0.113.11:5000',
        otherAddress: '203.0.113.11:5001',
      },
    };
    expect(classifyProbe(answers).behaviour?.mapping).toBe('adm');
  });

  it('gives no verdict when a mapping test went unanswered, and says so', () => {
    const answers = { ...base, mapping: { ...base.mapping, otherAddress: undefined } };
    const verdict = classifyProbe(answers);
    expect(verdict.behaviour).toBeUndefined();
    expect(verdict.evidence.join(' ')).toContain('saw nothing (no answer)');
  });

  it('gives no verdict when not even the plain answer got in', () => {
    const answers = {
      ...base,
      filtering: { same: false, otherPort: false, otherAddressAndPort: false },
    };
    expect(classifyProbe(answers).behaviour).toBeUndefined();
  });

  it('notes an odd filter that lets another address in but not another port, and calls it EIF', () => {
    const answers = {
      ...base,
      filtering: { same: true, otherPort: false, otherAddressAndPort: true },
    };
    const verdict = classifyProbe(answers);
    expect(verdict.behaviour?.filtering).toBe('eif');
    expect(verdict.evidence).toContain('Odd: another address got in but another port did not.');
  });
});
