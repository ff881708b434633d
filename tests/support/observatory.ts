/**
 * The MDN HTTP Observatory's grade of one response, computed from its headers (and, for
 * Subresource Integrity, its HTML) instead of a live scan.
 *
 * Rules and modifiers from the Observatory's published scoring:
 * - https://developer.mozilla.org/en-US/observatory/docs/tests_and_scoring (methodology, grading
 *   chart, tests and score modifiers);
 * - its source, github.com/mdn/mdn-http-observatory at 94042bbf (2026-08-20): the modifiers in
 *   src/grader/charts.js (SCORE_TABLE), each test's rules in src/analyzer/tests/*.js, the two
 *   scoring rounds in src/scanner/index.js.
 *
 * Scoring: start at 100, subtract every penalty; only if that leaves 90 (A) or more are the
 * bonuses added. 100 and above is A+.
 *
 * Not scored here, with what the real scan does: whether the host is on the HSTS preload list
 * (+5 when it is; none of ours is); multiple Content-Security-Policy headers (the scan intersects
 * them; this helper refuses them, a page should have one policy); session cookies (told apart by
 * name in the scan; here every cookie is held to the session rules).
 */
import { load } from 'cheerio';

export interface ObservatoryInput {
  /** The response's headers, names in lower case (as `headersFor` gives them). */
  headers: Record<string, string>;
  /** The host scanned (scripts on another host are "external" for the SRI test). */
  host: string;
  /**
   * What http://<host>/ answers, as the list of URLs it goes through (the first being
   * http://<host>/), or null when the host does not answer over plain HTTP.
   */
  httpRedirects: string[] | null;
  /** The HTML body, for the Subresource Integrity test; omit for non-HTML responses. */
  html?: string | undefined;
}

export interface TestResult {
  test: string;
  result: string;
  modifier: number;
}

export interface ObservatoryGrade {
  score: number;
  grade: string;
  results: TestResult[];
}

/** src/grader/charts.js: GRADE_CHART, by score rounded down to a multiple of 5 (capped at 100). */
const gradeChart: Array<[number, string]> = [
  [100, 'A+'],
  [90, 'A'],
  [85, 'A-'],
  [80, 'B+'],
  [70, 'B'],
  [65, 'B-'],
  [60, 'C+'],
  [50, 'C'],
  [45, 'C-'],
  [40, 'D+'],
  [30, 'D'],
  [25, 'D-'],
  [0, 'F'],
];

export function gradeFor(score: number): string {
  return gradeChart.find(([min]) => score >= min)![1];
}

const minimumScoreForExtraCredit = 90;

// src/analyzer/tests/csp.js
const dangerouslyBroad = new Set([
  'ftp:',
  'http:',
  'https:',
  '*',
  'http://*',
  'http://*.*',
  'https://*',
  'https://*.*',
]);
const unsafeInline = new Set(["'unsafe-inline'", 'data:']);
const broadOrInline = new Set([...dangerouslyBroad, ...unsafeInline]);
const noncesHashes = ["'sha256-", "'sha384-", "'sha512-", "'nonce-"];

/** Parses one policy as src/analyzer/cspParser.js does: lower-cased, a directive twice is invalid. */
export function parsePolicy(policy: string): Map<string, Set<string>> {
  const clean = policy.replace(/[\r\n]/g, '').trim();
  if (clean.length < 'img-src'.length - 1) throw new Error(`Invalid policy: ${policy}`);
  const csp = new Map<string, Set<string>>();
  for (const entry of clean.split(';')) {
    const [name, ...sources] = entry.trim().split(/\s+/);
    if (!name) continue;
    const directive = name.toLowerCase();
    if (csp.has(directive) && !['report-uri', 'report-to'].includes(directive))
      throw new Error(`Duplicate directive ${directive}`);
    const values = sources.map((s) => s.toLowerCase());
    csp.set(directive, new Set(values.length === 0 && directive.endsWith('-src') ? ["'none'"] : values));
  }
  return csp;
}

