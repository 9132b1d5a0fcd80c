/**
 * One small test per attribution rule, on short texts written for it (unit tests, not a
 * measure: the measure is the PolNeAR eval). Each says who the rule must name — or that it
 * must name nobody, since a wrong speaker is worse than a missing one.
 */
import { describe, expect, it } from 'vitest'
import { extractQuotes } from '../../src/extract/extract'

const run = (text: string) => extractQuotes(text)
/** [quoted words, speaker or null] for every quote found. */
const who = (text: string) => run(text).quotes.map((q) => [q.text, q.speaker?.name ?? null])
const one = (text: string, quoted: string) => {
  const q = run(text).quotes.find((x) => x.text === quoted)
  if (!q) throw new Error(`no quote ${JSON.stringify(quoted)} in ${JSON.stringify(text)}`)
  return q
}

describe('names as newspapers write them', () => {
  it('sends a speaker known by one word and nothing else to review: perhaps no person at all', () => {
    const q = one('PolitiFact said the claim was “mostly false.”', 'mostly false.')
    expect(q.speaker).toBeNull()
    expect(q.candidates.map((p) => p.name)).toEqual(['PolitiFact'])
    expect(q.rule).toContain('unintroduced')
    // a surname the text introduced in full, with a title, or with a first name is someone
    expect(who('Jane Roe spoke first. Roe said the plan was “a disgrace.”')).toEqual([['a disgrace.', 'Jane Roe']])
    expect(who('Sen. Roe said the plan was “a disgrace.”')).toEqual([['a disgrace.', 'Roe']])
    expect(who('“It was a disgrace,” Sarah said.')).toEqual([['It was a disgrace,', 'Sarah']])
  })

  it('takes a surname ending like an adverb for the person the text names in full with it', () => {
    const text = 'Activist Martha Donnelly spoke on Monday. Tom Hale was there.\n\nDonnelly later wrote a column.\n\n“We will win this fight,” she wrote.'
    expect(who(text)).toEqual([['We will win this fight,', 'Martha Donnelly']])
    // a word like "Separately" that ends no full name stays no one
    expect(who('Martha Donnelly spoke on Monday.\n\nSeparately, Tom Hale said the plan was “a disgrace.”')).toEqual([['a disgrace.', 'Tom Hale']])
  })

  it('takes a nationality that is the surname of a person named in full for that person where it speaks', () => {
    const text = 'Investor Mark Cuban, a Texas businessman, is weighing a run.\n\n“I might do it,” Cuban said. “But not yet.”\n\nCuban food was served.'
    expect(who(text)).toEqual([['I might do it,', 'Mark Cuban'], ['But not yet.', 'Mark Cuban']])
    // with no one named in full with it, a nationality is no one
    expect(run('“We will win,” Cuban said.').quotes.map((q) => q.speaker)).not.toContainEqual(expect.objectContaining({ name: 'Cuban' }))
  })

  it('reads capitalised words after “a” that end the phrase (“a Dayton Democrat”) as a description, nobody competing', () => {
    const text = 'Rep. Tom Hale, a Dayton Democrat who chairs the panel, backs the bill.\n\nHe said it was “long overdue.”'
    expect(who(text)).toEqual([['long overdue.', 'Tom Hale']])
  })

  it('reads a name after “the” that ends its phrase (“the Christian Unity Breakfast”) as a thing, and one before a noun as a person', () => {
    const text = 'Jack Hale spoke during the Christian Unity Breakfast this morning in Dayton.\n\n“We will win,” he said.'
    expect(who(text)).toEqual([['We will win,', 'Jack Hale']])
    expect(who('A volunteer for the Jane Roe campaign spoke.\n\n“We will win,” Roe said.')).toEqual([['We will win,', 'Jane Roe']])
  })

  it('reads a name modifying a role before another name (“Roe campaign chairman Tom Hale said”) as part of his phrase', () => {
    const text = 'Jack Roe is running for governor.\n\nBut Roe campaign chairman Tom Hale said the candidate’s appeal would grow.\n\n“We think the message will carry,” he said.'
    expect(who(text)).toEqual([['We think the message will carry,', 'Tom Hale']])
  })

  it('reads an opening phrase closed by a comma inside a quotation (“As for his “plan,” Hale …”) as closed', () => {
    const text = 'Jack Roe and Tom Hale met on Monday.\n\nAs for Roe’s talk of a “plan,” Hale found it thin. “I needed more,” he said.'
    expect(who(text)).toEqual([['I needed more,', 'Tom Hale']])
  })

  it('takes the gender a family word before a full name gives (“widow Terry Roe”) over the first name’s', () => {
    const text = '“It is wrong,” said widow Terry Roe.\n\nRoe said the families had waited long enough.\n\n“We will not wait,” she said.'
    expect(who(text)).toEqual([['It is wrong,', 'Terry Roe'], ['We will not wait,', 'Terry Roe']])
  })

  it('takes the one woman for “she” when the only other name is a thing met after a preposition', () => {
    const text = 'Jane Roe, a retiree, lives near Dayton. At 29, she still keeps posters from Dirty Dancing in her old room.\n\n“Who wants to live at home?” she said.'
    expect(who(text)).toEqual([['Who wants to live at home?', 'Jane Roe']])
    // a name the text also calls by its last word alone is a person's, and leaves it open
    expect(who('Jane Roe, a retiree, lives near Dayton. At 29, she still keeps posters of Kip Terris in her old room, and a photo with Terris.\n\n“Who wants to live at home?” she said.')[0]![1]).toBeNull()
  })

  it('reads initials before a surname (“J.J. Roe”) as a person’s full name, and “U.S.” before a word as no one’s', () => {
    const text = 'The researcher J.J. Roe has studied the movement for years.\n\nRoe said the group took a “hard stand.”'
    expect(who(text)).toEqual([['hard stand.', 'J.J. Roe']])
    expect(who('U.S. Steel said the deal was “a disgrace.”')[0]?.[1] ?? null).not.toBe('U.S. Steel')
  })

  it('takes the full name given inside a quotation for a person the writer names by surname', () => {
    const text = 'Black said the party "would lose with a Donald Trump nomination." Trump told supporters: "We will win."'
    expect(one(text, 'We will win.').speaker?.name).toBe('Donald Trump')
  })

  it('drops honorifics and abbreviated titles before a name', () => {
    expect(who('“We will vote no,” said Sen. Jane Roe.')).toEqual([['We will vote no,', 'Jane Roe']])
    expect(who('Gov. Tom Reed said the budget was “a disgrace.”')).toEqual([['a disgrace.', 'Tom Reed']])
    expect(who('“Pray for them,” the Rev. Amos Lee said.')).toEqual([['Pray for them,', 'Amos Lee']])
  })

  it('takes a lowercase or capitalised role phrase before the name as a role, not a name', () => {
    expect(who('“The door is open,” press secretary Jane Roe told reporters.')).toEqual([['The door is open,', 'Jane Roe']])
    expect(who('Judicial Watch President Tom Fitton called it “a cover-up.”')).toEqual([['a cover-up.', 'Tom Fitton']])
    expect(who('“We will provide it,” FBI General Counsel James A. Baker said.')).toEqual([['We will provide it,', 'James A. Baker']])
  })

  it('takes a role with digits or a comma before an inverted name, and a name followed by "in"/"when" ("said ACLU executive director Anthony Romero in a statement")', () => {
    expect(who('“It was a large purchase,” said K9 president Tom Willis, who gave no price.')).toEqual([['It was a large purchase,', 'Tom Willis']])
    expect(who('“The plan is a failure,” said union executive director Ann Rowe in a statement.')).toEqual([['The plan is a failure,', 'Ann Rowe']])
    expect(who('“We are counting early votes,” said Hale’s deputy campaign manager, Rich Brand, who ran the field team.')).toEqual([['We are counting early votes,', 'Rich Brand']])
    expect(who('“They are at risk,” said Dallas voter Dan Moss when asked about the law.')).toEqual([['They are at risk,', 'Dan Moss']])
    expect(who('“This is big,” explained Boston-based lawyer Edna Marr.')).toEqual([['This is big,', 'Edna Marr']])
  })

  it('takes someone’s role set off by commas before the name (“…,” Rep. Tom Hale’s chief of staff, Joe Kasper, told reporters.)', () => {
    expect(who('“Positions are going to soften,” Rep. Tom Hale’s chief of staff, Joe Kasper, told reporters.')).toEqual([['Positions are going to soften,', 'Joe Kasper']])
  })

  it('takes no subject of a clause opened by "when" after a quote for its speaker (“…,” when Ann Cole blasted him)', () => {
    const text = 'The ad shows Tom Hale saying during the debate, “That makes me smart,” when Ann Cole blasted him for not paying taxes.'
    expect(one(text, 'That makes me smart,').speaker?.name ?? null).not.toBe('Ann Cole')
  })

  it('takes a relation named with his/her before the name (“…,” his friend Omar Saleh told the website.)', () => {
    expect(who('“He had so many plans,” his friend Omar Saleh told the website.')).toEqual([['He had so many plans,', 'Omar Saleh']])
    expect(who('“We need him here,” his wife, Gabriela Lazar, wrote in a letter.')).toEqual([['We need him here,', 'Gabriela Lazar']])
  })

  it('reads an attribution set off by commas inside the sentence (“A big truck” plowed through, he said, and “…”)', () => {
    const text = 'Jimmy Gazal was watching the fireworks.\n\n“A big truck” plowed through the barriers, Gazal said, and “everyone started running.”'
    expect(who(text)).toEqual([['A big truck', 'Jimmy Gazal'], ['everyone started running.', 'Jimmy Gazal']])
  })

  it('takes a role with commas inside it before an inverted name (exhorted Clinton’s introducer, actress Jamie Lee Curt.)', () => {
    expect(who('“It is about time,” exhorted Clinton’s introducer, actress Jamie Lee Curt.')).toEqual([['It is about time,', 'Jamie Lee Curt']])
  })

  it('reads a party tag followed by a comma before the verb ("Gov. Tom Kane (R-Ohio), said, “…”")', () => {
    expect(who('After the vote, Gov. Tom Kane (R-Ohio), said, “We are ready.”')).toEqual([['We are ready.', 'Tom Kane']])
  })

  it('reads a speech verb opening the sentence before its subject ("Said Jane Roe, who …, “…”")', () => {
    expect(who('The old house is a museum now. Said Dora Penn, who grew up next door, “We were so proud of him.”')).toEqual([['We were so proud of him.', 'Dora Penn']])
  })

  it('takes a nickname quoted inside a name for no statement (Marcia “Cia” Price)', () => {
    expect(who('“Stand with us!” state Sen. Marcia “Cia” Price (D-Norfolk) shouted to the crowd.')).toEqual([['Stand with us!', 'Marcia Price']])
  })

  it('takes the name after a possessive, not the owner’s ("Commentary’s Noah Rothman")', () => {
    expect(who('“It will hurt him,” Commentary’s Noah Rothman tweeted Friday.')).toEqual([['It will hurt him,', 'Noah Rothman']])
  })

  it('keeps a middle name organisations also use ("Kathleen Hall Jamieson") and drops a party word before a name', () => {
    expect(who('“It is jarring,” said Kathleen Hall Jamieson, a professor. Later Jamieson said he was “telling them what they want.”')).toEqual([
      ['It is jarring,', 'Kathleen Hall Jamieson'],
      ['telling them what they want.', 'Kathleen Hall Jamieson'],
    ])
    expect(who('Senate Intelligence Ranking Democrat Dianne Feinstein said it was “not top secret.”')).toEqual([['not top secret.', 'Dianne Feinstein']])
  })

  it('reads a word between the subject and its verb ("Carter however said", "Cruz himself said")', () => {
    expect(who('Ash Carter however said he would welcome a “principled security network” for Asia.')).toEqual([['principled security network', 'Ash Carter']])
    expect(who('Ted Cruz himself said Tuesday that “the only way to win is to ask.”')).toEqual([['the only way to win is to ask.', 'Ted Cruz']])
  })

  it('takes the subject of the sentence before for a whole-quote sentence in its paragraph, and reviews one a paragraph later', () => {
    expect(who('Dr. Jane Roe did not hold back at the hearing. “We are seeing patients who waited three years.”')).toEqual([['We are seeing patients who waited three years.', 'Jane Roe']])
    expect(who('Dr. Jane Roe did not hold back at the hearing.\n\n“We are seeing patients who waited three years.”')).toEqual([['We are seeing patients who waited three years.', null]])
  })

  it('reads an attribution closing the sentence after a phrase that follows a whole quote', () => {
    expect(who('“The situation is reminiscent of the 1960s,” the dawn of a movement, Tom Reed says.')).toEqual([['The situation is reminiscent of the 1960s,', 'Tom Reed']])
  })

  it('leaves a quote attributed to a title ("the mayor said") to review, with the title’s holder as candidate', () => {
    const q = one('Mayor Jane Roe spoke on Monday. “We will win,” the mayor said.', 'We will win,')
    expect([q.speaker, q.candidates.map((c) => c.name), q.rule]).toEqual([null, ['Jane Roe'], 'title'])
  })

  it('gives a title nobody holds ("the Ohio senator said") to the current speaker, unless someone else was named since', () => {
    expect(who('“We will win,” Jane Roe said.\n\n“It will be close,” the Ohio senator said.')).toEqual([['We will win,', 'Jane Roe'], ['It will be close,', 'Jane Roe']])
    const other = '“We will win,” Jane Roe said. Tom Hale was less sure.\n\n“It will be close,” the Ohio senator said.'
    expect(run(other).quotes.find((q) => q.text === 'It will be close,')?.speaker ?? null).toBeNull()
  })

  it('reads the present of reportage (“…,” Roe answers.) and skips it in an opening clause closed inside the marks', () => {
    expect(who('“We can point to two wins,” Jane Roe answers.')).toEqual([['We can point to two wins,', 'Jane Roe']])
    const text = 'While Tom Hale proclaims the report a “terrific piece,” Jane Roe fixates on the “pivot” line.'
    expect(who(text)).toEqual([['terrific piece,', 'Tom Hale']])
  })

  it('reads less common verbs of saying (agrees, fumed, demurred, surmised)', () => {
    expect(who('“Our ideas of success are different,” agrees Michelle Stone, 30, of Gainesville.')).toEqual([['Our ideas of success are different,', 'Michelle Stone']])
    expect(who('“That would have been a sign of good faith,” Pat Toome fumed on Tuesday.')).toEqual([['That would have been a sign of good faith,', 'Pat Toome']])
  })

  it('gives a question after "was asked by X" to X, and after "was asked" to nobody', () => {
    expect(who('Tom Hale was asked by host Bill Mahr, “Now, you famously said you were tired of the emails?”')).toEqual([['Now, you famously said you were tired of the emails?', 'Bill Mahr']])
    expect(who('Tom Hale was asked, “If you had known about the server, would you have told her?”').filter(([, speaker]) => speaker !== null)).toEqual([])
  })

  it('gives a partial quote the attribution nearest before it, after the sentence’s last quote (… and Tom Hale says he’s “losing the war”)', () => {
    expect(who('Ann Cole accuses the president of “leading from behind” and Tom Hale says he is “losing the war on terror.”')).toEqual([['leading from behind', 'Ann Cole'], ['losing the war on terror.', 'Tom Hale']])
    expect(who('Ann Cole slammed the plan as “reckless” and called it “a disgrace.”')).toEqual([['reckless', 'Ann Cole'], ['a disgrace.', 'Ann Cole']])
  })

  it('gives every quote of a list in the writer’s sentence to its attribution (called him a “nasty guy,” “unstable” and “sick.”)', () => {
    expect(who('Tom Hale called the senator a “nasty guy,” “unstable” and “sick.”')).toEqual([['nasty guy,', 'Tom Hale'], ['unstable', 'Tom Hale'], ['sick.', 'Tom Hale']])
    expect(who('“They are wrong,” said 9/11 widow Terry Strand.')).toEqual([['They are wrong,', 'Terry Strand']])
  })

  it('reads a name followed by a present participle of saying (with Tom Hale tweeting that it was a “disaster”)', () => {
    expect(who('Republicans were quick to chime in, with Tom Hale tweeting that it was a “disaster” for the party.')).toEqual([['disaster', 'Tom Hale']])
  })

  it('reads a no-break space as a space and keeps the source’s characters in the quote', () => {
    const q = run('“I would be very,\u00a0very firm,” Tom\u00a0Hale\u00a0said at one point.').quotes
    expect(q.map((x) => [x.text, x.speaker?.name ?? null])).toEqual([['I would be very,\u00a0very firm,', 'Tom Hale']])
    expect(q[0]?.attribution).toBe('Tom\u00a0Hale\u00a0said at one point')
  })

  it('goes on from a partial quote closing the paragraph before to a whole-quote paragraph', () => {
    const text = 'Tom Hale shot back in a statement, saying he has “made a lot of money in down markets.”\n\n“Frankly, this is the kind of thinking our country needs.”'
    expect(who(text)).toEqual([['made a lot of money in down markets.', 'Tom Hale'], ['Frankly, this is the kind of thinking our country needs.', 'Tom Hale']])
  })

  it('goes on to a second quote followed by the writer’s aside after a dash', () => {
    const text = '“The key group is older women,” said Jaime Harlow, the party chair. “Sanders has to do the two-step” - raising his name recognition first.'
    expect(who(text)).toEqual([['The key group is older women,', 'Jaime Harlow'], ['Sanders has to do the two-step', 'Jaime Harlow']])
  })

  it('reads a quote paragraph signed with a dash and a name on the next line', () => {
    const text = 'The week in quotes.\n\n“I went to Wall Street before the crash and told them to stop.”\n\n— Ann Cole, in Iowa.'
    expect(who(text)).toEqual([['I went to Wall Street before the crash and told them to stop.', 'Ann Cole']])
  })

  it('reads an attribution closing the sentence with an appositive of its own (…, said Brad Roe, a pollster.)', () => {
    expect(who('That would mean a “summer of agony” for the party, said Brad Roe, a Democratic pollster and consultant.')).toEqual([['summer of agony', 'Brad Roe']])
  })

  it('reads an inverted attribution set off by commas inside the sentence (…, says Carl Anton, a historian, is that …)', () => {
    expect(who('The paradox of the era, says Carl Anton, a historian at the library, is that she was “the most powerful first lady.”')).toEqual([['the most powerful first lady.', 'Carl Anton']])
    expect(who('Dan Kirt, a senior director, said he expects Obama, Abe and Park to “show their unity.”')).toEqual([['show their unity.', 'Dan Kirt']])
  })

  it('reads the attribution after a quoted question or exclamation (“…?” Trump said), not the last speaker’s', () => {
    const text = '“That is right,” Melanie Roe said to the nominee.\n\n“Who would have believed that we would win?” Donald Trump said, looking out.'
    expect(who(text)).toEqual([['That is right,', 'Melanie Roe'], ['Who would have believed that we would win?', 'Donald Trump']])
  })

  it('takes "As Jane Roe said, “…”" for the attribution, not an opening subordinate clause', () => {
    expect(who('As Michael Dell said last week in Tel Aviv, “Israel is the center of the digital future.”')).toEqual([['Israel is the center of the digital future.', 'Michael Dell']])
  })

  it('takes no participle or adverb opening a run for a first name ("Understated Perez", "Maybe Trump"), yet keeps Mohamed', () => {
    expect(who('Thomas Perez spoke. Understated Perez said it was “a train wreck.”')).toEqual([['a train wreck.', 'Thomas Perez']])
    expect(who('Donald Trump spoke. Maybe Trump said it was “a fraud.”')).toEqual([['a fraud.', 'Donald Trump']])
    expect(who('“It is an emergency,” said Mohamed El-Erian.')).toEqual([['It is an emergency,', 'Mohamed El-Erian']])
  })

  it('drops a capitalised speech verb opening a colon introduction ("Stated Stone:")', () => {
    expect(who('Roger Stone spoke on Monday.\n\nStated Stone: “We will win the vote.”')).toEqual([['We will win the vote.', 'Roger Stone']])
  })

  it('names nobody alone when several names are the subject ("A, B and C said")', () => {
    expect(who('Julianne Moore, Kerry Washington and Amy Schumer said it was “stepping up.”')).toEqual([['stepping up.', null]])
  })

  it('reads an inverted attribution past a role ("said Democratic strategist Jane Roe")', () => {
    expect(who('“The math is daunting,” explained Democratic strategist Jane Roe, president of a think tank.')).toEqual([['The math is daunting,', 'Jane Roe']])
  })

  it('reads a lowercase role after the verb ("said master of ceremonies …", "added his campaign manager …"), never "the wife of X"', () => {
    expect(who('"Welcome," said master of ceremonies Asab Tabchi, a Syrian engineer.')).toEqual([['Welcome,', 'Asab Tabchi']])
    expect(who('"We will go," added his campaign manager Jeff Weaver.')).toEqual([['We will go,', 'Jeff Weaver']])
    expect(who('"No," said the wife of Tom Reed.')).toEqual([])
  })

  it('takes the holder of a role, not the possessive before it ("said Clinton’s aide Jake Sullivan")', () => {
    const text = 'Hillary Clinton spoke first. “It is bad,” said Clinton’s top aide Jake Sullivan.'
    expect(one(text, 'It is bad,').speaker?.name).toBe('Jake Sullivan')
  })

  it('reads an attribution that closes the sentence after its last comma', () => {
    expect(who('They “were stiff. They weren’t fun” in comparison to Obama, Tom Reed said.')).toEqual([['were stiff. They weren’t fun', 'Tom Reed']])
  })

  it('reads past determiners and adjectives ("a smiling Roe")', () => {
    const text = 'Jane Roe won the count. “We did it,” a smiling Roe said.'
    expect(one(text, 'We did it,').speaker?.name).toBe('Jane Roe')
  })

  it('reads past an appositive to the speaker', () => {
    expect(who('Jane Roe, a Democrat from Ohio, said the bill was “dead on arrival.”')).toEqual([['dead on arrival.', 'Jane Roe']])
    expect(who('Tom Reed -- who lost the race in 2012 -- said the plan "will never pass."')).toEqual([['will never pass.', 'Tom Reed']])
    expect(who('Jean Marc, the foreign minister of France, a permanent member of the council, said the test "cannot go unanswered."')).toEqual([['cannot go unanswered.', 'Jean Marc']])
    expect(who('Separately, the opposition spokesman for transport, James Whitfield, wrote: "The minister has lost control."')).toEqual([['The minister has lost control.', 'James Whitfield']])
    expect(who('Mark Holden, chairman of the board of Freedom Partners, the network’s funding arm, said it would act only if "a candidate were able to win."')).toEqual([['a candidate were able to win.', 'Mark Holden']])
  })

  it('reads past an appositive quoting a title, yet not past a comma inside the marks (…, trashed Cole on “Morning Talk,” calling it)', () => {
    expect(who('Jeff Hale, the co-author of “Going Under,” about the local press, said towns once had “a shared story.”')).toEqual([['a shared story.', 'Jeff Hale']])
    expect(who('Sam Dole, a contestant on the show “The Climb,” who later worked for Reed, said his boss was “always kind.”')).toEqual([['always kind.', 'Sam Dole']])
    const text = 'Former mayor Ann Lutz, who backs Tom Reed, trashed Cole on WKRP’s “Morning Talk,” calling it a “no-brainer” to sue.'
    expect(run(text).quotes.find((q) => q.text === 'no-brainer')?.speaker?.name).not.toBe('Tom Reed')
  })

  it('reads a name of a place followed by an appositive (Rep. Tom Cole of Ohio, an ally of the leadership, said)', () => {
    expect(who('Rep. Tom Cole of Ohio, an ally of the party leadership, said Thursday his worry is that Reed is “unpredictable.”')).toEqual([['unpredictable.', 'Tom Cole']])
  })

  it('skips party/state tags and never takes a place for the speaker', () => {
    expect(who('“Not one more dollar,” said Sen. Jane Roe (D-Ohio).')).toEqual([['Not one more dollar,', 'Jane Roe']])
    expect(who('Rep. Tom Reed (R-Texas) said the vote was “a farce.”')).toEqual([['a farce.', 'Tom Reed']])
    expect(who('Attorney General Roy Cooper (D), a rival of the governor, called for the release, saying that transparency "brings progress."')).toEqual([['brings progress.', 'Roy Cooper']])
    expect(who('Jane Roe of Ohio said the plan was “a farce.”')).toEqual([['a farce.', 'Jane Roe']])
  })

  it('gives a later "Ms. Roe" or "Roe" the full name given earlier', () => {
    const text = 'Jane Roe chairs the committee. “No,” Ms. Roe said. “Never,” Roe added.'
    expect(who(text)).toEqual([['No,', 'Jane Roe'], ['Never,', 'Jane Roe']])
  })

  it('lets Mr. and Mrs. tell two Roes apart, and leaves a bare "Roe" to review', () => {
    const text = 'Jane Roe and her husband, Tom Roe, run the farm.\n\n“We are fine,” Mrs. Roe said.\n\n“We are not fine,” Mr. Roe said.\n\n“Who knows,” Roe said.'
    const found = run(text).quotes
    expect(found.map((q) => q.speaker?.name ?? null)).toEqual(['Jane Roe', 'Tom Roe', null])
    expect(found[2]!.candidates.map((p) => p.name).sort()).toEqual(['Jane Roe', 'Tom Roe'])
  })
})

