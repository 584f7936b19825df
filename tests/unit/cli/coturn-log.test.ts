import { describe, expect, it } from 'vitest';
import { allocationLines } from '../../../scripts/recording/coturnLog.ts';

describe('allocationLines', () => {
  it('keeps the lines of each session and drops start-up chatter', () => {
    const printed = [
      '0: : Listener opened on : 127.0.0.1:3478',
      '0: : Total General servers: 2',
      '25: : session 001000000000000002: realm <webrtc-course.local> user <>: incoming packet message processed, error 401: Unauthorized   ',
      '',
      '25: : session 001000000000000002: realm <webrtc-course.local> user <course>: incoming packet ALLOCATE processed, success',
      '27: : session 001000000000000002: delete: realm=<webrtc-course.local>, username=<course>',
    ];
    expect(allocationLines(printed)).toEqual([
      '25: : session 001000000000000002: realm <webrtc-course.local> user <>: incoming packet message processed, error 401: Unauthorized',
      '25: : session 001000000000000002: realm <webrtc-course.local> user <course>: incoming packet ALLOCATE processed, success',
      '27: : session 001000000000000002: delete: realm=<webrtc-course.local>, username=<course>',
    ]);
  });
});
