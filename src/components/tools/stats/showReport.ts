// Loaded once the first dump is parsed: mounts the report view (Svelte and its tables).
import { mount, unmount } from 'svelte';
import type { DumpReport } from '~/lib/stats/dump-report';
import DumpReportView from './DumpReportView.svelte';

let shown: Record<string, unknown> | undefined;

/** Shows `report` in `target`, replacing the dump shown before. */
export function showReport(target: HTMLElement, report: DumpReport, source: string): void {
  if (shown) void unmount(shown);
  target.replaceChildren();
  shown = mount(DumpReportView, { target, props: { report, source } });
}
