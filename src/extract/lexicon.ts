/**
 * Word lists the quote extractor's rules rely on. They are English news conventions,
 * kept apart from the rules so they can grow without touching the logic.
 */

/** Verbs (and verb phrases) that introduce someone's words. */
export const SPEECH_VERBS = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'warned', 'warns', 'wrote', 'writes', 'asked', 'asks',
  'insisted', 'insists', 'stated', 'states', 'asserted', 'asserts', 'responded', 'responds', 'replied', 'replies',
  'explained', 'explains', 'noted', 'notes', 'argued', 'argues', 'claimed', 'claims', 'declared', 'declares',
  'announced', 'announces', 'continued', 'tweeted', 'posted', 'remarked', 'suggested', 'suggests', 'urged', 'urges',
  'acknowledged', 'admitted', 'admits', 'conceded', 'stressed', 'stresses', 'emphasized', 'emphasised', 'recalled',
  'predicted', 'promised', 'vowed', 'vows', 'boasted', 'complained', 'countered', 'quipped', 'joked', 'observed',
  'cautioned', 'maintained', 'contended', 'hinted', 'pledged', 'revealed', 'confirmed', 'demanded', 'proclaimed',
  'shouted', 'testified', 'mused', 'lamented', 'retorted', 'pointed out', 'went on to say', 'went on to suggest',
  'went on to add', 'went on to warn', 'went on to argue', 'went on', 'called', 'calls', 'calling', 'saying',
  'adding', 'describing', 'described', 'dubbed', 'made the case for', 'make the case for', 'making the case for',
  'called for', 'calling for', 'accused', 'accusing', 'telling', 'writing', 'warning', 'insisting', 'arguing',
  'promising', 'declaring', 'urging', 'asking', 'referring to', 'referred to',
  'noting', 'explaining', 'stressing', 'vowing', 'pledging', 'acknowledging', 'admitting', 'complaining',
  'concluded', 'concludes', 'recounted', 'recounts', 'reiterated', 'reiterates', 'charged', 'blasted', 'slammed',
  'fired back', 'shot back', 'chimed in', 'interjected', 'elaborated', 'echoed', 'opined', 'thundered', 'exclaimed',
  'yelled', 'screamed', 'shouted', 'chanted', 'wondered', 'speculated', 'agreed', 'alleged', 'answered', 'assured',
  'challenged', 'offered', 'pleaded', 'protested', 'recalls', 'reflected', 'reasoned', 'teased', 'texted', 'emailed',
  'tweets', 'bragged', 'griped', 'railed', 'scoffed', 'snapped', 'advised', 'reminded', 'threatened', 'exhorted',
  'continues', 'explained', 'predicts', 'warns', 'contends', 'acknowledges', 'concedes', 'notes', 'observes',
  'told reporters', 'wrote on Twitter', 'said in a statement', 'pressed', 'quipped', 'cracked', 'boomed', 'whispered',
  'insisted', 'conceded', 'maintains', 'counters', 'announced', 'rejoined', 'summed up', 'put it', 'puts it',
  'dismissed', 'dismissing', 'praised', 'criticized', 'criticised', 'denounced', 'hailed', 'decried', 'mocked', 'touted',
  'derided', 'blamed', 'likened', 'characterized', 'characterised', 'termed', 'warned against', 'referred to her as',
  'referred to him as', 'referred to them as', 'called it', 'called them', 'called him', 'called her',
  'thanked', 'credited', 'commanded', 'questioned', 'lauded', 'applauded', 'congratulated', 'defended', 'attacked',
  'ridiculed', 'lambasted', 'condemned', 'rejected', 'encouraged', 'reassured', 'celebrated', 'highlighted',
  'expressed', 'voiced', 'described it as', 'describes', 'calls it', 'dismisses', 'praises', 'criticizes', 'accuses',
  'blames', 'thanks', 'credits', 'attacks', 'slams', 'blasts', 'mocks', 'hails', 'touts', 'warned that', 'promises',
  'pledges', 'predicted that', 'signaled', 'signalled', 'suggested that', 'complains', 'boasts', 'brags', 'jokes',
  'indicated', 'indicates', 'acknowledged that', 'contended', 'asserted', 'claimed', 'conceded that', 'testified that',
  'points out', 'goes on', 'went on to explain', 'explains', 'recalled', 'remembers', 'reacted', 'responded by saying',
  'agrees', 'remembered', 'surmised', 'demurred', 'fumed', 'barked', 'beamed', 'sighed', 'vented', 'gushed', 'raved',
  'marveled', 'marvelled', 'grumbled', 'groused', 'bemoaned', 'scolded', 'chided', 'sniped', 'taunted', 'cautions',
  'laments', 'muses', 'quips', 'sighs', 'gushes', 'grumbles', 'surmises', 'recounted', 'ventured', 'volunteered',
  'tweeting', 'claiming', 'suggesting', 'predicting', 'stating', 'asserting', 'announcing', 'conceding', 'boasting',
  'bragging', 'joking', 'quipping', 'lamenting', 'praising', 'blasting', 'slamming', 'mocking', 'labeling', 'labelling',
  'deriding', 'decrying', 'touting', 'hailing', 'demanding', 'recalling', 'musing', 'wondering', 'charging',
  // The present of reportage ("…,” Bozell answers.).
  'answers', 'wonders', 'proclaims', 'emphasizes', 'emphasises', 'retorts',
  'shouts', 'yells', 'whispers', 'declares', 'replies', 'responds', 'concludes', 'writes', 'tweets',
] as const

