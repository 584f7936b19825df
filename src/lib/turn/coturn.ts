// The course's local TURN server: its development credentials, the coturn command line that
// `npm run turn` and the end-to-end tests both start, and coturn's fatal messages in plain words.
// Self-contained (no imports) so that `node scripts/turn.ts` can load it with Node's type stripping.

/** Settings of a local coturn: loopback only, long-term credentials, no TLS. */
export interface CoturnSettings {
  /** Address coturn listens on and relays from; loopback keeps it off the network. */
  address: string;
  /** UDP and TCP listening port. */
  port: number;
  username: string;
  /** Development-only password: it is published in the course and must never guard anything. */
  password: string;
  realm: string;
  /** Relay ports handed to allocations, `[min, max]`; `undefined` leaves coturn's default range. */
  relayPorts: readonly [number, number] | undefined;
  /** Log each session's requests (401, ALLOCATE, CREATE_PERMISSION, CHANNEL_BIND, REFRESH). */
  verbose: boolean;
  /**
   * A shared secret for time-limited credentials (`use-auth-secret`, the TURN REST convention of
   * src/lib/turn/restCredentials.ts) instead of the one user and password.
   */
  secret?: string | undefined;
  /** Lets coturn listen on a LAN address (classroom mode); loopback only otherwise. */
  lan?: boolean | undefined;
}

/** The development server `npm run turn` starts and the lab `turn-relay` uses by default. */
export const DEV_TURN_SERVER: Readonly<CoturnSettings> = Object.freeze({
  address: '127.0.0.1',
  port: 3478,
  username: 'course',
  password: 'course-dev-only',
  realm: 'webrtc-course.local',
  relayPorts: [49160, 49299] as const,
  verbose: true,
});

/** The `turn:` URL (RFC 7065) that reaches a server on `transport`. */
export function turnUrlFor(
  settings: Pick<CoturnSettings, 'address' | 'port'>,
  transport: 'udp' | 'tcp',
): string {
  return `turn:${settings.address}:${settings.port}?transport=${transport}`;
}

/**
 * coturn's command line for these settings. Every option is on the command line and `-n` skips
 * the configuration file, so a system `/etc/turnserver.conf` (Debian's logs to syslog) changes
 * nothing. `stateDir` holds coturn's pid file and its user database (unused: the one user is here).
 */
export function coturnArguments(settings: CoturnSettings, stateDir: string): string[] {
  const args = [
    '-n',
    `--listening-ip=${settings.address}`,
    `--relay-ip=${settings.address}`,
    `--listening-port=${settings.port}`,
    '--lt-cred-mech',
    ...(settings.secret
      ? ['--use-auth-secret', `--static-auth-secret=${settings.secret}`]
      : [`--user=${settings.username}:${settings.password}`]),
    `--realm=${settings.realm}`,
    '--fingerprint',
    '--no-tls',
    '--no-dtls',
    '--no-cli',
    // Both peers of the course's labs live on 127.0.0.1: coturn refuses loopback peers unless told.
    // On a LAN address (classroom mode) it keeps refusing them: no relaying into the host itself.
    ...(isLoopback(settings.address) ? ['--allow-loopback-peers'] : ['--no-multicast-peers']),
    '--no-software-attribute',
    '--no-rfc5780',
    `--pidfile=${stateDir}/turnserver.pid`,
    `--userdb=${stateDir}/turndb`,
    '--log-file=stdout',
    '--simple-log',
  ];
  if (settings.relayPorts)
    args.push(`--min-port=${settings.relayPorts[0]}`, `--max-port=${settings.relayPorts[1]}`);
  if (settings.verbose) args.push('--verbose');
  return args;
}

/** Whether an IPv4 address is on loopback (127.0.0.0/8). */
function isLoopback(address: string): boolean {
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(address);
}

/** Checks settings before anything starts; returns the problems in words (empty when fine). */
export function checkCoturnSettings(settings: CoturnSettings): string[] {
  const problems: string[] = [];
  const validPort = (p: number) => Number.isInteger(p) && p >= 1 && p <= 65_535;
  if (!validPort(settings.port))
    problems.push(`The port must be a whole number from 1 to 65535, not ${settings.port}.`);
  if (!settings.lan && !isLoopback(settings.address)) {
    problems.push(
      `The development server listens on loopback only (127.x.x.x), not on ${settings.address}.`,
    );
  }
  if (settings.secret !== undefined && !/^[\x21-\x7e]{8,}$/.test(settings.secret)) {
    problems.push(
      'The shared secret must be at least 8 printable ASCII characters without spaces.',
    );
  }
  for (const [name, value] of [
    ['username', settings.username],
    ['password', settings.password],
    ['realm', settings.realm],
  ] as const) {
    if (!/^[\x21-\x7e]+$/.test(value) || (name === 'username' && value.includes(':'))) {
      problems.push(
        `The ${name} must be printable ASCII without spaces${name === 'username' ? ' or colons' : ''}.`,
      );
    }
  }
  if (settings.relayPorts) {
    const [min, max] = settings.relayPorts;
    if (!validPort(min) || !validPort(max) || min > max) {
      problems.push(`The relay port range ${min}-${max} is not a range of valid ports.`);
    }
  }
  return problems;
}

/**
 * Lines coturn prints that carry nothing for a learner: blank log lines, its SCTP probe on
 * kernels without SCTP, and the start-up chatter about threads and databases.
 */
export function isCoturnNoise(line: string): boolean {
  const text = line.replace(/^\d+: : ?/, '').trim();
  return (
    text === '' ||
    /^socket: Protocol not supported$|^IO method|^SQLite DB connection success/.test(text)
  );
}

/**
 * A fatal coturn message in plain words, or `undefined` when the line is not one of them.
 * coturn prefixes its log lines with seconds since start and ": : ".
 */
export function explainCoturnLine(line: string): string | undefined {
  const text = line.replace(/^\d+: : /, '').trim();
  if (/cannot bind|bind: Address already in use|Address already in use/i.test(text)) {
    return `coturn could not open its port (“${text}”): another program already uses it. Stop the other TURN server, or choose another port.`;
  }
  if (/Trying to bind fd .* to <[^>]*>: errno=13|Permission denied/i.test(text)) {
    return `coturn was not allowed to open its port (“${text}”): ports below 1024 need root.`;
  }
  if (/Cannot (create|open) .*log file|cannot open config file/i.test(text)) {
    return `coturn could not open one of its files (“${text}”).`;
  }
  if (/^(FATAL|CONFIG ERROR)|: FATAL/i.test(text)) return `coturn stopped: ${text}`;
  return undefined;
}
