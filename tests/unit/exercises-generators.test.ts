import { createHash, createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkExercise } from '~/lib/exercises/check-answer';
import { EXERCISE_GENERATORS } from '~/lib/exercises/generators';
import { createRng } from '~/lib/exercises/rng';
import type { Exercise, ExerciseKind } from '~/lib/exercises/types';

const SEEDS = Array.from({ length: 150 }, (_, i) => i * 7919 + 1);
const KINDS = Object.keys(EXERCISE_GENERATORS) as ExerciseKind[];

async function generate(kind: ExerciseKind, seed: number): Promise<Exercise> {
  return (await EXERCISE_GENERATORS[kind]())(createRng(seed));
}

function given(exercise: Exercise, name: string): string {
  const found = exercise.givens.find((g) => g.name === name);
  if (!found) throw new Error(`no given ${name}`);
  return found.value;
}

const expected = (exercise: Exercise) =>
  Object.fromEntries(exercise.fields.map((f) => [f.name, f.expected]));

/** A near miss of a right answer in its format: off by one, one hex digit changed, the last address byte changed. */
function nearMiss(format: string, answer: string): string {
  if (format === 'integer') return (BigInt(answer) + 1n).toString();
  if (format === 'hex') return answer.slice(0, -1) + (answer.endsWith('0') ? '1' : '0');
  return answer.includes('.')
    ? answer.replace(/\d+$/, (d) => String((Number(d) + 1) % 256))
    : answer.replace(/[0-9a-f]+$/, (h) => ((parseInt(h, 16) + 1) % 65536).toString(16));
}

/** The right answers computed here, independently of the library, from what the exercise shows. */
function oracle(exercise: Exercise): Record<string, string> {
  const num = (label: string) => Number(given(exercise, label).split(' ')[0]);
  switch (exercise.kind) {
    case 'candidate-priority': {
      const t = num('type-preference');
      return {
        priority: String(2 ** 24 * t + 2 ** 8 * num('local-preference') + 256 - num('component')),
      };
    }
    case 'priority-decode': {
      const p = num('priority');
      return {
        'type-preference': String(p >>> 24),
        'local-preference': String((p >>> 8) & 0xffff),
        component: String(256 - (p & 0xff)),
      };
    }
    case 'pair-priority': {
      const mine = BigInt(num('local'));
      const theirs = BigInt(num('remote'));
      const [g, d] = given(exercise, 'role') === 'controlling' ? [mine, theirs] : [theirs, mine];
      const min = g < d ? g : d;
      const max = g < d ? d : g;
      return { 'pair-priority': String(2n ** 32n * min + 2n * max + (g > d ? 1n : 0n)) };
    }
    case 'xor-mapped-address': {
      const tid = Buffer.from(given(exercise, 'transaction-id').replace(/ /g, ''), 'hex');
      const attr = Buffer.from(given(exercise, 'attribute').replace(/ /g, ''), 'hex');
      const mask = Buffer.concat([Buffer.from('2112a442', 'hex'), tid]);
      const port = attr.readUInt16BE(6) ^ 0x2112;
      const ip = attr.subarray(8).map((b, i) => b ^ (mask[i] as number));
      const address =
        ip.length === 4
          ? [...ip].join('.')
          : (Buffer.from(ip).toString('hex').match(/.{4}/g) ?? [])
              .map((h) => h.replace(/^0+(?=.)/, ''))
              .join(':');
      return { address, port: String(port) };
    }
    case 'long-term-key': {
      const text = `${given(exercise, 'username')}:${given(exercise, 'realm')}:${given(exercise, 'password')}`;
      return { key: createHash('md5').update(text).digest('hex') };
    }
    case 'message-integrity': {
      const text = `${given(exercise, 'username')}:${given(exercise, 'realm')}:${given(exercise, 'password')}`;
      const key = createHash('md5').update(text).digest();
      const message = Buffer.from(given(exercise, 'message').replace(/ /g, ''), 'hex');
      message.writeUInt16BE(message.length - 20 + 24, 2);
      return { hmac: createHmac('sha1', key).update(message).digest('hex') };
    }
    case 'topology-counts': {
      const n = num('n');
      return {
        'mesh-connections': String((n * (n - 1)) / 2),
        'mesh-uploads': String(n - 1),
        'sfu-out': String(n * (n - 1)),
      };
    }
  }
}

describe('every generated exercise', () => {
  it.each(KINDS)(
    '%s: for 150 seeds the checker accepts the one answer an independent computation gives',
    async (kind) => {
      for (const seed of SEEDS) {
        const exercise = await generate(kind, seed);
        expect(exercise.kind).toBe(kind);
        const right = oracle(exercise);
        expect(checkExercise(exercise, right).ok, `seed ${seed}: ${JSON.stringify(right)}`).toBe(
          true,
        );
        expect(checkExercise(exercise, expected(exercise)).ok).toBe(true);
      }
    },
  );

  it.each(KINDS)(
    '%s: a near miss in any one field is judged wrong, and only that field',
    async (kind) => {
      for (const seed of SEEDS.slice(0, 40)) {
        const exercise = await generate(kind, seed);
        for (const field of exercise.fields) {
          const answers = {
            ...expected(exercise),
            [field.name]: nearMiss(field.format, field.expected),
          };
          const verdict = checkExercise(exercise, answers);
          expect(verdict.ok, `seed ${seed} ${field.name} ${answers[field.name]}`).toBe(false);
          expect(verdict.fields[field.name]).toBe('wrong');
          for (const other of exercise.fields.filter((f) => f !== field))
            expect(verdict.fields[other.name]).toBe('right');
        }
      }
    },
  );

  it.each(KINDS)(
    '%s: the same seed gives the same instance, another seed another one',
    async (kind) => {
      expect(await generate(kind, 42)).toEqual(await generate(kind, 42));
      const answers = new Set(
        await Promise.all(
          SEEDS.slice(0, 20).map(async (s) => JSON.stringify(expected(await generate(kind, s)))),
        ),
      );
      expect(answers.size).toBeGreaterThan(kind === 'topology-counts' ? 5 : 15);
    },
  );

  it.each(KINDS)('%s: shows a worked solution that ends with the right answer', async (kind) => {
    const exercise = await generate(kind, 7);
    expect(exercise.steps.length).toBeGreaterThanOrEqual(3);
    const last = exercise.fields.at(-1)?.expected ?? '';
    expect(exercise.steps.join('\n')).toContain(last);
  });

  it.each(KINDS)(
    '%s: garbage, empty and huge inputs are unreadable or wrong, never a throw',
    async (kind) => {
      const exercise = await generate(kind, 3);
      for (const typed of [
        '',
        '   ',
        'abc',
        '1e9',
        '-5',
        '0x',
        '::::',
        '9'.repeat(400),
        '\u0000',
        '12.5',
      ]) {
        const answers = Object.fromEntries(exercise.fields.map((f) => [f.name, typed]));
        const verdict = checkExercise(exercise, answers);
        expect(verdict.ok).toBe(false);
        expect(verdict.message).toMatch(/^Not yet\./);
      }
      expect(checkExercise(exercise, {}).ok).toBe(false);
    },
  );
});