describe('who speaks in the writer’s clause', () => {
  it('takes no noun ending in -ly for an adverb before the verb ("Vale’s family has called")', () => {
    const text = 'Keith Vale died on Tuesday.\n\nVale’s family has called on the police to release the videos “as a matter of transparency.”'
    expect(run(text).quotes.filter((q) => q.speaker !== null)).toEqual([])
  })

  it('takes an unnamed speaker set off after a name ("Roe, a top aide said, “…”") for someone other than the name', () => {
    const text = 'Jane Roe spoke in Ohio on Monday.\n\nRoe, a top aide said, “is very confident in the contrast” with her rival.'
    expect(run(text).quotes.filter((q) => q.speaker !== null)).toEqual([])
  })

  it('takes no clause opened by "when" after a quotation for its attribution ("…,” when Hale blasted him"), but takes "as Roe said"', () => {
    const text = 'Jane Hale and Jim Roe debated on Monday.\n\nThe ad shows Roe answering during the debate, “That makes me smart,” when Hale blasted him for not paying taxes.'
    expect(run(text).quotes.some((q) => q.speaker?.name === 'Jane Hale')).toBe(false)
    expect(who('Jim Roe spoke on the radio.\n\nStill, the race “is a dead heat right now,” as Roe said on Monday.')).toEqual([['is a dead heat right now,', 'Jim Roe']])
  })

  it('gives a quote in a clause joined by "and", "but" or "while" to that clause’s speaker ("Roe accuses … and Hale says …")', () => {
    const text = 'Jim Roe accuses the president of “leading from behind” and Tom Hale says he is “losing the war on terrorism,” two views of one policy.'
    expect(who(text)).toEqual([['leading from behind', 'Jim Roe'], ['losing the war on terrorism,', 'Tom Hale']])
    const nested = 'Jim Roe said that Tom Hale once described the deal as “the gold standard” of trade deals.'
    expect(who(nested)).toEqual([['the gold standard', 'Jim Roe']])
  })

  it('gives a participle set off by a comma to the sentence’s subject, not to a name set off before it ("…, his rival, Jane Hale, saying")', () => {
    const text = 'Sen. Tom Roe visited a morning show to discuss his recent remarks about his rival, Jane Hale, saying “on her worst day” she would be a better president.'
    expect(who(text)).toEqual([['on her worst day', 'Tom Roe']])
  })

  it('takes one word after "The" or a place’s name, with no title, for no person ("The American Legion has asked")', () => {
    const text = 'Jim Roe leads the race.\n\nThe American Legion has asked the Roe campaign to “cease and desist” from using its emblem.'
    expect(run(text).quotes.filter((q) => q.speaker !== null)).toEqual([])
  })

  it('takes a name after a preposition opening the clause for its topic, not its subject ("Of Roe, Hale, who …, said")', () => {
    const text = 'Jim Roe spoke first. Of Roe, Tom Hale, who has given money to his rival, said, “He is scary.”'
    expect(who(text)).toEqual([['He is scary.', 'Tom Hale']])
  })

  it('takes the verb that brings in a quotation with a colon for its attribution ("She said …, to which Hale interjected: “…”")', () => {
    const text = 'Jane Roe and Tom Hale debated on Sunday.\n\nShe said that experts had found her plans strong, to which Hale interjected: “It is just not true.”'
    expect(who(text)).toEqual([['It is just not true.', 'Tom Hale']])
  })

  it('gives a question to its asker ("Roe was asked by host Jim Hale, “…”"), and sends it to review when no asker is named', () => {
    expect(who('Tom Roe went on the show. Roe was asked by host Jim Hale, “Would you have told her?”')).toEqual([['Would you have told her?', 'Jim Hale']])
    const text = 'Tom Roe went on the show. Roe was asked, “Would you have told her?”'
    expect(run(text).quotes.filter((q) => q.speaker !== null)).toEqual([])
  })

  it('takes an opening "As" clause for the attribution only when the main clause has no verb of saying ("As Roe attacked Hale, the crowd chanted")', () => {
    const text = 'Jim Roe spoke for an hour.\n\nAs Roe attacked Jane Hale, the attendees chanted, “Lock her up!” as they had before.'
    expect(run(text).quotes.some((q) => q.speaker?.name === 'Jim Roe')).toBe(false)
    expect(who('Jim Roe spoke in Ohio.\n\nAs Roe said last week, “The deal is dead.”')).toEqual([['The deal is dead.', 'Jim Roe']])
  })

  it('sends words an unnamed source passed on to review ("Roe said Hale “would lose,” the source recalled")', () => {
    const text = 'Jim Roe met the group in May. Roe said Hale “would have no chance to win,” the source recalled.'
    expect(run(text).quotes.filter((q) => q.speaker !== null)).toEqual([])
    expect(who('Jim Roe met the group in May. Roe said Hale “would have no chance to win.”')).toEqual([['would have no chance to win.', 'Jim Roe']])
  })

  it('sends words a person passed on ("Roe said, according to Hale") to review, but not words an outlet carried', () => {
    const text = 'Jim Roe met Lois Hale in May. “I will spend a lot of money,” Roe said, according to Hale.'
    const q = one(text, 'I will spend a lot of money,')
    expect(q.speaker).toBeNull()
    expect(q.candidates.map((p) => p.name)).toEqual(['Jim Roe', 'Lois Hale'])
    expect(who('Jim Roe spoke in May. “I will spend a lot of money,” Roe said, according to CNN.')).toEqual([['I will spend a lot of money,', 'Jim Roe']])
  })
})

