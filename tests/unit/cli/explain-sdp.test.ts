import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainSdpMain } from '../../../scripts/explain-sdp';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const FIXTURE = join(ROOT, 'tests', 'fixtures', 'sdp', 'chromium-data-only-offer.sdp');

function run(args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = explainSdpMain(
    args,
    (t) => (out += t),
    (t) => (err += t),
  );
  return { code, out, err };
}

describe('explainSdpMain', () => {
  it('prints every line with its explanation and fields as text by default', () => {
    const { code, out, err } = run([FIXTURE]);
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(out).toContain('a=setup:actpass');
    expect(out).toContain('[RFC 4145 §4; RFC 8842 §5]');
    expect(out).toContain('No problems found.');
  });

  it('prints { lines, sections, diagnostics } as JSON with --json', () => {
    const { code, out } = run(['--json', FIXTURE]);
    expect(code).toBe(0);
    const parsed = JSON.parse(out) as {
      lines: { number: number; known: boolean }[];
      sections: unknown[];
      diagnostics: unknown[];
    };
    expect(Object.keys(parsed)).toEqual(['lines', 'sections', 'diagnostics']);
    expect(parsed.lines).toHaveLength(17);
    expect(parsed.lines.every((l) => l.known)).toBe(true);
    expect(parsed.sections).toHaveLength(2);
  });

  it('reads {"type","sdp"} JSON files and reports diagnostics of broken SDP with line numbers', () => {
    const dir = mkdtempSync(join(tmpdir(), 'explain-sdp-'));
    const file = join(dir, 'broken.json');
    writeFileSync(
      file,
      JSON.stringify({ type: 'offer', sdp: 'v=0\r\nm=video 9 UDP/TLS/RTP/SAVPF 300\r\n' }),
    );
    const { code, out } = run([file]);
    expect(code).toBe(0);
    expect(out).toContain('line 2: error: Payload type "300" is out of range');
  });

  it('ends with one line and exit code 1 for a missing file, a directory, an empty or oversized file, or no file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'explain-sdp-'));
    writeFileSync(join(dir, 'empty.sdp'), '');
    writeFileSync(join(dir, 'big.sdp'), 'a'.repeat(300 * 1024));
    writeFileSync(join(dir, 'text.txt'), 'hello\nworld\n');
    for (const args of [
      [join(dir, 'missing.sdp')],
      [dir],
      [join(dir, 'empty.sdp')],
      [join(dir, 'big.sdp')],
      [join(dir, 'text.txt')],
      [],
      ['--yaml', FIXTURE],
    ]) {
      const { code, out, err } = run(args);
      expect(code, args.join(' ')).toBe(1);
      expect(out).toBe('');
      expect(err.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
  });

  it('exits 1 with a one-line message and no stack trace when run as a command on a bad file', () => {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'scripts', 'explain-sdp.ts'), '/nonexistent/file.sdp'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(
      'explain-sdp: cannot read /nonexistent/file.sdp: no such file',
    );
    expect(result.stdout).toBe('');
  });

  it('exits 0 and prints the annotation when run as a command on a fixture', () => {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'scripts', 'explain-sdp.ts'), '--json', FIXTURE],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as { lines: unknown[] }).lines).toHaveLength(17);
  });
});