function contentSecurityPolicy(value: string | undefined): string {
  if (!value) return 'csp-not-implemented';
  const policies = value.split(',').map((p) => p.trim());
  if (policies.length > 1)
    throw new Error('More than one Content-Security-Policy: the Observatory intersects them, this helper does not.');
  let csp: Map<string, Set<string>>;
  try {
    csp = parsePolicy(policies[0]!);
  } catch {
    return 'csp-header-invalid';
  }
  if (csp.size === 0) return 'csp-not-implemented';
  const fallback = (name: string) => new Set(csp.get(name) ?? csp.get('default-src') ?? ['*']);
  const scriptSrc = fallback('script-src');
  const styleSrc = fallback('style-src');
  const objectSrc = fallback('object-src');
  for (const list of [scriptSrc, styleSrc]) {
    if ([...list].some((s) => noncesHashes.some((n) => s.startsWith(n)))) list.delete("'unsafe-inline'");
  }
  if (scriptSrc.has("'strict-dynamic'")) {
    if (![...scriptSrc].some((s) => noncesHashes.some((n) => s.startsWith(n)))) return 'csp-header-invalid';
    for (const s of [...scriptSrc])
      if ([...dangerouslyBroad].some((b) => s.startsWith(b)) || s === "'self'" || s === "'unsafe-inline'")
        scriptSrc.delete(s);
  }
  const passive = ['img-src', 'media-src'];
  const active = [
    ...[...csp].filter(([d]) => !passive.includes(d) && d !== 'script-src').flatMap(([, s]) => [...s]),
    ...scriptSrc,
  ];
  const passiveSources = passive.flatMap((d) => [...(csp.get(d) ?? csp.get('default-src') ?? [])]);
  const insecure = (s: string) => s.startsWith('http:') || s.startsWith('ftp:');
  // In the order the scan checks them: the first that applies is the result.
  if ([...scriptSrc].some((s) => broadOrInline.has(s)) || [...objectSrc].some((s) => dangerouslyBroad.has(s)))
    return 'csp-implemented-with-unsafe-inline';
  if (active.some(insecure)) return 'csp-implemented-with-insecure-scheme';
  if (scriptSrc.has("'unsafe-eval'") || styleSrc.has("'unsafe-eval'")) return 'csp-implemented-with-unsafe-eval';
  if (passiveSources.some(insecure)) return 'csp-implemented-with-insecure-scheme-in-passive-content-only';
  if ([...styleSrc].some((s) => broadOrInline.has(s))) return 'csp-implemented-with-unsafe-inline-in-style-src-only';
  const defaultSrc = csp.get('default-src');
  if (defaultSrc?.has("'none'") && defaultSrc.size === 1) return 'csp-implemented-with-no-unsafe-default-src-none';
  return 'csp-implemented-with-no-unsafe';
}

/** src/analyzer/tests/strict-transport-security.js (six months: 15552000 s, the scan's "white lie"). */
function strictTransportSecurity(value: string | undefined): string {
  if (!value) return 'hsts-not-implemented';
  if (value.includes(',')) return 'hsts-header-invalid';
  const maxAge = value
    .split(';')
    .map((p) => p.trim().toLowerCase())
    .find((p) => p.startsWith('max-age='));
  if (!maxAge) return 'hsts-header-invalid';
  const seconds = Number.parseInt(maxAge.slice('max-age='.length), 10);
  if (Number.isNaN(seconds)) return 'hsts-header-invalid';
  return seconds < 15_552_000
    ? 'hsts-implemented-max-age-less-than-six-months'
    : 'hsts-implemented-max-age-at-least-six-months';
}

