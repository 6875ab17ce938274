// The Snowball stemmers for Swedish and English (Porter2), as nlp.js generated them from the Snowball sources: the
// algorithms Lucene.Net's SwedishStemmer and EnglishStemmer run when the portal builds the index.
const StemmerSv = require('@nlpjs/lang-sv/src/stemmer-sv.js');
const StemmerEn = require('@nlpjs/lang-en-min/src/stemmer-en.js');

function stemmerOf(Stemmer) {
  const stemmer = new Stemmer();
  return (word) => {
    stemmer.setCurrent(word);
    stemmer.innerStem();
    return stemmer.getCurrent();
  };
}

export const swedish = stemmerOf(StemmerSv);
export const english = stemmerOf(StemmerEn);
