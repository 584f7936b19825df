// The /progress/ page's behaviour: the record kept up to date, export to a file, import from
// one (refused with the reason when it is not a progress file), reset after a confirmation.
import {
  exportProgress,
  importProgress,
  onProgressChange,
  progressIsKept,
  readProgress,
  resetProgress,
} from './progressStore';
import { renderRecords, type ChapterInfo } from './progressRecordsView';

function part<T extends HTMLElement>(root: HTMLElement, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`progress panel: ${selector} missing`);
  return found;
}

/** Wires the panel rendered by ProgressPanel.astro. */
export function mountProgressPanel(root: HTMLElement): void {
  const chapters = JSON.parse(root.dataset['chapters'] ?? '[]') as ChapterInfo[];
  const okLine = part(root, '[data-field="progress-message"]');
  const errorLine = part(root, '[data-field="progress-error"]');
  const confirm = part(root, '[data-confirm-reset]');
  const resetButton = part<HTMLButtonElement>(root, '[data-action="reset-progress"]');
  const say = (tone: 'ok' | 'error' | 'none', text = '') => {
    okLine.textContent = tone === 'ok' ? text : '';
    errorLine.textContent = tone === 'error' ? text : '';
    okLine.hidden = tone !== 'ok';
    errorLine.hidden = tone !== 'error';
  };

  const show = () => {
    renderRecords(root, readProgress(), chapters);
    part(root, '[data-progress-unkept]').hidden = progressIsKept();
  };
  show();
  onProgressChange(show);

  part(root, '[data-action="export-progress"]').addEventListener('click', () => {
    const url = URL.createObjectURL(new Blob([exportProgress()], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `learn-webrtc-progress-${new Date().toISOString().slice(0, 10)}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    say('ok', `Saved ${link.download} to your downloads.`);
  });

  part<HTMLInputElement>(root, '[data-input="progress-file"]').addEventListener(
    'change',
    async (event) => {
      const input = event.currentTarget as HTMLInputElement;
      const file = input.files?.[0];
      if (!file) return;
      const result = importProgress(await file.text());
      if (result.ok) say('ok', `Imported ${file.name}: its progress is merged with what was here.`);
      else say('error', `${file.name} was not imported, and nothing changed. ${result.reason}`);
      input.value = '';
    },
  );

  resetButton.addEventListener('click', () => {
    confirm.hidden = false;
    say('none');
    part(root, '[data-action="confirm-reset"]').focus();
  });
  const closeConfirm = (forget: boolean) => {
    if (forget) resetProgress();
    confirm.hidden = true;
    say(forget ? 'ok' : 'none', 'All progress in this browser is forgotten.');
    resetButton.focus();
  };
  part(root, '[data-action="confirm-reset"]').addEventListener('click', () => closeConfirm(true));
  part(root, '[data-action="cancel-reset"]').addEventListener('click', () => closeConfirm(false));
  root.dataset['state'] = 'ready';
}
