/**
 * The Chromium the capture drives, found as the end-to-end tests find theirs
 * (tests/chromium-path.ts): the system's, else the build the @sparticuz/chromium dev dependency
 * ships inside its npm tarball. `CAPTURE_CHROMIUM=npm` skips the system one; `none` finds none
 * (to try the skip).
 */
import { existsSync } from 'node:fs';

const SYSTEM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** A browser to launch, or why there is none. */
export type ChromiumFound = { path: string; source: 'system' | 'npm' } | { missing: string };

/** Finds a Chromium for the capture. */
export async function findChromium(): Promise<ChromiumFound> {
  if (process.env['CAPTURE_CHROMIUM'] === 'none') return { missing: 'CAPTURE_CHROMIUM=none' };
  const system =
    process.env['CAPTURE_CHROMIUM'] === 'npm' ? undefined : SYSTEM.find((p) => existsSync(p));
  if (system) return { path: system, source: 'system' };
  try {
    const bundled = (await import('@sparticuz/chromium')).default;
    return { path: await bundled.executablePath(), source: 'npm' };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      missing: `no ${SYSTEM.join(' or ')}, and the @sparticuz/chromium build is unusable (${reason})`,
    };
  }
}