/** src/analyzer/tests/redirection.js, on the route http://<host>/ takes (HSTS preload not checked). */
function redirection(route: string[] | null): string {
  if (!route) return 'redirection-not-needed-no-http';
  if (route.length === 1) return 'redirection-missing';
  const urls = route.map((u) => new URL(u));
  if (urls.at(-1)!.protocol !== 'https:') return 'redirection-not-to-https';
  if (urls[1]!.protocol === 'http:') return 'redirection-not-to-https-on-initial-redirection';
  if (urls[0]!.protocol === 'http:' && urls[0]!.hostname !== urls[1]!.hostname) return 'redirection-off-host-from-http';
  return 'redirection-to-https';
}

/** src/analyzer/tests/referrer-policy.js: the last valid token counts. */
function referrerPolicy(value: string | undefined): string {
  if (!value) return 'referrer-policy-not-implemented';
  const good = ['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'];
  const bad = ['origin', 'origin-when-cross-origin', 'unsafe-url', 'no-referrer-when-downgrade'];
  const policy = value
    .split(',')
    .map((p) => p.trim().toLowerCase())
    .filter((p) => good.includes(p) || bad.includes(p))
    .at(-1);
  if (!policy) return 'referrer-policy-header-invalid';
  return good.includes(policy) ? 'referrer-policy-private' : 'referrer-policy-unsafe';
}

/** src/analyzer/tests/x-frame-options.js: a CSP frame-ancestors directive wins over the header. */
function xFrameOptions(value: string | undefined, csp: string | undefined): string {
  let result = 'x-frame-options-not-implemented';
  if (value) {
    const xfo = value.trim().toLowerCase();
    if (['deny', 'sameorigin'].includes(xfo)) result = 'x-frame-options-sameorigin-or-deny';
    else if (xfo.startsWith('allow-from')) result = 'x-frame-options-allow-from-origin';
    else result = 'x-frame-options-header-invalid';
  }
  try {
    if (csp && parsePolicy(csp).has('frame-ancestors')) result = 'x-frame-options-implemented-via-csp';
  } catch {
    // An unparseable policy sets nothing.
  }
  return result;
}

/** src/analyzer/tests/cross-origin-*-policy.js: CORP, COOP and COEP take one token each. */
function tokenPolicy(prefix: string, value: string | undefined, results: Record<string, string>): string {
  if (!value) return `${prefix}-not-implemented`;
  return results[value.trim().toLowerCase()] ?? `${prefix}-header-invalid`;
}

/** src/analyzer/tests/cors.js: the scan sends its own Origin; only reflecting it with credentials is penalised. */
function crossOriginResourceSharing(headers: Record<string, string>): string {
  const origin = headers['access-control-allow-origin']?.trim().toLowerCase();
  if (!origin) return 'cross-origin-resource-sharing-not-implemented';
  if (origin === '*') return 'cross-origin-resource-sharing-implemented-with-public-access';
  return 'cross-origin-resource-sharing-implemented-with-restricted-access';
}

/** src/analyzer/tests/cookies.js, simplified: every cookie is treated as a session cookie. */
function cookies(value: string | undefined, hsts: boolean): string {
  if (!value) return 'cookies-not-found';
  const all = value.split(/,(?=\s*[^;=\s]+=)/).map((c) => c.toLowerCase());
  const has = (c: string, flag: RegExp) => flag.test(c);
  if (all.some((c) => has(c, /;\s*samesite=(?!strict|lax)/))) return 'cookies-samesite-flag-invalid';
  if (!all.every((c) => has(c, /;\s*secure\b/)))
    return hsts ? 'cookies-session-without-secure-flag-but-protected-by-hsts' : 'cookies-session-without-secure-flag';
  if (!all.every((c) => has(c, /;\s*httponly\b/))) return 'cookies-session-without-httponly-flag';
  return all.every((c) => has(c, /;\s*samesite=(strict|lax)/))
    ? 'cookies-secure-with-httponly-sessions-and-samesite'
    : 'cookies-secure-with-httponly-sessions';
}

