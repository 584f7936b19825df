import { describe, expect, it } from 'vitest';
import { TurnCredentialsLab } from '~/components/labs/turn-credentials/turn-credentials.svelte';

describe('TurnCredentialsLab steps', () => {
  it('shows the steps of the latest inputs while each overlapping call returns its own', async () => {
    const lab = new TurnCredentialsLab();
    const first = lab.compute();
    lab.lifetime = -60;
    const [own] = await Promise.all([first, lab.compute()]);
    expect(own!.expiresAt).toBeGreaterThan(Date.now() / 1000);
    expect(lab.steps!.expiresAt).toBeLessThan(Date.now() / 1000);
    expect(lab.steps!.username).toBe(`${lab.steps!.expiresAt}:learner`);
  });

  it('explains a lifetime that is not a number of seconds and shows no steps', async () => {
    const lab = new TurnCredentialsLab();
    lab.lifetime = null;
    expect(await lab.compute()).toBeNull();
    expect(lab.steps).toBeNull();
    expect(lab.inputProblem).toContain('number of seconds');
  });

  it('takes secret, user and a negative lifetime from a preset', async () => {
    const lab = new TurnCredentialsLab();
    lab.preset(new URLSearchParams({ secret: 'another-secret', user: 'bob', lifetime: '-3600' }));
    const steps = (await lab.compute())!;
    expect([lab.secret, steps.username.split(':')[1]]).toEqual(['another-secret', 'bob']);
    expect(Date.now() / 1000 - steps.expiresAt).toBeGreaterThan(3590);
  });
});