/** Words between a subject and its speech verb that do not break the link ("he has also said"). */
export const AUXILIARIES = [
  // "Carter however said", "Cruz himself said": a word between the subject and its verb.
  'however', 'himself', 'herself', 'first', 'instead',
  'has', 'had', 'have', 'also', 'then', 'later', 'again', 'once', 'previously', 'earlier', 'repeatedly', 'often',
  'is', 'was', 'is expected to', 'was expected to', 'would', 'will', 'reportedly', 'publicly', 'privately', 'famously',
  'recently', 'subsequently', 'initially', 'simply', 'just', 'flatly', 'bluntly', 'separately', 'further',
  'now', 'quickly', 'immediately', 'angrily', 'calmly', 'quietly', 'loudly', 'frequently', 'has also', 'had also',
  'once again', 'last week', 'on Monday', 'on Tuesday', 'on Wednesday', 'on Thursday', 'on Friday', 'on Saturday',
  'on Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'even', 'still', 'only',
  'never', 'has repeatedly', 'did', 'does', 'has since', 'later', 'shortly', 'finally', 'ultimately', 'openly',
  'sharply', 'strongly', 'forcefully', 'emphatically', 'explicitly', 'directly', 'specifically', 'too',
]

/** Titles that may precede a name ("President Trump") or stand for a person ("the president"). */
export const TITLES = [
  'prime minister', 'foreign minister', 'defence minister', 'defense minister', 'finance minister', 'deputy prime minister',
  'secretary of state', 'defense secretary', 'defence secretary', 'foreign secretary', 'home secretary', 'press secretary',
  'vice president', 'vice-president', 'chief diplomat', 'chief executive', 'chief of staff', 'national security adviser',
  'president', 'chancellor', 'minister', 'secretary', 'senator', 'sen.', 'rep.', 'representative', 'congressman',
  'congresswoman', 'governor', 'gov.', 'mayor', 'spokesperson', 'spokesman', 'spokeswoman', 'king', 'queen', 'pope',
  'prince', 'princess', 'general', 'gen.', 'ambassador', 'commissioner', 'judge', 'justice', 'leader', 'premier',
  'envoy', 'speaker', 'ceo', 'chairman', 'chairwoman', 'chair', 'director', 'professor', 'prof.', 'dr.', 'mr.', 'mrs.',
  'ms.', 'miss', 'sir', 'dame', 'lord', 'lady', 'admiral', 'colonel', 'captain', 'lt.', 'col.', 'sgt.', 'cardinal',
  'archbishop', 'bishop', 'rabbi', 'imam', 'sheikh', 'coach', 'manager', 'analyst', 'economist', 'adviser', 'advisor',
  'rev.', 'reverend', 'pastor', 'attorney general', 'founder', 'co-founder', 'staff', 'communications director',
  'communication director', 'campaign manager', 'campaign chairman', 'sens.', 'reps.', 'lt. gov.', 'lieutenant governor',
  'majority leader', 'minority leader', 'whip', 'adm.', 'maj.', 'capt.', 'sheriff', 'chief', 'lt', 'sgt', 'gov', 'sen',
  'rep', 'dr', 'mr', 'mrs', 'ms', 'candidate', 'nominee', 'anchor', 'host', 'moderator', 'pollster', 'strategist',
  'spokesman', 'spokeswoman', 'aide', 'councilman', 'councilwoman', 'assemblyman', 'assemblywoman', 'delegate', 'chairperson',
]

