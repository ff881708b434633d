/**
 * The test helper that grades headers as the MDN HTTP Observatory does: each expected score is
 * worked out by hand from the published modifiers (100, minus penalties, plus bonuses only when
 * the penalties leave 90 or more), so the helper cannot grade itself.
 */
import { describe, expect, it } from 'vitest';
import { gradeFor, observatoryGrade } from '../support/observatory.ts';

const host = 'example.brussels';
const toHttps = [`http://${host}/`, `https://${host}/`];
const strong = {
  'content-security-policy': "default-src 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self'",
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'cross-origin-resource-policy': 'same-origin',
};
const grade = (headers: Record<string, string>, extra: { html?: string; httpRedirects?: string[] | null } = {}) =>
  observatoryGrade({ headers, host, httpRedirects: toHttps, ...extra });
const resultOf = (headers: Record<string, string>, test: string, extra = {}) =>
  grade(headers, extra).results.find((r) => r.test === test)!;

describe('HTTP Observatory grade of a response', () => {
  it('grades by the published chart', () => {
    expect([145, 100, 99, 90, 89, 85, 84, 70, 64, 30, 24, 0].map(gradeFor)).toEqual([
      'A+',
      'A+',
      'A',
      'A',
      'A-',
      'A-',
      'B+',
      'B',
      'C+',
      'D',
      'F',
      'F',
    ]);
  });

  it('no security header: CSP -25, HSTS -20, X-Frame-Options -20, nosniff -5, no redirect to HTTPS -20 = 10, F', () => {
    const { score, grade: letter } = grade({}, { httpRedirects: [`http://${host}/`] });
    expect(score).toBe(10);
    expect(letter).toBe('F');
  });

  it('a strict set: CSP +5, referrer +5, frame-ancestors +5, CORP same-origin +10 = 125, A+', () => {
    expect(grade(strong)).toMatchObject({ score: 125, grade: 'A+' });
  });

  it('without HSTS the penalty leaves 80, so no bonus counts: B+', () => {
    const { 'strict-transport-security': _, ...rest } = strong;
    expect(grade(rest)).toMatchObject({ score: 80, grade: 'B+' });
  });

  it('HSTS under six months costs 10; set twice or without max-age, 20', () => {
    expect(resultOf({ ...strong, 'strict-transport-security': 'max-age=86400' }, 'strict-transport-security')).toEqual({
      test: 'strict-transport-security',
      result: 'hsts-implemented-max-age-less-than-six-months',
      modifier: -10,
    });
    expect(
      resultOf(
        { ...strong, 'strict-transport-security': 'max-age=31536000, max-age=31536000' },
        'strict-transport-security',
      ).modifier,
    ).toBe(-20);
    expect(
      resultOf({ ...strong, 'strict-transport-security': 'includeSubDomains' }, 'strict-transport-security').modifier,
    ).toBe(-20);
  });

  it("'unsafe-inline' for scripts costs 20, 'unsafe-eval' 10; 'wasm-unsafe-eval' nothing; inline styles lose the bonus", () => {
    const csp = (policy: string) =>
      resultOf({ ...strong, 'content-security-policy': policy }, 'content-security-policy');
    expect(csp("default-src 'self'; script-src 'self' 'unsafe-inline'").modifier).toBe(-20);
    expect(csp("default-src 'self'; script-src 'self' 'unsafe-eval'").modifier).toBe(-10);
    expect(csp("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'").modifier).toBe(5);
    expect(csp("default-src 'self'; style-src 'self' 'unsafe-inline'").modifier).toBe(0);
    expect(csp("default-src 'none'; img-src 'self'").modifier).toBe(10);
    expect(csp("default-src 'self'; script-src 'self'; script-src 'none'").result).toBe('csp-header-invalid');
    expect(() => csp("default-src 'self', default-src 'none'")).toThrow(/More than one/);
  });

  it('X-Frame-Options: the header or frame-ancestors earn 5, neither costs 20', () => {
    const noAncestors = { ...strong, 'content-security-policy': "default-src 'self'" };
    expect(resultOf(noAncestors, 'x-frame-options').modifier).toBe(-20);
    expect(resultOf({ ...noAncestors, 'x-frame-options': 'DENY' }, 'x-frame-options').modifier).toBe(5);
    expect(resultOf(strong, 'x-frame-options').result).toBe('x-frame-options-implemented-via-csp');
  });

  it('CORP: same-origin earns 10, cross-origin nothing, an unknown value costs 5', () => {
    const corp = (value: string) =>
      resultOf({ ...strong, 'cross-origin-resource-policy': value }, 'cross-origin-resource-policy').modifier;
    expect([corp('same-origin'), corp('same-site'), corp('cross-origin'), corp('everyone')]).toEqual([10, 10, 0, -5]);
  });

  it('redirection: first to HTTPS on the same host is free, to another host costs 5, staying on HTTP 20', () => {
    const redirect = (route: string[] | null) => resultOf(strong, 'redirection', { httpRedirects: route }).modifier;
    expect(redirect(toHttps)).toBe(0);
    expect(redirect(null)).toBe(0);
    expect(redirect([`http://${host}/`, `https://www.${host}/`])).toBe(-5);
    expect(redirect([`http://${host}/`, `http://www.${host}/`, `https://www.${host}/`])).toBe(-10);
    expect(redirect([`http://${host}/`])).toBe(-20);
  });

  it('subresource integrity: same-host scripts are free, an external script without integrity costs 5, over HTTP 50', () => {
    const sri = (html: string) => resultOf(strong, 'subresource-integrity', { html }).modifier;
    expect(sri('<script type="application/ld+json">{}</script><script src="/_astro/a.js"></script>')).toBe(0);
    expect(sri('<script src="/_astro/a.js" integrity="sha384-x"></script>')).toBe(5);
    expect(sri('<script src="https://cdn.example/a.js"></script>')).toBe(-5);
    expect(sri('<script src="http://cdn.example/a.js"></script>')).toBe(-50);
  });

  it('cookies without Secure cost 40, 10 under HSTS', () => {
    const cookie = 'session=1; Path=/; HttpOnly';
    expect(resultOf({ ...strong, 'set-cookie': cookie }, 'cookies').modifier).toBe(-10);
    const { 'strict-transport-security': _, ...noHsts } = strong;
    expect(resultOf({ ...noHsts, 'set-cookie': cookie }, 'cookies').modifier).toBe(-40);
  });
});
