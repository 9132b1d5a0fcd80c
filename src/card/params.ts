/**
 * The parameters of a card request: kind, id, format, size and theme, parsed from the URL
 * with 400s that name the allowed values.
 */
import { invalidParam } from '../errors'

export const SIZES = {
  og: { width: 1200, height: 630 },
  square: { width: 1080, height: 1080 },
  story: { width: 1080, height: 1920 },
} as const
export type SizeName = keyof typeof SIZES
export const SIZE_NAMES = Object.keys(SIZES) as SizeName[]

export const THEMES = ['light', 'dark'] as const
export type ThemeName = (typeof THEMES)[number]

export const FORMATS = ['png', 'svg', 'json'] as const
export type Format = (typeof FORMATS)[number]

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value)

/**
 * @example
 * parseSize(undefined) // 'og'
 * parseSize('huge')    // throws 400: Parameter "size" is "huge"; allowed values: og, square, story.
 */
export function parseSize(value: string | undefined): SizeName {
  if (value === undefined) return 'og'
  if (!isOneOf(SIZE_NAMES, value)) throw invalidParam('size', value, SIZE_NAMES)
  return value
}

export function parseTheme(value: string | undefined): ThemeName {
  if (value === undefined) return 'light'
  if (!isOneOf(THEMES, value)) throw invalidParam('theme', value, THEMES)
  return value
}

/**
 * Splits "donald-trump.png" into id and format.
 * @example
 * splitFile('donald-trump.png') // { id: 'donald-trump', format: 'png' }
 * splitFile('donald-trump.gif') // throws 400: Parameter "format" is "gif"; allowed values: png, svg, json.
 */
export function splitFile(file: string): { id: string; format: Format } {
  const dot = file.lastIndexOf('.')
  const extension = dot < 0 ? '' : file.slice(dot + 1)
  if (!isOneOf(FORMATS, extension)) throw invalidParam('format', extension, FORMATS)
  return { id: file.slice(0, dot), format: extension }
}
