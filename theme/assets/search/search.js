// The search page, progressively enhanced: without this script it explains and links to the lists; with it, the
// form searches as the resident types, the filters narrow the relationships, and the address keeps the state
// (?q=…&status=ended&country=FI) so that a view can be shared. Results are built as elements with text, never HTML.
import { SearchIndex } from './index.js';
import { wordsOf } from './analysis.js';

const root = document.querySelector('[data-search-index]');
const pageSize = 10;
const debounceMs = 200;
const excerptLength = 180;

if (root) {
  start(root);
}

function start(root) {
  const form = root.querySelector('[data-search-form]');
  const input = form.querySelector('input[name="q"]');
  const selects = [...form.querySelectorAll('select')];
  const status = root.querySelector('[data-search-status]');
  const list = root.querySelector('[data-search-results]');
  const more = root.querySelector('[data-search-more]');
  const text = root.dataset;
  const manifestUrl = new URL(text.searchIndex, document.baseURI);
  let index = null;
  let opening = null;
  let current = { pages: [], shown: 0, matchedKeys: new Set(), prefix: null };
  let generation = 0;
  let timer = 0;

  root.querySelector('[data-search-fallback]').hidden = true;
  form.hidden = false;

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const select of selects) {
    const value = params.get(select.name);
    if (value && [...select.options].some((o) => o.value === value)) {
      select.value = value;
    }
  }

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => run(true), debounceMs);
  });
  for (const select of selects) {
    select.addEventListener('change', () => run(false));
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    run(false);
  });
  more.addEventListener('click', async () => {
    const first = list.children.length;
    await show(generation, pageSize);
    list.children[first]?.querySelector('a')?.focus();
  });

  if (input.value.trim() || selects.some((s) => s.value)) {
    run(false);
  }

  function filters() {
    return Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.name, s.value]));
  }

  function keepInAddress(query, chosen) {
    const state = new URLSearchParams();
    if (query) {
      state.set('q', query);
    }
    for (const [name, value] of Object.entries(chosen)) {
      state.set(name, value);
    }
    const search = state.toString();
    history.replaceState(null, '', search ? `?${search}` : location.pathname);
  }

  async function run(isTyping) {
    const query = input.value.trim();
    const chosen = filters();
    const mine = ++generation;
    keepInAddress(query, chosen);
    if (!query && Object.keys(chosen).length === 0) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      return;
    }
    try {
      // One index for every search: a search started while the manifest loads waits for the same one.
      opening ??= SearchIndex.open(manifestUrl);
      index = await opening;
      const found = await index.search(query, chosen, isTyping);
      if (mine !== generation) {
        return;
      }
      current = { ...found, shown: 0 };
      await show(mine, pageSize, true);
      if (mine === generation) {
        status.textContent = announcement(query, found.pages.length);
      }
    } catch (error) {
      if (mine === generation) {
        opening = null;
        list.replaceChildren();
        more.hidden = true;
        status.textContent = text.resultsFailed;
        console.warn(error);
      }
    }
  }

  function announcement(query, count) {
    if (!query) {
      return format(count === 1 ? text.resultsFilteredOne : text.resultsFiltered, query, count);
    }
    if (count === 0) {
      return format(text.resultsNone, query, count);
    }
    return format(count === 1 ? text.resultsOne : text.resultsMany, query, count);
  }

  function format(template, query, count) {
    // Replaced by functions: a query's "$&" is text, not a replacement pattern.
    return template.replace('{0}', () => query).replace('{1}', () => count.toLocaleString(document.documentElement.lang));
  }

  /** Shows the next results; a new search's replace the old in one step, so the list never stands empty between. */
  async function show(mine, count, replace = false) {
    const pages = current.pages.slice(current.shown, current.shown + count);
    const documents = await index.documents(pages);
    if (mine !== generation) {
      return;
    }
    current.shown += pages.length;
    if (replace) {
      list.replaceChildren(...documents.map(result));
    } else {
      list.append(...documents.map(result));
    }
    more.hidden = current.shown >= current.pages.length;
  }

  function result(page) {
    const item = element('li', 'search-result');
    const heading = element('h2', 'search-result__title');
    const link = element('a');
    link.href = new URL(page.href, location.href).href;
    link.textContent = page.title;
    if (page.language) {
      link.lang = page.language;
    }
    heading.append(link);
    const meta = element('p', 'search-result__meta');
    const facts = [text[`kind${page.kind[0].toUpperCase()}${page.kind.slice(1)}`]];
    if (page.facets) {
      facts.push(...['municipality', 'country', 'type', 'status'].map((name) => labelOf(name, page.facets[name])), page.facets.years);
    }
    meta.textContent = facts.filter(Boolean).join(' · ');
    item.append(heading, meta);
    const excerpt = excerptOf(page.text);
    if (excerpt && page.language) {
      excerpt.lang = page.language;
    }
    if (excerpt) {
      item.append(excerpt);
    }
    return item;
  }

  function labelOf(name, value) {
    const select = form.querySelector(`select[name="${name}"]`);
    return [...(select?.options ?? [])].find((o) => o.value === value)?.textContent ?? value;
  }

  function isMatch(word) {
    const analyser = index.analyser;
    if (current.prefix && word.startsWith(current.prefix)) {
      return true;
    }
    return analyser.keysOf(word).some((k) => current.matchedKeys.has(k.key));
  }

  /** The part of the text around its first matching word, each matching word marked; the start when none matches. */
  function excerptOf(text) {
    if (!text) {
      return null;
    }
    const content = text.normalize('NFC');
    const words = wordsOf(content, index.manifest.maxWordLength).filter((w) => isMatch(w.word));
    const first = words[0]?.start ?? 0;
    const from = first > excerptLength / 3 ? content.lastIndexOf(' ', first - excerptLength / 3) + 1 : 0;
    let to = Math.min(content.length, from + excerptLength);
    if (to < content.length) {
      const space = content.lastIndexOf(' ', to);
      to = space > from ? space : to;
    }
    const paragraph = element('p', 'search-result__excerpt');
    let at = from;
    if (from > 0) {
      paragraph.append('… ');
    }
    for (const word of words) {
      if (word.start < from || word.end > to) {
        continue;
      }
      paragraph.append(content.slice(at, word.start));
      const mark = element('mark');
      mark.textContent = content.slice(word.start, word.end);
      paragraph.append(mark);
      at = word.end;
    }
    paragraph.append(content.slice(at, to));
    if (to < content.length) {
      paragraph.append(' …');
    }
    return paragraph;
  }
}

function element(name, className) {
  const made = document.createElement(name);
  if (className) {
    made.className = className;
  }
  return made;
}
