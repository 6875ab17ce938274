// A language's search index as the portal writes it (src/Portal/Search/Index/SearchIndexFiles.cs): a manifest, then
// term chunks, result batches and filter columns, each fetched once, when a query first needs it.
import { analyserOf, wordsOf } from './analysis.js';

const kindNames = ['relationship', 'municipality', 'country', 'network', 'decision', 'page'];
const facetNames = ['status', 'type', 'country', 'municipality'];
const resultsPerTerm = { prefixes: 40 };

/** A gzipped JSON file, inflated here unless the server already did (some send .gz with Content-Encoding). */
async function fetchJson(url, init) {
  const response = await fetch(url, init);
  if (!response.ok) {
    throw new Error(`${url}: ${response.status}`);
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  const text = gzipped
    ? await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text()
    : new TextDecoder().decode(bytes);
  return JSON.parse(text);
}

export class SearchIndex {
  static async open(manifestUrl) {
    const manifest = await fetchJson(manifestUrl, { cache: 'no-cache' });
    return new SearchIndex(manifest, new URL(manifest.folder, manifestUrl));
  }

  constructor(manifest, folder) {
    this.manifest = manifest;
    this.folder = folder;
    this.analyser = analyserOf(manifest);
    this.files = new Map();
  }

  file(name) {
    if (!this.files.has(name)) {
      const loading = fetchJson(new URL(name, this.folder));
      loading.catch(() => this.files.delete(name));
      this.files.set(name, loading);
    }
    return this.files.get(name);
  }

  /** The place of the chunk that holds key: the last whose first key is not after it. */
  chunkOf(key) {
    const starts = this.manifest.chunks;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (starts[middle] <= key) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    return low;
  }

  chunk(place) {
    return this.file(`terms-${place}.json.gz`);
  }

  async entry(key) {
    const chunk = await this.chunk(this.chunkOf(key));
    return { postings: chunk.terms[key], folds: chunk.folds[key] };
  }

  /** The terms that start with prefix (not secondary ones), at most a few dozen, the shortest first. */
  async termsStartingWith(prefix) {
    const first = this.chunkOf(prefix);
    const last = this.chunkOf(prefix + '\uffff');
    const terms = [];
    for (let place = first; place <= last; place++) {
      const chunk = await this.chunk(place);
      for (const term of Object.keys(chunk.terms)) {
        if (term.startsWith(prefix)) {
          terms.push(term);
        }
      }
    }
    terms.sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
    return terms.slice(0, resultsPerTerm.prefixes);
  }

  /** How much a term says: the rarer, the more. */
  idf(postings) {
    return Math.log(1 + this.manifest.documents / (postings.length / 2));
  }

  /** Adds each page a term's postings name, scored, keeping a page's best match for the word. */
  addPostings(scores, postings, weight) {
    const idf = this.idf(postings);
    let page = 0;
    for (let i = 0; i < postings.length; i += 2) {
      page += postings[i];
      const score = postings[i + 1] * weight * idf;
      if (!(scores.get(page) >= score)) {
        scores.set(page, score);
      }
    }
  }

  /** Each page that matches the word, with its score, and the keys that matched. */
  async matchWord(word, isPrefix) {
    const scores = new Map();
    const matched = new Set();
    const keys = this.analyser.keysOf(word);
    const entries = await Promise.all(keys.map((k) => this.entry(k.key)));
    entries.forEach((entry, i) => {
      if (entry.postings) {
        this.addPostings(scores, entry.postings, keys[i].weight);
        matched.add(keys[i].key);
      }
    });
    if (scores.size === 0) {
      // Typed without å, ä or ö (or another diacritic): the words that fold to it, since nothing matched as typed.
      // (Before the words it begins: "abo" means Åbo sooner than "about".)
      const folded = [...new Set(keys.map((k) => this.analyser.fold(k.key)))];
      for (const key of folded) {
        const { folds } = await this.entry(key);
        for (const term of folds ?? []) {
          const { postings } = await this.entry(term);
          if (postings) {
            this.addPostings(scores, postings, 0.4);
            matched.add(term);
          }
        }
      }
    }
    if (isPrefix && word.length >= 2) {
      for (const term of await this.termsStartingWith(word)) {
        const { postings } = await this.entry(term);
        if (postings && !matched.has(term)) {
          this.addPostings(scores, postings, 0.5);
          matched.add(term);
        }
      }
    }
    return { scores, matched };
  }

  /** The relationships' places that every chosen filter lets through, or null when no filter is chosen. */
  async filtered(filters) {
    const chosen = facetNames.filter((name) => filters[name]);
    if (chosen.length === 0) {
      return null;
    }
    const columns = await Promise.all(chosen.map((name) => this.file(`facet-${name}.json.gz`)));
    const wanted = chosen.map((name) => this.manifest.facets[name].indexOf(filters[name]));
    const pages = new Set();
    for (let page = 0; page < this.manifest.relationships; page++) {
      if (columns.every((column, i) => column[page] === wanted[i])) {
        pages.add(page);
      }
    }
    return pages;
  }

  /**
   * The pages that match every word of the query and pass the filters, best first; with no words, the relationships
   * that pass the filters, in the site's order. The words that matched come back to mark them in excerpts.
   */
  async search(query, filters, isTyping) {
    const words = wordsOf(query, this.manifest.maxWordLength)
      .map((w) => w.word)
      .filter((w) => !this.analyser.isStopWord(w));
    const open = isTyping && /[\p{L}\p{M}\p{Nd}]$/u.test(query);
    const [allowed, ...matches] = await Promise.all([
      this.filtered(filters),
      ...words.map((word, i) => this.matchWord(word, open && i === words.length - 1)),
    ]);
    const matchedKeys = new Set(matches.flatMap((m) => [...m.matched]));
    if (words.length === 0) {
      return { pages: allowed ? [...allowed] : [], matchedKeys, prefix: null };
    }
    const [first, ...rest] = matches.map((m) => m.scores);
    const ranked = [];
    for (const [page, score] of first) {
      if (allowed && !allowed.has(page)) {
        continue;
      }
      let total = score;
      for (const scores of rest) {
        const more = scores.get(page);
        if (more === undefined) {
          total = -1;
          break;
        }
        total += more;
      }
      if (total >= 0) {
        ranked.push([page, total]);
      }
    }
    ranked.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    return { pages: ranked.map((r) => r[0]), matchedKeys, prefix: open ? words[words.length - 1] : null };
  }

  /** What each of the pages shows as a result. */
  async documents(pages) {
    const size = this.manifest.batchSize;
    const batches = await Promise.all(pages.map((page) => this.file(`docs-${Math.floor(page / size)}.json.gz`)));
    return pages.map((page, i) => {
      const [href, title, kind, text, facets, untranslated] = batches[i][page % size];
      return {
        href,
        title,
        kind: kindNames[kind],
        text,
        language: untranslated ?? null,
        facets: facets && Object.fromEntries([...facetNames.map((name, f) => [name, facets[f]]), ['years', facets[4]]]),
      };
    });
  }
}
