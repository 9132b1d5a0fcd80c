/**
 * Share pages: one per actor, quote and topic. The card, its alt text, the share row
 * (link, embed code, PNG) and every statement with its full attribution chain and links
 * to the source records. Pure templates: data in, JSX out.
 */
import type { FC } from 'hono/jsx'
import { chainSentence, creditLine } from '../data/attribution'
import type { Statement } from '../data/schema'
import type { PageData, StatementView } from '../read/page-data'
import { paths } from '../urls'
import { isQuotation, KIND_LABEL, type Described } from './describe'
import { CARD_SIZES, cardPath, pagePath, SIZE_NAMES } from '../urls'

export interface ShareProps {
  data: PageData
  origin: string
  described: Described
  alt: string
}

export { sentenceAround } from '../read/page-data'

/** What a reader pastes to embed a card: a linked image, built (and escaped) by the template engine. */
export function embedCode(pageUrl: string, imageUrl: string, alt: string, size = CARD_SIZES.og): string {
  return String(
    <a href={pageUrl}>
      <img src={imageUrl} width={size.width} height={size.height} alt={alt} />
    </a>,
  )
}

const CardFigure: FC<{ described: Described; alt: string }> = ({ described, alt }) => (
  <figure class="card-figure">
    <img
      src={cardPath(described.kind, described.id)}
      width={CARD_SIZES.og.width}
      height={CARD_SIZES.og.height}
      alt={alt}
    />
    <figcaption>
      <strong>Image description:</strong> {alt}
    </figcaption>
  </figure>
)

const ShareRow: FC<{ origin: string; described: Described; alt: string }> = ({ origin, described, alt }) => {
  const { kind, id } = described
  const pageUrl = `${origin}${pagePath(kind, id)}`
  const embed = embedCode(pageUrl, `${origin}${cardPath(kind, id)}`, alt)
  return (
    <section class="share-row" aria-label="Share this card">
      <div>
        <label for="share-link">Link</label>
        <input id="share-link" type="url" readonly value={pageUrl} />
        <button type="button" hidden data-copy={pageUrl}>
          Copy link
        </button>
      </div>
      <div>
        <label for="share-embed">Embed code</label>
        <textarea id="share-embed" readonly>
          {embed}
        </textarea>
        <button type="button" hidden data-copy={embed}>
          Copy embed code
        </button>
      </div>
      <div>
        <span class="label">Download PNG</span>
        {SIZE_NAMES.map((size) => (
          <>
            {' '}
            <a class="button" href={cardPath(kind, id, { size })} download={`onrecord-${kind}-${id}-${size}.png`}>
              {size} {CARD_SIZES[size].width}×{CARD_SIZES[size].height}
            </a>
          </>
        ))}
      </div>
    </section>
  )
}

const StatementItem: FC<{ view: StatementView }> = ({ view }) => {
  const { statement: s, chain, source, utterance, continuedBy, context } = view
  const sameWords = utterance ? utterance.statements.filter((id) => id !== s.id) : []
  return (
    <li class={`statement ${s.kind}`} id={s.id}>
      <p class="kind">{KIND_LABEL[s.kind]}</p>
      {isQuotation(s) ? (
        <blockquote cite={source?.url ?? undefined}>
          <p>“{s.text}”</p>
        </blockquote>
      ) : (
        <p class="reported">{s.text}</p>
      )}
      {isQuotation(s) ? (
        <p class="credit">
          — <a href={paths.actor(s.speaker).page}>{creditLine(chain)}</a>
        </p>
      ) : (
        <p class="credit">
          Reported speech of <a href={paths.actor(s.speaker).page}>{chain.speaker.name}</a>; the words are the article’s.
        </p>
      )}
      {view.corrections.map((c) => (
        <p class="correction">
          <strong>Corrected {c.date}:</strong> {c.note}
        </p>
      ))}
      <p class="chain">{chainSentence(chain)}</p>
      <p class="chain">The article’s attributing words: “{chain.attribution}”</p>
      {context ? (
        <p class="context">
          In the article: {context.before}
          <mark>{context.quoted}</mark>
          {context.after}
        </p>
      ) : null}
      {s.continues ? (
        <p class="chain">
          Continues <a href={paths.quote(s.continues).page}>{s.continues}</a> (one quotation split around its attribution).
        </p>
      ) : null}
      {continuedBy ? (
        <p class="chain">
          Continued in <a href={paths.quote(continuedBy).page}>{continuedBy}</a>.
        </p>
      ) : null}
      {utterance && sameWords.length ? (
        <p class="chain">
          Same utterance ({utterance.confidence}) also reported as{' '}
          {sameWords.map((id, i) => (
            <>
              {i ? ', ' : ''}
              <a href={paths.quote(id).page}>{id}</a>
            </>
          ))}
          . {utterance.note}
        </p>
      ) : null}
      <p class="links">
        <a href={paths.quote(s.id).page}>Share page</a> · <a href={paths.source(s.source).self}>Source {s.source} (stored text, JSON)</a>
        {source?.url ? (
          <>
            {' · '}
            <a href={source.url} rel="nofollow noopener">
              Original article
            </a>
          </>
        ) : null}
        {' · '}
        <a href={paths.quote(s.id).self}>This record as JSON</a>
      </p>
    </li>
  )
}

