import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import {
  noindex,
  previewIndex,
  rewriteAbsolute,
  rewriteCss,
  rewriteHtml,
  rewriterFor,
  type PreviewPlace,
} from '../../src/deploy/preview-site.ts';
import { hosts, siteEditions } from '../../src/sites/registry.ts';

const place: PreviewPlace = { base: '/pr-7/', host: 'bassin-sud.brussels', hosts };

describe('the preview site keeps every link inside it', () => {
  it('moves links to any host of the network into that host’s folder', () => {
    const html = rewriteHtml(
      '<head></head><a href="https://zorgzone-zuid.brussels/nl/x/">nl</a><a href="https://bassin-nord-est.brussels">ne</a>',
      place,
    );
    const $ = load(html);
    expect(
      $('a')
        .map((_, a) => $(a).attr('href'))
        .get(),
    ).toEqual(['/pr-7/zorgzone-zuid.brussels/nl/x/', '/pr-7/bassin-nord-est.brussels/']);
  });

  it('moves root-relative links, assets, forms and srcset under the page’s own host', () => {
    const html = rewriteHtml(
      '<head><link rel="stylesheet" href="/_astro/a.css"></head><form action="/recherche/"></form>' +
        '<img src="/img/a.webp" srcset="/img/a.webp 1x, /img/b.webp 2x"><a href="#main">skip</a><a href="mailto:info@bassin-sud.brussels">m</a>',
      place,
    );
    const $ = load(html);
    expect($('link').attr('href')).toBe('/pr-7/bassin-sud.brussels/_astro/a.css');
    expect($('form').attr('action')).toBe('/pr-7/bassin-sud.brussels/recherche/');
    expect($('img').attr('src')).toBe('/pr-7/bassin-sud.brussels/img/a.webp');
    expect($('img').attr('srcset')).toBe(
      '/pr-7/bassin-sud.brussels/img/a.webp 1x, /pr-7/bassin-sud.brussels/img/b.webp 2x',
    );
    expect($('a').first().attr('href')).toBe('#main');
    expect($('a').last().attr('href')).toBe('mailto:info@bassin-sud.brussels');
  });

  it('moves the search page’s own and network indexes', () => {
    const config = {
      bundlePath: '/pagefind/',
      baseUrl: '/',
      network: [{ index: 'https://brusano.brussels/nl/pagefind/' }],
    };
    const html = rewriteHtml(
      `<head></head><script type="application/json" id="search-config">${JSON.stringify(config)}</script>`,
      place,
    );
    expect(JSON.parse(load(html)('#search-config').text())).toEqual({
      bundlePath: '/pr-7/bassin-sud.brussels/pagefind/',
      baseUrl: '/pr-7/bassin-sud.brussels/',
      network: [{ index: '/pr-7/brusano.brussels/nl/pagefind/' }],
    });
  });

  it('leaves hosts outside the network, and longer names that only start like a host', () => {
    const text = 'https://example.org/a https://bassin-sud.brussels.example.org/ https://bassin-sud.brussels/a';
    expect(rewriteAbsolute(text, place)).toBe(
      'https://example.org/a https://bassin-sud.brussels.example.org/ /pr-7/bassin-sud.brussels/a',
    );
  });

  it('moves url() in stylesheets', () => {
    expect(rewriteCss('a{background:url(/_astro/x.svg)} b{background:url("//cdn/x")}', place)).toBe(
      'a{background:url(/pr-7/bassin-sud.brussels/_astro/x.svg)} b{background:url("//cdn/x")}',
    );
  });

  it('marks every page noindex, replacing what it said', () => {
    expect(noindex('<html><head><title>t</title></head>')).toContain(
      '<head><meta name="robots" content="noindex, nofollow">',
    );
    expect(noindex('<head><meta name="robots" content="index"></head>')).toBe(
      '<head><meta name="robots" content="noindex, nofollow"></head>',
    );
  });

  it('rewrites text files and copies images as they are', () => {
    expect(rewriterFor('a/index.html')).toBe(rewriteHtml);
    expect(rewriterFor('_astro/x.css')).toBe(rewriteCss);
    expect(rewriterFor('sitemap-0.xml')).toBe(rewriteAbsolute);
    expect(rewriterFor('icon-192.png')).toBeNull();
  });
});

describe('the preview site’s index', () => {
  it('links every edition of every site, in both languages', () => {
    const $ = load(previewIndex('/pr-7/', siteEditions));
    const links = $('a')
      .map((_, a) => $(a).attr('href'))
      .get();
    expect(links).toHaveLength(siteEditions.length);
    expect(links).toContain('/pr-7/brusano.brussels/nl/');
    expect(links).toContain('/pr-7/zorgzone-centrum-west.brussels/');
    expect(new Set(links.map((l) => l.split('/')[2]))).toEqual(new Set(hosts));
    expect($('meta[name=robots]').attr('content')).toBe('noindex, nofollow');
  });
});
