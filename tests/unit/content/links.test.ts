import { describe, expect, it } from 'vitest';
import { chapterUrl, labUrl, referenceLabel, referenceUrl, rfcUrl } from '~/content/links';

describe('rfcUrl', () => {
  it('links to the RFC itself when no section is given', () => {
    expect(rfcUrl(8445)).toBe('https://www.rfc-editor.org/rfc/rfc8445');
  });
  it('links to a numbered section', () => {
    expect(rfcUrl(8445, '5.1.2')).toBe('https://www.rfc-editor.org/rfc/rfc8445#section-5.1.2');
  });
  it('links to an appendix', () => {
    expect(rfcUrl(8489, 'Appendix B')).toBe('https://www.rfc-editor.org/rfc/rfc8489#appendix-B');
  });
  it('falls back to the RFC for a section it cannot turn into an anchor', () => {
    expect(rfcUrl(3264, 'the whole thing')).toBe('https://www.rfc-editor.org/rfc/rfc3264');
  });
});

describe('referenceUrl', () => {
  it('prefers the URL of a non-RFC specification', () => {
    expect(referenceUrl({ title: 'WebRTC', url: 'https://www.w3.org/TR/webrtc/' })).toBe(
      'https://www.w3.org/TR/webrtc/',
    );
  });
  it('builds the RFC link with its section', () => {
    expect(referenceUrl({ rfc: 9429, title: 'JSEP', section: '3.2' })).toBe(
      'https://www.rfc-editor.org/rfc/rfc9429#section-3.2',
    );
  });
});

describe('referenceLabel', () => {
  it('cites an RFC with its section sign', () => {
    expect(referenceLabel({ rfc: 8445, title: 'ICE', section: '5.1.2' })).toBe('RFC 8445 §5.1.2');
  });
  it('cites an RFC without section by number', () => {
    expect(referenceLabel({ rfc: 8445, title: 'ICE' })).toBe('RFC 8445');
  });
  it('cites other documents by title', () => {
    expect(referenceLabel({ title: 'WebRTC 1.0', url: 'https://www.w3.org/TR/webrtc/' })).toBe(
      'WebRTC 1.0',
    );
  });
});

describe('chapterUrl', () => {
  it('puts a chapter under /chapters/ with a trailing slash', () => {
    expect(chapterUrl('lifecycle')).toBe('/chapters/lifecycle/');
  });
});

describe('labUrl', () => {
  it('names the lab in the query and the fragment so the page opens at it', () => {
    expect(labUrl('lifecycle', 'lifecycle-stepper')).toBe(
      '/chapters/lifecycle/?lab=lifecycle-stepper#lab-lifecycle-stepper',
    );
  });
  it('adds preset parameters after the lab id', () => {
    expect(labUrl('what-is-webrtc', 'hello-loopback', { text: 'hi there', run: '1' })).toBe(
      '/chapters/what-is-webrtc/?lab=hello-loopback&text=hi+there&run=1#lab-hello-loopback',
    );
  });
});
