// The entry address page's script (preview-links.ts): opens the page of the entry its query names,
// `?collection=<collection>&key=<key>&lang=<lang>`, found in the collection's map beside the page;
// otherwise says the entry has no page. It opens only what the map lists, so no address leads
// anywhere else. The same lookup, in TypeScript, is the tests' `lookUpAddress` (tests/support/entry-addresses.ts).
const query = new URLSearchParams(location.search);
const collection = query.get('collection') ?? '';
const key = query.get('key') ?? '';
const lang = query.get('lang') ?? '';

function showMissing() {
  document.querySelector('[data-entry-opening]').hidden = true;
  document.querySelector('[data-entry-missing]').hidden = false;
}

async function open() {
  // A collection name only: the map is always a file beside this page.
  if (!/^[a-z][a-z-]*$/.test(collection)) return showMissing();
  const response = await fetch(`${collection}.json`);
  if (!response.ok) return showMissing();
  const map = await response.json();
  const languages = Object.hasOwn(map, key) ? map[key] : {};
  const url = Object.hasOwn(languages, lang) ? languages[lang] : undefined;
  if (typeof url !== 'string') return showMissing();
  location.replace(url);
}

open().catch(showMissing);
