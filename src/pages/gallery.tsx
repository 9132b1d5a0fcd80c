/**
 * The gallery at `/`: every actor, topic and quote card in a grid. Filters and pickers
 * are a plain GET form, so they work without JavaScript; /app.js only applies them on
 * change and enables the copy buttons.
 */
import type { FC } from 'hono/jsx'
import type { Store } from '../data/store'
import { cardAltText } from '../card/alt-text'
import { describe } from './describe'
import { CARD_SIZES, cardPath, pagePath, SIZE_NAMES, THEMES, type CardKind, type CardSize, type Theme } from './urls'

export interface GalleryItem {
  kind: CardKind
  id: string
  title: string
  alt: string
  /** Actors and topics the card is about, for the filters. */
  actors: string[]
  topics: string[]
}

export interface GallerySelection {
  actor?: string | undefined
  topic?: string | undefined
  theme: Theme
  size: CardSize
}

function item(store: Store, kind: CardKind, id: string, actors: string[], topics: string[]): GalleryItem {
  return { kind, id, title: describe(store, kind, id)?.title ?? id, alt: cardAltText(store, kind, id) ?? '', actors, topics }
}

/** Every card of the dataset: actors, then topics, then statements in source order. */
export function galleryItems(store: Store): GalleryItem[] {
  const unique = (xs: string[]) => [...new Set(xs)]
  return [
    ...store.data.actors.map((a) =>
      item(store, 'actor', a.id, [a.id], unique(store.statements({ actor: a.id }).flatMap((s) => s.topics))),
    ),
    ...store.data.topics.map((t) =>
      item(store, 'topic', t.id, unique(store.statements({ topic: t.id }).map((s) => s.speaker)), [t.id]),
    ),
    ...store.statements().map((s) => item(store, 'quote', s.id, [s.speaker], s.topics)),
  ]
}

/** Keeps the cards about the selected actor and topic (either may be unset). */
export function filterItems(items: GalleryItem[], selection: Pick<GallerySelection, 'actor' | 'topic'>): GalleryItem[] {
  return items.filter(
    (i) =>
      (selection.actor === undefined || i.actors.includes(selection.actor)) &&
      (selection.topic === undefined || i.topics.includes(selection.topic)),
  )
}

const SECTION_TITLE: Record<CardKind, string> = { actor: 'Actors', topic: 'Topics', quote: 'Quotes and paraphrases' }

const Picker: FC<{ name: string; label: string; value: string | undefined; options: [value: string, label: string][] }> = (props) => (
  <label>
    {props.label}
    <select name={props.name}>
      {props.options.map(([value, label]) => (
        <option value={value} selected={value === (props.value ?? '')}>
          {label}
        </option>
      ))}
    </select>
  </label>
)

export const Gallery: FC<{ store: Store; origin: string; items: GalleryItem[]; total: number; selection: GallerySelection }> = ({
  store,
  origin,
  items,
  total,
  selection,
}) => {
  const size = CARD_SIZES[selection.size]
  return (
    <>
      <h1>Fact cards</h1>
      <p>
        Every card shows words exactly as an article printed them, credited to who said them and where. Open a card for its
        share page: the full quotations, their attribution chains and the source records.
      </p>
      <form class="filters" method="get" action="/" data-autosubmit>
        <Picker name="actor" label="Actor" value={selection.actor} options={[['', 'All actors'], ...store.data.actors.map((a): [string, string] => [a.id, a.name])]} />
        <Picker name="topic" label="Topic" value={selection.topic} options={[['', 'All topics'], ...store.data.topics.map((t): [string, string] => [t.id, t.name])]} />
        <Picker name="theme" label="Theme" value={selection.theme} options={THEMES.map((t): [string, string] => [t, t])} />
        <Picker
          name="size"
          label="Size"
          value={selection.size}
          options={SIZE_NAMES.map((s): [string, string] => [s, `${s} (${CARD_SIZES[s].width}×${CARD_SIZES[s].height})`])}
        />
        <button type="submit">Apply</button>
        <a href="/">Reset</a>
      </form>
      <p class="note" id="count">
        {items.length} of {total} cards
      </p>
      {(['actor', 'topic', 'quote'] as const).map((kind) => {
        const cards = items.filter((i) => i.kind === kind)
        if (!cards.length) return null
        return (
          <section>
            <h2>{SECTION_TITLE[kind]}</h2>
            <ul class="grid">
              {cards.map((card) => (
                <li class="card-item" data-kind={card.kind} data-id={card.id}>
                  <a href={pagePath(card.kind, card.id)}>
                    <img
                      src={cardPath(card.kind, card.id, { size: selection.size, theme: selection.theme })}
                      width={size.width}
                      height={size.height}
                      alt={card.alt}
                      loading="lazy"
                      decoding="async"
                    />
                  </a>
                  <p>
                    <a href={pagePath(card.kind, card.id)}>{card.title}</a>
                  </p>
                  <button type="button" hidden data-copy={`${origin}${pagePath(card.kind, card.id)}`}>
                    Copy link
                  </button>
                </li>
              ))}
            </ul>
          </section>
        )
      })}
      {items.length === 0 ? <p>No card is about both of these. <a href="/">Show all cards</a>.</p> : null}
    </>
  )
}