describe('a surname several people share, read as newspapers write it', () => {
  it('gives a bare surname to the person named first in full, not to relatives introduced after ("his father, Rafael Cruz")', () => {
    const text = 'Sen. Ted Vale endorsed the nominee on Friday.\n\nThe nominee had attacked his wife, Heidi, and his father, Rafael Vale, a pastor.\n\n“I will vote for him,” Vale said.'
    expect(one(text, 'I will vote for him,').speaker?.name).toBe('Ted Vale')
  })

  it('gives a bare surname to one just introduced speaking in full ("Jeh Lane says …. Lane told MSNBC")', () => {
    const text = 'Gary Lane, the Libertarian candidate, held a rally in Ohio.\n\nHomeland Security Secretary Jeh Lane says hackers are probing state election systems. Lane told MSNBC he did not know “exactly who did it.”'
    expect(one(text, 'exactly who did it.').speaker?.name).toBe('Jeh Lane')
  })

  it('takes no headline word or lowercase word for a first name ("Stop Trump"), nor lets it claim the surname', () => {
    const text = 'Stop Vance Rally Draws Hundreds\n\nMarcy Vance spoke at the rally. The group hopes to stop Vance in May.\n\n“We have the votes,” Vance said.'
    expect(one(text, 'We have the votes,').speaker?.name).toBe('Marcy Vance')
  })

  it('counts a headline in title case as naming the person first ("Hillary Roe Accused Of …")', () => {
    const plain = 'Hillary Roe Accused Of Rudeness By Former Agent\n\nA former agent for President Bill Roe has written a book. Hillary Roe denies it.\n\n“I was there,” Roe told reporters.'
    expect(one(plain, 'I was there,').speaker?.name).toBe('Hillary Roe')
  })

  it('takes a familiar form of a first name for the same person ("Ken Starr", "Kenneth Starr")', () => {
    const text = 'Ken Starr praises a rival.\n\nKenneth Starr, the former independent counsel, spoke on Monday. “He is gifted,” Starr said.'
    expect(one(text, 'He is gifted,').speaker?.name).toMatch(/^Ken(?:neth)? Starr$/)
    expect(one(text, 'He is gifted,').candidates).toHaveLength(1)
  })
})