/** src/analyzer/tests/subresource-integrity.js, with "same origin" meaning the same host. */
function subresourceIntegrity(html: string | undefined, host: string): string {
  if (html === undefined) return 'sri-not-implemented-response-not-html';
  const scripts = load(html)('script').toArray();
  if (scripts.length === 0) return 'sri-not-implemented-but-no-scripts-loaded';
  const results: string[] = [];
  for (const script of scripts) {
    const src = script.attribs.src;
    // Inline scripts (JSON-LD) count as scripts but are not checked, as in the scan.
    if (!src) continue;
    const url = new URL(src, `https://${host}/`);
    const integrity = Boolean(script.attribs.integrity);
    const external = url.host !== host || src.startsWith('//');
    const secure = url.protocol === 'https:' && !src.startsWith('//');
    if (!external) results.push(integrity ? 'sri-implemented-and-all-scripts-loaded-securely' : '');
    else if (integrity)
      results.push(
        secure
          ? 'sri-implemented-and-external-scripts-loaded-securely'
          : 'sri-implemented-but-external-scripts-not-loaded-securely',
      );
    else
      results.push(
        secure
          ? 'sri-not-implemented-but-external-scripts-loaded-securely'
          : 'sri-not-implemented-and-external-scripts-not-loaded-securely',
      );
  }
  // The worst external script decides; else one same-host script with integrity earns the bonus.
  const worst = results.filter(Boolean).sort((a, b) => modifiers[a]! - modifiers[b]!)[0];
  return worst ?? 'sri-not-implemented-but-all-scripts-loaded-from-secure-origin';
}

/** src/grader/charts.js: SCORE_TABLE, the modifier of each result. */
export const modifiers: Record<string, number> = {
  'csp-implemented-with-no-unsafe-default-src-none': 10,
  'csp-implemented-with-no-unsafe': 5,
  'csp-implemented-with-unsafe-inline-in-style-src-only': 0,
  'csp-implemented-with-insecure-scheme-in-passive-content-only': -10,
  'csp-implemented-with-unsafe-eval': -10,
  'csp-implemented-with-unsafe-inline': -20,
  'csp-implemented-with-insecure-scheme': -20,
  'csp-header-invalid': -25,
  'csp-not-implemented': -25,
  'cookies-secure-with-httponly-sessions-and-samesite': 5,
  'cookies-secure-with-httponly-sessions': 0,
  'cookies-not-found': 0,
  'cookies-session-without-secure-flag-but-protected-by-hsts': -10,
  'cookies-samesite-flag-invalid': -20,
  'cookies-session-without-httponly-flag': -30,
  'cookies-session-without-secure-flag': -40,
  'cross-origin-resource-sharing-not-implemented': 0,
  'cross-origin-resource-sharing-implemented-with-public-access': 0,
  'cross-origin-resource-sharing-implemented-with-restricted-access': 0,
  'redirection-to-https': 0,
  'redirection-not-needed-no-http': 0,
  'redirection-off-host-from-http': -5,
  'redirection-not-to-https-on-initial-redirection': -10,
  'redirection-not-to-https': -20,
  'redirection-missing': -20,
  'referrer-policy-private': 5,
  'referrer-policy-not-implemented': 0,
  'referrer-policy-unsafe': -5,
  'referrer-policy-header-invalid': -5,
  'hsts-implemented-max-age-at-least-six-months': 0,
  'hsts-implemented-max-age-less-than-six-months': -10,
  'hsts-not-implemented': -20,
  'hsts-header-invalid': -20,
  'sri-implemented-and-all-scripts-loaded-securely': 5,
  'sri-implemented-and-external-scripts-loaded-securely': 5,
  'sri-not-implemented-response-not-html': 0,
  'sri-not-implemented-but-no-scripts-loaded': 0,
  'sri-not-implemented-but-all-scripts-loaded-from-secure-origin': 0,
  'sri-not-implemented-but-external-scripts-loaded-securely': -5,
  'sri-implemented-but-external-scripts-not-loaded-securely': -20,
  'sri-not-implemented-and-external-scripts-not-loaded-securely': -50,
  'x-content-type-options-nosniff': 0,
  'x-content-type-options-not-implemented': -5,
  'x-content-type-options-header-invalid': -5,
  'x-frame-options-implemented-via-csp': 5,
  'x-frame-options-sameorigin-or-deny': 5,
  'x-frame-options-allow-from-origin': 0,
  'x-frame-options-not-implemented': -20,
  'x-frame-options-header-invalid': -20,
  'corp-implemented-with-same-origin': 10,
  'corp-implemented-with-same-site': 10,
  'corp-implemented-with-cross-origin': 0,
  'corp-not-implemented': 0,
  'corp-header-invalid': -5,
  'coop-implemented-with-same-origin': 10,
  'coop-implemented-with-same-origin-allow-popups': 10,
  'coop-implemented-with-noopener-allow-popups': 10,
  'coop-implemented-with-unsafe-none': 0,
  'coop-not-implemented': 0,
  'coop-header-invalid': -5,
  'coep-implemented-with-require-corp': 10,
  'coep-implemented-with-credentialless': 10,
  'coep-implemented-with-unsafe-none': 0,
  'coep-not-implemented': 0,
  'coep-header-invalid': -5,
};

