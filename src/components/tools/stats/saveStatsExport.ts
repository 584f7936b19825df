// Saves a lab's stats export as a file the learner keeps (a download made in the page).

/** Downloads `json` as `<lab>-stats-<time>.json`; does nothing when there is nothing to save. */
export function saveStatsExport(lab: string, json: string | undefined): void {
  if (json === undefined) return;
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${lab}-stats-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
