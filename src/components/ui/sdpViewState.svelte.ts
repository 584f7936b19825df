// The state behind SdpView: the annotation of the SDP it is given (redacted or not), the selected
// line, the field highlighted in it, copying; and the plain helpers the view displays with
// (coloured runs of a line, the rule of a line, links to the defining documents).
import {
  ATTRIBUTE_RULES_BY_NAME,
  LINE_RULES_BY_LETTER,
  annotateSdp,
  redactSdpAddresses,
  type AnnotatedLine,
  type SdpAnnotation,
  type SdpField,
  type SdpRule,
  type SdpSection,
} from '~/lib/sdp';

/** What a piece of a line is, for its colour: the type letter, "=" or ":", the attribute name, the value, or a line that has no SDP shape. */
export type LinePart = 'kind' | 'sep' | 'name' | 'value' | 'raw';

/** One run of characters in a line, with its part and whether it is the highlighted field. */
export interface LineSegment {
  text: string;
  part: LinePart;
  mark: boolean;
}

/** A character range of the raw line (`end` exclusive). */
export interface CharRange {
  start: number;
  end: number;
}

/** Where the parts of a line start: letter, "=", name, ":" and value, when the line has the `x=` shape. */
function partBoundaries(line: AnnotatedLine): { at: number; part: LinePart }[] {
  const raw = line.raw;
  if (line.kind === '' || raw.length < 2 || raw[1] !== '=' || raw[0]?.toLowerCase() !== line.kind) {
    return [{ at: 0, part: 'raw' }];
  }
  const parts: { at: number; part: LinePart }[] = [
    { at: 0, part: 'kind' },
    { at: 1, part: 'sep' },
  ];
  if (line.kind === 'a' && line.name !== '' && raw.startsWith(line.name, 2)) {
    const nameEnd = 2 + line.name.length;
    parts.push({ at: 2, part: 'name' });
    if (raw[nameEnd] === ':') {
      parts.push({ at: nameEnd, part: 'sep' }, { at: nameEnd + 1, part: 'value' });
    } else if (nameEnd < raw.length) parts.push({ at: nameEnd, part: 'value' });
  } else parts.push({ at: 2, part: 'value' });
  return parts.filter((p) => p.at < raw.length || p.at === 0);
}

/** The coloured runs of a line; `highlight` (a field's range) is cut out as its own marked runs. */
export function lineSegments(
  line: AnnotatedLine,
  highlight: CharRange | null = null,
): LineSegment[] {
  const raw = line.raw;
  const bounds = partBoundaries(line);
  const cuts = new Set<number>(bounds.map((b) => b.at));
  const range =
    highlight && highlight.end > highlight.start
      ? { start: Math.max(0, highlight.start), end: Math.min(raw.length, highlight.end) }
      : null;
  if (range) cuts.add(range.start).add(range.end);
  cuts.add(raw.length);
  const sorted = [...cuts].filter((c) => c >= 0 && c <= raw.length).sort((a, b) => a - b);
  const segments: LineSegment[] = [];
  let b = 0;
  for (let i = 0; i < sorted.length - 1; i += 1) {
    const from = sorted[i] as number;
    const to = sorted[i + 1] as number;
    if (to <= from) continue;
    while (b + 1 < bounds.length && (bounds[b + 1] as { at: number }).at <= from) b += 1;
    const part = (bounds[b] as { part: LinePart }).part;
    const mark = range !== null && from >= range.start && to <= range.end;
    const last = segments[segments.length - 1];
    if (last && last.part === part && last.mark === mark) last.text += raw.slice(from, to);
    else segments.push({ text: raw.slice(from, to), part, mark });
  }
  return segments;
}

/** A line in five fixed runs (letter, "=", attribute name, ":", value), any of them empty; a line without the `x=` shape is all `value`, with `shaped` false. */
export interface LineRuns {
  kind: string;
  eq: string;
  name: string;
  colon: string;
  value: string;
  shaped: boolean;
}

/** The five runs of a line, for rows that show no highlight (cheaper to render than segments). */
export function lineRuns(line: AnnotatedLine): LineRuns {
  const runs: LineRuns = { kind: '', eq: '', name: '', colon: '', value: '', shaped: true };
  for (const segment of lineSegments(line)) {
    if (segment.part === 'raw') return { ...runs, value: line.raw, shaped: false };
    if (segment.part === 'sep') {
      if (runs.eq === '') runs.eq = segment.text;
      else runs.colon = segment.text;
    } else runs[segment.part] += segment.text;
  }
  return runs;
}

/** The rule-table entry that explains a line, if the table has one. */
export function ruleForLine(line: AnnotatedLine): SdpRule | undefined {
  if (!line.known) return undefined;
  if (line.kind === 'a') {
    return (
      ATTRIBUTE_RULES_BY_NAME.get(line.name) ?? ATTRIBUTE_RULES_BY_NAME.get(line.name.toLowerCase())
    );
  }
  return LINE_RULES_BY_LETTER.get(line.kind);
}

/** A piece of a "defined in" text: plain text, or a document with its URL. */
export interface DocumentLink {
  text: string;
  href: string | null;
}

const DOCUMENT =
  /RFC (\d{3,5})(?: §((?:\d+(?:\.\d+)*)|Appendix [A-Z](?:\.\d+)*))?|(draft-[a-z0-9-]+)/g;

/** The URL of an RFC section on rfc-editor.org, or of an Internet-Draft on the IETF datatracker. */
function documentUrl(
  rfc: string | undefined,
  section: string | undefined,
  draft: string | undefined,
): string {
  if (draft) return `https://datatracker.ietf.org/doc/html/${draft}`;
  const base = `https://www.rfc-editor.org/rfc/rfc${rfc}`;
  if (!section) return base;
  const appendix = /^Appendix ([A-Z](?:\.\d+)*)$/.exec(section);
  return appendix ? `${base}#appendix-${appendix[1]}` : `${base}#section-${section}`;
}