export function observatoryGrade({ headers, host, httpRedirects, html }: ObservatoryInput): ObservatoryGrade {
  const hsts = strictTransportSecurity(headers['strict-transport-security']);
  const results: TestResult[] = Object.entries({
    'content-security-policy': contentSecurityPolicy(headers['content-security-policy']),
    cookies: cookies(headers['set-cookie'], hsts.startsWith('hsts-implemented')),
    'cross-origin-embedder-policy': tokenPolicy('coep', headers['cross-origin-embedder-policy'], {
      'require-corp': 'coep-implemented-with-require-corp',
      credentialless: 'coep-implemented-with-credentialless',
      'unsafe-none': 'coep-implemented-with-unsafe-none',
    }),
    'cross-origin-opener-policy': tokenPolicy('coop', headers['cross-origin-opener-policy'], {
      'same-origin': 'coop-implemented-with-same-origin',
      'same-origin-allow-popups': 'coop-implemented-with-same-origin-allow-popups',
      'noopener-allow-popups': 'coop-implemented-with-noopener-allow-popups',
      'unsafe-none': 'coop-implemented-with-unsafe-none',
    }),
    'cross-origin-resource-sharing': crossOriginResourceSharing(headers),
    redirection: redirection(httpRedirects),
    'referrer-policy': referrerPolicy(headers['referrer-policy']),
    'strict-transport-security': hsts,
    'subresource-integrity': subresourceIntegrity(html, host),
    'x-content-type-options': !headers['x-content-type-options']
      ? 'x-content-type-options-not-implemented'
      : headers['x-content-type-options'].trim().toLowerCase() === 'nosniff'
        ? 'x-content-type-options-nosniff'
        : 'x-content-type-options-header-invalid',
    'x-frame-options': xFrameOptions(headers['x-frame-options'], headers['content-security-policy']),
    'cross-origin-resource-policy': tokenPolicy('corp', headers['cross-origin-resource-policy'], {
      'same-origin': 'corp-implemented-with-same-origin',
      'same-site': 'corp-implemented-with-same-site',
      'cross-origin': 'corp-implemented-with-cross-origin',
    }),
  }).map(([test, result]) => ({ test, result, modifier: modifiers[result]! }));
  const penalties = results.reduce((sum, r) => sum + Math.min(r.modifier, 0), 100);
  const withBonuses = results.reduce((sum, r) => sum + r.modifier, 100);
  const score = Math.max(0, penalties >= minimumScoreForExtraCredit ? withBonuses : penalties);
  return { score, grade: gradeFor(score), results };
}
