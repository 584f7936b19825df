import { afterAll, beforeAll, expect } from 'vitest';
import { startClassroomServer, type RunningClassroom } from '../../scripts/classroom/server';
import { classroomPort } from '../e2e/classroom-fixture';
import { sharedFirefox } from './browser';
import { COURSE_DIST } from './firefoxPath';
import { describeInFirefox, firefoxTest } from './suite';

let classroom: RunningClassroom | undefined;

describeInFirefox('classroom mode in Firefox', () => {
  beforeAll(async () => {
    classroom = await startClassroomServer({
      dist: COURSE_DIST,
      host: '127.0.0.1',
      port: await classroomPort(),
    });
  });
  afterAll(() => classroom?.stop());

  // The page fixture guards the preview's origin; this page lives on the classroom's, so it
  // watches its own CSP violations. Firefox must let `connect-src 'self'` admit the ws: URL.
  firefoxTest('the CSP’s connect-src ’self’ admits the classroom’s WebSocket', async () => {
    const page = await (await sharedFirefox()).newPage();
    try {
      await page.goto(`${classroom!.origin}/chapters/signaling/`);
      const outcome = await page.evaluate(async () => {
        const violations: string[] = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          violations.push(`${e.effectiveDirective} ${e.blockedURI}`),
        );
        const socket = new WebSocket(`ws://${location.host}/classroom/ws`);
        const answer = await new Promise<string>((resolve) => {
          socket.onopen = () => socket.send('{"kind":"create"}');
          socket.onmessage = (e) => resolve(String(e.data));
          socket.onerror = () => resolve('error');
        });
        socket.close();
        return { answer, violations };
      });
      expect(outcome.violations).toEqual([]);
      expect(JSON.parse(outcome.answer)).toMatchObject({ kind: 'room', peers: 1 });
    } finally {
      await page.close();
    }
  });
});