const Statements: FC<{ data: PageData; statements: Statement[] }> = ({ data, statements }) => (
  <ul class="statements">
    {statements.flatMap((s) => (data.statements[s.id] ? [<StatementItem view={data.statements[s.id]!} />] : []))}
  </ul>
)

const Topics: FC<{ data: PageData; ids: string[] }> = ({ data, ids }) => (
  <>
    {ids.map((id, i) => (
      <>
        {i ? ', ' : ''}
        <a href={paths.topic(id).page}>{data.topics[id]?.name ?? id}</a>
      </>
    ))}
  </>
)

export const QuotePage: FC<ShareProps> = ({ data, origin, described, alt }) => {
  const s = described.statements[0]
  return (
    <article>
      <h1>{described.title}</h1>
      <CardFigure described={described} alt={alt} />
      <ShareRow origin={origin} described={described} alt={alt} />
      {s ? (
        <>
          <Statements data={data} statements={[s]} />
          <p>
            Topics: <Topics data={data} ids={s.topics} />. All of{' '}
            <a href={paths.actor(s.speaker).page}>{data.actors[s.speaker]?.name ?? s.speaker}</a>’s statements.
          </p>
        </>
      ) : null}
    </article>
  )
}

export const ActorPage: FC<ShareProps> = ({ data, origin, described, alt }) => {
  const actor = data.actors[described.id]
  const positions = data.positions
  return (
    <article>
      <h1>{described.title}</h1>
      <CardFigure described={described} alt={alt} />
      <ShareRow origin={origin} described={described} alt={alt} />
      {positions.length ? (
        <section>
          <h2>Positions</h2>
          <p class="note">onrecord’s one-sentence summaries (our words, not the speaker’s), each resting on the statements below it.</p>
          <ul>
            {positions.map((p) => (
              <li>
                <a href={paths.topic(p.topic).page}>{data.topics[p.topic]?.name ?? p.topic}</a>: {p.summary} (
                {p.evidence.map((id, i) => (
                  <>
                    {i ? ', ' : ''}
                    <a href={`#${id}`}>{id}</a>
                  </>
                ))}
                )
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {described.mentionsOnly ? (
        <section>
          <p>
            <strong>The sources quote no words of {actor?.name}.</strong> Nothing on this page is a statement of {actor?.name}.
          </p>
          <h2>What others said that mentions {actor?.name}</h2>
          {described.statements.length ? (
            <Statements data={data} statements={described.statements} />
          ) : (
            <p>No statement in the sources mentions {actor?.name}.</p>
          )}
        </section>
      ) : (
        <section>
          <h2>Statements, in source order</h2>
          <Statements data={data} statements={described.statements} />
        </section>
      )}
    </article>
  )
}

export const TopicPage: FC<ShareProps> = ({ data, origin, described, alt }) => {
  const topic = data.topics[described.id]
  const positions = data.positions
  return (
    <article>
      <h1>{described.title}</h1>
      <p>{topic?.description}</p>
      <CardFigure described={described} alt={alt} />
      <ShareRow origin={origin} described={described} alt={alt} />
      <p class="note">Each summary is onrecord’s one sentence (our words, not the speaker’s); the statements under it are what it rests on.</p>
      {positions.map((p) => {
        const evidence = new Set(p.evidence)
        return (
          <section>
            <h2>
              <a href={paths.actor(p.actor).page}>{data.actors[p.actor]?.name ?? p.actor}</a>
            </h2>
            <p>{p.summary}</p>
            <Statements data={data} statements={described.statements.filter((s) => evidence.has(s.id))} />
          </section>
        )
      })}
    </article>
  )
}
