/** A URL preset an instructor can link to: the query parameters and what they do. */
export interface LabPreset {
  params: Record<string, string>;
  does: string;
}

/** What the instructor guide and the tests know about a lab. */
export interface LabInfo {
  id: string;
  title: string;
  /** What a student sees and learns in it, in one sentence. */
  shows: string;
  presets: LabPreset[];
}

/** Every lab on the site, by id. A chapter's `labs` frontmatter names ids from here. */
export const LAB_CATALOG: Readonly<Record<string, LabInfo>> = {
  readiness: {
    id: 'readiness',
    title: 'Is this browser ready?',
    shows: 'which WebRTC APIs and codecs the browser has, and whether mDNS hides host addresses',
    presets: [{ params: { run: '1' }, does: 'runs the check as soon as the lab is on screen' }],
  },
  'hello-loopback': {
    id: 'hello-loopback',
    title: 'Say hello over a real connection',
    shows: 'a data channel between two peers in one tab, with the time it took to open',
    presets: [
      { params: { run: '1' }, does: 'connects and sends at once' },
      { params: { text: 'Bonjour', run: '1' }, does: 'sends your own text (here “Bonjour”)' },
    ],
  },
  'lifecycle-stepper': {
    id: 'lifecycle-stepper',
    title: 'Step through offer and answer',
    shows: 'every offer/answer step with both peers’ state machines, and the browser’s refusals',
    presets: [
      { params: { free: '1' }, does: 'starts with out-of-order steps allowed, to provoke errors' },
      { params: { run: '1' }, does: 'runs every step in order at once' },
    ],
  },
};
