// The explorer's open box, in plain DOM so the page loads almost no script up front: a file
// (picked or dropped) or pasted text goes to the parsing worker; the report view (Svelte, the
// charts) loads only once there is a report to show.
import type { DumpReport } from '~/lib/stats/dump-report';
import type { DumpPhase, DumpRequest } from './dumpMessages';
import { DumpLoader } from './dumpLoader';

const PHASES: Record<DumpPhase, string> = {
  reading: 'Reading the file…',
  parsing: 'Parsing the JSON…',
  summarising: 'Reducing the connections…',
};

/** Wires the explorer inside `root` (the element with `data-tool="stats-explorer"`). */
export function initStatsExplorer(root: HTMLElement): void {
  const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const file = $<HTMLInputElement>('[data-input="dump-file"]');
  const text = $<HTMLTextAreaElement>('[data-input="dump-text"]');
  const box = $<HTMLElement>('[data-drop]');
  const progressBox = $<HTMLElement>('[data-progress]');
  const bar = $<HTMLProgressElement>('[data-progress] progress');
  const label = $<HTMLElement>('[data-progress] label');
  const alert = $<HTMLElement>('[data-refusal-slot]');
  const view = $<HTMLElement>('[data-report]');
  let source = '';

  const setPhase = (phase: DumpPhase | 'idle') => {
    root.dataset['phase'] = phase;
    progressBox.hidden = phase === 'idle';
    if (phase !== 'idle') label.textContent = PHASES[phase];
  };
  const loader = new DumpLoader({
    progress(phase, done) {
      setPhase(phase);
      bar.value = done;
    },
    refused(reason) {
      setPhase('idle');
      const message = document.createElement('p');
      message.className = 'lab-alert';
      message.dataset['refusal'] = '';
      message.textContent = reason;
      alert.replaceChildren(message);
      message.scrollIntoView({ block: 'nearest' });
    },
    report(report: DumpReport) {
      void import('./showReport').then(({ showReport }) => {
        showReport(view, report, source);
        setPhase('idle');
      });
    },
  });
  const open = (request: DumpRequest, name: string) => {
    alert.replaceChildren();
    source = name;
    loader.open(request);
  };

  file.addEventListener('change', () => {
    const picked = file.files?.[0];
    if (picked) open({ file: picked }, picked.name);
    file.value = '';
  });
  $<HTMLButtonElement>('[data-action="read-pasted"]').addEventListener('click', () =>
    open({ text: text.value }, 'The pasted text'),
  );
  box.addEventListener('dragover', (event) => {
    event.preventDefault();
    box.classList.add('dragging');
  });
  box.addEventListener('dragleave', () => box.classList.remove('dragging'));
  box.addEventListener('drop', (event) => {
    event.preventDefault();
    box.classList.remove('dragging');
    const dropped = event.dataTransfer?.files[0];
    if (dropped) open({ file: dropped }, dropped.name);
  });
  setPhase('idle');
  // A file picked before this script ran.
  const early = file.files?.[0];
  if (early) open({ file: early }, early.name);
}
