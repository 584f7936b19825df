import { describe, expect, it } from 'vitest';
import { chapterFromPath, judgePrediction, predictionId } from '~/lib/predictions/judge';
import { ICE_TYPE_OPTIONS } from '~/lib/predictions/options';

describe('judgePrediction', () => {
  it('calls a prediction that matches the real outcome right and names it', () => {
    const v = judgePrediction('host', { actual: 'host', why: 'because' }, ICE_TYPE_OPTIONS);
    expect(v).toMatchObject({ ok: true, verdict: 'right', predicted: 'host', actual: 'host' });
    expect(v.headline).toContain('Right');
    expect(v.why).toBe('because');
  });

  it('calls a different prediction wrong and names both answers by their labels', () => {
    const v = judgePrediction('relay', { actual: 'srflx', why: '' }, ICE_TYPE_OPTIONS);
    expect(v.verdict).toBe('wrong');
    expect(v.headline).toContain('“relay”');
    expect(v.headline).toContain('“server reflexive (srflx)”');
  });

  it('uses the outcome’s own label when the real result is none of the options', () => {
    const v = judgePrediction('A', { actual: '7', actualLabel: '7 connections', why: '' }, []);
    expect(v.ok).toBe(false);
    expect(v.headline).toContain('“7 connections”');
  });
});

describe('predictionId', () => {
  it('joins the lab and the question under the predict: prefix', () => {
    expect(predictionId('ice-explorer', 'selected-type')).toBe(
      'predict:ice-explorer:selected-type',
    );
  });
});

describe('chapterFromPath', () => {
  it('reads the slug of a chapter page and nothing from other pages', () => {
    expect(chapterFromPath('/chapters/ice/')).toBe('ice');
    expect(chapterFromPath('/tools/sdp/')).toBeUndefined();
    expect(chapterFromPath('/')).toBeUndefined();
  });
});
