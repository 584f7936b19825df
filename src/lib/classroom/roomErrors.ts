// What a learner reads when the classroom server refuses a room or closes the socket: the
// server's short reason turned into a sentence that says what to do.
import { CLASSROOM_CLOSE } from './protocol';
import type { JoinRefusal } from './rooms';

/** Said when no classroom server answers: the static site works, the device mode needs it. */
export const NO_CLASSROOM_SERVER =
  'No classroom server answers at this address. The course works without it, but connecting two ' +
  'devices needs one: start `npm run classroom` on the instructor’s machine and open the address ' +
  'it prints (or scan its QR code) on both devices.';

/** A refused create or join, explained. */
export function explainRefusal(reason: JoinRefusal | 'server-full'): string {
  switch (reason) {
    case 'room-full':
      return 'That room already has two devices: a room connects exactly two. Create a room of your own, or check the code.';
    case 'unknown-code':
      return 'No room has that code: check it (8 characters; it is gone after an hour without use), or create a room.';
    case 'server-full':
      return 'The classroom server holds as many rooms as it allows: ask the instructor to restart it.';
  }
}

/** A socket the server closed (or that dropped), explained from its close code and reason. */
export function explainClose(code: number, reason: string): string {
  const quoted = reason ? ` (the server said: “${reason}”)` : '';
  switch (code) {
    case CLASSROOM_CLOSE.goingAway:
      return 'The classroom server stopped (Ctrl-C on the instructor’s machine): the room is gone. When it runs again, create a new room.';
    case CLASSROOM_CLOSE.notJson:
    case CLASSROOM_CLOSE.policy:
      return `The classroom server closed this page’s socket: it sent something the server does not accept${quoted}. Reload the page and try again.`;
    case CLASSROOM_CLOSE.tooBig:
      return 'The classroom server closed this page’s socket: a message was larger than its 64 KiB limit.';
    case CLASSROOM_CLOSE.expired:
      return 'The room expired after an hour without a message. Create a new room.';
    case 1006:
      return 'The connection to the classroom server dropped (network lost, device asleep, or server stopped). Check the Wi-Fi and join the room again.';
    default:
      return `The classroom server closed the socket with code ${code}${quoted}.`;
  }
}
