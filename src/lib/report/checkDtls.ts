// DTLS values: fingerprints are SHA-256 sized (32 bytes) and agree with the lab's verdict, the
// version and cipher are real DTLS ones, the two peers have opposite roles, states go in order.
import { countedAre, quoted, runLabel, type Findings } from './findings';
import type { ReadReport } from './readReport';
import type { LabRunRecord } from './schema';

const COLON_HEX = /^[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2})*$/;
const SHA256_BYTES = 32;
const VERSIONS: Record<string, string> = { FEFD: 'DTLS 1.2', FEFC: 'DTLS 1.3' };
const CIPHER = /^TLS_[A-Z0-9_]{4,60}$/;
const STATES = ['new', 'connecting', 'connected', 'closed', 'failed'];

function fingerprints(run: LabRunRecord): Array<[string, string]> {
  const found: Array<[string, string]> = Object.entries(run.fields).filter(
    ([name, v]) => name.includes('fingerprint') && v.includes(':'),
  );
  run.rows.forEach((row, i) => {
    if (row['row'] === 'fingerprint' && row['value'])
      found.push([`row ${i + 1} (${row['source'] ?? 'fingerprint'})`, row['value']]);
  });
  return found;
}

function checkFingerprints(run: LabRunRecord, where: string, found: Findings): number {
  const prints = fingerprints(run);
  for (const [name, value] of prints) {
    if (!COLON_HEX.test(value))
      found.problem(`${where}: the fingerprint in ${name} is not colon-separated hex bytes.`);
    else if ((value.length + 1) / 3 !== SHA256_BYTES)
      found.problem(
        `${where}: the fingerprint in ${name} has ${(value.length + 1) / 3} bytes; a SHA-256 fingerprint has ${SHA256_BYTES}.`,
      );
  }
  const rows = prints.filter(([name]) => name.startsWith('row ')).map(([, v]) => v.toUpperCase());
  const match = run.fields['fingerprint-match'];
  if (rows.length >= 2 && (match === 'true' || match === 'false')) {
    const same = rows.every((v) => v === rows[0]);
    if (same !== (match === 'true'))
      found.problem(
        `${where}: the lab says the fingerprints ${match === 'true' ? 'match' : 'differ'}, but the fingerprints listed ${same ? 'are all the same' : 'differ'}.`,
      );
  }
  return prints.length;
}

function checkRoles(fields: Record<string, string>, where: string, found: Findings): void {
  const a = fields['dtls-role.a'] ?? fields['dtls-role-a'];
  const b = fields['dtls-role.b'] ?? fields['dtls-role-b'];
  for (const v of [a, b]) {
    if (v && !['client', 'server', 'unknown'].includes(v))
      found.problem(`${where}: the DTLS role ${quoted(v)} is neither client nor server.`);
  }
  if (a && a === b && a !== 'unknown')
    found.problem(
      `${where}: A and B are both DTLS ${a}s; in a handshake one side is the client and the other the server.`,
    );
  const joined = fields['dtls-role'];
  if (joined !== undefined && fields['dtls-role.a'] !== undefined && joined !== `A:${a},B:${b}`)
    found.problem(
      `${where}: the DTLS roles ${quoted(joined)} disagree with A ${quoted(a)} and B ${quoted(b)}.`,
    );
}

function checkStates(run: LabRunRecord, where: string, found: Findings): void {
  const last = new Map<string, number>();
  run.rows.forEach((row, i) => {
    if (row['row'] !== 'dtls-state') return;
    const state = row['state'] ?? '';
    if (!STATES.includes(state))
      found.problem(`${where}, row ${i + 1}: ${quoted(state)} is not a DTLS transport state.`);
    const ms = Number(row['ms']);
    const peer = row['peer'] ?? '';
    if ((last.get(peer) ?? -Infinity) > ms)
      found.problem(
        `${where}, row ${i + 1}: peer ${peer.slice(0, 8)} changes DTLS state at ${ms} ms, before its previous change.`,
      );
    if (Number.isFinite(ms)) last.set(peer, ms);
  });
}

/** Checks the fingerprints, DTLS version, cipher suite, roles and state changes of each run. */
export function checkDtls(report: ReadReport, found: Findings): void {
  const before = found.problems;
  let prints = 0;
  const versions = new Set<string>();
  for (const { n, run } of report.runs) {
    const where = runLabel(n, run.lab, run.startedAt);
    prints += checkFingerprints(run, where, found);
    const version = run.fields['tls-version'];
    if (version !== undefined) {
      const name = VERSIONS[version.toUpperCase()];
      if (name) versions.add(name);
      else
        found.problem(
          `${where}: the DTLS version ${quoted(version)} is neither FEFD (DTLS 1.2) nor FEFC (DTLS 1.3).`,
        );
    }
    const cipher = run.fields['dtls-cipher'];
    if (cipher !== undefined && !CIPHER.test(cipher))
      found.problem(`${where}: ${quoted(cipher)} is not a TLS cipher suite name.`);
    checkRoles(run.fields, where, found);
    checkStates(run, where, found);
  }
  if (found.problems > before || (prints === 0 && versions.size === 0)) return;
  const said = versions.size ? `, the DTLS version is ${[...versions].join(' or ')}` : '';
  found.ok(
    `${countedAre(prints, 'fingerprint')} SHA-256 sized (32 bytes)${said}, and the roles are opposite.`,
  );
}
