/**
 * Reads a finished run of the `turn-relay` lab in a Playwright page: what the lab shows, through
 * the lab contract (data-field, data-row), and A's getStats() records, read from the page's own
 * RTCPeerConnections (an init script keeps a reference to each one the page opens).
 */
import type { Page } from '@playwright/test';
import type { RecordedCandidate } from '../../src/components/labs/turn-relay/recordedRun.ts';
import type { TimelineEntry } from '../../src/rtc/timeline.ts';
import type { StatsRecord } from '../../src/lib/turn/relay-stats.ts';

/** What the lab showed at the end of its run. */
export interface TurnLabReading {
  state: string;
  alert: string;
  fields: Record<string, { value: string; data: Record<string, string> }>;
  candidates: RecordedCandidate[];
  events: TimelineEntry[];
}

declare global {
  interface Window {
    /** Every RTCPeerConnection the page opened, in order (set by `keepPeerConnections`). */
    recordedPeers?: RTCPeerConnection[];
  }
}

/** Before any page script runs: wraps RTCPeerConnection so every instance is kept, in order. */
export async function keepPeerConnections(page: Page): Promise<void> {
  // tsx compiles with esbuild's keepNames, which wraps named functions in this file in calls to a
  // `__name` helper; the functions below run in the page, where that helper must exist too.
  await page.addInitScript('globalThis.__name ??= (fn) => fn;');
  await page.addInitScript(() => {
    const Native = window.RTCPeerConnection;
    const peers: RTCPeerConnection[] = [];
    class Kept extends Native {
      constructor(config?: RTCConfiguration) {
        super(config);
        peers.push(this);
      }
    }
    window.RTCPeerConnection = Kept;
    window.recordedPeers = peers;
  });
}

/** The lab's state, alert, fields, candidate rows and timeline, as the learner saw them. */
export function readTurnLab(page: Page): Promise<TurnLabReading> {
  return page.evaluate(() => {
    const root = document.querySelector('[data-lab="turn-relay"]');
    if (!root) throw new Error('The page has no turn-relay lab.');
    const data = (el: Element) =>
      Object.fromEntries(Object.entries((el as HTMLElement).dataset).map(([k, v]) => [k, v ?? '']));
    const fields = Object.fromEntries(
      [...root.querySelectorAll('[data-field]')].map((el) => {
        const d = data(el);
        return [d['field'] ?? '', { value: d['value'] ?? '', data: d }];
      }),
    );
    const candidates = [...root.querySelectorAll('[data-row="candidate"]')].map((row) => {
      const d = data(row);
      return {
        peer: d['peer'] ?? '',
        line: row.querySelector('.line code')?.textContent?.trim() ?? '',
        address: d['address'] ?? '',
        port: Number(d['port']),
        protocol: d['protocol'] ?? '',
        relayProtocol: d['relayProtocol'] ?? '',
        priority: Number(d['priority']),
        typePreference: Number(d['typePreference']),
        localPreference: Number(d['localPreference']),
        component: Number(d['component']),
      };
    });
    const events = [...root.querySelectorAll('[data-row="event"]')].map((row) => {
      const d = data(row);
      return {
        t: Number(d['t']),
        source: d['source'] ?? '',
        event: d['event'] ?? '',
        detail: row.querySelector('td:last-child')?.textContent?.trim() ?? '',
      };
    });
    return {
      state: root.getAttribute('data-state') ?? '',
      alert: root.querySelector('[role="alert"]')?.textContent?.trim() ?? '',
      fields,
      candidates,
      events,
    };
  });
}

/** Peer A's getStats() records as plain data (A is the first connection the lab opened). */
export function statsOfPeerA(page: Page): Promise<StatsRecord[]> {
  return page.evaluate(async () => {
    const a = window.recordedPeers?.[0];
    if (!a) throw new Error('The page opened no RTCPeerConnection.');
    const report = await a.getStats();
    return [...report.values()].map((record) => JSON.parse(JSON.stringify(record)));
  });
}