describe('one person, one name: a later surname resolves to the fullest name', () => {
  it('takes a capitalised particle opening a sentence for the particle of the full name ("De Blasio" is Bill de Blasio)', () => {
    const text = 'Mayor Bill de Blasio spoke on the radio.\n\nDe Blasio said, “We are safe.”'
    expect(who(text)).toEqual([['We are safe.', 'Bill de Blasio']])
  })

  it('takes a first name alone for the one person the text gives it to ("Tom" after "her husband, Tom Ebel")', () => {
    const text = 'Betsy Ebel and her husband, Tom Ebel, knocked on doors.\n\n“She is a good friend,” Tom told a neighbor.'
    expect(who(text)).toEqual([['She is a good friend,', 'Tom Ebel']])
    const word = 'Will Estrada chairs the board. Will the board vote?\n\n“We will see,” Will told reporters.'
    expect(run(word).quotes.some((q) => q.speaker?.name === 'Will Estrada')).toBe(false)
  })

  it('takes a place’s name after a first name for a surname ("Rep. Steve Israel")', () => {
    expect(who('“We will be closely coordinated,” said Rep. Steve Israel (D-N.Y.).')).toEqual([['We will be closely coordinated,', 'Steve Israel']])
  })

  it('drops a generational suffix, so a later surname finds the full name ("Luther Stan Pate IV" … "Pate")', () => {
    const text = 'The banner was paid for by donor Luther Stan Pate IV, a real estate developer. “This is all me,” Pate said.'
    expect(who(text)).toEqual([['This is all me,', 'Luther Stan Pate']])
  })

  it('takes a full name from a programme title in quotation marks ("The Rachel Maddow Show")', () => {
    const text = 'Clinton appeared on “The Rachel Maddow Show” on Thursday. “You will have to ask a bear,” Maddow said.'
    expect(one(text, 'You will have to ask a bear,').speaker?.name).toBe('Rachel Maddow')
  })

  it('matches a later surname against every spelling of the full name', () => {
    const text = 'The film director Osman Abou Laban was at the funeral. Osman Abu Laban had flown in. “Have mercy on them,” Abu Laban wrote.'
    expect(one(text, 'Have mercy on them,').speaker?.names).toContain('Osman Abu Laban')
  })

  it('reads a hyphenated description before a surname ("Liberal Oscar-winner Sarandon") as no one else of that name', () => {
    const text = 'Liberal Oscar-winner Sarandon is not sure.\n\n“It is a legitimate concern,” Susan Sarandon told reporters.\n\n“I am not sure,” Sarandon said.'
    expect(one(text, 'I am not sure,').speaker?.name).toBe('Susan Sarandon')
  })

  it('reads a capitalised plural before a name as a description ("Celebrities Julianne Moore", "Senators Ted Cruz")', () => {
    expect(who('Celebrities Julianne Moore said the letter was “stepping up and taking action.”')).toEqual([['stepping up and taking action.', 'Julianne Moore']])
    expect(who('Senators Ted Cruz said the bill was “dead on arrival.”')).toEqual([['dead on arrival.', 'Ted Cruz']])
  })

  it('reads "Will" as a first name after a verb of saying or before a role ("said Will Doyle, a professor")', () => {
    expect(who('“It is an expensive model,” said Will Doyle, a professor of higher education.')).toEqual([['It is an expensive model,', 'Will Doyle']])
    expect(who('Will Estrada, the chairman of the group, said the county was “the key.”')).toEqual([['the key.', 'Will Estrada']])
  })

  it('reads a non-breaking space between names as a space', () => {
    const text = 'Former House Speaker Newt\u00a0Gingrich said the race was close. “It is a much bigger system,” Gingrich said.'
    expect(one(text, 'It is a much bigger system,').speaker?.name).toBe('Newt Gingrich')
  })

  it('starts the name after a hyphenated description inside the run ("South Korean-born Monte Haines")', () => {
    const text = 'South Korean-born Monte Haines holds little hope.\n\n“I was, like, shocked,” said Haines, 44.'
    expect(one(text, 'I was, like, shocked,').speaker?.name).toBe('Monte Haines')
  })
})

