import { device, expect, test } from './classroom-fixture';
import {
  expectField,
  expectNoAxeViolations,
  expectNoAxeViolationsInBothThemes,
  fieldNumber,
  lab,
  THEMES,
} from './fixtures';
import { test as staticTest } from './fixtures';

const CHAPTER = '/chapters/signaling/';
const ID = 'signaling-lab';
const DEVICE_MODE = `${CHAPTER}?lab=${ID}&tab=device`;

test('two devices meet in a room, connect through the signaling lab and a third is refused', async ({
  guarded: a,
  browser,
  classroom,
}) => {
  // Four browser contexts, two connections and two axe scans: more than one page's work.
  test.slow();
  const origin = classroom.server.origin;
  await a.goto(DEVICE_MODE);
  const labA = lab(a, ID);
  await labA.locator('[data-action="create-room"]').click();
  const code = await labA.locator('[data-field="room-code"]').getAttribute('data-value');
  expect(code).toMatch(/^[2-9A-HJ-NP-Z]{8}$/);
  await labA.locator('[data-action="show-qr"]').click();
  await expect(labA.locator('[data-field="qr"]')).toHaveAttribute('data-value', /^[LM]$/);
  await expectNoAxeViolationsInBothThemes(a, ['[data-lab="signaling-lab"]']);

  // The second device opens the room's link: ?room= joins by itself.
  const b = await device(browser, origin);
  await b.page.goto(`${DEVICE_MODE}&room=${code}`);
  const labB = lab(b.page, ID);
  await expect(labB.locator('[data-field="room"]')).toHaveAttribute('data-value', 'paired');
  await expect(labA.locator('[data-field="room"]')).toHaveAttribute('data-value', 'paired');

  // Both devices use the classroom's coturn as STUN and TURN when it runs, none otherwise.
  for (const root of [labA, labB]) {
    const servers = root.locator('[data-field="ice-servers"]');
    if (classroom.turn) await expect(servers).toHaveAttribute('data-value', /^stun:\S+ turn:/);
    else await expect(servers).toHaveAttribute('data-value', '');
  }
  await labA.locator('[data-action="connect"]').click();
  for (const root of [labA, labB]) {
    await expect(root).toHaveAttribute('data-state', 'done', { timeout: 20_000 });
    expect(await fieldNumber(root, 'messages-exchanged')).toBe(2);
    await expect(root.locator('[data-field="connection-state"]')).toHaveAttribute(
      'data-value',
      'connected',
    );
  }
  const roles = [
    await labA.locator('[data-field="role"]').getAttribute('data-value'),
    await labB.locator('[data-field="role"]').getAttribute('data-value'),
  ].sort();
  expect(roles).toEqual(['impolite', 'polite']);

  // A third device typing the code is refused: a room connects exactly two.
  const c = await device(browser, origin);
  await c.page.goto(DEVICE_MODE);
  const labC = lab(c.page, ID);
  await labC.locator('[data-input="room-code"]').fill(code!.toLowerCase());
  await labC.locator('[data-action="join-room"]').click();
  await expect(labC.getByRole('alert')).toContainText('already has two devices');
  await expectNoAxeViolationsInBothThemes(c.page, ['[data-lab="signaling-lab"]']);
  await expect(labA).toHaveAttribute('data-state', 'done');

  // The instructor's page lists the room with two devices and the selected candidate type.
  const teacher = await device(browser, origin);
  await teacher.page.goto('/classroom/');
  const row = teacher.page.locator('[data-row="room"]');
  await expect(row).toHaveAttribute('data-peers', '2');
  await expect(row).toHaveAttribute('data-candidate-type', /^(host|srflx|prflx|relay)$/);
  await expect(teacher.page.locator('[data-field="connections"]')).toHaveText('2');
  for (const theme of THEMES) {
    await teacher.page.emulateMedia({ colorScheme: theme });
    await expectNoAxeViolations(teacher.page, theme);
  }
  expect([...b.problems, ...c.problems, ...teacher.problems]).toEqual([]);
  await Promise.all([b, c, teacher].map(({ page }) => page.context().close()));
});

