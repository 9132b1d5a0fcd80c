/**
 * The gallery at `/`: every actor, topic and quote card in a grid. Filters and pickers
 * are a plain GET form, so they work without JavaScript; /app.js only applies them on
 * change and enables the copy buttons.
 */
import type { FC } from 'hono/jsx'
import type { Store } from '../data/store'
import { cardAltText } from '../card/alt-text'
import { describe } from './describe'
import { CARD_SIZES, cardPath, pagePath, SIZE_NAMES, THEMES, type CardKind, type CardSize, type Theme } from '../urls'

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

/** The gallery items of the given cards, from a store slice that holds what they show. */
export function galleryItems(store: Store, refs: readonly { kind: CardKind; id: string }[]): GalleryItem[] {
  const unique = (xs: string[]) => [...new Set(xs)]
  return refs.map(({ kind, id }) => {
    if (kind === 'actor') return item(store, kind, id, [id], unique(store.statements({ actor: id }).flatMap((s) => s.topics)))
    if (kind === 'topic') return item(store, kind, id, unique(store.statements({ topic: id }).map((s) => s.speaker)), [id])
    const s = store.statement(id)
    return item(store, kind, id, s ? [s.speaker] : [], s?.topics ?? [])
  })
}

/** Where the gallery is in its pages. */
export interface GalleryPaging {
  page: number
  pages: number
  /** Index of the first card shown (0-based) and how many there are in all. */
  first: number
  total: number
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

/** The gallery URL of another page, keeping the selection. */
function pageHref(selection: GallerySelection, page: number): string {
  const query = new URLSearchParams()
  if (selection.actor) query.set('actor', selection.actor)
  if (selection.topic) query.set('topic', selection.topic)
  if (selection.theme !== 'light') query.set('theme', selection.theme)
  if (selection.size !== 'og') query.set('size', selection.size)
  if (page > 1) query.set('page', String(page))
  const search = query.toString()
  return search ? `/?${search}` : '/'
}

export const Gallery: FC<{
  origin: string
  items: GalleryItem[]
  paging: GalleryPaging
  selection: GallerySelection
  pickers: { actors: [string, string][]; topics: [string, string][] }
}> = ({ origin, items, paging, selection, pickers }) => {
  const size = CARD_SIZES[selection.size]
  const { total, first, page, pages } = paging
  return (
    <>
      <h1>Fact cards</h1>
      <p>
        Every card shows words exactly as an article printed them, credited to who said them and where. Open a card for its
        share page: the full quotations, their attribution chains and the source records.
      </p>
      <form class="filters" method="get" action="/" data-autosubmit>
        <Picker name="actor" label="Actor" value={selection.actor} options={[['', 'All actors'], ...pickers.actors]} />
        <Picker name="topic" label="Topic" value={selection.topic} options={[['', 'All topics'], ...pickers.topics]} />
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
        {pages === 1 ? `${items.length} of ${total} cards` : `Cards ${first + 1}–${first + items.length} of ${total} (page ${page} of ${pages})`}
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
      {pages > 1 ? (
        <nav class="pages" aria-label="Gallery pages">
          {page > 1 ? <a rel="prev" href={pageHref(selection, page - 1)}>← Previous</a> : null}
          <span>
            Page {page} of {pages}
          </span>
          {page < pages ? <a rel="next" href={pageHref(selection, page + 1)}>Next →</a> : null}
        </nav>
      ) : null}
    </>
  )
}