/** Nouns that make an appositive a role ("Nathalie Tocci, director of …"). */
export const ROLE_NOUNS = [
  ...TITLES.filter((t) => !t.endsWith('.') && !['miss', 'sir', 'dame', 'lord', 'lady'].includes(t)),
  'head', 'chief', 'founder', 'co-founder', 'editor', 'author', 'researcher', 'fellow', 'lawyer', 'attorney', 'member',
  'deputy', 'official', 'diplomat', 'politician', 'lawmaker', 'legislator', 'negotiator', 'strategist', 'historian',
  'scientist', 'expert', 'campaigner', 'activist', 'executive', 'owner', 'candidate', 'nominee', 'officer',
  'correspondent', 'columnist', 'commentator', 'mp', 'mep', 'councillor', 'councilor', 'trustee', 'president-elect',
  'journalist', 'reporter', 'actress', 'actor', 'singer', 'rapper', 'comedian', 'businessman', 'businesswoman',
  'billionaire', 'blogger', 'pundit', 'filmmaker', 'writer', 'novelist', 'student', 'teacher', 'voter', 'resident',
  'supporter', 'protester', 'veteran', 'assemblywoman', 'assemblyman', 'attorney', 'lawyer', 'commander', 'counsel',
]

/** Honorifics that fix a person's gender for pronoun resolution. */
export const MALE_HONORIFICS = ['mr.', 'mr', 'sir', 'lord', 'king', 'prince', 'pope', 'spokesman', 'congressman', 'chairman']
export const FEMALE_HONORIFICS = ['mrs.', 'mrs', 'ms.', 'ms', 'miss', 'dame', 'lady', 'queen', 'princess', 'spokeswoman', 'congresswoman', 'chairwoman']

/** Common first names by gender (news-heavy; incomplete on purpose, unknown means "either"). */
export const MALE_NAMES = new Set(
  `donald joe joseph barack george bill william john james robert michael david richard charles thomas christopher daniel
  matthew anthony mark paul steven andrew kenneth kevin brian edward ronald timothy jason jeffrey ryan jacob gary eric
  stephen jonathan larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry
  tyler aaron henry adam douglas nathan peter zachary kyle walter harold jeremy ethan carl keith roger gerald christian
  terry sean arthur austin noah lawrence jesse joe bryan billy jordan albert dylan bruce willie gabriel alan juan logan
  wayne ralph roy eugene randy vincent russell louis philip bobby johnny bradley keir rishi boris tony gordon david
  emmanuel olaf friedrich volodymyr vladimir sergei sergey dmitry dmitri alexei andriy andrii oleksandr dmytro mykhailo
  viktor xi recep benjamin narendra justin jd marco pete elon mike kevin chuck mitch ron nigel ed keith giorgia
  antonio pedro mario emmanuel jens mark ursula rutte marco luigi giuseppe francesco hans klaus jurgen wolfgang
  mohammed muhammad ahmed ali hassan omar abdullah yusuf ibrahim jean pierre jacques francois nicolas lars olav sven
  tom tim jim bob rob ted ben dan sam tony rick dick chris matt steve jeff greg doug phil ron don jon bernie newt mitt
  rand lindsey jeb marco rudy reince corey mike herman rush sean glenn harry chuck tim martin lincoln
  hugh bret eric reggie luis carlos jorge jose miguel rafael`.split(/\s+/),
)
MALE_NAMES.delete('giorgia')
MALE_NAMES.delete('ursula')
MALE_NAMES.delete('rutte')
export const FEMALE_NAMES = new Set(
  `mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley
  kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon laura cynthia kathleen amy
  shirley angela helen anna brenda pamela nicole emma samantha katherine christine debra rachel catherine carolyn janet
  ruth maria heather diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith megan cheryl
  andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice madison doris abigail julia
  judy grace denise amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella charlotte rose
  alexis kayla kamala hillary nikki kaja nathalie ursula giorgia angela theresa liz rachel yvette kemi annalena
  marine christine kristalina roberta mette sanna jacinda tulsi karoline kristi pam susie marjorie nancy elise
  yulia olena iryna oksana tatiana natalia svetlana maria irina elena anastasia ivanka melania jill michelle laura
  jane sue ann anne beth kate katie meg peg jen jenny liz betsy debbie debra kellyanne huma donna carly sarah hope
  nikki rosie megyn dana tammy kirsten tulsi elizabeth loretta condoleezza madeleine cecile chelsea ivana tiffany`.split(/\s+/),
)