/** Cut a rule's `rfc` text ("RFC 4145 §4; RFC 8842 §5") into text and links to each document. */
export function documentLinks(text: string): DocumentLink[] {
  const out: DocumentLink[] = [];
  let last = 0;
  for (const match of text.matchAll(DOCUMENT)) {
    const at = match.index ?? 0;
    if (at > last) out.push({ text: text.slice(last, at), href: null });
    out.push({ text: match[0], href: documentUrl(match[1], match[2], match[3]) });
    last = at + match[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), href: null });
  return out;
}

/** A one-line description of a section for the outline. */
export function describeSection(section: SdpSection): string {
  const lines =
    section.firstLine === section.lastLine
      ? `line ${section.firstLine}`
      : `lines ${section.firstLine}–${section.lastLine}`;
  if (section.kind === 'session') return `Session part, ${lines}`;
  const mid = section.mid === null ? 'no mid' : `mid ${section.mid}`;
  const state = section.rejected ? 'rejected (port 0)' : section.direction;
  return `m-line ${section.index}: ${section.media || '?'}, ${mid}, ${state}, ${lines}`;
}

/** Write text to the clipboard; falls back to a hidden textarea where the Clipboard API is refused. */
async function writeClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    // execCommand is deprecated but is the only fallback when the Clipboard API is refused.
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

/** The field highlighted in the selected line: which source, line and field it belongs to. */
interface Highlight {
  source: string;
  line: number;
  field: number;
}

/**
 * One SdpView's state: `getSdp` reads the component's `sdp` prop, `getAnnotation` its optional
 * `annotation` prop (the caller's annotation of that same SDP, so it is not annotated twice).
 */
export class SdpViewState {
  /** Whether addresses are replaced (redactSdpAddresses) in what is shown and copied. */
  redact = $state(false);
  /** Announced after a copy (a polite live region). */
  copyMessage = $state('');
  readonly #getSdp: () => string;
  readonly #getAnnotation: () => SdpAnnotation | undefined;
  // The selected line stays put (clamped) when the SDP changes, so editing a line keeps it selected.
  #selection = $state(0);
  #highlight: Highlight | null = $state(null);

  constructor(
    getSdp: () => string,
    getAnnotation: () => SdpAnnotation | undefined = () => undefined,
  ) {
    this.#getSdp = getSdp;
    this.#getAnnotation = getAnnotation;
  }

  /** The SDP as given. */
  readonly source = $derived.by(() => this.#getSdp() ?? '');
  /** What is shown and copied: the source, with addresses replaced when `redact` is on. */
  readonly shown = $derived.by(() => (this.redact ? redactSdpAddresses(this.source) : this.source));
  /** The caller's annotation when it has one and nothing is redacted, else the shown text's own. */
  readonly annotation: SdpAnnotation = $derived.by(() => {
    const given = this.redact ? undefined : this.#getAnnotation();
    return given ?? annotateSdp(this.shown);
  });
  readonly lines: AnnotatedLine[] = $derived(this.annotation.lines);
  /** Every line's coloured runs, computed once per annotation. */
  readonly runs: LineRuns[] = $derived.by(() => this.lines.map((l) => lineRuns(l)));
  readonly unknownCount = $derived.by(() => this.lines.reduce((n, l) => n + (l.known ? 0 : 1), 0));
  readonly diagnosticCount = $derived(this.annotation.diagnostics.length);
  /** Index of the selected line (0 when there are none). */
  readonly selectedIndex = $derived(Math.max(0, Math.min(this.#selection, this.lines.length - 1)));

  readonly selected: AnnotatedLine | undefined = $derived(this.lines[this.selectedIndex]);
  readonly selectedRule: SdpRule | undefined = $derived.by(() =>
    this.selected ? ruleForLine(this.selected) : undefined,
  );
  /** Index of the highlighted field of the selected line, or null. */
  readonly highlightedField = $derived.by(() => {
    const h = this.#highlight;
    if (!h || h.source !== this.source || h.line !== this.selectedIndex) return null;
    return h.field < (this.selected?.fields.length ?? 0) ? h.field : null;
  });
  /** The selected line's runs with the highlighted field marked. */
  readonly selectedSegments: LineSegment[] = $derived.by(() => {
    const line = this.selected;
    if (!line) return [];
    const field: SdpField | undefined =
      this.highlightedField === null ? undefined : line.fields[this.highlightedField];
    return lineSegments(line, field ?? null);
  });

  /** Select line `index` (0-based), clamped to the lines there are; returns the index chosen. */
  select(index: number): number {
    const clamped = Math.max(0, Math.min(index, this.lines.length - 1));
    this.#selection = clamped;
    return clamped;
  }

  /** Select the line with this 1-based number. */
  selectNumber(number: number): number {
    return this.select(number - 1);
  }

  /** Highlight field `field` of the selected line in the line's text; null clears. */
  highlight(field: number | null): void {
    this.#highlight =
      field === null ? null : { source: this.source, line: this.selectedIndex, field };
  }

  /** Copy what is shown (redacted when `redact` is on) and announce it. */
  async copy(): Promise<void> {
    const text = this.shown;
    const ok = await writeClipboard(text);
    const what = this.redact ? 'with addresses redacted' : 'as shown';
    this.copyMessage = ok
      ? `Copied ${this.lines.length} lines ${what}.`
      : 'The browser refused to copy; select the lines and copy them by hand.';
  }
}
