// The recorder behind the lab frame's hook, loaded with a lab's first run: it notes when a run
// starts and, when it finishes, stores what the lab shows (facts and measured rows, read through
// the lab contract) for the learner's report. It imports nothing, so the frame's import of it
// costs no list of chunks to preload on every lab page; the limits below repeat those of
// src/lib/report/schema.ts, and tests/unit/report/lab-runs.test.ts keeps them equal.

/** The localStorage key of the recorded runs. */
export const LAB_RUNS_KEY = 'webrtc-course-lab-runs';
/** What the recorder keeps: runs, rows per run, characters per value and in all, row kinds. */
export const RECORDING_LIMITS = {
  runs: 60,
  rows: 40,
  valueChars: 200,
  storedChars: 400_000,
  rowKinds: ['candidate', 'pair', 'fingerprint', 'dtls-state'],
};

// Addresses, ICE credentials and TURN secrets stay out of a report: it is meant to be handed on.
const PRIVATE_NAME = /address|^ip$|ufrag|pwd|password|credential|username|secret|key|^svelte/i;
const NAME = /^[a-z0-9][a-z0-9.-]{0,63}$/;
const IPV4 = /\b\d{1,3}(?:\.\d{1,3}){3}\b/g;
const started = new Map<string, number>();

/** Whether a field or attribute name goes in a report (not an address, credential or secret). */
export function isReportableName(name: string): boolean {
  return NAME.test(name) && !PRIVATE_NAME.test(name);
}

/** A value as a report keeps it: trimmed, IPv4 addresses masked, cut to the length limit. */
export function reportableValue(value: string): string {
  return value.trim().replace(IPV4, 'x.x.x.x').slice(0, RECORDING_LIMITS.valueChars);
}

function dataOf(el: Element, prefix: string, skip: readonly string[]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const { name, value } of el.attributes) {
    const key = name.slice(5);
    if (name.startsWith('data-') && !skip.includes(key) && value.trim() && isReportableName(key))
      out.push([prefix + key, reportableValue(value)]);
  }
  return out;
}

/** The lab's facts now: `data-field` name to `data-value`, extra attributes as `name.attribute`. */
export function collectFields(lab: Element): Record<string, string> {
  const fields: Array<[string, string]> = [];
  for (const el of lab.querySelectorAll<HTMLElement>('[data-field][data-value]')) {
    const name = el.dataset['field'] ?? '';
    const value = el.dataset['value'] ?? '';
    if (el.closest('[data-predict]') || !value.trim() || !isReportableName(name)) continue;
    fields.push([name, reportableValue(value)], ...dataOf(el, `${name}.`, ['field', 'value']));
  }
  return Object.fromEntries(fields);
}

/** The rows with measured values the lab shows now (candidates, pairs, fingerprints, DTLS states). */
export function collectRows(lab: Element): Array<Record<string, string>> {
  return [...lab.querySelectorAll<HTMLElement>('[data-row]')]
    .filter((el) => RECORDING_LIMITS.rowKinds.includes(el.dataset['row'] ?? ''))
    .filter((el) => !el.closest('[data-predict]'))
    .slice(0, RECORDING_LIMITS.rows)
    .map((el) =>
      Object.fromEntries([['row', el.dataset['row'] ?? ''], ...dataOf(el, '', ['row'])]),
    );
}

function store(run: object): void {
  try {
    let runs: unknown[] = [];
    try {
      const old: unknown = JSON.parse(localStorage.getItem(LAB_RUNS_KEY) ?? '[]');
      if (Array.isArray(old)) runs = old; // anything else was damaged: start again
    } catch {
      // Unreadable text: start again.
    }
    runs = [...runs, run].slice(-RECORDING_LIMITS.runs);
    let text = JSON.stringify(runs);
    while (text.length > RECORDING_LIMITS.storedChars && runs.length > 1) {
      runs = runs.slice(1);
      text = JSON.stringify(runs);
    }
    localStorage.setItem(LAB_RUNS_KEY, text);
  } catch {
    // No storage, or full: the run is not kept, and the lab carries on.
  }
}

/** Called by LabFrame at each phase change of lab `id`, with the time (ms) it happened. */
export function noteLabPhase(id: string, phase: string, at: number): void {
  if (phase === 'running') {
    started.set(id, at);
    return;
  }
  const start = started.get(id);
  started.delete(id);
  const lab = document.getElementById(`lab-${id}`);
  if (start === undefined || !lab || (phase !== 'done' && phase !== 'error')) return;
  const chapter = /^\/chapters\/([^/]+)\//.exec(location.pathname)?.[1];
  store({
    lab: id,
    ...(chapter ? { chapter } : {}),
    startedAt: new Date(start).toISOString(),
    finishedAt: new Date(Math.max(at, start)).toISOString(),
    outcome: phase,
    fields: collectFields(lab),
    rows: collectRows(lab),
  });
}