describe('continuations', () => {
  it('joins the second half of a quote split around its attribution', () => {
    const q = run('“We will win,” Jane Roe said, “and we will win big.”').quotes
    expect(q.map((x) => [x.text, x.speaker?.name, x.continues])).toEqual([
      ['We will win,', 'Jane Roe', null],
      ['and we will win big.', 'Jane Roe', 0],
    ])
  })

  it('joins the second half after an attribution with a phrase of its own', () => {
    const text = '"These guys know words," said Tom Reed, speaking of Jane Roe and others, "and leave themselves room."'
    expect(who(text)).toEqual([['These guys know words,', 'Tom Reed'], ['and leave themselves room.', 'Tom Reed']])
  })

  it('does not take quoted words in the attribution’s own clause for the second half', () => {
    const text = '"It was shameful," said Tom Reed, who waited in an "extraordinarily long line" for hours.'
    expect(run(text).quotes.find((q) => q.text === 'extraordinarily long line')?.rule ?? null).not.toBe('continues')
  })

  it('continues into a quote paragraph after a paragraph ending “…,” he said.', () => {
    const text = 'Tom Reed spoke last.\n\n“We are ready,” he said.\n\n“The rest is up to the voters.”'
    expect(who(text)).toEqual([['We are ready,', 'Tom Reed'], ['The rest is up to the voters.', 'Tom Reed']])
  })

  it('continues into a quote paragraph after a partial quote whose attribution closes the paragraph before', () => {
    const text = 'The senator “is trying to take a shortcut to power,” Jane Roe wrote.\n\n“This is the year to lead, not to follow.”'
    expect(who(text)).toEqual([['is trying to take a shortcut to power,', 'Jane Roe'], ['This is the year to lead, not to follow.', 'Jane Roe']])
  })

  it('continues past a later sentence naming someone’s view far into it, not past "Those were the words of X"', () => {
    const text = '“We will win,” Tom Hale said. “We will win big.”\n\nThere is simply no way to build a coherent theory out of the senator’s view of trade.'
    expect(who(text)).toEqual([['We will win,', 'Tom Hale'], ['We will win big.', 'Tom Hale']])
    const named = '“We will win,” Tom Hale said. “We will win big.”\n\nThose were the words of Jane Roe, a rival.'
    expect(who(named)).toEqual([['We will win,', 'Tom Hale'], ['We will win big.', 'Jane Roe']])
  })

  it('continues into a quote the writer’s words close, naming nobody and saying nothing (“…” and other kitchen-table issues.)', () => {
    const text = '“Voters will not care about this,” Jane Roe told reporters. “What they care about is that she is focused on wages” and other kitchen-table issues.'
    const q = run(text).quotes
    expect(q.map((x) => [x.text, x.speaker?.name, x.kind])).toEqual([
      ['Voters will not care about this,', 'Jane Roe', 'direct'],
      ['What they care about is that she is focused on wages', 'Jane Roe', 'partial'],
    ])
    // …not when the writer's words say whose they are ("…” there and elsewhere, the memo stated.) or name someone.
    expect(who('“We are ready,” Jane Roe wrote. “We have built a strong team in each state” there, the memo stated.')[1]?.[1] ?? null).toBeNull()
    expect(who('“We are ready,” Jane Roe wrote. “We have built a strong team in each state” that Tom Hale admires.')[1]?.[1] ?? null).toBeNull()
  })

  it('continues after a partial quote in the same paragraph', () => {
    const text = 'Veterans are “not meeting the demand,” says Tom Reed, founder of a veterans group. “We often compare it to a war.”'
    expect(who(text)).toEqual([['not meeting the demand,', 'Tom Reed'], ['We often compare it to a war.', 'Tom Reed']])
  })

  it('does not continue when someone else is named in between', () => {
    const text = '“We are ready,” Tom Reed said.\n\nJane Roe disagreed.\n\n“The rest is up to the voters.”'
    expect(one(text, 'The rest is up to the voters.').speaker?.name ?? null).not.toBe('Tom Reed')
  })

  it('reads a colon introduction: a name before the colon, or none (the speaker goes on)', () => {
    expect(who('Jane Roe, The Daily Post: “We will not sell the paper.”')).toEqual([['We will not sell the paper.', 'Jane Roe']])
    expect(one('Jane Roe, The Daily Post: “We will not sell the paper.”', 'We will not sell the paper.').conduit).toBe('The Daily Post')
    expect(who('“We will fight on,” Jane Roe said.\n\nOf the plan: “It is dead.”')).toEqual([['We will fight on,', 'Jane Roe'], ['It is dead.', 'Jane Roe']])
  })

  it('keeps a multi-paragraph quotation whole (a paragraph with no closing mark runs on)', () => {
    const text = 'Jane Roe said: “The first part ends here.\n\n“The second part ends here.”'
    const q = run(text).quotes
    expect(q).toHaveLength(1)
    expect(q[0]!.text).toBe('The first part ends here.\n\n“The second part ends here.')
    expect(q[0]!.speaker?.name).toBe('Jane Roe')
  })
})

describe('partial quotes and their cues', () => {
  it.each([
    ['Jane Roe called it “a betrayal.”', 'a betrayal.'],
    ['Jane Roe dismissed the report as “fake news.”', 'fake news.'],
    ['Jane Roe referred to her rival as “the candidate of the past.”', 'the candidate of the past.'],
    ['Jane Roe warned against a “rush to war.”', 'rush to war.'],
    ['Jane Roe flatly said the plan was “unworkable.”', 'unworkable.'],
    ['Jane Roe angrily insisted the plan was “unworkable.”', 'unworkable.'],
    ['Jane Roe implied the judge was biased and “hostile.”', 'hostile.'],
    ['Jane Roe also referenced the “border loophole.”', 'border loophole.'],
    ['Jane Roe talked of reforms to “close loopholes.”', 'close loopholes.'],
    ['Jane Roe has coined a new phrase, “undocumented voters.”', 'undocumented voters.'],
    ['Jane Roe often speaks of breaking “the highest glass ceiling.”', 'the highest glass ceiling.'],
    ['Jane Roe refers to the candidate, who is her longtime friend, as “the boss.”', 'the boss.'],
    ['Jane Roe earlier quashed rumors about Tom Hale by tweeting that “I am bound by an agreement.”', 'I am bound by an agreement.'],
  ])('%s', (text, quoted) => {
    const q = one(text, quoted)
    expect([q.kind, q.speaker?.name]).toEqual(['partial', 'Jane Roe'])
  })
})