/** Capitalized words that start sentences or headings but are not names. */
export const NOT_NAME_WORDS = new Set(
  `the a an and but or so yet for nor if when while as since after before because although though however instead
  additionally also speaking asked meanwhile still even then there here this that these those it its his her their our
  my your we i you he she they him them us in on at by with from to of into onto over under about between during
  without within across against among through toward towards upon amid despite until unless whether whereas
  moreover furthermore nevertheless nonetheless indeed yes no not now today tonight yesterday tomorrow last next
  earlier later first second third new old many most some several few other others all both each every any one two
  three four five six seven eight nine ten mr mrs ms dr sir read according following including like unlike maybe perhaps
  president minister chancellor secretary senator governor mayor spokesperson spokesman spokeswoman king queen
  pope prince general ambassador commissioner judge leader premier envoy director professor prime foreign
  what who whom whose which where why how do does did is are was were be been being has have had will would can
  could should may might must shall let our critics supporters officials analysts experts sources
  republican republicans democrat democrats democratic gop independent libertarian conservative liberal progressive
  former ex presidential then acting incoming outgoing retired late hopeful rival businessman billionaire actress actor
  singer rapper comedian veteran freshman longtime fellow top senior
  neither either both whether donor team see calls says asks tells meet via source sources dear
  alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois indiana iowa
  kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska
  nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont wisconsin wyoming`.split(/\s+/),
)

/** Words that, inside a capitalized run, make it a place, organization or event rather than a person. */
export const ORG_WORDS = new Set(
  `institute university college school ministry department office agency council commission committee union party
  parliament congress senate house court bank fund group company corporation inc ltd llc association foundation
  organization organisation forum club league federation alliance army navy force forces police service services
  times post journal news press telegraph guardian herald tribune gazette independent observer mail express mirror
  economist chronicle standard review magazine radio television tv network channel international affairs relations
  affair street square avenue road palace hall tower building centre center museum hotel airport station summit
  conference war treaty accord agreement act bill plan order state states republic kingdom federation nations
  united european america american world global national federal city county province region river sea ocean island
  islands mountains valley east west north south eastern western northern southern middle central day week month year
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december spring summer autumn winter christmas easter
  administration government cabinet kremlin pentagon whitehall downing capitol
  fort corps grants coalition initiative caucus program programme campaign foundation stadium arena institution
  watch fathers teachers friends workers students parents families members leaders officials voters veterans
  republicans democrats conservatives liberals progressives evangelicals aides aide staffers advisers advisors
  security investigations enforcement customs immigration zero partners technologies pyongyang tehran damascus baghdad kabul`.split(/\s+/),
)

