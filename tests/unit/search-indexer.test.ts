import { describe, expect, it } from 'vitest';
import { completionTracker, hostOfPath } from '../../src/search/indexer.ts';
import { groupedByHost } from '../../src/routing/plan.ts';

const hosts = ['a.brussels', 'b.brussels'];

describe('indexing each host once its pages are written', () => {
  it('finds the host of a path Astro renders, and none for build-only files', () => {
    expect(hostOfPath('/a.brussels/focus/x/', hosts)).toBe('a.brussels');
    expect(hostOfPath('/b.brussels', hosts)).toBe('b.brussels');
    expect(hostOfPath('/build-manifest.json', hosts)).toBeNull();
    expect(hostOfPath('/c.brussels/', hosts)).toBeNull();
  });

  it('reports a host complete from the render after its last page (Astro has written that page by then)', () => {
    const paths = ['/build-manifest.json', '/a.brussels/', '/a.brussels/x/', '/b.brussels/', '/b.brussels/y/'];
    const tracker = completionTracker(paths, hosts);
    expect(paths.map((p) => tracker.rendering(p))).toEqual([[], [], [], ['a.brussels'], []]);
    // b's last page is written only once Astro returns: it is left for the end.
    expect(tracker.rest()).toEqual(['b.brussels']);
  });

  it('leaves for the end a host whose pages are not all rendered', () => {
    const tracker = completionTracker(['/a.brussels/', '/a.brussels/x/', '/b.brussels/'], hosts);
    expect(['/a.brussels/', '/b.brussels/'].map((p) => tracker.rendering(p))).toEqual([[], []]);
    expect(tracker.rest().sort()).toEqual(['a.brussels', 'b.brussels']);
  });
});

describe('render order', () => {
  it('groups pages host after host, in order of first appearance, keeping their order within a host', () => {
    const pages = [
      { host: 'a', n: 1 },
      { host: 'b', n: 2 },
      { host: 'a', n: 3 },
      { host: 'c', n: 4 },
      { host: 'b', n: 5 },
    ];
    expect(groupedByHost(pages).map((p) => p.n)).toEqual([1, 3, 2, 5, 4]);
  });
});