describe('a sentence subject with a verb in the present', () => {
  it('reads "Roe defends …:" and "He rails against … and pledges …" as the subject’s words', () => {
    expect(who('Jane Roe defends her record in a new ad: “I never gave up on this town.”')).toEqual([['I never gave up on this town.', 'Jane Roe']])
    expect(one('Tom Hale spoke in Iowa. He rails against red tape and pledges to fight its “cheating.”', 'cheating.').speaker?.name).toBe('Tom Hale')
  })
})

describe('subordinate clauses', () => {
  it('skip a speech verb in an opening subordinate clause', () => {
    expect(who('While not everything Tom Reed says is true, Jane Roe said Reed is "telling voters what they want."')).toEqual([['telling voters what they want.', 'Jane Roe']])
  })

  it('take no headline verb for part of a name ("Francois Hollande Says Donald Trump")', () => {
    const text = 'Francois Hollande Says Donald Trump Is Wrong.\n\nDonald Trump, he said, “wasn’t allowed to speak.”'
    expect(run(text).quotes.every((q) => q.speaker?.name !== 'Francois Hollande Says Donald Trump')).toBe(true)
  })
})

describe('participles', () => {
  it('give the words to the sentence’s subject, past an appositive and other names', () => {
    const text = 'Erin Roe, a lawyer, endorsed Tom Reed’s plan Saturday, saying she believed “we need to focus on Flint.”'
    expect(one(text, 'we need to focus on Flint.').speaker?.name).toBe('Erin Roe')
  })

  it('give the words to the subject past an irregular verb and the person it names (Mitt Roe went after Tom Hale …, calling it “…”)', () => {
    const text = 'Mitt Roe went after Tom Hale as the debate opened, calling it “a disgrace” and “a dodge.”'
    expect(who(text)).toEqual([['a disgrace', 'Mitt Roe'], ['a dodge.', 'Mitt Roe']])
  })

  it('give the words to the subject past a day before its verb (Tom Hale on Thursday stepped up his attacks on Roe, saying …)', () => {
    const text = 'Tom Hale on Thursday stepped up his attacks on Jane Roe, saying she is “weak on crime.”'
    expect(who(text)).toEqual([['weak on crime.', 'Tom Hale']])
  })

  it('give the words to a subject followed by "himself" and an appositive (Tom Hale himself, who …, has toned down …, admitting)', () => {
    const text = 'Tom Hale himself, who was not at the rally, has toned down his attacks on Jane Roe, admitting that his “revolution” is over.'
    expect(who(text)).toEqual([['revolution', 'Tom Hale']])
  })

  it('give the words to a subject whose verb is a less common irregular past (Tom Hale cut into Bob Reed, calling him a “stiff”)', () => {
    expect(who('Tom Hale cut into Bob Reed on trade, calling him a “stiff.”')).toEqual([['stiff.', 'Tom Hale']])
  })

  it('give nobody when the subject is not the sentence’s first person', () => {
    const text = 'After a call with Tom Reed and a long meeting, the board wrote to Jane Roe, saying it was “a mistake.”'
    expect(run(text).quotes.find((q) => q.text === 'a mistake.')?.speaker ?? null).toBeNull()
  })

  it('give a participle right after a noun to that noun, unless a person issues it (a sign saying / a statement saying)', () => {
    expect(run('Lori Bern held up a sign saying “Never again, never again.”').quotes.find((q) => q.text === 'Never again, never again.')?.speaker ?? null).toBeNull()
    expect(who('Jane Roe issued a statement saying the plan “has no chance.”')).toEqual([['has no chance.', 'Jane Roe']])
    expect(who('Jane Roe, despite admitting that she had concerns about “trial lawyers,” backed the bill.')).toEqual([['trial lawyers,', 'Jane Roe']])
  })

  it('read "noting", "explaining", "vowing" like "saying"', () => {
    expect(who('Jane Roe praised the plan on Monday, noting that it was “the best in years.”')).toEqual([['the best in years.', 'Jane Roe']])
  })

  it('give nobody when the name only modifies the subject ("Roe’s campaign", "The Roe team", "Lawyers for Roe")', () => {
    for (const text of [
      'Jane Roe’s campaign sent a release, saying Reed owes “an explanation.”',
      'Jane Roe spoke on Monday. The Roe team answered her critics, calling it “a smear.”',
      'Lawyers for Jane Roe filed a motion, saying the suit was “meritless.”',
    ]) expect(run(text).quotes.filter((q) => q.speaker !== null)).toEqual([])
  })
})

