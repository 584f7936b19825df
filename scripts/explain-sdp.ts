/**
 * explain-sdp: annotate an SDP file line by line.
 * Usage: explain-sdp [--json] <file>   (a file of SDP text or `{ "type", "sdp" }` JSON)
 * Text by default; with --json, `{ lines, sections, diagnostics }`. Bad input: one line, exit 1.
 */
import { readFileSync } from 'node:fs';
import { annotateSdp, formatAnnotationText } from '../src/lib/sdp/index.ts';

const USAGE = 'usage: explain-sdp [--json] <file>';

/** Run the command with its arguments; returns the exit code. */
export function explainSdpMain(
  args: readonly string[],
  write: (text: string) => void,
  fail: (text: string) => void,
): number {
  const json = args.includes('--json');
  const files = args.filter((a) => a !== '--json');
  const unknownFlag = files.find((a) => a.startsWith('-') && a !== '-');
  if (args.includes('--help') || args.includes('-h')) {
    write(USAGE);
    return 0;
  }
  if (unknownFlag !== undefined || files.length !== 1) {
    fail(
      unknownFlag === undefined ? USAGE : `explain-sdp: unknown option ${unknownFlag}; ${USAGE}`,
    );
    return 1;
  }
  const file = files[0] ?? '';
  let text: string;
  try {
    text = readFileSync(file === '-' ? 0 : file, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    fail(
      `explain-sdp: cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (code ?? 'read error')}`,
    );
    return 1;
  }
  const annotation = annotateSdp(text);
  if (annotation.lines.length === 0) {
    fail(`explain-sdp: ${file}: ${annotation.diagnostics[0]?.message ?? 'nothing to explain'}`);
    return 1;
  }
  if (!annotation.lines.some((line) => line.known)) {
    fail(`explain-sdp: ${file}: not SDP (no line of the form <letter>=<value> that SDP defines)`);
    return 1;
  }
  write(
    json
      ? JSON.stringify(
          {
            lines: annotation.lines,
            sections: annotation.sections,
            diagnostics: annotation.diagnostics,
          },
          null,
          2,
        )
      : formatAnnotationText(annotation),
  );
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    process.exitCode = explainSdpMain(
      process.argv.slice(2),
      (t) => process.stdout.write(`${t}\n`),
      (t) => process.stderr.write(`${t}\n`),
    );
  } catch (error) {
    // The annotator never throws; this only guards against I/O surprises (EPIPE...), without a stack trace.
    process.stderr.write(
      `explain-sdp: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  }
}
