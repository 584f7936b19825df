/**
 * A pane page opened with `?room=`: joins (or, with `?room=new`, creates) a room on the classroom
 * server, shows the link that opens the other window on another device (and its QR code on
 * demand), and carries the output box's description to the other device's paste box. Loaded by
 * a dynamic import only when `?room=` is present: the pane without it opens no socket.
 */
import { formatRoomCode } from '~/lib/classroom/roomCode';
import { carriedDescription, paneRoomLink, paneRoomRequest } from '~/lib/walkthrough/paneRoom';
import {
  WINDOW_IN_TEXT,
  WINDOW_STEPS,
  otherWindow,
  type WindowId,
} from '~/lib/walkthrough/walkthroughSteps';
import { selectedCandidateType } from '~/rtc/selectedCandidateType';
import { openRoom, RoomError, type RoomTransport } from '~/rtc/signaling/roomTransport';
import type { SignalMessage } from '~/rtc/signaling/transport';

/** What the room needs of the pane: its boxes and its console. */
export interface PaneRoomHost {
  window: WindowId;
  root: HTMLElement;
  output(): string;
  paste(text: string): void;
  note(kind: 'note' | 'error', text: string): void;
}

/** Hears the pane's connection after each change, to tell the instructor's page. */
export type RoomReporter = (pc: RTCPeerConnection | null) => void;

/** Joins the room `param` names and wires the pane's room controls; null when it could not. */
export async function joinPaneRoom(
  host: PaneRoomHost,
  param: string,
): Promise<RoomReporter | null> {
  const { root, window } = host;
  const other = otherWindow(window);
  const section = root.querySelector<HTMLElement>('[data-room]')!;
  const status = section.querySelector<HTMLElement>('[data-field="room"]')!;
  const send = root.querySelector<HTMLButtonElement>('[data-action="send-to-device"]')!;
  const show = (value: string, text: string) => (
    (status.dataset['value'] = value),
    (status.textContent = text)
  );
  section.hidden = false;
  const request = paneRoomRequest(param);
  if ('invalid' in request) return (show('error', request.invalid), null);
  show('joining', 'Joining the room on the classroom server…');
  const self = `${window}-${crypto.randomUUID().slice(0, 6)}`;
  let code = '';
  const paired = (peer: string | null) => {
    // The QR code has done its work once the other window is here: it gives the steps their room.
    const qr = section.querySelector<HTMLButtonElement>('[data-action="show-qr"]');
    if (peer && qr?.getAttribute('aria-expanded') === 'true') qr.click();
    show(
      peer ? 'paired' : 'waiting',
      `Room ${formatRoomCode(code)}: ${peer ? `${WINDOW_IN_TEXT[other]} is here` : `waiting for ${WINDOW_IN_TEXT[other]}…`}`,
    );
  };
  let transport: RoomTransport;
  try {
    transport = await openRoom(request, self, {
      onPeer: (peer) => paired(peer),
      onClosed: (explanation) => (show('error', explanation), (send.hidden = true)),
    });
  } catch (error) {
    show('error', error instanceof RoomError ? error.message : String(error));
    return null;
  }
  code = transport.code;
  paired(transport.peer);
  showLink(section, paneRoomLink(location.origin, other, code), WINDOW_IN_TEXT[other]);
  transport.subscribe((message) => receive(host, message));
  send.hidden = false;
  send.addEventListener('click', () => {
    const carried = carriedDescription(host.output());
    if (!carried.ok) return host.note('error', carried.message);
    if (!transport.peer)
      return host.note('error', `${WINDOW_IN_TEXT[other]} has not joined the room yet.`);
    transport.send({
      kind: 'description',
      peer: self,
      description: carried.description as RTCSessionDescriptionInit,
    });
    host.note(
      'note',
      `Sent the ${carried.description.type} to ${WINDOW_IN_TEXT[other]} through the room.`,
    );
  });
  addEventListener('pagehide', () => transport.close());
  return reporter(transport);
}

/** The instructor's page shows each room's connection state and selected candidate type. */
function reporter(transport: RoomTransport): RoomReporter {
  let last = '';
  return (pc) => {
    const state = pc?.connectionState ?? 'new';
    if (state === last) return;
    last = state;
    if (state !== 'connected' || !pc) return transport.report(state, null);
    void selectedCandidateType(pc).then(
      (type) => transport.report(state, type),
      () => transport.report(state, null),
    );
  };
}

/** A description from the other device lands in the paste box; the learner still applies it. */
function receive(host: PaneRoomHost, message: SignalMessage): void {
  if (message.kind !== 'description') return;
  const step = WINDOW_STEPS[host.window].findIndex((s) => s.input === message.description.type);
  host.paste(JSON.stringify(message.description));
  const from = WINDOW_IN_TEXT[otherWindow(host.window)];
  const run = step < 0 ? '' : `; run step ${step + 1} to apply it`;
  host.note(
    'note',
    `The ${message.description.type} from ${from} arrived through the room: it is in the paste box${run}.`,
  );
}

/** Shows the other window's link, and its QR code when the learner asks (library loaded then). */
function showLink(section: HTMLElement, link: string, other: string): void {
  const anchor = section.querySelector<HTMLAnchorElement>('[data-field="other-link"]')!;
  anchor.href = link;
  anchor.textContent = link;
  section.querySelector<HTMLElement>('[data-room-link]')!.hidden = false;
  const button = section.querySelector<HTMLButtonElement>('[data-action="show-qr"]')!;
  const figure = section.querySelector<HTMLElement>('[data-field="qr"]')!;
  button.hidden = false;
  button.addEventListener('click', async () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', String(open));
    button.textContent = open ? 'Hide the QR code' : 'Show a QR code of the link';
    figure.hidden = !open;
    if (!open || figure.dataset['value']) return;
    const { drawQr } = await import('../../shared/qrDrawing');
    const drawing = await drawQr(link);
    if (!drawing.ok) return void (figure.textContent = drawing.message);
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', `0 0 ${drawing.size} ${drawing.size}`);
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', `QR code of the link that opens ${other} in this room`);
    svg.setAttribute('shape-rendering', 'crispEdges');
    const light = document.createElementNS(ns, 'rect');
    light.setAttribute('class', 'light');
    light.setAttribute('width', String(drawing.size));
    light.setAttribute('height', String(drawing.size));
    const dark = document.createElementNS(ns, 'path');
    dark.setAttribute('class', 'dark');
    dark.setAttribute('d', drawing.path);
    svg.append(light, dark);
    figure.replaceChildren(svg);
    figure.dataset['value'] = drawing.level;
  });
}
