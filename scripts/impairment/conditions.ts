/**
 * Network conditions of the impairment proxy (`npm run turn -- --loss 5 --delay 40 --jitter 20
 * --rate 800k`) and the parsing of their flags. Pure and free of Node APIs; written in the subset
 * of TypeScript that Node runs by stripping the types (no enums, explicit `.ts` imports).
 */

/** What the proxy does to every UDP packet, the same in both directions. */
export interface ImpairmentConditions {
  /** Share of packets dropped at random, in percent (0 to 100). */
  lossPercent: number;
  /** One-way delay added to every packet, in milliseconds. */
  delayMs: number;
  /** Each packet's delay varies by up to this much either way (uniform), in milliseconds. */
  jitterMs: number;
  /** Rate cap per client and direction in bit/s, or null for no cap. */
  rateBitsPerSecond: number | null;
  /** Bound of the queue in front of the rate cap, as milliseconds of sending at the cap. */
  queueMs: number;
  /** Seed of the random loss and jitter, so that a run can be repeated packet for packet. */
  seed: number;
}

/** The conditions when no flag is given: a clean pass-through. */
export const NO_IMPAIRMENT: Readonly<ImpairmentConditions> = Object.freeze({
  lossPercent: 0,
  delayMs: 0,
  jitterMs: 0,
  rateBitsPerSecond: null,
  queueMs: 200,
  seed: 1,
});

/** The flags this module reads and what each takes. */
export const IMPAIRMENT_USAGE =
  '--loss <percent> --delay <ms> --jitter <ms> --rate <bit/s, e.g. 800k or 2M> ' +
  '--queue <ms at the rate> --seed <integer> --proxy-port <port>';

const MULTIPLIERS: Record<string, number> = { '': 1, k: 1e3, m: 1e6, g: 1e9 };

/**
 * A rate in bit/s from `800k`, `2M`, `1.5m`, `64000` or `800kbit` (decimal prefixes, as network
 * rates are); null when it is not a positive rate.
 */
export function parseRate(text: string): number | null {
  const match = /^(\d+(?:\.\d+)?)\s*([kmg]?)(?:bit|bps|b)?(?:\/s)?$/i.exec(text.trim());
  if (!match) return null;
  const bits = Number(match[1]) * (MULTIPLIERS[match[2]!.toLowerCase()] ?? Number.NaN);
  return Number.isFinite(bits) && bits >= 1 ? Math.round(bits) : null;
}

/** A rate in words: 800000 -> `800 kbit/s`, 2000000 -> `2 Mbit/s`. */
export function formatRate(bitsPerSecond: number): string {
  if (bitsPerSecond >= 1e6 && bitsPerSecond % 1e4 === 0) return `${bitsPerSecond / 1e6} Mbit/s`;
  if (bitsPerSecond >= 1e3 && bitsPerSecond % 10 === 0) return `${bitsPerSecond / 1e3} kbit/s`;
  return `${bitsPerSecond} bit/s`;
}

/** The conditions in one line, e.g. `loss 5%, delay 40 ms ± 20 ms, rate 800 kbit/s (queue 200 ms)`. */
export function describeConditions(c: ImpairmentConditions): string {
  const parts = [`loss ${c.lossPercent}%`, `delay ${c.delayMs} ms ± ${c.jitterMs} ms`];
  parts.push(
    c.rateBitsPerSecond === null
      ? 'no rate cap'
      : `rate ${formatRate(c.rateBitsPerSecond)} (queue ${c.queueMs} ms)`,
  );
  return `${parts.join(', ')}, seed ${c.seed}`;
}

/** The impairment flags found in a command line, and the arguments left for the caller. */
export interface ParsedImpairmentArgs {
  /** The conditions, or null when no impairment flag was given (no proxy is wanted). */
  conditions: ImpairmentConditions | null;
  /** `--proxy-port`, or null to let the caller choose. */
  proxyPort: number | null;
  /** Every argument that is not an impairment flag, in order. */
  rest: string[];
}

type NumberFlag = 'lossPercent' | 'delayMs' | 'jitterMs' | 'queueMs' | 'seed';
const NUMBER_FLAGS: Record<string, { key: NumberFlag; min: number; max: number; what: string }> = {
  '--loss': { key: 'lossPercent', min: 0, max: 100, what: 'a percentage from 0 to 100' },
  '--delay': { key: 'delayMs', min: 0, max: 10_000, what: 'milliseconds from 0 to 10000' },
  '--jitter': { key: 'jitterMs', min: 0, max: 10_000, what: 'milliseconds from 0 to 10000' },
  '--queue': { key: 'queueMs', min: 1, max: 10_000, what: 'milliseconds from 1 to 10000' },
  '--seed': { key: 'seed', min: 0, max: 2 ** 32 - 1, what: 'a whole number from 0 to 4294967295' },
};

/** Reads the impairment flags out of `args`; returns a message in words when one is wrong. */
export function parseImpairmentArgs(args: readonly string[]): ParsedImpairmentArgs | string {
  const conditions: ImpairmentConditions = { ...NO_IMPAIRMENT };
  let seen = false;
  let proxyPort: number | null = null;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i += 1) {
    const flag = args[i]!;
    const spec = NUMBER_FLAGS[flag];
    if (!spec && flag !== '--rate' && flag !== '--proxy-port') {
      rest.push(flag);
      continue;
    }
    const value = args[i + 1];
    i += 1;
    if (value === undefined) return `${flag} needs a value`;
    seen = true;
    if (flag === '--rate') {
      const rate = parseRate(value);
      if (rate === null) return `--rate takes a rate such as 800k or 2M, not “${value}”`;
      conditions.rateBitsPerSecond = rate;
    } else if (flag === '--proxy-port') {
      const port = Number(value);
      if (!Number.isInteger(port) || port < 1 || port > 65_535)
        return `--proxy-port takes a port from 1 to 65535, not “${value}”`;
      proxyPort = port;
    } else if (spec) {
      const number = Number(value.replace(/%$|ms$/, ''));
      const whole = spec.key === 'seed' ? Number.isInteger(number) : true;
      if (
        value.trim() === '' ||
        !Number.isFinite(number) ||
        !whole ||
        number < spec.min ||
        number > spec.max
      )
        return `${flag} takes ${spec.what}, not “${value}”`;
      conditions[spec.key] = number;
    }
  }
  return { conditions: seen ? conditions : null, proxyPort, rest };
}
