/**
 * English given names and the familiar forms newspapers print for them ("Chuck Grassley" for
 * Charles Grassley, "Bill Clinton" for William Jefferson Clinton). Only forms that stand for
 * one given name each; a form shared by two (Chris, Alex, Pat) is left out, so it never joins
 * two people.
 */
const FAMILIAR: Record<string, readonly string[]> = {
  albert: ['al'],
  alexander: ['alex', 'sandy'],
  andrew: ['andy', 'drew'],
  anthony: ['tony'],
  benjamin: ['ben'],
  charles: ['chuck', 'charlie'],
  daniel: ['dan', 'danny'],
  david: ['dave'],
  deborah: ['debbie', 'deb'],
  donald: ['don'],
  edward: ['ed', 'ted', 'eddie'],
  elizabeth: ['liz', 'beth', 'betsy'],
  gerald: ['jerry'],
  gregory: ['greg'],
  james: ['jim', 'jimmy', 'jamie'],
  jeffrey: ['jeff'],
  jennifer: ['jenny', 'jen'],
  john: ['jack', 'johnny'],
  jonathan: ['jon'],
  joseph: ['joe'],
  joshua: ['josh'],
  katherine: ['kathy', 'kate', 'katie'],
  kenneth: ['ken', 'kenny'],
  lawrence: ['larry'],
  margaret: ['maggie', 'peggy'],
  matthew: ['matt'],
  michael: ['mike', 'mickey'],
  mitchell: ['mitch'],
  nicholas: ['nick'],
  patricia: ['patty', 'trish'],
  peter: ['pete'],
  richard: ['dick', 'rick', 'rich'],
  robert: ['bob', 'bobby', 'rob', 'bert'],
  ronald: ['ron'],
  samuel: ['sam'],
  stephen: ['steve'],
  steven: ['steve'],
  susan: ['sue', 'susie'],
  theodore: ['teddy'],
  thomas: ['tom', 'tommy'],
  timothy: ['tim'],
  william: ['bill', 'billy', 'will', 'willie'],
}

const GIVEN = new Map<string, Set<string>>()
for (const [given, forms] of Object.entries(FAMILIAR)) {
  for (const name of [given, ...forms]) (GIVEN.get(name) ?? GIVEN.set(name, new Set()).get(name)!).add(given)
}

/**
 * Whether two given names (lowercase) can be the same person's: equal, or one a familiar
 * form of the other, or both familiar forms of one given name.
 * @example sameGivenName('chuck', 'charles') // true
 * @example sameGivenName('bill', 'hillary') // false
 */
export function sameGivenName(a: string, b: string): boolean {
  if (a === b) return true
  const x = GIVEN.get(a)
  const y = GIVEN.get(b)
  return x !== undefined && y !== undefined && [...x].some((g) => y.has(g))
}
