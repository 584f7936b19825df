// ICE values: each candidate's priority decodes to the parts its row shows (RFC 8445 §5.1.2.1),
// each pair priority decodes to two candidate priorities (§6.1.2.3), and types are real types.
import { decodeCandidatePriority, isValidCandidatePriority } from '../ice/priority';
import { counted, quoted, runLabel, type Findings } from './findings';
import type { ReadReport } from './readReport';
import type { RunRow } from './schema';

const TYPES = ['host', 'srflx', 'prflx', 'relay'];
const TYPE_FIELD = /(^|[.-])(local|remote)(-candidate)?-type$|^selected-pair\.(local|remote)$/;
const DIGITS = /^\d{1,20}$/;
const TWO_POW_32 = 4_294_967_296n;

function checkCandidate(row: RunRow, where: string, found: Findings): void {
  const { priority, type } = row;
  if (type !== undefined && !TYPES.includes(type))
    found.problem(`${where} has the type ${quoted(type)}, which is not a candidate type.`);
  const value = priority !== undefined && DIGITS.test(priority) ? Number(priority) : NaN;
  if (!isValidCandidatePriority(value)) {
    found.problem(
      `${where} has the priority ${quoted(priority ?? '')}, not a candidate priority (a whole number from 1 to 2^31 − 1).`,
    );
    return;
  }
  const parts = decodeCandidatePriority(value);
  if (parts.typePreference > 126)
    found.problem(
      `${where}: priority ${value} decodes to type preference ${parts.typePreference}, above the 126 RFC 8445 allows.`,
    );
  const shown: Array<[string, string, number]> = [
    ['type-preference', 'type preference', parts.typePreference],
    ['local-preference', 'local preference', parts.localPreference],
    ['component', 'component', parts.componentId],
  ];
  for (const [key, words, decoded] of shown) {
    const said = row[key];
    if (said !== undefined && said !== String(decoded))
      found.problem(
        `${where}: priority ${value} decodes to ${words} ${decoded}, but the row says ${quoted(said)}.`,
      );
  }
}

function checkPair(row: RunRow, where: string, found: Findings): void {
  for (const end of ['local-type', 'remote-type']) {
    const t = row[end];
    if (t && !TYPES.includes(t))
      found.problem(
        `${where} has a ${end.replace('-', ' ')} of ${quoted(t)}, not a candidate type.`,
      );
  }
  const text = row['priority'];
  if (!text) return;
  if (!DIGITS.test(text) || BigInt(text) >= TWO_POW_32 * TWO_POW_32) {
    found.problem(
      `${where} has the priority ${quoted(text)}, not a pair priority (a whole number below 2^64).`,
    );
    return;
  }
  const p = BigInt(text);
  const low = p / TWO_POW_32;
  const high = (p % TWO_POW_32) / 2n;
  const tie = p % 2n;
  if (low < 1n || low > high || (low === high && tie === 1n))
    found.problem(
      `${where}: priority ${text} does not decode to two candidate priorities (2^32 × the lower + 2 × the higher + 1 if the controlling side's is higher; here the lower would be ${low} and the higher ${high}).`,
    );
}

function checkRoles(fields: Record<string, string>, where: string, found: Findings): void {
  const a = fields['ice-role.a'];
  const b = fields['ice-role.b'];
  const roles = ['controlling', 'controlled'];
  for (const [name, v] of [
    ['ice-role', fields['ice-role']],
    ['ice-role.a', a],
    ['ice-role.b', b],
  ] as const) {
    if (v && !roles.includes(v) && !(name === 'ice-role' && a !== undefined))
      found.problem(`${where}: the ICE role ${quoted(v)} is neither controlling nor controlled.`);
  }
  if (a && a === b && roles.includes(a))
    found.problem(
      `${where}: A and B are both ${a}; of two ICE agents one controls and the other is controlled.`,
    );
  const joined = fields['ice-role'];
  if (a !== undefined && b !== undefined && joined !== undefined && joined !== `A:${a},B:${b}`)
    found.problem(
      `${where}: the ICE roles ${quoted(joined)} disagree with A ${quoted(a)} and B ${quoted(b)}.`,
    );
}

function checkSelected(
  fields: Record<string, string>,
  rows: RunRow[],
  where: string,
  found: Findings,
): void {
  for (const [name, v] of Object.entries(fields)) {
    if (TYPE_FIELD.test(name) && v && !TYPES.includes(v))
      found.problem(`${where}: ${quoted(name)} is ${quoted(v)}, not a candidate type.`);
  }
  const selected = rows.filter((r) => r['row'] === 'pair' && r['selected'] === 'true');
  const local = fields['selected-pair.local-type'];
  const remote = fields['selected-pair.remote-type'];
  if (selected.length !== 1 || !local || !remote) return;
  const row = selected[0] as RunRow;
  if (row['local-type'] !== local || row['remote-type'] !== remote)
    found.problem(
      `${where}: the selected pair is ${local} → ${remote}, but the pair marked selected in the table is ${quoted(row['local-type'])} → ${quoted(row['remote-type'])}.`,
    );
}

/** Checks every candidate and pair row, the selected pair's types and the ICE roles of each run. */
export function checkIce(report: ReadReport, found: Findings): void {
  const before = found.problems;
  let candidates = 0;
  let pairs = 0;
  for (const { n, run } of report.runs) {
    const name = runLabel(n, run.lab, run.startedAt);
    run.rows.forEach((row, i) => {
      if (row['row'] === 'candidate') {
        candidates += 1;
        checkCandidate(row, `${name}, row ${i + 1} (candidate)`, found);
      } else if (row['row'] === 'pair') {
        pairs += 1;
        checkPair(row, `${name}, row ${i + 1} (pair)`, found);
      }
    });
    checkSelected(run.fields, run.rows, name, found);
    checkRoles(run.fields, name, found);
  }
  if (found.problems > before || candidates + pairs === 0) return;
  found.ok(
    `${counted(candidates, 'candidate priority', 'candidate priorities')} and ${counted(pairs, 'pair priority', 'pair priorities')} decode as RFC 8445 computes them, and the candidate types and ICE roles are real ones.`,
  );
}
