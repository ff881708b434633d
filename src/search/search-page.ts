/**
 * The search page in the browser: Pagefind's API under our own accessible form.
 * Runs only on the search page; other pages ship no search script.
 *
 * Three Pagefind instances, each loaded when first needed: this site's index; the other sites'
 * in the same language (when this site finds few results, or the reader asks for every site);
 * and, when a search finds nothing, the same sites in the other language, on the reader's click.
 */
import type { SearchConfig, SearchIndex } from './config.ts';
import { bestByScore, countText, newestFirst, wantsNetwork, withoutRepeats } from './rank.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface PagefindResult {
  score: number;
  data(): Promise<PagefindResultData>;
}
interface PagefindApi {
  mergeIndex(path: string, o: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    term: string | null,
    o: { filters?: Record<string, string>; sort?: Record<string, string> },
  ): Promise<{ results: PagefindResult[] } | null>;
}
interface PagefindModule extends PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  /** Another independent instance; `noWorker` runs it outside the shared worker, with its own language. */
  createInstance(o: Record<string, unknown>): PagefindApi & { init(): Promise<void> };
}

const shown = 20;
const excerptLength = 24;

export function startSearchPage(): void {
  const config = JSON.parse(document.getElementById('search-config')!.textContent!) as SearchConfig;
  const { strings } = config;
  const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
  const filterBox = form.querySelector<HTMLFieldSetElement>('[data-search-filters]')!;
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
  const wider = document.querySelector<HTMLElement>('[data-search-wider]')!;
  const widerList = wider.querySelector<HTMLOListElement>('ol')!;
  const offer = document.querySelector<HTMLElement>('[data-search-other]')!;
  const offerButton = offer.querySelector<HTMLButtonElement>('button')!;
  const otherSection = offer.querySelector<HTMLElement>('section')!;
  const otherList = otherSection.querySelector<HTMLOListElement>('ol')!;
  const dateFormat = new Intl.DateTimeFormat(config.locale, { dateStyle: 'long', timeZone: 'UTC' });

  let module: Promise<PagefindModule> | undefined;
  let network: Promise<PagefindApi | null> | undefined;
  let networkApi: PagefindApi | null = null;
  let other: Promise<PagefindApi> | undefined;
  let run = 0;

  function ownIndex(): Promise<PagefindModule> {
    module ??= (async () => {
      const pagefind = (await import(/* @vite-ignore */ `${config.bundlePath}pagefind.js`)) as PagefindModule;
      await pagefind.options({ excerptLength, baseUrl: config.baseUrl });
      await pagefind.init();
      return pagefind;
    })();
    return module;
  }

  /** Several indexes searched as one: the first opens the instance, the others are merged into it. */
  async function combined(indexes: SearchIndex[], options: Record<string, unknown>, merge: Record<string, unknown>) {
    const [first, ...rest] = indexes;
    const api = (await ownIndex()).createInstance({
      basePath: first!.index,
      baseUrl: first!.baseUrl,
      excerptLength,
      ...options,
    });
    await api.init();
    await Promise.all(rest.map((site) => api.mergeIndex(site.index, { baseUrl: site.baseUrl, ...merge })));
    return api;
  }

  function networkIndex(): Promise<PagefindApi | null> {
    network ??= config.network.length
      ? combined(config.network, {}, {}).then(async (api) => {
          networkApi = api;
          // The other sites bring their own filter values (their names, under "Site").
          await fillFilters();
          return api;
        })
      : Promise.resolve(null);
    return network;
  }

  function otherLanguageIndex(): Promise<PagefindApi> {
    // Outside the shared worker, whose WebAssembly already holds this page's language: the first
    // index holds only the other language, so that language's word stemming is loaded for it.
    other ??= combined(config.otherLanguage.indexes, { noWorker: true }, { language: config.otherLanguage.lang });
    return other;
  }

  async function fillFilters(): Promise<void> {
    const sources: PagefindApi[] = [await ownIndex(), ...(networkApi ? [networkApi] : [])];
    const available: Record<string, Set<string>> = {};
    for (const source of sources) {
      for (const [name, values] of Object.entries(await source.filters())) {
        available[name] = new Set([...(available[name] ?? []), ...Object.keys(values)]);
      }
    }
    for (const select of filterBox.querySelectorAll<HTMLSelectElement>('select[data-filter]')) {
      const values = [...(available[select.dataset.filter!] ?? [])].sort((a, b) => a.localeCompare(b, config.lang));
      const current = select.value;
      select.replaceChildren(new Option(strings.searchAll, ''), ...values.map((v) => new Option(v, v)));
      select.value = values.includes(current) ? current : '';
    }
    filterBox.hidden = false;
  }

  function chosenFilters(): Record<string, string> {
    const filters: Record<string, string> = {};
    for (const select of filterBox.querySelectorAll<HTMLSelectElement>('select[data-filter]')) {
      if (select.value) filters[select.dataset.filter!] = select.value;
    }
    return filters;
  }

  /**
   * The results to show, best (or newest) first, each entry once: `seen` carries the entries listed
   * above. `count` is the number of results less the repeats found among those examined.
   */
  async function top(
    lists: PagefindResult[][],
    byDate: boolean,
    seen: Set<string>,
  ): Promise<{ shown: PagefindResultData[]; count: number }> {
    const pool = shown * 3;
    const ranked = byDate
      ? newestFirst(await Promise.all(lists.map((l) => Promise.all(l.slice(0, pool).map((r) => r.data())))), pool)
      : await Promise.all(bestByScore(lists, pool).map((r) => r.data()));
    const once = withoutRepeats(ranked, seen);
    const total = lists.reduce((n, l) => n + l.length, 0);
    return { shown: once.slice(0, shown), count: total - (ranked.length - once.length) };
  }

  function resetOffer(): void {
    offer.hidden = true;
    otherSection.hidden = true;
    otherList.replaceChildren();
  }

  async function search(): Promise<void> {
    const term = input.value.trim();
    const thisRun = ++run;
    const data = new FormData(form);
    const scope = data.get('scope') === 'network' ? 'network' : 'site';
    const url = new URL(location.href);
    url.searchParams.set('q', term);
    if (scope === 'network') url.searchParams.set('scope', scope);
    else url.searchParams.delete('scope');
    history.replaceState(null, '', url);
    resetOffer();
    if (term.length < 2) {
      list.replaceChildren();
      wider.hidden = true;
      status.textContent = term ? strings.searchTyping : '';
      return;
    }
    status.textContent = strings.searchLoading;
    const own = await ownIndex();
    if (!filterBox.dataset.filled) {
      filterBox.dataset.filled = 'yes';
      await fillFilters();
    }
    const filters = chosenFilters();
    const byDate = data.get('sort') === 'date';
    const options = { filters, ...(byDate && { sort: { date: 'desc' } }) };
    const mine = (await own.search(term, options))?.results ?? [];
    const net = wantsNetwork(scope, mine.length, config.widenBelow) ? await networkIndex() : null;
    const theirs = (net && (await net.search(term, options))?.results) || [];
    if (thisRun !== run) return;

    const seen = new Set<string>();
    let counted = 0;
    let widened = 0;
    if (scope === 'network') {
      // One list, ranked across every site.
      const all = await top([mine, theirs], byDate, seen);
      if (thisRun !== run) return;
      list.replaceChildren(...all.shown.map((r) => renderResult(r, 'h2', config.siteFilter)));
      wider.hidden = true;
      counted = all.count;
    } else {
      const own = await top([mine], byDate, seen);
      // Pages this site already lists (a shared prevention month) are not repeated from the others.
      const others = await top([theirs], byDate, seen);
      if (thisRun !== run) return;
      list.replaceChildren(...own.shown.map((r) => renderResult(r, 'h2', config.siteFilter)));
      widerList.replaceChildren(...others.shown.map((r) => renderResult(r, 'h3', config.siteFilter)));
      wider.hidden = others.shown.length === 0;
      [counted, widened] = [own.count, others.shown.length ? others.count : 0];
    }
    const total = mine.length + theirs.length;
    status.textContent = total
      ? `${countText(strings.resultCount, counted)}.${widened ? ` ${countText(strings.widerCount, widened)}.` : ''}`
      : `${countText(strings.resultCount, 0)}. ${strings.searchNoResults}`;
    // Nothing in this language, and no filter to blame: the other language may have it.
    if (!total && !Object.keys(filters).length) {
      offerButton.textContent = strings.otherLanguageButton.replace('{term}', term);
      offer.hidden = false;
    }
  }

  async function searchOtherLanguage(): Promise<void> {
    const term = input.value.trim();
    const thisRun = run;
    status.textContent = strings.searchLoading;
    const api = await otherLanguageIndex();
    const results = (await api.search(term, {}))?.results ?? [];
    const data = await top([results], false, new Set());
    if (thisRun !== run) return;
    otherList.replaceChildren(...data.shown.map((r) => renderResult(r, 'h3', config.otherLanguage.siteFilter)));
    otherSection.hidden = data.shown.length === 0;
    status.textContent = countText(strings.otherLanguageCount, data.count);
  }

  function renderResult(result: PagefindResultData, level: 'h2' | 'h3', siteFilter: string): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'search-result';
    const heading = document.createElement(level);
    const link = document.createElement('a');
    link.href = result.url;
    link.textContent = result.meta.title ?? result.url;
    heading.append(link);
    const meta = document.createElement('p');
    meta.className = 'meta-line';
    const site = result.filters[siteFilter]?.[0];
    if (site) {
      const label = document.createElement('span');
      label.className = 'result-site';
      label.textContent = site;
      meta.append(label, ' · ');
    }
    meta.append(result.meta.type ?? '');
    if (result.meta.date) {
      const time = document.createElement('time');
      time.dateTime = result.meta.date;
      time.textContent = dateFormat.format(new Date(result.meta.date));
      meta.append(result.meta.type ? ' · ' : '', time);
    }
    const excerpt = document.createElement('p');
    // Pagefind's excerpt is text from our own pages with <mark> around the matched words.
    excerpt.innerHTML = result.excerpt;
    item.append(heading, meta, excerpt);
    return item;
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(), 250);
  });
  form.addEventListener('change', (event) => {
    if (event.target !== input) void search();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search();
  });
  offerButton.addEventListener('click', () => void searchOtherLanguage());

  const params = new URLSearchParams(location.search);
  if (params.get('scope') === 'network') {
    form.querySelector<HTMLInputElement>('input[name=scope][value=network]')!.checked = true;
  }
  const initial = params.get('q');
  if (initial) {
    input.value = initial;
    void search();
  }
}
