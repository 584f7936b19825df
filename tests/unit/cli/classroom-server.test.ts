import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startClassroomServer, type RunningClassroom } from '../../../scripts/classroom/server';
import { stunUrlOf } from '../../../scripts/classroom/instructorRoutes';

let dist = '';
let server: RunningClassroom;

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'classroom-dist-'));
  mkdirSync(join(dist, '_astro'));
  mkdirSync(join(dist, 'chapters'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>course</title>');
  writeFileSync(join(dist, '404.html'), '<!doctype html><title>not found</title>');
  writeFileSync(join(dist, '_astro', 'lab.js'), 'export {};');
  server = await startClassroomServer({ dist, host: '127.0.0.1', port: 0 });
});
afterAll(async () => {
  await server.stop();
  rmSync(dist, { recursive: true, force: true });
});

/** A raw GET (fetch would normalise `..` away). */
function rawGet(path: string, method = 'GET'): Promise<{ status: number; type: string }> {
  const { port } = new URL(server.origin);
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']) });
    });
    req.on('error', reject);
    req.end();
  });
}

describe('startClassroomServer', () => {
  it('serves the built course with the preview’s content types and no-cache', async () => {
    const page = await fetch(`${server.origin}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const script = await fetch(`${server.origin}/_astro/lab.js`);
    expect(script.headers.get('content-type')).toBe('text/javascript');
  });

  it('answers 404.html for a missing page and for a path that climbs out of dist', async () => {
    expect(await rawGet('/chapters/')).toEqual({ status: 404, type: 'text/html' });
    expect(await rawGet('/../package.json')).toEqual({ status: 404, type: 'text/html' });
    expect(await rawGet('/%2e%2e/%2e%2e/etc/passwd')).toEqual({ status: 404, type: 'text/html' });
    expect(await rawGet('/%2e%2e%2f%2e%2e%2fetc%2fpasswd')).toEqual({
      status: 404,
      type: 'text/html',
    });
    expect((await rawGet('/', 'POST')).status).toBe(405);
  });

  it('serves the instructor page under a strict CSP, and says 404 for TURN without coturn', async () => {
    const page = await fetch(`${server.origin}/classroom/`);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await (await fetch(`${server.origin}/classroom/rooms.json`)).json()).toMatchObject({
      rooms: [],
      turn: false,
    });
    expect((await fetch(`${server.origin}/classroom/turn.json`)).status).toBe(404);
    // Device mode asks for its ICE servers without a 404 in the page's console: an empty list.
    const ice = await fetch(`${server.origin}/classroom/ice-servers.json`);
    expect(ice.status).toBe(200);
    expect(await ice.json()).toEqual({ iceServers: [] });
  });

  it('gives the coturn behind a TURN URL as a STUN URL: same host and port, no transport', () => {
    expect(stunUrlOf('turn:192.168.1.20:3478?transport=udp')).toBe('stun:192.168.1.20:3478');
    expect(stunUrlOf('turns:[2001:db8::1]:5349?transport=tcp')).toBe('stun:[2001:db8::1]:5349');
  });

  it('refuses a WebSocket from a page of another origin', async () => {
    const socket = new WebSocket(server.wsUrl, { origin: 'http://evil.example' });
    const status = await new Promise<number>((resolve) =>
      socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0)),
    );
    expect(status).toBe(403);
  });
});

describe('npm run classroom', () => {
  it('prints the URL and stops with exit code 0 on SIGTERM', async () => {
    const tsx = join(import.meta.dirname, '..', '..', '..', 'node_modules', '.bin', 'tsx');
    const args = ['scripts/classroom.ts', '--host', '127.0.0.1', '--no-turn', '--dist', dist];
    const child = spawn(tsx, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    await new Promise<void>((resolve) =>
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Ctrl-C stops it.')) resolve();
      }),
    );
    expect(output).toMatch(/Learners open {3}http:\/\/127\.0\.0\.1:\d+\//);
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);
  }, 30_000);
});
