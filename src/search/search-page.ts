/**
 * The search page in the browser: Pagefind's API under our own accessible form.
 * Runs only on the search page; other pages ship no search script.
 */
import type { SearchConfig } from './config.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, o: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    term: string | null,
    o: { filters?: Record<string, string>; sort?: Record<string, string> },
  ): Promise<{ results: Array<{ data(): Promise<PagefindResultData> }> } | null>;
}

const shown = 20;

export function startSearchPage(): void {
  const config = JSON.parse(document.getElementById('search-config')!.textContent!) as SearchConfig;
  const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
  const filterBox = form.querySelector<HTMLFieldSetElement>('[data-search-filters]')!;
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
  const dateFormat = new Intl.DateTimeFormat(config.locale, { dateStyle: 'long', timeZone: 'UTC' });

  let pagefind: Pagefind | undefined;
  let networkMerged = false;
  let run = 0;

  async function load(network: boolean): Promise<Pagefind> {
    if (!pagefind) {
      pagefind = (await import(/* @vite-ignore */ `${config.bundlePath}pagefind.js`)) as Pagefind;
      await pagefind.options({ excerptLength: 24 });
      await pagefind.init();
    }
    if (network && !networkMerged) {
      networkMerged = true;
      await Promise.all(config.network.map((site) => pagefind!.mergeIndex(site.index, { baseUrl: site.baseUrl })));
      await fillFilters();
    }
    return pagefind;
  }

  async function fillFilters(): Promise<void> {
    const available = await pagefind!.filters();
    for (const select of filterBox.querySelectorAll<HTMLSelectElement>('select[data-filter]')) {
      const values = Object.keys(available[select.dataset.filter!] ?? {}).sort((a, b) =>
        a.localeCompare(b, config.lang),
      );
      const current = select.value;
      select.replaceChildren(new Option(config.strings.searchAll, ''), ...values.map((v) => new Option(v, v)));
      select.value = values.includes(current) ? current : '';
    }
    filterBox.hidden = false;
  }

  function countText(n: number): string {
    const { zero, one, many } = config.strings.resultCount;
    return n === 0 ? zero : n === 1 ? one : many.replace('{n}', String(n));
  }

  async function search(): Promise<void> {
    const term = input.value.trim();
    const thisRun = ++run;
    const data = new FormData(form);
    const network = data.get('scope') === 'network';
    const url = new URL(location.href);
    url.searchParams.set('q', term);
    history.replaceState(null, '', url);
    if (term.length < 2) {
      list.replaceChildren();
      status.textContent = term ? config.strings.searchTyping : '';
      return;
    }
    status.textContent = config.strings.searchLoading;
    const api = await load(network);
    if (!filterBox.dataset.filled) {
      filterBox.dataset.filled = 'yes';
      await fillFilters();
    }
    const filters: Record<string, string> = {};
    for (const select of filterBox.querySelectorAll<HTMLSelectElement>('select[data-filter]')) {
      if (select.value) filters[select.dataset.filter!] = select.value;
    }
    // "This site" is the site filter on the merged index.
    if (!network) filters[config.strings.filters.zone] = config.siteName;
    const sort = data.get('sort') === 'date' ? { date: 'desc' } : undefined;
    const response = await api.search(term, { filters, ...(sort && { sort }) });
    if (thisRun !== run || !response) return;
    const results = await Promise.all(response.results.slice(0, shown).map((r) => r.data()));
    if (thisRun !== run) return;
    list.replaceChildren(...results.map(renderResult));
    status.textContent = response.results.length
      ? countText(response.results.length)
      : `${countText(0)}. ${config.strings.searchNoResults}`;
  }

  function renderResult(result: PagefindResultData): HTMLLIElement {
    const item = document.createElement('li');
    item.className = 'search-result';
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    link.href = result.url;
    link.textContent = result.meta.title ?? result.url;
    heading.append(link);
    const meta = document.createElement('p');
    meta.className = 'meta-line';
    meta.textContent = result.meta.type ?? '';
    if (result.meta.date) {
      const time = document.createElement('time');
      time.dateTime = result.meta.date;
      time.textContent = dateFormat.format(new Date(result.meta.date));
      meta.append(meta.textContent ? ' · ' : '', time);
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

  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    void search();
  }
}
