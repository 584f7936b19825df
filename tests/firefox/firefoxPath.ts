import { existsSync } from 'node:fs';

/** Where Debian's Firefox ESR lives, unless FIREFOX_PATH names another Firefox binary. */
export const FIREFOX_PATH = process.env['FIREFOX_PATH'] ?? '/usr/bin/firefox-esr';

/** Why the Firefox suite cannot run here, or null when the browser is installed. */
export const FIREFOX_MISSING = existsSync(FIREFOX_PATH)
  ? null
  : `Firefox ESR is not installed at ${FIREFOX_PATH} (\`sudo apt-get install firefox-esr\`; .ci/run does this on CI)`;

/** The built site the suite serves (COURSE_DIST, as in the Playwright config) and its port. */
export const COURSE_DIST = process.env['COURSE_DIST'] ?? 'dist';

/** The preview server's port: COURSE_PORT when set, else one apart from Playwright's 4327. */
export const COURSE_PORT = Number(process.env['COURSE_PORT'] ?? 4328);

/** The origin every test page is loaded from. */
export const BASE_URL = `http://127.0.0.1:${COURSE_PORT}`;
