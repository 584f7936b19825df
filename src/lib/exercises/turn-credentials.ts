// TURN long-term credential exercises: the key MD5(username ":" realm ":" password) (RFC 8489
// §9.2.2) and the MESSAGE-INTEGRITY (HMAC-SHA1, RFC 8489 §14.5) an Allocate request carries.
// The MD5, the HMAC (WebCrypto), the encoder and the covered bytes are the STUN library's own.
import { bytesToHex } from '../hex';
import { stunAttributeType } from '../stun/attribute-registry';
import { coveredBytes } from '../stun/covered-bytes';
import { longTermKey } from '../stun/credentials';
import { encodeStunMessage } from '../stun/encode-message';
import { computeMessageIntegrity } from '../stun/integrity';
import { stunMethodCode } from '../stun/method-registry';
import type { Rng } from './rng';
import type { Exercise, Given } from './types';

const USERS = ['alice', 'bob', 'carol', 'student', 'learner', 'webrtc'];
const REALMS = ['example.org', 'turn.example.net', 'course.test', 'relay.example.com'];
const WORDS = ['maple', 'harbor', 'quartz', 'lantern', 'copper', 'meadow', 'falcon', 'pebble'];

/** A username, realm and password drawn at random (ASCII, so no OpaqueString preparation changes them). */
export function randomCredentials(rng: Rng): { username: string; realm: string; password: string } {
  return {
    username: `${rng.pick(USERS)}${rng.int(1, 999)}`,
    realm: rng.pick(REALMS),
    password: `${rng.pick(WORDS)}-${rng.pick(WORDS)}-${rng.int(10, 99)}`,
  };
}

function credentialGivens(c: { username: string; realm: string; password: string }): Given[] {
  return [
    { name: 'username', label: 'Username', value: c.username, code: true },
    { name: 'realm', label: 'Realm', value: c.realm, code: true },
    { name: 'password', label: 'Password', value: c.password, code: true },
  ];
}

function keySteps(
  c: { username: string; realm: string; password: string },
  keyHex: string,
): string[] {
  const text = `${c.username}:${c.realm}:${c.password}`;
  return [
    `key = MD5(username ":" realm ":" password) = MD5("${text}")`,
    `On a shell: printf '%s' '${text}' | md5sum`,
    `key = ${keyHex} (16 bytes)`,
  ];
}

/** The long-term key of a random username, realm and password. */
export async function generateLongTermKey(rng: Rng): Promise<Exercise> {
  const credentials = randomCredentials(rng);
  const keyHex = bytesToHex(
    longTermKey(credentials.username, credentials.realm, credentials.password),
  );
  return {
    kind: 'long-term-key',
    source: 'random',
    givens: credentialGivens(credentials),
    question:
      'What long-term key does a TURN client derive from these credentials (RFC 8489 §9.2.2)?',
    fields: [
      {
        name: 'key',
        label: 'Key',
        hint: '16 bytes in hex (32 digits)',
        format: 'hex',
        expected: keyHex,
      },
    ],
    steps: keySteps(credentials, keyHex),
  };
}

/** The MESSAGE-INTEGRITY value of an Allocate request built from random credentials and nonce. */
export async function generateMessageIntegrity(rng: Rng): Promise<Exercise> {
  const credentials = randomCredentials(rng);
  const nonce = bytesToHex(rng.bytes(8));
  const message = encodeStunMessage({
    method: stunMethodCode('Allocate'),
    messageClass: 'request',
    transactionId: rng.bytes(12),
    attributes: [
      {
        type: stunAttributeType('REQUESTED-TRANSPORT'),
        value: { kind: 'requested-transport', protocol: 17 },
      },
      { type: stunAttributeType('USERNAME'), value: { kind: 'text', text: credentials.username } },
      { type: stunAttributeType('REALM'), value: { kind: 'text', text: credentials.realm } },
      { type: stunAttributeType('NONCE'), value: { kind: 'text', text: nonce } },
    ],
  });
  const key = longTermKey(credentials.username, credentials.realm, credentials.password);
  const mac = bytesToHex(await computeMessageIntegrity(message, message.length, key));
  const covered = coveredBytes(message, message.length, 24);
  const bodyLength = message.length - 20;
  return {
    kind: 'message-integrity',
    source: 'random',
    givens: [
      ...credentialGivens(credentials),
      {
        name: 'message',
        label: `Allocate request, ${message.length} bytes, before MESSAGE-INTEGRITY`,
        value: bytesToHex(message, ' '),
        code: true,
      },
    ],
    question:
      'The client appends MESSAGE-INTEGRITY to this request. Which 20 bytes does the attribute carry (RFC 8489 §14.5)?',
    fields: [
      {
        name: 'hmac',
        label: 'MESSAGE-INTEGRITY value',
        hint: '20 bytes in hex (40 digits)',
        format: 'hex',
        expected: mac,
      },
    ],
    steps: [
      ...keySteps(credentials, bytesToHex(key)),
      `The HMAC covers the message up to the attribute, with the length field already counting the attribute's 24 bytes (4 of header, 20 of value): 0x${bodyLength.toString(16).padStart(4, '0')} (${bodyLength}) becomes 0x${(bodyLength + 24).toString(16).padStart(4, '0')} (${bodyLength + 24}).`,
      `Covered bytes: ${bytesToHex(covered, ' ')}`,
      `MESSAGE-INTEGRITY = HMAC-SHA1(key, covered bytes) = ${mac}`,
    ],
  };
}
