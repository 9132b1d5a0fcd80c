/**
 * What counts as an article: UTF-8 text, not empty, not binary, not over the size limit.
 * Checked on the bytes, before anything is stored, by the ingest CLI and by the Worker alike.
 */

/** The longest article accepted, in characters (UTF-16 code units): a long feature is ~60,000. */
export const MAX_ARTICLE_CHARS = 200_000

export class ArticleError extends Error {
  constructor(
    readonly status: 400 | 413 | 422,
    message: string,
  ) {
    super(message)
    this.name = 'ArticleError'
  }
}

/**
 * Decodes an article's bytes, refusing what is not UTF-8 text.
 * @example decodeArticle(new TextEncoder().encode('“Yes,” she said.')) // '“Yes,” she said.'
 */
export function decodeArticle(bytes: Uint8Array, name = 'the article'): string {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    const at = firstInvalidUtf8(bytes)
    throw new ArticleError(400, `${name} is not valid UTF-8 (byte 0x${(bytes[at] ?? 0).toString(16).padStart(2, '0')} at offset ${at}); save it as UTF-8 text and try again.`)
  }
  return checkArticle(text, name)
}

/** Checks decoded text; returns it unchanged (byte for byte) when it is an article. */
export function checkArticle(text: string, name = 'the article'): string {
  if (text.trim() === '') throw new ArticleError(400, `${name} is empty; an article must have text.`)
  if (text.length > MAX_ARTICLE_CHARS)
    throw new ArticleError(413, `${name} has ${text.length} characters; the limit is ${MAX_ARTICLE_CHARS}.`)
  // eslint-disable-next-line no-control-regex
  const control = /[\u0000-\u0008\u000e-\u001f\u007f\ufffd]/.exec(text)
  if (control) {
    const code = control[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')
    throw new ArticleError(400, `${name} is not plain text: it has the character U+${code} at offset ${control.index} (binary data, or text that was already mis-decoded).`)
  }
  return text
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!
    const n = b < 0x80 ? 1 : b >> 5 === 6 ? 2 : b >> 4 === 14 ? 3 : b >> 3 === 30 ? 4 : 0
    if (n === 0) return i
    for (let k = 1; k < n; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i
    i += n
  }
  return 0
}
