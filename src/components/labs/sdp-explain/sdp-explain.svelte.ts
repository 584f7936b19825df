import type { Lab } from '../shared/lab';
import { LabStatus, describeError } from '../shared/labStatus.svelte';
import { loadSdpEngine, type SdpEngine } from '~/components/ui/sdpEngine';
import { MAX_SDP_BYTES } from '~/lib/sdp/limits';
import type { SdpAnnotation } from '~/lib/sdp/types';

const LIMIT_KIB = MAX_SDP_BYTES / 1024;

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KiB`;
}

/** The annotation of a text, or why it cannot be explained. */
function readText(
  text: string,
  { annotateSdp }: SdpEngine,
): { annotation: SdpAnnotation } | { refusal: string } {
  const refuse = (refusal: string) => ({ refusal });
  if (text.trim() === '') return refuse('Paste an SDP (or drop a file) first: the box is empty.');
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_SDP_BYTES) {
    return refuse(
      `The text is ${kib(bytes)}, over the explainer's limit of ${LIMIT_KIB} KiB (a browser's SDP is rarely over 20 KiB). Nothing was explained; your text is still in the box.`,
    );
  }
  const annotation = annotateSdp(text);
  if (annotation.lines.length === 0) {
    const reason = annotation.diagnostics[0]?.message ?? 'There is no line to explain.';
    return refuse(`${reason} Your text is still in the box.`);
  }
  if (!annotation.lines.some((l) => l.known && l.kind !== '')) {
    return refuse(
      'This does not look like SDP: no line has the "x=value" form of a session description (v=0, o=…, m=…, a=…). Paste the SDP text or the JSON of an RTCSessionDescription. Your text is still in the box.',
    );
  }
  return { annotation };
}

/**
 * The SDP explainer tool: text pasted, dropped or loaded from a file, checked against the size
 * limit, then handed to SdpView for the line-by-line explanation.
 */
export class SdpExplainLab implements Lab {
  readonly status = new LabStatus();
  /** What is in the textarea. */
  text = $state('');
  /** The text SdpView explains; set only by a successful run. */
  explained = $state('');
  /** The annotation of `explained`, made once by the run and handed to SdpView. */
  annotation: SdpAnnotation | undefined = $state.raw(undefined);
  /** The name of the file last read, for the label of the view. */
  label = $state('Pasted SDP');

  /** Explains the text in the box (loading the SDP engine the first time), or says in the alert why not (the text is kept). */
  async run(): Promise<void> {
    const run = this.status.start('Reading the SDP…');
    let engine: SdpEngine;
    try {
      engine = await loadSdpEngine();
    } catch (error) {
      if (run.current)
        this.status.fail(`The SDP explainer could not be loaded: ${describeError(error)}`);
      return;
    }
    if (!run.current) return;
    const read = readText(this.text, engine);
    if ('refusal' in read) {
      this.explained = '';
      this.annotation = undefined;
      this.status.fail(read.refusal);
      return;
    }
    this.explained = this.text;
    const { annotation } = read;
    this.annotation = annotation;
    const unknown = annotation.lines.filter((l) => !l.known).length;
    this.status.finish(
      `Explained ${annotation.lines.length} lines: ${unknown} unknown, ${annotation.diagnostics.length} diagnostics. The explanation is below the box.`,
    );
  }

  /** Reads a dropped or picked file as text and explains it; a file over the limit is refused and the box kept. */
  async loadFile(file: File): Promise<void> {
    if (file.size > MAX_SDP_BYTES) {
      this.status.fail(
        `“${file.name}” is ${kib(file.size)}, over the explainer's limit of ${LIMIT_KIB} KiB; it was not read and the box is unchanged.`,
      );
      return;
    }
    const run = this.status.start(`Reading “${file.name}”…`);
    try {
      const text = await file.text();
      if (!run.current) return;
      this.text = text;
      this.label = file.name || 'Dropped file';
      await this.run();
    } catch (error) {
      if (run.current)
        this.status.fail(`“${file.name}” could not be read: ${describeError(error)}`);
    }
  }

  /** Loads a real offer captured from Chromium (audio, video and a data channel) and explains it. */
  async example(): Promise<void> {
    const run = this.status.start('Loading the example offer…');
    const { default: offer } = await import('./example-offer.sdp?raw');
    if (!run.current) return;
    this.text = offer;
    this.label = 'Example: Chromium offer (audio, video, data)';
    await this.run();
  }

  /** Empties the box and the explanation. */
  reset(): void {
    this.text = '';
    this.explained = '';
    this.annotation = undefined;
    this.label = 'Pasted SDP';
    this.status.reset('The explainer is empty again.');
  }

  /** Applies a URL preset: `sdp=` fills the box (LabFrame runs it when `run=1`). */
  preset(params: URLSearchParams): void {
    const sdp = params.get('sdp');
    if (sdp !== null) {
      this.text = sdp;
      this.label = 'SDP from the link';
    }
  }

  /** Stops a file or the example still loading: the explainer opens no connection. */
  dispose(): void {
    this.status.stop();
  }
}