describe('pronouns', () => {
  it('agree in gender', () => {
    const text = 'Jane Roe met Tom Reed on Monday. “It went well,” she said. “It did not,” he said.'
    expect(who(text)).toEqual([['It went well,', 'Jane Roe'], ['It did not,', 'Tom Reed']])
  })

  it('read a pronoun with a contracted auxiliary as the subject ("He’s claiming", "she’d said")', () => {
    const text = 'Tom Reed spoke in Ohio on Monday. He’s claiming that fraud is “a big problem” but “nobody talks about it.”'
    expect(who(text)).toEqual([['a big problem', 'Tom Reed'], ['nobody talks about it.', 'Tom Reed']])
    expect(who('Jane Roe left early. She’d said the vote was “rigged.”')).toEqual([['rigged.', 'Jane Roe']])
  })

  it('prefer the current speaker', () => {
    const text = '“We start today,” Tom Reed said on Monday, after meeting Bob Hale.\n\n“It will take a year,” he said.'
    expect(one(text, 'It will take a year,').speaker?.name).toBe('Tom Reed')
  })

  it('take the subject who speaks over names later in that sentence', () => {
    const text = 'Tom Reed, an aide to Bob Hale, said the plan was sound.\n\n“It will pass,” he said.'
    expect(one(text, 'It will pass,').speaker?.name).toBe('Tom Reed')
  })

  it('follow a run of sentences led by the same pronoun back to the name that began it', () => {
    const text = 'Tom Reed spoke in Ohio.\n\nHe plans to run again. He said the race would be close.\n\n“We will win,” he said.'
    expect(one(text, 'We will win,').speaker?.name).toBe('Tom Reed')
  })

  it('give no speaker when two persons of that gender could be meant, and list them', () => {
    const text = 'Tom Reed met Bob Hale and later Jim Cole. The talks went on.\n\n“It will take a year,” he said.'
    const q = one(text, 'It will take a year,')
    expect(q.speaker).toBeNull()
    expect(q.candidates.map((p) => p.name).sort()).toEqual(['Bob Hale', 'Jim Cole', 'Tom Reed'])
  })

  it('count a full name of unknown gender as someone the pronoun may mean', () => {
    const text = 'Jane Roe met the committee on Friday, and Sen. Dorinda Vasquez of Ohio backed the report.\n\n“It never made sense to me,” she said.'
    expect(one(text, 'It never made sense to me,').speaker).toBeNull()
  })

  it('take the one person who speaks in the sentence before, past an appositive or at its end', () => {
    const text = '“We will fight on,” said Tom Reed.\n\nTrade rules hurt farmers in Ohio, Jim Hale said. “We cannot wait,” he said.'
    expect(one(text, 'We cannot wait,').speaker?.name).toBe('Jim Hale')
    const appositive = 'Woodrow Benford, 58, who lives near Dayton, says he knew little about Tom Reed before the race. “Some changes need to be made,” he said.'
    expect(one(appositive, 'Some changes need to be made,').speaker?.name).toBe('Woodrow Benford')
  })

  it('look past a sentence that names someone only after a preposition ("At an interview with Bloomberg Politics, he said")', () => {
    const text = '“We won the lottery,” Tim Canova said.\n\nBernie Sanders, who has sent pleas on Canova’s behalf, said he may campaign for him. At an interview Tuesday with Bloomberg Politics, he said he would do so because Canova is a “good candidate.”'
    expect(one(text, 'good candidate.').speaker?.name).toBe('Bernie Sanders')
  })

  it('take a name before a role and another name ("Obama consultant Cornell Belcher") for a modifier, not the subject', () => {
    const text = 'Barack Obama won Iowa in 2008.\n\nObama consultant Cornell Belcher, the highest-ranking black pollster, picked up a similar thread at the time. “Voters are beginning to see it,” he said.'
    expect(one(text, 'Voters are beginning to see it,').speaker?.name).toBe('Cornell Belcher')
  })

  it('give no speaker when several speak together in the sentence before ("Reed and Hale argued")', () => {
    const text = 'Tom Reed and Jim Hale, both farmers, argued that the rules were unfair. “We cannot wait,” he said.'
    expect(one(text, 'We cannot wait,').speaker).toBeNull()
  })

  it('take no gender from a pronoun that may mean someone else, nor a name only named as an object ("In a conversation with Alyona Minkovski, the actor … he")', () => {
    const text = 'John Leguizamo has a new play.\n\nIt opens in May.\n\nIn a conversation with HuffPost Live’s Alyona Minkovski about his play, the actor discussed history. “Just imagine it,” he said.'
    expect(one(text, 'Just imagine it,').speaker).toBeNull()
  })

  it('take no name after a preposition for the subject ("Choosing between Clinton and Sanders is …")', () => {
    const text = 'Naureen Jahangir backs Bernie Sanders.\n\nChoosing between Hillary Clinton and Sanders is a “false choice,” she said.'
    expect(one(text, 'false choice,').speaker?.name ?? null).not.toBe('Hillary Clinton')
  })

  it('follow sentences led by the same pronoun back to the name that began them, past names in those sentences', () => {
    const text = 'Marty Walz spoke calmly on Monday. She said she would rather help elect Hillary Clinton. “They are trying to defeat opportunity for kids,” she said.'
    expect(one(text, 'They are trying to defeat opportunity for kids,').speaker?.name).toBe('Marty Walz')
  })

  it('follow a sentence in which the same pronoun speaks ("That is why, he argued, …") back to its name', () => {
    const text = 'Don Fowler ran the party in the 1990s.\n\nThough that change went smoothly, he said, replacing Clinton now could lead to lobbying by loyalists to Joe Biden and Bernie Sanders. That is why, he argued, the party should be ready.\n\n“This is a different time,” he said.'
    expect(one(text, 'This is a different time,').speaker?.name).toBe('Don Fowler')
  })

  it('take the subject after an opening phrase, where names after a preposition do not compete ("In an interview with the host X, Ham made it clear …")', () => {
    const text = 'Gen. Norman Ham retired two years ago.\n\nIn an interview with the radio host Rusty Humphries, Ham made it clear he had misgivings about President Barack Obama. “It was demoralizing,” he said.'
    expect(one(text, 'It was demoralizing,').speaker?.name).toBe('Norman Ham')
  })

  it('give a full name beside a family word its gender ("her husband, Milton Berg,")', () => {
    const text = 'Rachel Berg said the speeches changed her mind. Along with her husband, Milton Berg, a money manager, she has given to many candidates.\n\n“I feel bad to say it,” she said.'
    expect(one(text, 'I feel bad to say it,').speaker?.name).toBe('Rachel Berg')
  })

  it('take the one whose view a sentence gives ("To consultant Wilson, the party line is silly") as its subject', () => {
    const text = 'Florida consultant Rick Wilson has worked for Republicans for years. Donald Trump named no one.\n\nTo Florida consultant Wilson, the official party line on Trump is just plain silly. “This is them whistling past the graveyard,” he said.'
    expect(one(text, 'This is them whistling past the graveyard,').speaker?.name).toBe('Rick Wilson')
  })

  it('take a person who speaks in a relative clause ("…, who said") as the speaker of the sentence before', () => {
    const text = 'Hillary Clinton has been criticized for weeks. Clinton’s position was supported Friday by Sen. Dianne Feinstein of California, the ranking Democrat on the committee, who said none of the emails originated with Clinton.\n\n“It has never made sense to me,” she said.'
    expect(one(text, 'It has never made sense to me,').speaker?.name).toBe('Dianne Feinstein')
  })

  it('take a surname two people share for the one named first in full ("Fiorina": Carly, not her husband), not "the only woman" named', () => {
    const text = 'Carly Fiorina ran HP. Her husband, Frank Fiorina, retired early.\n\nThe merger was a hard sell.\n\nIn 2010, Democratic incumbent Barbara Boxer attacked Fiorina over the merger. Fiorina routinely calls herself a change warrior. Last year, at a conference, she said that “people who drive change get arrows in the back.”'
    expect(one(text, 'people who drive change get arrows in the back.').speaker?.name).toBe('Carly Fiorina')
  })

  it('take a person the writer called "she" for a woman, so a later "he" is someone else', () => {
    const text = '“It went well,” Kerry Vance told Dana Price on Monday. “We agreed on the budget,” she said.\n\n“Not on everything,” he said.'
    expect(one(text, 'We agreed on the budget,').speaker?.name).toBe('Kerry Vance')
    expect(one(text, 'Not on everything,').speaker?.name ?? null).not.toBe('Kerry Vance')
  })

  it('take a first name set off after a family word ("his wife, Jane,") for a person of that gender', () => {
    const text = 'Tom Roe backs an open primary.\n\nOn CNN Tuesday, his wife, Jane, called for the same. “Shutting people out is not smart,” she said.'
    expect(one(text, 'Shutting people out is not smart,').speaker?.name).toBe('Jane')
    const full = 'Melania Trump rarely speaks. Jan Brewer spoke first.\n\nTrump’s wife, Melania, spoke in Ohio. “He is kind,” she said.'
    expect(one(full, 'He is kind,').speaker?.name).toBe('Melania Trump')
  })

  it('take the plural of a surname ("the Ebels said") for a family, not a person', () => {
    const text = 'Betsy Ebel and her husband, Tom Ebel, came early. The Ebels said they were tired.\n\n“It is a blessing and a curse,” she said.'
    expect(one(text, 'It is a blessing and a curse,').speaker?.name).toBe('Betsy Ebel')
  })

  it('do not carry the attribution of an earlier quotation past another person who speaks after it', () => {
    const text = 'Jane Roe watched the speech at home.\n\n“You winning?” she said, but as Jim Hale went on about “how the system is rigged,” the room fell quiet.'
    expect(who(text)).toEqual([['You winning?', 'Jane Roe'], ['how the system is rigged,', null]])
  })
})

describe('partial quotes after a cue that is not a verb of saying', () => {
  it('gives a partial quote to the sentence’s subject when a cue of speech or judgement comes between them', () => {
    expect(who('Tom Rowe also bemoaned a climate in which people “simply hate each other” over politics.')).toEqual([['simply hate each other', 'Tom Rowe']])
    expect(who('On Monday, Tom Hale groused to a crowd in Ohio that the paper “never treats me fairly” before leaving.')).toEqual([['never treats me fairly', 'Tom Hale']])
    expect(who('Mayor Ann Cole repeated her claim that “profit-seeking” drove the decision.')).toEqual([['profit-seeking', 'Ann Cole']])
    expect(who('Dr. Amal Bakr pondered who, without him, might “speak for us in this season of fear.”')).toEqual([['speak for us in this season of fear.', 'Amal Bakr']])
    expect(who('Tom Hale took to Twitter overnight to accuse Ann Cole’s campaign of being “duped.”')).toEqual([['duped.', 'Tom Hale']])
    expect(who('With party leaders worried about Ann Cole’s standing among young voters, Tom Hale worried aloud about the “total lack of passion” for her.')).toEqual([['total lack of passion', 'Tom Hale']])
  })

  it('gives a whole quote after a colon closing the sentence to that sentence’s subject, unless another speaker closes it or a title follows', () => {
    expect(who('In city after city, Tom Perez lobbies for a higher minimum wage: “No one who works full time should live in poverty.”')).toEqual([['No one who works full time should live in poverty.', 'Tom Perez']])
    expect(who('But Tom Hale has one thing in common with voters, the columnist suggested: “His streak is proof that voters are tired.”').filter(([, speaker]) => speaker !== null)).toEqual([])
    expect(who('Thanks to his act, Tom Hale can add a new title to his resume: “song anthropologist.”')).toEqual([])
    expect(who('With party leaders worried about the turnout, President Tom Hale is rolling out a personal message: “It’s about me.”')).toEqual([['It’s about me.', 'Tom Hale']])
  })

  it('reaches past another person named after the cue, but not into a clause of someone else’s or a term before its noun', () => {
    expect(who('Mitt Romley went after Tom Hale on Wednesday over his taxes, calling it “disqualifying” and a sign of “something to hide.”')).toEqual([['disqualifying', 'Mitt Romley'], ['something to hide.', 'Mitt Romley']])
    expect(who('Paul Mano was in the office when a member of the family suggested a picture of Tom Hale enjoying his “Mexican” lunch.')).toEqual([])
    expect(who('Paul Mano cited criticism of Tom Hale, who took heat for his questions at a “town hall” forum.')).toEqual([])
  })

  it('names nobody when the cue belongs to another clause, the quote is in title case, or an outlet reported it', () => {
    expect(who('Tom Hale is coming off a strong debate, when many commentators called him “the adult in the room.”')).toEqual([])
    expect(who('Walter Lane sniped at the board, whose members wrote excoriating “Dear Walter” letters.')).toEqual([])
    expect(who('Ann Cole has long worried about the “slow pace of change” in the city, the Daily Sentinel reported.')).toEqual([])
  })
})