/** Places, organizations and other names that look like names but never speak as persons. */
export const NOT_PERSONS = new Set(
  `ukraine russia europe america britain england scotland wales ireland france germany italy spain poland china japan
  india iran iraq israel gaza syria turkey canada mexico brazil australia africa asia kyiv kiev moscow washington
  london paris berlin rome brussels beijing tokyo warsaw madrid nato eu un us uk usa u.s. u.k. u.n. e.u. g7 g20 kremlin
  crimea donbas donetsk luhansk kharkiv odesa odessa mariupol minsk belarus georgia moldova hungary slovakia romania
  finland sweden norway denmark estonia latvia lithuania netherlands belgium austria switzerland greece portugal
  congress senate parliament pentagon whitehall god twitter x facebook instagram tiktok youtube telegram google apple
  microsoft amazon meta openai tesla spacex white house european union united states united kingdom united nations
  new york los angeles san francisco middle east north korea south korea saudi arabia
  alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois indiana iowa
  kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska
  nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont wisconsin wyoming hampshire jersey
  carolina dakota york mexico orleans vegas paso puerto rico jerusalem concord manhattan brooklyn chicago boston
  philadelphia detroit cleveland miami atlanta denver houston dallas phoenix seattle baltimore
  new hampshire new jersey new mexico north carolina south carolina north dakota south dakota west virginia rhode island
  puerto rico el paso las vegas new orleans des moines salt lake city
  someone somebody another anyone anybody everyone everybody nobody americans republicans democrats voters pew fox
  propublica gallup rasmussen quinnipiac marist reuters ap afp breitbart huffpost politico
  asian asians european europeans african africans mexican mexicans hispanic hispanics latino latinos muslim muslims
  christian christians jewish arab arabs syrian syrians iranian iraqi afghan chinese japanese korean russian russians
  british french german germans canadian canadians cuban cubans israeli israelis palestinian palestinians`.split(/\s+/),
)

/** Name particles that may sit between capitalized parts of a name ("Ursula von der Leyen"). */
export const NAME_PARTICLES = ['von', 'der', 'van', 'de', 'den', 'la', 'le', 'du', 'da', 'di', 'del', 'bin', 'ibn', 'al', 'el', 'ben', 'dos']

/** Nationality words and their country key, for matching qualified titles ("the U.S. president"). */
export const QUALIFIERS: Record<string, string> = {
  'u.s.': 'us', us: 'us', american: 'us', america: 'us', 'united states': 'us', "america's": 'us',
  'u.k.': 'uk', uk: 'uk', british: 'uk', britain: 'uk', 'united kingdom': 'uk', english: 'uk',
  ukraine: 'ukraine', ukrainian: 'ukraine', russia: 'russia', russian: 'russia', france: 'france', french: 'france',
  germany: 'germany', german: 'germany', italy: 'italy', italian: 'italy', china: 'china', chinese: 'china',
  eu: 'eu', european: 'eu', 'e.u.': 'eu', nato: 'nato', poland: 'poland', polish: 'poland', israel: 'israel',
  israeli: 'israel', iran: 'iran', iranian: 'iran', turkey: 'turkey', turkish: 'turkey', canada: 'canada',
  canadian: 'canada', japan: 'japan', japanese: 'japan', india: 'india', indian: 'india', spain: 'spain', spanish: 'spain',
}

/** Words before a quotation that mark it as a name, title or term rather than someone's words. */
export const MENTION_CUES =
  /\b(?:so-called|the (?:word|words|term|terms|phrase|phrases|slogan|hashtag|label|name|headline|motto|banner|sign|signs)|(?:titled|entitled|headlined|nicknamed|named|known as|labelled|labeled|branded|reading|read|marked|stamped|emblazoned with|spelled|spelt)|(?:film|movie|book|novel|song|album|single|show|series|play|musical|opera|report|article|essay|documentary|podcast|poem|painting|exhibition|episode|programme|program|study|paper|column|editorial|memoir|biography|track|video|game|operation|campaign|initiative|doctrine|project)(?:\s+(?:called|titled|entitled|named))?)\s*$/i

/**
 * Words in the writer's sentence that present quoted words as someone's: verbs of saying, judging
 * and thinking ("bemoaned", "groused", "estimated that", "boasting about"), and a person's own word
 * for what was said ("his claim that", "her promise of", "issued a statement").
 */
