/**
 * bench: the course's performance ratios, each measured side by side in one run, in one table.
 * Usage: npm run bench [-- --rounds N] [-- --runs N] [-- --transfers N]
 *   SDP annotation vs sdp-transform's parse (target <= 1.0), the hello lab's run-to-open vs a
 *   bare two-connection script in the same page (target <= 1.2), the transport inspector's
 *   run-to-connected vs a bare script with the same certificates (target <= 1.2), the
 *   datachannel-modes lab's transfer throughput vs the same transfer by a bare script
 *   (target >= 0.9, --transfers N pairs), the site's build time, and the classroom server under
 *   200 rooms of two WebSocket clients (round trips, memory, no message in the wrong room).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchClassroom, percentile } from './bench/classroom.ts';
import { benchDatachannel } from './bench/datachannel.ts';
import { benchHelloLab } from './bench/hello-lab.ts';
import { median } from './bench/median.ts';
import { benchSdpAnnotation } from './bench/sdp-annotation.ts';
import { benchTransportInspector } from './bench/transport-inspector.ts';
import { previewSite } from './site/previewSite.ts';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '200' },
    runs: { type: 'string', default: '60' },
    transfers: { type: 'string', default: '6' },
  },
});
const root = join(import.meta.dirname, '..');
const astro = join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const rows: { what: string; measured: string; target: string; ok: boolean | null }[] = [];

const sdp = benchSdpAnnotation(Number(values.rounds));
const sdpRatio = sdp.ours / sdp.theirs;
rows.push({
  what: `SDP: annotateSdp / sdp-transform parse (${sdp.fixtures} fixtures, ${sdp.kib.toFixed(1)} KiB)`,
  measured: `${sdpRatio.toFixed(2)} (${sdp.ours.toFixed(2)} / ${sdp.theirs.toFixed(2)} ms)`,
  target: '<= 1.0',
  ok: sdpRatio <= 1,
});
rows.push({
  what: `SDP: a 64 KiB description (${sdp.bigLines} lines), median / worst`,
  measured: `${sdp.bigMedian.toFixed(1)} / ${sdp.bigWorst.toFixed(1)} ms`,
  target: '< 50 ms',
  ok: sdp.bigWorst < 50,
});

const dist = mkdtempSync(join(tmpdir(), 'course-bench-'));
try {
  const started = performance.now();
  const build = spawnSync(process.execPath, [astro, 'build', '--outDir', dist], { cwd: root, env });
  const buildS = (performance.now() - started) / 1000;
  if (build.status !== 0) throw new Error(`astro build failed:\n${build.stderr}`);
  rows.push({
    what: 'Site build (astro build)',
    measured: `${buildS.toFixed(1)} s`,
    target: '< 60 s',
    ok: buildS < 60,
  });

  const room = await benchClassroom(dist);
  const [p50, p99] = [0.5, 0.99].map((share) => percentile(room.roundTrips, share));
  const mib = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
  rows.push({
    what: `Classroom (127.0.0.1): ${room.rooms} rooms × 2 ws clients × ${room.messages} messages, round trip p50 / p99`,
    measured: `${p50!.toFixed(1)} / ${p99!.toFixed(1)} ms`,
    target: '< 250 ms',
    ok: p99! < 250,
  });
  rows.push({
    what: 'Classroom server memory, RSS / heap: idle -> all rooms connected',
    measured: `${mib(room.before.rss)} / ${mib(room.before.heapUsed)} -> ${mib(room.after.rss)} / ${mib(room.after.heapUsed)} MiB`,
    target: '-',
    ok: null,
  });
  rows.push({
    what: `Classroom: messages delivered / reaching another room`,
    measured: `${room.delivered} / ${room.foreign}`,
    target: '0 other',
    ok: room.foreign === 0 && room.delivered === room.rooms * 2 * room.messages,
  });

  const site = await previewSite(dist);
  try {
    const hello = await benchHelloLab(site.origin, Number(values.runs));
    const lab = median(hello.lab);
    const bare = median(hello.bare);
    rows.push({
      what: `Hello lab: run to open channel / bare script (${hello.lab.length} runs each)`,
      measured: `${(lab / bare).toFixed(2)} (${lab.toFixed(1)} / ${bare.toFixed(1)} ms)`,
      target: '<= 1.2',
      ok: lab / bare <= 1.2,
    });
    const dtls = await benchTransportInspector(site.origin, Number(values.runs));
    const dtlsLab = median(dtls.lab);
    const dtlsBare = median(dtls.bare);
    rows.push({
      what: `Transport inspector: run to connected / bare script (${dtls.lab.length} runs each)`,
      measured: `${(dtlsLab / dtlsBare).toFixed(2)} (${dtlsLab.toFixed(1)} / ${dtlsBare.toFixed(1)} ms)`,
      target: '<= 1.2',
      ok: dtlsLab / dtlsBare <= 1.2,
    });
    const dc = await benchDatachannel(site.origin, Number(values.transfers));
    const dcLab = median(dc.lab);
    const dcBare = median(dc.bare);
    rows.push({
      what: `Data channel lab throughput / bare script (${dc.mib} MiB, ${dc.lab.length} runs each)`,
      measured: `${(dcLab / dcBare).toFixed(2)} (${dcLab.toFixed(0)} / ${dcBare.toFixed(0)} Mbit/s)`,
      target: '>= 0.9',
      ok: dcLab / dcBare >= 0.9,
    });
  } finally {
    await site.stop();
  }
} finally {
  rmSync(dist, { recursive: true, force: true });
}

const width = Math.max(...rows.map((r) => r.what.length));
const measuredWidth = Math.max(...rows.map((r) => r.measured.length));
console.log(`${'What'.padEnd(width)}  ${'Measured'.padEnd(measuredWidth)}  Target  OK`);
for (const r of rows) {
  console.log(
    `${r.what.padEnd(width)}  ${r.measured.padEnd(measuredWidth)}  ${r.target.padEnd(6)}  ${r.ok === null ? '-' : r.ok ? 'yes' : 'NO'}`,
  );
}
