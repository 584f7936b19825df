// Reading the captured SDP fixtures (tests/fixtures/sdp) for the SDP engine's tests.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Folder of the captured fixtures. */
export const FIXTURE_DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'sdp');

/** Every captured `.sdp` file: name and text. */
export function readSdpFixtures(): { name: string; text: string }[] {
  return readdirSync(FIXTURE_DIR)
    .filter((name) => name.endsWith('.sdp'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(FIXTURE_DIR, name), 'utf8') }));
}

/** One fixture's text by file name. */
export function readSdpFixture(name: string): string {
  return readFileSync(join(FIXTURE_DIR, name), 'utf8');
}

/** The non-comment lines of a `.txt` fixture (candidates.txt, spec-examples.txt). */
export function readFixtureLines(name: string): string[] {
  return readFileSync(join(FIXTURE_DIR, name), 'utf8')
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** A minimal valid description wrapped around extra lines, so a single line can be annotated in context. */
export function wrapInDescription(
  lines: readonly string[],
  media = 'm=video 9 UDP/TLS/RTP/SAVPF 96',
): string {
  return [
    'v=0',
    'o=- 1 2 IN IP4 127.0.0.1',
    's=-',
    't=0 0',
    media,
    'c=IN IP4 0.0.0.0',
    'a=rtpmap:96 VP8/90000',
    ...lines,
    '',
  ].join('\r\n');
}
