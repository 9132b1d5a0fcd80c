/**
 * What the extractor accepts: English text. Empty, binary and non-English input is refused
 * with a message that says what was received and what is supported, rather than guessed at
 * (its rules are English news conventions: "said", "told", "according to").
 */

export class UnsupportedText extends Error {
  override name = 'UnsupportedText'
}

/** The languages the rules are written for. */
export const SUPPORTED_LANGUAGES = ['English'] as const

// The commonest English function words: in English news they are a fifth or more of all words;
// in French, German or Spanish text almost none of them occur.
const ENGLISH = new Set(
  'the of and to a in is that for it on was with as he she said by at from his her be are have has not this but they will an or were been their who which its would'.split(' '),
)

// The commonest function words of the languages most often mistaken for English here.
const OTHER = new Set(
  `le la les des du et est une que qui dans pour pas sur au avec il elle nous ne ce sont
  der die das und ist nicht mit den dem ein eine zu auf für sich auch es wir sie ich
  el los las y en un es por con para no se su del al lo como más pero muy fue
  di che il non per una sono della gli nel anche come
  och att det som är på med för inte jag`.split(/\s+/).filter((w) => !ENGLISH.has(w)),
)

/** The share of words that are common function words of other languages (0–1). */
export function otherShare(text: string): number {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? []
  if (words.length === 0) return 0
  return words.filter((w) => OTHER.has(w)).length / words.length
}

/**
 * The share of words that are common English function words (0–1).
 * @example englishShare('The minister said that it was over.') // 0.57…
 */
export function englishShare(text: string): number {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? []
  if (words.length === 0) return 0
  return words.filter((w) => ENGLISH.has(w)).length / words.length
}

/**
 * Decodes a file's bytes as the extractor's input, or throws UnsupportedText naming why.
 * @example readableText(new TextEncoder().encode('“Yes,” she said.')) // '“Yes,” she said.'
 */
export function readableText(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new UnsupportedText('empty file: there is no text to read')
  if (bytes.includes(0)) throw new UnsupportedText('binary file (it contains NUL bytes): give the article as UTF-8 text')
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    throw new UnsupportedText('binary file (not valid UTF-8): give the article as UTF-8 text')
  }
  text = text.replace(/^\uFEFF/, '')
  if (text.trim() === '') throw new UnsupportedText('empty file: it holds only white space')
  const words = text.match(/\p{L}+/gu) ?? []
  if (words.length === 0) throw new UnsupportedText('no words: the file has no letters to read')
  const share = englishShare(text)
  const other = otherShare(text)
  // English news has 13–40% English function words and next to none of French, German or Spanish.
  if (share < 0.08 || other > share) {
    throw new UnsupportedText(
      `not English (${Math.round(share * 100)}% of its words are common English words, ${Math.round(other * 100)}% those of other languages): the rules read ${SUPPORTED_LANGUAGES.join(', ')} only`,
    )
  }
  return text
}