export const QUOTE_CUES = new RegExp(
  String.raw`\b(?:sa(?:ys|id|ying)|t(?:ells|old|elling)|stat(?:ed|ing)|claim(?:s|ed|ing)|remarked|promis(?:es|ed|ing)|pledg(?:es|ed|ing)|vow(?:s|ed|ing)|` +
    String.raw`bemoan(?:s|ed|ing)?|grous(?:es|ed|ing)|complain(?:s|ed|ing)|lament(?:s|ed|ing)|boast(?:s|ed|ing)|brag(?:s|ged|ging)|estimat(?:es|ed|ing)|` +
    String.raw`th(?:inks|ought)|believ(?:es|ed)|argu(?:es|ed|ing)|insist(?:s|ed|ing)|suggest(?:s|ed|ing)|warn(?:s|ed|ing)|` +
    String.raw`accus(?:es|ed|ing)|call(?:s|ed|ing)|describ(?:es|ed|ing)|label(?:s|ed|led|ing|ling)|dub(?:s|bed|bing)|refer(?:s|red|ring)|` +
    String.raw`dismiss(?:es|ed|ing)|decr(?:ies|ied|ying)|denounc(?:es|ed|ing)|slam(?:s|med|ming)|blast(?:s|ed|ing)|prais(?:es|ed|ing)|hail(?:s|ed|ing)|` +
    String.raw`tout(?:s|ed|ing)|cit(?:es|ed|ing)|repeat(?:s|ed|ing)|reiterat(?:es|ed|ing)|demand(?:s|ed|ing)?|urg(?:es|ed|ing)|acknowledg(?:es|ed|ing)|` +
    String.raw`admit(?:s|ted|ting)|conced(?:es|ed|ing)|intimat(?:es|ed|ing)|snip(?:es|ed|ing)|quip(?:s|ped|ping)|jok(?:es|ed|ing)|mock(?:s|ed|ing)|` +
    String.raw`predict(?:s|ed|ing)|wonder(?:s|ed|ing)|worr(?:ies|ied|ying)|declar(?:es|ed|ing)|announc(?:es|ed|ing)|proclaim(?:s|ed|ing)|tweet(?:s|ed|ing)|` +
    String.raw`wr(?:ites|ote|iting)|criticiz(?:es|ed|ing)|defend(?:s|ed|ing)|talk(?:s|ed|ing)?[ \t]+(?:about|of)|impl(?:ies|ied|ying)|referenc(?:es|ed|ing)|coin(?:s|ed|ing)|sp(?:eaks|oke|eaking)[ \t]+(?:of|about)|` +
    String.raw`explain(?:s|ed|ing)|not(?:es|ed|ing)|recall(?:s|ed|ing)|assert(?:s|ed|ing)|maintain(?:s|ed|ing)|contend(?:s|ed|ing)|question(?:s|ed|ing)|emphasi[sz](?:es|ed|ing)|stress(?:es|ed|ing)|` +
    String.raw`ask(?:s|ed|ing)|answer(?:s|ed|ing)|repl(?:ies|ied|ying)|respond(?:s|ed|ing)|comment(?:s|ed|ing)|` +
    String.raw`to[ \t]+(?:accuse|call|describe|label|dismiss|blast|slam|praise|denounce|criticize|warn|argue|insist|claim|say|tell|declare|promise|demand|urge|mock|ridicule|question|deride|decry)|` +
    String.raw`ponder(?:s|ed|ing)|herald(?:s|ed|ing)|welcom(?:es|ed|ing)|rip(?:s|ped|ping)|endors(?:es|ed|ing)|embrac(?:es|ed|ing)|made[ \t]+the[ \t]+(?:point|case)|` +
    String.raw`(?:his|her|their)[ \t]+(?:[a-z-]+[ \t]+)?(?:claims?|remarks?|promises?|pledges?|vows?|words|comments?|views?|belief|assessment|message|letter|speech|call|plea|pitch|rhetoric|defen[cs]e|argument|warning|attack|criticism|accusation|prediction|suggestion|phrase|slogan|line)|` +
    String.raw`(?:an?|the)[ \t]+(?:[a-z-]+[ \t]+)?(?:defen[cs]e|attack|call|plea|warning|promise|claim)[ \t]+(?:of|on|for|to|that)|made[ \t]+(?:it[ \t]+)?clear|` +
    String.raw`(?:issued|released|put[ \t]+out|in)[ \t]+an?[ \t]+(?:[a-z-]+[ \t]+)?(?:statement|video|ad|op-ed|essay|letter|email|tweet|post|message|speech|interview))\b`,
)
