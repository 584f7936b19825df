// The chapters link into /illustrated/ only by anchors that survive a new capture: the stable
// aliases named after what a datagram or field is, and the page's fixed sections. An index anchor
// (#d12f3) would land elsewhere once the capture is made again.
import { readFileSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { connectionView, type DatagramView } from '~/components/illustrated/connectionView';
import { sdpLinks } from '~/components/illustrated/sdpLinks';
import { STABLE_ANCHORS } from '~/components/illustrated/stableAnchors';

const dir = new URL('../../../content/chapters/', import.meta.url);
const links = readdirSync(dir)
  .filter((f) => f.endsWith('.mdx'))
  .flatMap((f) =>
    [...readFileSync(new URL(f, dir), 'utf8').matchAll(/\/illustrated\/(?:#([\w-]+))?/g)].map(
      (m) => ({ chapter: f, anchor: m[1] }),
    ),
  );
const SECTIONS = ['sdp-to-wire', 'keys', 'keys-inputs', 'keys-expansion', 'keys-exporter'];

let whole: DatagramView[] = [];
beforeAll(async () => {
  whole = (await connectionView()).whole;
});

describe('links from the chapters into the illustrated connection', () => {
  it('come from chapters 4, 7, 8 and 9', () => {
    const chapters = new Set(links.map((l) => l.chapter.slice(0, 2)));
    for (const n of ['04', '07', '08', '09']) expect(chapters).toContain(n);
  });

  it('use only stable aliases, SDP cross-link ids and section ids, never an index', () => {
    const stable = new Set([...STABLE_ANCHORS, ...SECTIONS, ...sdpLinks(whole).map((l) => l.id)]);
    for (const { chapter, anchor } of links)
      if (anchor) expect(stable.has(anchor), `${chapter} links to #${anchor}`).toBe(true);
  });
});