describe('not statements', () => {
  it('reads a predicate after a noun like "report" as someone’s words (the report “wasn’t good.”)', () => {
    expect(who('Bill Mahr stated of the scandal that the inspector general’s report “wasn’t good.”')).toEqual([['wasn’t good.', 'Bill Mahr']])
  })

  it('takes a short quote in title case inside the writer’s sentence for a name or title, not someone’s words', () => {
    expect(who('Walter Lane sniped that the board “was learning on the job,” while its members wrote “Dear Walter” letters.')).toEqual([['was learning on the job,', 'Walter Lane']])
    expect(who('Tom Hale said he enjoys “Modern Family” on weekends.')).toEqual([])
  })

  it('reads a clause in lowercase after a noun like "program" as someone’s words', () => {
    expect(who('The minors program “is gaining and has gained traction,” Deputy Secretary Tom Reed said.')).toEqual([['is gaining and has gained traction,', 'Tom Reed']])
  })

  it('rejects titles of programmes, books and slogans', () => {
    const { quotes, rejected } = run('Jane Roe said on ABC’s “This Week” that she would run. She wrote the book “Crippled Country Now.”')
    expect(quotes).toEqual([])
    expect(rejected.map((r) => r.text)).toEqual(['This Week', 'Crippled Country Now.'])
  })

  it('rejects a title with a lowercase preposition, after "told" or "the" ("This Week with …", told “Fox and Friends”)', () => {
    expect(who('“We will win,” Jane Roe said on ABC’s “This Week with Tom Reed.”')).toEqual([['We will win,', 'Jane Roe']])
    expect(who('Jane Roe told “Fox and Friends” she would run.')).toEqual([])
    expect(run('After the news, the “Avatar” star Jane Roe posted a letter.').rejected.map((r) => r.reason)).toEqual(['the title of a programme, book or slogan in quotation marks'])
  })
})

describe('outlets and agencies are not speakers', () => {
  it('gives no person the words of “The New Yorker” or of an agency', () => {
    expect(run('The New Yorker said it was "the operator."').quotes).toEqual([])
    expect(run('Officials at Homeland Security Investigations said they "may try harder."').quotes).toEqual([])
  })
})

describe('conduits', () => {
  it.each([
    ['In an interview with The Daily Post, Jane Roe said: “We will win.”', 'The Daily Post'],
    ['“We will win,” Jane Roe told The Valley Herald.', 'The Valley Herald'],
    ['“We will win,” Jane Roe told CNN on Sunday.', 'CNN'],
    ['“We will win,” Jane Roe said, according to WMUR.', 'WMUR'],
    ['“We will win,” Jane Roe said, the Ohio Star reported.', 'Ohio Star'],
    ['“We will win,” Jane Roe said in a Friday interview with Univision.', 'Univision'],
    ['“We will win,” Jane Roe told the AP on Wednesday.', 'AP'],
    ['“We will win,” Jane Roe said in the interview with Breitbart News.', 'Breitbart News'],
    ['“We will win,” Jane Roe said in a statement to the AP.', 'AP'],
    ['“We will win,” Jane Roe told Rolling Stone in late May.', 'Rolling Stone'],
    ['“We will win,” Jane Roe told Yahoo in response to a question.', 'Yahoo News'],
    // The outlet naming what it carried, a media noun after its name, a place owning it, an interviewer of it.
    ['During a KXYZ interview in May, Jane Roe said: “We will win.”', 'KXYZ'],
    ['In a 2014 interview with Metro Magazine, Jane Roe said: “We will win.”', 'Metro Magazine'],
    ['Jane Roe told El Universo newspaper that “we will win.”', 'El Universo'],
    ['Jane Roe told Britain’s KTV television station that “we will win.”', 'KTV'],
    ['“We will win,” Jane Roe said in a video posted by WXYZ.', 'WXYZ'],
    ['“We will win,” Jane Roe said on The Tom Reed Show.', 'The Tom Reed Show'],
    ['“We will win,” Jane Roe told Chris Wallace of Metro News.', 'Metro News'],
    ['“We will win,” Jane Roe said in a telephone interview with Metro News’ Anne Hale.', 'Metro News'],
    ['“We will win,” Jane Roe told Forbes.', 'Forbes'],
    ['“We will win,” Jane Roe wrote in a column this month in the Ledger, a weekly.', 'Ledger'],
    ['“We will win,” Jane Roe wrote on Free Voices.', 'Free Voices'],
    // Where the words went, not an outlet named on the way.
    ['Jane Roe — praised by Metro News last week — told Tom Hale of the Daily Star that “we will win.”', 'Daily Star'],
  ])('%s', (text, outlet) => {
    const q = run(text).quotes[0]!
    expect([q.speaker?.name, q.conduit]).toEqual(['Jane Roe', outlet])
  })

  it('takes no day and no person’s programme for an outlet', () => {
    expect(run('“We will win,” Jane Roe said in a telephone interview on Wednesday.').quotes[0]!.conduit).toBeNull()
    expect(run('“We will win,” Jane Roe said on Tom Reed’s radio program.').quotes[0]!.conduit).toBeNull()
  })

  it('takes no agency, party or person for an outlet', () => {
    expect(run('“We will win,” Jane Roe told the FBI.').quotes[0]!.conduit).toBeNull()
    expect(run('“We will win,” Jane Roe said in an interview with Tom Reed.').quotes[0]!.conduit).toBeNull()
  })

  it('takes for an outlet the object of "told" that is nobody the text names, in two words or written with inner capitals', () => {
    expect(run('“We will win,” Jane Roe told Morning Digest on Wednesday.').quotes[0]!.conduit).toBe('Morning Digest')
    expect(run('“We will win,” Jane Roe told NewsBeat.').quotes[0]!.conduit).toBe('NewsBeat')
    // A person the text names, a single plain surname, a body, or a name a relative "who" follows: no outlet.
    expect(run('Tom Reed spoke first. “We will win,” Jane Roe told Tom Reed on Wednesday.').quotes[0]!.conduit).toBeNull()
    expect(run('“We will win,” Jane Roe told Hale on Wednesday.').quotes[0]!.conduit).toBeNull()
    expect(run('“We will win,” Jane Roe told Congress on Wednesday.').quotes[0]!.conduit).toBeNull()
    expect(run('“We will win,” Jane Roe told Anke Voss, who nodded.').quotes[0]!.conduit).toBeNull()
  })

  it('knows Fox by its short name, never a person called Fox', () => {
    expect(run('Jane Roe told Fox that “we will win.”').quotes[0]!.conduit).toBe('Fox News')
    expect(run('Jane Roe told Vicente Fox that “we will win.” Fox nodded.').quotes[0]!.conduit).toBeNull()
  })

  it('takes no outlet that opens the reported words ("said CNN’s business …")', () => {
    expect(run('Jane Roe said CNN’s coverage was “a disgrace.”').quotes[0]!.conduit).toBeNull()
    expect(run('Jane Roe said that Fox executives were calling “every hour.”').quotes[0]!.conduit).toBeNull()
    expect(run('“We will win,” said CNN’s Jane Roe.').quotes[0]!.conduit).toBe('CNN')
  })

  it('takes no outlet for a tweet, from a clause of its own, or from the sentence after a quote it leaves to review', () => {
    expect(run('“We will win,” Jane Roe tweeted, quoting a Metro News report on CNN.').quotes[0]!.conduit).toBeNull()
    expect(run('“We will win,” Jane Roe wrote after The Daily Post published a poll.').quotes[0]!.conduit).toBeNull()
    const q = run('Tom Reed spoke on Monday.\n\n“We will win.”\n\nJane Roe told the BBC before the vote that she was sure.').quotes[0]!
    expect([q.speaker, q.conduit]).toEqual([null, null])
  })

  it('takes a newsletter item’s credit line for its outlet, and no place for one', () => {
    expect(run('SENATOR SPEAKS Jane Roe said the bill was “dead on arrival.” [Reuters.]\n\nNEXT ITEM').quotes[0]!.conduit).toBe('Reuters')
    expect(run('“We will win,” Jane Roe told the Paris daily Le Soir.').quotes[0]!.conduit).not.toBe('Paris')
  })

  it('keeps the outlet for the same speaker going on ("he added"), not for another speaker', () => {
    const q = run('“We will win,” Jane Roe told Metro News.\n\n“And soon,” Roe added.\n\n“Never,” Tom Hale added.').quotes
    expect(q.map((x) => x.conduit)).toEqual(['Metro News', 'Metro News', null])
  })

  it('takes no outlet from a relative clause about the speaker', () => {
    expect(run('“We will win,” said Jane Roe, who once worked on Capitol Hill.').quotes[0]!.conduit).toBeNull()
    expect(run('“We will win,” said Jane Roe, who is also a host on the TV show “Tonight.”').quotes[0]!.conduit).toBeNull()
    expect(run('“We will win,” Jane Roe said on Fox News.').quotes[0]!.conduit).toBe('Fox News')
  })

  it('passes the conduit on to the continuation', () => {
    const q = run('“We will win,” Jane Roe told The Valley Herald. “And soon.”').quotes
    expect(q.map((x) => x.conduit)).toEqual(['The Valley Herald', 'The Valley Herald'])
  })
})
