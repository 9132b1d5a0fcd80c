/** Colours and the type scale of each card size: the design in one place. */
import type { SizeName, ThemeName } from './params'

export interface Palette {
  background: string
  ink: string
  muted: string
  rule: string
  accent: string
  chip: string
  chipInk: string
}

/**
 * Every text colour meets WCAG 2.2 AA on the surface it is drawn on (4.5:1, even for the
 * large text that would need only 3:1): test/card-contrast.test.ts computes it, and checks
 * that every glyph of every card is drawn in one of the colours of TEXT_ON.
 */
export const PALETTES: Record<ThemeName, Palette> = {
  light: { background: '#F7F4EE', ink: '#15171C', muted: '#555A64', rule: '#D8D1C4', accent: '#B3261E', chip: '#ECE5D8', chipInk: '#2B2E35' },
  dark: { background: '#111318', ink: '#F3F0EA', muted: '#A9AEB8', rule: '#2E323B', accent: '#FF7A6B', chip: '#1F232B', chipInk: '#E4E1DA' },
}

/** Which palette colours are used for text, and the surface each is drawn on. */
export const TEXT_ON: Record<'ink' | 'muted' | 'accent' | 'chipInk', 'background' | 'chip'> = {
  ink: 'background',
  muted: 'background',
  accent: 'background',
  chipInk: 'chip',
}

/** Padding and a scale for type; sizes grow with the card so text stays legible on a phone. */
export interface Scale {
  pad: number
  s: number
}

export const SCALES: Record<SizeName, Scale> = {
  og: { pad: 56, s: 1 },
  square: { pad: 72, s: 1.2 },
  story: { pad: 88, s: 1.45 },
}