test('an oversized and a malformed message close only the sender’s socket', async ({ guarded }) => {
  await guarded.goto('/');
  const outcome = await guarded.evaluate(async () => {
    type Peer = { socket: WebSocket; inbox: unknown[]; closed: Promise<CloseEvent> };
    const url = `ws://${location.host}/classroom/ws`;
    const open = async (): Promise<Peer> => {
      const socket = new WebSocket(url);
      const inbox: unknown[] = [];
      socket.onmessage = (e) => inbox.push(JSON.parse(e.data as string));
      const closed = new Promise<CloseEvent>((r) => socket.addEventListener('close', r));
      await new Promise((r) => socket.addEventListener('open', r, { once: true }));
      return { socket, inbox, closed };
    };
    const next = async (peer: Peer, kind: string) => {
      for (let i = 0; i < 200; i += 1) {
        const found = peer.inbox.find((m) => (m as { kind: string }).kind === kind);
        if (found) return found as Record<string, unknown>;
        await new Promise((r) => setTimeout(r, 10));
      }
      throw new Error(`no ${kind}`);
    };
    const room = async (): Promise<[Peer, Peer]> => {
      const first = await open();
      first.socket.send('{"kind":"create"}');
      const { code } = await next(first, 'room');
      const second = await open();
      second.socket.send(JSON.stringify({ kind: 'join', code }));
      await next(second, 'room');
      return [first, second];
    };
    const [a1, a2] = await room();
    const [b1, b2] = await room();
    const [c1, c2] = await room();
    b1.socket.send('x'.repeat(70 * 1024));
    c1.socket.send('this is not JSON');
    a1.socket.send('{"kind":"shout"}');
    const [big, garbage, unknown] = await Promise.all([b1.closed, c1.closed, a1.closed]);
    await next(b2, 'peer-left');
    // The sockets left in the three rooms still talk: a fresh pair in room b, and c2 and a2 alive.
    const b3 = await open();
    b3.socket.send(JSON.stringify({ kind: 'signal', message: { kind: 'hello', peer: 'b3' } }));
    const hello = { kind: 'signal', message: { kind: 'hello', peer: 'a2' } };
    a2.socket.send(JSON.stringify(hello));
    c2.socket.send(JSON.stringify({ kind: 'report', connectionState: 'new', candidateType: null }));
    const [x1, x2] = await room();
    x1.socket.send(JSON.stringify({ kind: 'signal', message: { kind: 'bye', peer: 'x1' } }));
    const relayed = await next(x2, 'signal');
    const states = [a2, b2, c2, b3, x1, x2].map((p) => p.socket.readyState);
    return {
      closes: [big, garbage, unknown].map((e) => [e.code, e.reason]),
      relayed,
      states,
    };
  });
  expect(outcome.closes).toEqual([
    [1009, ''],
    [1007, 'message is not JSON'],
    [1008, 'unknown message kind "shout"'],
  ]);
  expect(outcome.relayed).toEqual({ kind: 'signal', message: { kind: 'bye', peer: 'x1' } });
  expect(outcome.states).toEqual([1, 1, 1, 1, 1, 1]);
});

test('the TURN lab’s classroom button fills time-limited credentials that coturn accepts', async ({
  guarded,
  classroom,
}) => {
  test.skip(!classroom.turn, 'coturn is not installed');
  test.setTimeout(60_000);
  await guarded.goto('/chapters/turn/?lab=turn-relay');
  const relay = lab(guarded, 'turn-relay');
  await relay.scrollIntoViewIfNeeded();
  await relay.locator('[data-action="classroom-turn"]').click();
  await expect(relay.locator('[data-field="classroom-turn"]')).toContainText('valid until');
  await expect(relay.locator('[data-input="turn-username"]')).toHaveValue(/^\d{10}:classroom$/);
  await expect(relay.locator('[data-input="turn-url"]')).toHaveValue(classroom.turn!.turn.urls[0]!);
  await relay.locator('[data-action="run"]').click();
  await expect(relay).toHaveAttribute('data-state', 'done', { timeout: 30_000 });
  await expectField(relay, 'local-candidate-type', 'relay');
});

staticTest.describe('without the classroom server', () => {
  staticTest.use({ allowedConsoleErrors: [/WebSocket connection to .* failed/] });
  staticTest('the device mode says how to start the classroom server', async ({ guarded }) => {
    await guarded.goto(DEVICE_MODE);
    const root = lab(guarded, ID);
    await root.locator('[data-action="create-room"]').click();
    await expect(root.getByRole('alert')).toContainText('start `npm run classroom`');
  });
});
