// The STUN workbench's state class: a sample decodes as soon as it is chosen (and when the lab
// becomes live), errors belong to the Decode action, and the tab follows what the learner does.
import { describe, expect, it } from 'vitest';
import { StunWorkbenchLab } from '~/components/labs/stun-workbench/stun-workbench.svelte';
import { findRfc5769Example } from '~/lib/stun/rfc5769-examples';

const TRUNCATED = '0x01 0x01 0x00 0x3c 21:12:a4:42 b7e7a701bc34d686fa87dfae\n80 22 00 0b 74 65';

describe('StunWorkbenchLab', () => {
  it('decodes the preselected sample when the lab becomes live, quietly, on the Decode tab', async () => {
    const lab = new StunWorkbenchLab();
    await lab.hydrate();
    expect(lab.status.phase).toBe('done');
    expect(lab.example).toBe('2.2');
    expect(lab.decoded?.mapped?.text).toBe('192.0.2.1:32853');
    expect(lab.status.announcement).toBe('');
    expect(lab.tab).toBe('decode');
  });

  it('decodes a chosen sample at once, with its password', async () => {
    const lab = new StunWorkbenchLab();
    await lab.chooseExample('2.3');
    expect(lab.status.phase).toBe('done');
    expect(lab.password).toBe(findRfc5769Example('2.3')?.password);
    expect(lab.decoded?.mapped?.address).toBe('2001:db8:1234:5678:11:2233:4455:6677');
    expect(lab.decoded?.check.integrity.valid).toBe(true);
  });

  it('shows a truncated message as an error of the Decode action, on the Decode tab', async () => {
    const lab = new StunWorkbenchLab();
    lab.tab = 'build';
    lab.hex = TRUNCATED;
    lab.edited();
    await lab.run();
    expect(lab.status.phase).toBe('error');
    expect(lab.status.errorAt).toBe('run');
    expect(lab.status.error).toContain('Byte 2 (0x02): Truncated');
    expect(lab.tab).toBe('decode');
    expect(lab.example).toBe('');
  });

  it('leaves a preset that brought its own hex alone until it is run', async () => {
    const lab = new StunWorkbenchLab();
    lab.preset(new URLSearchParams({ hex: TRUNCATED }));
    await lab.hydrate();
    expect(lab.status.phase).toBe('idle');
    expect(lab.hex).toBe(TRUNCATED);
  });

  it('decodes a preset sample on hydration, and a preset can choose the tab', async () => {
    const lab = new StunWorkbenchLab();
    lab.preset(new URLSearchParams({ example: '2.4', tab: 'build' }));
    await lab.hydrate();
    expect(lab.status.phase).toBe('done');
    expect(lab.decoded?.header?.typeHex).toBe('0x0001');
    expect(lab.tab).toBe('build');
    lab.preset(new URLSearchParams({ stun: 'stun:127.0.0.1:3478' }));
    expect(lab.tab).toBe('gather');
  });

  it('sends the built request to the Decode tab', async () => {
    const lab = new StunWorkbenchLab();
    await lab.builder.build();
    lab.tab = 'build';
    await lab.decodeBuilt();
    expect(lab.tab).toBe('decode');
    expect(lab.decoded?.header?.typeHex).toBe('0x0001');
    expect(lab.example).toBe('');
  });

  it('clears the sample choice on reset', async () => {
    const lab = new StunWorkbenchLab();
    await lab.hydrate();
    lab.reset();
    expect([lab.hex, lab.example, lab.decoded, lab.status.phase]).toEqual(['', '', null, 'idle']);
    lab.dispose();
  });
});
