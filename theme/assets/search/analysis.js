// The search's analysis of a query, the same as the index's (src/Portal/Search/Analysis): words split and lower-cased
// alike, the same stop words and stemmers, and the same folding. The parity tests run this file against the C# code.
import { english, swedish } from './stemmers.js';

const wordPattern = /[\p{L}\p{M}\p{Nd}]+/gu;

/** The words of a text, lower-cased, each with where it stands in the text; over-long runs are not words. */
export function wordsOf(text, maxLength) {
  const words = [];
  const normalized = text.normalize('NFC');
  for (const match of normalized.matchAll(wordPattern)) {
    const word = lowerCase(match[0]);
    if (word.length <= maxLength) {
      words.push({ word, start: match.index, end: match.index + match[0].length });
    }
  }
  return words;
}

/**
 * Lower case as the index has it (Words.cs), a code point at a time: where Unicode lower-cases a letter to more than
 * one (İ, to i and a dot above), the first, so that İstanbul is found by "istanbul".
 */
function lowerCase(word) {
  let lower = '';
  for (const letter of word) {
    lower += String.fromCodePoint(letter.toLowerCase().codePointAt(0));
  }
  return lower;
}

/** A word without its diacritics, as the index's fold map has it (åbo → abo). */
export function fold(word, letters) {
  let folded = '';
  for (const letter of word.normalize('NFD')) {
    if (/\p{M}/u.test(letter)) {
      continue;
    }
    folded += letters[letter] ?? letter;
  }
  return folded.normalize('NFC');
}

/**
 * Lucene's light Swedish stemmer (Apache License 2.0; org.apache.lucene.analysis.sv.SwedishLightStemmer, after
 * Jacques Savoy), line for line; the parity tests hold it to Lucene.Net's on a Swedish vocabulary.
 */
export function lightSwedish(word) {
  let s = word;
  const ends = (suffix) => s.endsWith(suffix);
  if (s.length > 4 && s[s.length - 1] === 's') {
    s = s.slice(0, -1);
  }
  if (s.length > 7 && (ends('elser') || ends('heten'))) {
    return s.slice(0, -5);
  }
  if (s.length > 6 && ['arne', 'erna', 'ande', 'else', 'aste', 'orna', 'aren'].some(ends)) {
    return s.slice(0, -4);
  }
  if (s.length > 5 && ['are', 'ast', 'het'].some(ends)) {
    return s.slice(0, -3);
  }
  if (s.length > 4 && ['ar', 'er', 'or', 'en', 'at', 'te', 'et'].some(ends)) {
    return s.slice(0, -2);
  }
  if (s.length > 3 && 'taen'.includes(s[s.length - 1])) {
    return s.slice(0, -1);
  }
  return s;
}

const stemmers = {
  'snowball-swedish': swedish,
  'snowball-english': english,
  'light-swedish': lightSwedish,
};

/**
 * The analysis a manifest names: for a word, the index keys it is searched under, each with how much a match counts.
 * The first stemmer gives the primary term; a second gives its stem both as a primary term (a word whose stems
 * agree is indexed under that one term) and under the secondary mark.
 */
export function analyserOf(manifest) {
  const [primary, secondary] = manifest.stemmers.map((name) => stemmers[name]);
  const stopWords = new Set(manifest.stopWords);
  const mark = manifest.secondaryMark;
  return {
    isStopWord: (word) => stopWords.has(word),
    keysOf(word) {
      const stem = primary ? primary(word) : word;
      const keys = [{ key: stem, weight: 1 }];
      if (secondary) {
        const light = secondary(word);
        if (light !== stem) {
          keys.push({ key: light, weight: 0.6 });
        }
        keys.push({ key: mark + light, weight: 0.6 });
      }
      return keys;
    },
    fold: (word) => fold(word, manifest.foldLetters),
  };
}
