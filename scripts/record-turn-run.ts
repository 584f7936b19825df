/**
 * record:turn: records a real run of the `turn-relay` lab for learners who have no TURN server.
 * Starts the course's coturn on a free port (as the TURN tests do), serves the built site
 * (COURSE_DIST, default dist) with astro preview, runs the lab in headless Chromium against the
 * server, and writes what the lab showed, A's getStats() records for the selected pair and
 * coturn's log lines for the allocations to src/components/labs/turn-relay/recorded-run.json,
 * after checking it with the same guard the lab uses. Usage: npm run build && npm run record:turn
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as prettier from 'prettier';
import {
  checkRecordedRun,
  type RecordedPairEnd,
  type RecordedRun,
  type RecordedStats,
} from '../src/components/labs/turn-relay/recordedRun.ts';
import { findSelectedPair, type PairEnd, type StatsRecord } from '../src/lib/turn/relay-stats.ts';
import { allocationLines } from './recording/coturnLog.ts';
import { launchChromium } from './site/launchChromium.ts';
import { previewSite, ROOT } from './site/previewSite.ts';
import { keepPeerConnections, readTurnLab, statsOfPeerA } from './recording/readTurnLab.ts';
import { coturnVersion, startCourseTurnServer } from './turnServer.ts';

const OUT = join(ROOT, 'src', 'components', 'labs', 'turn-relay', 'recorded-run.json');

/** A getStats() record with only its plain values (no nested objects). */
function plain(record: StatsRecord | undefined): RecordedStats {
  const kept = Object.entries(record ?? {}).filter(([, v]) =>
    ['string', 'number', 'boolean'].includes(typeof v),
  );
  return Object.fromEntries(kept) as RecordedStats;
}

/** One end of the selected pair, with the fields the recording keeps. */
function pairEnd(end: PairEnd): RecordedPairEnd {
  const { type, address, port, protocol, relayProtocol = '' } = end;
  return { type, address, port, protocol, relayProtocol };
}

async function main(): Promise<void> {
  const log: string[] = [];
  const server = await startCourseTurnServer({ verbose: true, onLog: (line) => log.push(line) });
  const site = await previewSite().catch(async (error: unknown) => {
    await server.stop();
    throw error;
  });
  const { browser, source } = await launchChromium();
  try {
    console.log(`record:turn: coturn ${coturnVersion()} on ${server.urls.udp}`);
    console.log(`record:turn: ${site.dist} on ${site.origin}, Chromium from ${source}`);
    const page = await browser.newPage();
    page.on('pageerror', (e) => console.error(`record:turn: page error: ${e.message}`));
    await keepPeerConnections(page);
    const query = new URLSearchParams({ lab: 'turn-relay', url: server.urls.udp, run: '1' });
    await page.goto(`${site.origin}/chapters/turn/?${query}`);
    const lab = page.locator('[data-lab="turn-relay"]');
    await lab.scrollIntoViewIfNeeded();
    await page.waitForFunction(
      () =>
        /^(done|error)$/.test(
          document.querySelector('[data-lab="turn-relay"]')?.getAttribute('data-state') ?? '',
        ),
      undefined,
      { timeout: 30_000 },
    );
    const shown = await readTurnLab(page);
    if (shown.state !== 'done') throw new Error(`The lab ended in ${shown.state}: ${shown.alert}`);
    const records = await statsOfPeerA(page);
    const pair = findSelectedPair(records);
    if (!pair) throw new Error('getStats() of peer A shows no selected pair.');
    const byId = (id: unknown) => records.find((r) => r.id === id);
    const pairRecord = byId(pair.id);
    // Reset closes both peers: coturn then logs the end of each allocation.
    await lab.locator('[data-action="reset"]').click();
    await new Promise((r) => setTimeout(r, 1_500));

    const bytes = shown.fields['bytes-relayed']?.data ?? {};
    const recording: RecordedRun = {
      format: 1,
      recordedAt: new Date().toISOString(),
      browser: `Chromium ${browser.version()} (headless)`,
      coturn: coturnVersion(),
      server: { url: server.urls.udp, realm: server.settings.realm },
      candidates: shown.candidates,
      pair: {
        local: pairEnd(pair.local),
        remote: pairEnd(pair.remote),
        state: pair.state,
        nominated: pair.nominated,
        bytesSent: Number(bytes['sent']),
        bytesReceived: Number(bytes['received']),
      },
      openMs: Number(shown.fields['open-ms']?.value),
      deliveredBytes: Number(shown.fields['delivered-bytes']?.value),
      events: shown.events,
      stats: {
        pair: plain(pairRecord),
        local: plain(byId(pairRecord?.['localCandidateId'])),
        remote: plain(byId(pairRecord?.['remoteCandidateId'])),
      },
      coturnLog: allocationLines(log),
    };
    const problems = checkRecordedRun(recording);
    if (problems.length > 0) throw new Error(`The recording is incomplete: ${problems.join('; ')}`);
    const text = await prettier.format(JSON.stringify(recording), {
      ...(await prettier.resolveConfig(OUT)),
      filepath: OUT,
    });
    writeFileSync(OUT, text);
    console.log(
      `record:turn: wrote ${OUT.slice(ROOT.length + 1)}: ${recording.candidates.length} relay candidates, ` +
        `${recording.pair.bytesSent + recording.pair.bytesReceived} bytes relayed, open after ` +
        `${recording.openMs} ms, ${recording.coturnLog.length} coturn log lines (of ${log.length}).`,
    );
  } finally {
    await browser.close();
    await site.stop();
    await server.stop();
  }
}

try {
  await main();
} catch (error) {
  console.error(`record:turn: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
