/**
 * Word lists for the synthetic corpus (scripts/lib/synthetic-corpus.ts): fictional places,
 * people, outlets, beats and their topics, and the sentence templates articles are built
 * from. Everything here is invented; no name refers to a real person.
 *
 * Templates fill slots written {np} (the topic's noun phrase), {Np} (capitalised), {grp}
 * (a group the beat concerns), {place}, {num}, {money}, {pct}, {month}, {weekday}, {year}.
 * No template may contain a line break or a double quotation mark (straight or curly), except
 * REPORT_SENTENCES, whose one quotation the generator records as a non-statement: every
 * quotation mark is placed by the generator, so that each one is accounted for.
 */

export const PLACES = [
  'Northfield', 'Eastbrook', 'Ashford Vale', 'Millbrook', 'Harbourside', 'Kingsmere', 'Redcliffe', 'Westhaven',
  'Stonebridge', 'Larkhill', 'Fenwick', 'Calder Bay', 'Oakmoor', 'Brackenridge', 'Greywater', 'Thornbury',
  'Elmstead', 'Halden', 'Marlow Cross', 'Port Emery', 'Saltmarsh', 'Wyndham', 'Coldharbour', 'Beckford',
  'Ravensworth', 'Southwold Park', 'Idlecombe', 'Hollins', 'Cresswell', 'Duncairn',
]

/** First names with the pronoun the articles use. */
export const FIRST_NAMES: [string, 'she' | 'he'][] = [
  ['Amal', 'she'], ['Beatriz', 'she'], ['Chiara', 'she'], ['Dana', 'she'], ['Elena', 'she'], ['Fatima', 'she'],
  ['Grace', 'she'], ['Hannah', 'she'], ['Ingrid', 'she'], ['Joanna', 'she'], ['Kavita', 'she'], ['Leah', 'she'],
  ['Maria', 'she'], ['Nadia', 'she'], ['Olivia', 'she'], ['Priya', 'she'], ['Rosa', 'she'], ['Sofia', 'she'],
  ['Tamsin', 'she'], ['Ulrike', 'she'], ['Valeria', 'she'], ['Wendy', 'she'], ['Yasmin', 'she'], ['Zoë', 'she'],
  ['Aisha', 'she'], ['Bronwen', 'she'], ['Clara', 'she'], ['Deborah', 'she'], ['Esther', 'she'], ['Freya', 'she'],
  ['Gemma', 'she'], ['Helen', 'she'], ['Imogen', 'she'], ['Jess', 'she'], ['Katarzyna', 'she'], ['Lucía', 'she'],
  ['Mei', 'she'], ['Niamh', 'she'], ['Orla', 'she'], ['Paula', 'she'], ['Ruth', 'she'], ['Siobhán', 'she'],
  ['Theresa', 'she'], ['Uma', 'she'], ['Vera', 'she'], ['Yuki', 'she'], ['Adaeze', 'she'], ['Camille', 'she'],
  ['Eilidh', 'she'], ['Marta', 'she'], ['Noor', 'she'], ['Sarah', 'she'], ['Anna', 'she'], ['Ines', 'she'],
  ['Adam', 'he'], ['Bilal', 'he'], ['Carlos', 'he'], ['Daniel', 'he'], ['Emeka', 'he'], ['Felix', 'he'],
  ['Gareth', 'he'], ['Hamid', 'he'], ['Ivan', 'he'], ['James', 'he'], ['Kofi', 'he'], ['Luca', 'he'],
  ['Mohammed', 'he'], ['Nikhil', 'he'], ['Oscar', 'he'], ['Pedro', 'he'], ['Rhys', 'he'], ['Samuel', 'he'],
  ['Tomás', 'he'], ['Umar', 'he'], ['Viktor', 'he'], ['William', 'he'], ['Xavier', 'he'], ['Yusuf', 'he'],
  ['Andrew', 'he'], ['Brendan', 'he'], ['Callum', 'he'], ['Declan', 'he'], ['Eamon', 'he'], ['Farid', 'he'],
  ['George', 'he'], ['Hugo', 'he'], ['Idris', 'he'], ['Jonas', 'he'], ['Kenji', 'he'], ['Liam', 'he'],
  ['Marcus', 'he'], ['Nathan', 'he'], ['Owen', 'he'], ['Patrick', 'he'], ['Raj', 'he'], ['Stefan', 'he'],
  ['Tariq', 'he'], ['Vikram', 'he'], ['Wojciech', 'he'], ['Dmitri', 'he'], ['José', 'he'], ['Malik', 'he'],
]

export const SURNAMES = [
  'Abernethy', 'Achebe', 'Adeyemi', 'Ahlberg', 'Alvarez', 'Ashworth', 'Bakshi', 'Barros', 'Beaumont', 'Bergström',
  'Blackwood', 'Brannigan', 'Calloway', 'Carvalho', 'Chadwick', 'Chaudhry', 'Cheng', 'Costa', 'Crowther', 'Dalgleish',
  'Da Silva', 'Delacroix', 'Demir', 'Donnelly', 'Draper', 'Dubois', 'Eriksen', 'Esposito', 'Fairbairn', 'Farrokh',
  'Fenton', 'Ferreira', 'Fitzgerald', 'Fowler', 'Gallagher', 'Garrido', 'Gough', 'Greenhalgh', 'Gupta', 'Haddad',
  'Halloran', 'Hartley', 'Haverford', 'Henriksen', 'Holloway', 'Hosseini', 'Ibekwe', 'Ishikawa', 'Jablonski', 'Jennings',
  'Kaplan', 'Kavanagh', 'Keane', 'Kowalczyk', 'Kruger', 'Lachance', 'Lambert', 'Lindqvist', 'Llewellyn', 'Lombardi',
  'Lowther', 'MacAulay', 'Mahmoud', 'Marchetti', 'McAllister', 'Mendes', 'Moreau', 'Mukherjee', 'Murray', 'Nakamura',
  'Navarro', 'Nkemelu', 'Novak', 'Nyström', 'Oduya', 'Okafor', 'Okonkwo', 'Oliveira', 'Osei', 'Ó Briain',
  'Padilla', 'Pemberton', 'Petrović', 'Pillai', 'Quigley', 'Rahman', 'Ramsay', 'Rasmussen', 'Reddy', 'Ribeiro',
  'Rinaldi', 'Rowntree', 'Saldanha', 'Santos', 'Schäfer', 'Sekibo', 'Sharma', 'Sinclair', 'Sørensen', 'Strachan',
  'Sutherland', 'Tadesse', 'Takahashi', 'Thackeray', 'Tiwari', 'Tremblay', 'Underhill', 'Vasquez', 'Verhoeven', 'Wainwright',
  'Walcott', 'Weatherall', 'Whitaker', 'Wilkinson', 'Winterbottom', 'Yilmaz', 'Yorke', 'Zamora', 'Zielinski', 'Zubair',
  'Adebayo', 'Bellamy', 'Castellano', 'Devlin', 'Egan', 'Falconer', 'Grimaldi', 'Hendry', 'Iqbal', 'Jovanović',
  'Kerrigan', 'Laidlaw', 'Mbeki', 'Nolan', 'Ogilvie', 'Prescott', 'Quintero', 'Rafferty', 'Shah', 'Tolland',
]

/** Outlets that articles name as the conduit of a quote ("told the BBC"); all-capitals names read "the BBC". */
export const CONDUITS = [
  'BBC', 'Reuters', 'The Guardian', 'Al Jazeera', 'Associated Press', 'Sky News', 'NPR', 'Bloomberg',
  'Financial Times', 'Politico', 'CNN', 'ITV News', 'Channel 4 News', 'The Observer', 'Le Monde', 'Der Spiegel',
]

/** Fictional publishers of the articles themselves. */
export const PUBLISHERS = [
  'The Northfield Courier', 'Eastbrook Evening Post', 'Harbourside Herald', 'The Kingsmere Gazette', 'Redcliffe Chronicle',
  'The Westhaven Standard', 'Calder Bay News', 'The Stonebridge Examiner', 'Oakmoor Observer', 'The Regional Ledger',
  'Thornbury Times', 'The Millbrook Mercury', 'Port Emery Press', 'The Coast and County', 'Civic Affairs Weekly',
  'The Daily Dispatch', 'Greywater Star', 'The Borough Bulletin', 'Fenwick Free Press', 'The Valley Record',
]

export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
]
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday']

export interface Beat {
  id: string
  /** People the beat's news is about ("renters"). */
  groups: string[]
  /** Offices held in a place ("housing minister" → "Northfield’s housing minister"). */
  offices: string[]
  /** Organisations of the beat, by kind; "Tenants’ Union" → "the Northfield Tenants’ Union", referred to as "the union". */
  orgs: [string, string][]
  /** Posts held in an organisation ("chief executive"). */
  posts: string[]
  /** Academic field ("urban economics"). */
  field: string
  /** Committee or body that decides ("housing committee"). */
  committee: string
  /** name | noun phrase | description, one per topic. */
  topics: string[]
}

export const BEATS: Beat[] = [
  {
    id: 'housing',
    groups: ['renters', 'first-time buyers', 'young families', 'landlords', 'tenants in social housing'],
    offices: ['housing minister', 'deputy housing minister', 'housing spokesperson'],
    orgs: [['Tenants’ Union', 'the union'], ['Housing Association', 'the association'], ['Landlords’ Federation', 'the federation'], ['Homelessness Coalition', 'the coalition']],
    posts: ['chief executive', 'director', 'spokesperson', 'chair'],
    field: 'urban economics',
    committee: 'housing committee',
    topics: [
      'Rent cap|the rent cap|A cap on annual rent increases for private tenants.',
      'Social housing programme|the social housing programme|Building and funding new homes for social rent.',
      'Planning reform|the planning reforms|Changes to how planning permission for new homes is granted.',
      'Short-term lets|the limits on short-term lets|Restrictions on renting out homes to holidaymakers.',
      'Eviction rules|the new eviction rules|When and how landlords may end a tenancy.',
      'Housing targets|the housing targets|How many new homes each district must allow to be built.',
      'Building safety|the building safety programme|Removing unsafe cladding and fixing fire risks in blocks of flats.',
      'Empty homes levy|the empty homes levy|A surcharge on homes left empty for long periods.',
      'First-time buyer scheme|the first-time buyer scheme|Public help with deposits for people buying their first home.',
      'Homelessness strategy|the homelessness strategy|Plans to reduce rough sleeping and temporary accommodation.',
    ],
  },
  {
    id: 'transport',
    groups: ['commuters', 'bus passengers', 'cyclists', 'drivers', 'rail users'],
    offices: ['transport minister', 'transport commissioner', 'roads spokesperson'],
    orgs: [['Passenger Forum', 'the forum'], ['Cycling Campaign', 'the campaign'], ['Motorists’ Association', 'the association'], ['Rail Users’ Group', 'the group']],
    posts: ['chair', 'director', 'spokesperson', 'head of policy'],
    field: 'transport planning',
    committee: 'transport committee',
    topics: [
      'Congestion charge|the congestion charge|A daily charge for driving into the city centre.',
      'Bus franchising|bus franchising|Bringing bus routes and fares under public control.',
      'Tram extension|the tram extension|Extending the tram network to new districts.',
      'Cycle lanes|the new cycle lanes|Segregated lanes for cyclists on main roads.',
      'Fare freeze|the fare freeze|Holding public transport fares at their current level.',
      'Low-traffic neighbourhoods|low-traffic neighbourhoods|Closing residential streets to through traffic.',
      'Ring road upgrade|the ring road upgrade|Widening and rebuilding the ring road.',
      'Rail electrification|rail electrification|Electrifying the remaining diesel rail lines.',
      'Speed limits|the lower speed limits|Cutting speed limits to 20 mph in built-up areas.',
      'Airport expansion|the airport expansion|A second runway and a larger terminal at the regional airport.',
    ],
  },
  {
    id: 'health',
    groups: ['patients', 'nurses', 'junior doctors', 'older people', 'carers'],
    offices: ['health minister', 'public health director', 'health spokesperson'],
    orgs: [['Nurses’ Union', 'the union'], ['Patients’ Association', 'the association'], ['Medical Council', 'the council'], ['Hospital Trust', 'the trust']],
    posts: ['chief executive', 'general secretary', 'medical director', 'spokesperson'],
    field: 'health policy',
    committee: 'health scrutiny committee',
    topics: [
      'Hospital waiting lists|the plan to cut waiting lists|Reducing the time patients wait for planned treatment.',
      'Nurses’ pay|the nurses’ pay offer|Pay and conditions for nurses in public hospitals.',
      'Maternity services|the maternity services review|The safety and staffing of maternity units.',
      'GP access|the GP access plan|How quickly patients can see a family doctor.',
      'Mental health funding|mental health funding|Money for mental health services, especially for young people.',
      'Hospital merger|the hospital merger|Combining two hospitals and moving services between sites.',
      'Ambulance response times|ambulance response times|How long ambulances take to reach emergencies.',
      'Sugar tax|the sugar tax|A levy on sugary drinks and snacks.',
      'Dental care|the dental care contract|Access to and funding of public dentistry.',
      'Vaccination campaign|the winter vaccination campaign|Flu and other vaccines offered before winter.',
    ],
  },
  {
    id: 'education',
    groups: ['pupils', 'teachers', 'parents', 'students', 'head teachers'],
    offices: ['education minister', 'schools commissioner', 'education spokesperson'],
    orgs: [['Teachers’ Union', 'the union'], ['Parents’ Network', 'the network'], ['Students’ Union', 'the union'], ['Head Teachers’ Association', 'the association']],
    posts: ['general secretary', 'president', 'spokesperson', 'chair'],
    field: 'education',
    committee: 'education committee',
    topics: [
      'Free school meals|free school meals|Extending free meals to more pupils.',
      'Teachers’ pay|the teachers’ pay award|Pay and workload for teachers.',
      'School closures|the school closures|Closing or merging schools with falling rolls.',
      'Tuition fees|tuition fees|What university students pay for their courses.',
      'Special needs provision|special needs provision|Support for pupils with special educational needs.',
      'School inspections|the new inspection regime|How schools are inspected and graded.',
      'Phones in schools|the ban on phones in schools|Whether pupils may carry mobile phones during the school day.',
      'Adult education|adult education funding|Courses and retraining for adults.',
      'Childcare hours|the free childcare hours|State-funded childcare for pre-school children.',
      'Exam reform|the exam reforms|Changes to school exams and how they are marked.',
    ],
  },
  {
    id: 'energy',
    groups: ['households', 'small businesses', 'pensioners', 'energy-intensive industries', 'bill payers'],
    offices: ['energy minister', 'energy commissioner', 'energy spokesperson'],
    orgs: [['Energy Consumers’ Council', 'the council'], ['Renewables Alliance', 'the alliance'], ['Fuel Poverty Network', 'the network'], ['Grid Operators’ Forum', 'the forum']],
    posts: ['chief executive', 'director', 'spokesperson', 'chair'],
    field: 'energy systems',
    committee: 'energy committee',
    topics: [
      'Energy price cap|the energy price cap|A limit on what suppliers may charge households.',
      'Offshore wind|the offshore wind programme|New wind farms off the coast.',
      'Nuclear plant|the new nuclear plant|Building a nuclear power station.',
      'Heat pumps|the heat pump grants|Grants for replacing gas boilers with heat pumps.',
      'Home insulation|the home insulation scheme|Insulating draughty homes to cut bills.',
      'Solar farms|the solar farm applications|Large solar farms on farmland.',
      'Windfall tax|the windfall tax|An extra tax on energy companies’ profits.',
      'Grid connections|the grid connection queue|Delays in connecting new power projects to the grid.',
      'District heating|the district heating network|Heating homes from a shared network.',
      'Fuel duty|fuel duty|The tax on petrol and diesel.',
    ],
  },
  {
    id: 'environment',
    groups: ['residents', 'farmers', 'anglers', 'young people', 'local businesses'],
    offices: ['environment minister', 'climate commissioner', 'environment spokesperson'],
    orgs: [['Wildlife Trust', 'the trust'], ['Climate Action Network', 'the network'], ['Rivers Trust', 'the trust'], ['Clean Air Campaign', 'the campaign']],
    posts: ['chief executive', 'director', 'campaigns manager', 'spokesperson'],
    field: 'environmental science',
    committee: 'environment committee',
    topics: [
      'Clean air zone|the clean air zone|Charging the most polluting vehicles in the city.',
      'Net zero target|the net zero target|The date by which emissions are to reach net zero.',
      'Tree planting|the tree planting programme|Planting trees on public land.',
      'Plastic bag ban|the plastic ban|Banning single-use plastics in shops.',
      'Flood defences|the flood defences|Walls, barriers and drainage against flooding.',
      'Green belt|development on the green belt|Building on protected land around the city.',
      'Recycling targets|the recycling targets|How much household waste must be recycled.',
      'Incinerator|the incinerator plan|A plant that burns waste to make electricity.',
      'Rewilding|the rewilding project|Returning land to nature and reintroducing species.',
      'Coastal erosion|the coastal erosion plan|Protecting homes on a crumbling coastline.',
    ],
  },
  {
    id: 'policing',
    groups: ['victims of crime', 'police officers', 'residents', 'young people', 'shopkeepers'],
    offices: ['justice minister', 'police commissioner', 'home affairs spokesperson'],
    orgs: [['Police Federation', 'the federation'], ['Victims’ Alliance', 'the alliance'], ['Civil Liberties Group', 'the group'], ['Prison Reform Trust', 'the trust']],
    posts: ['chair', 'director', 'spokesperson', 'chief executive'],
    field: 'criminology',
    committee: 'police and crime panel',
    topics: [
      'Neighbourhood policing|neighbourhood policing|Officers assigned to local areas.',
      'Facial recognition|live facial recognition|Police use of cameras that recognise faces.',
      'Prison overcrowding|prison overcrowding|Too many prisoners for the places available.',
      'Knife crime|the knife crime strategy|Reducing stabbings and knife carrying.',
      'Stop and search|stop and search|Police powers to search people in the street.',
      'Court backlog|the court backlog|Cases waiting to be heard in the courts.',
      'Shoplifting|the shoplifting crackdown|Tackling theft from shops.',
      'Police budget|the police budget|How much money the police service receives.',
      'Youth diversion|the youth diversion scheme|Keeping young offenders out of the courts.',
      'Protest rules|the protest rules|Limits on where and how people may protest.',
    ],
  },
  {
    id: 'economy',
    groups: ['small businesses', 'retailers', 'manufacturers', 'exporters', 'high street traders'],
    offices: ['economy minister', 'trade commissioner', 'business spokesperson'],
    orgs: [['Chamber of Commerce', 'the chamber'], ['Small Business Federation', 'the federation'], ['Manufacturers’ Association', 'the association'], ['Retail Consortium', 'the consortium']],
    posts: ['chief executive', 'president', 'chief economist', 'director'],
    field: 'economics',
    committee: 'economic development committee',
    topics: [
      'Business rates|business rates|The property tax paid by businesses.',
      'Port freeport|the freeport bid|A low-tax customs zone around the port.',
      'High street revival|the high street fund|Money to revive town centres.',
      'Export tariffs|the new tariffs|Tariffs on goods sold abroad.',
      'Minimum wage|the minimum wage rise|The legal minimum hourly pay.',
      'Steelworks rescue|the steelworks rescue|Public support for the struggling steelworks.',
      'Late payments|the late payment rules|Making large firms pay suppliers on time.',
      'Tourism tax|the tourism tax|A nightly charge on visitors staying in hotels.',
      'Sunday trading|the Sunday trading rules|How long large shops may open on Sundays.',
      'Innovation grants|the innovation grants|Public money for research in companies.',
    ],
  },
  {
    id: 'labour',
    groups: ['workers', 'gig workers', 'public sector staff', 'employers', 'apprentices'],
    offices: ['employment minister', 'labour commissioner', 'employment spokesperson'],
    orgs: [['Trades Council', 'the council'], ['Transport Workers’ Union', 'the union'], ['Employers’ Forum', 'the forum'], ['Care Workers’ Union', 'the union']],
    posts: ['general secretary', 'regional organiser', 'president', 'spokesperson'],
    field: 'industrial relations',
    committee: 'employment committee',
    topics: [
      'Four-day week|the four-day week trial|Working four days for the same pay.',
      'Strike laws|the new strike laws|Rules on when unions may call strikes.',
      'Zero-hours contracts|zero-hours contracts|Contracts that guarantee no minimum hours.',
      'Public sector pay|the public sector pay deal|Pay for council and public service staff.',
      'Apprenticeships|the apprenticeship levy|Funding for apprenticeships.',
      'Remote working|the right to remote work|Whether staff may ask to work from home.',
      'Pension age|the rise in the pension age|When people may draw their state pension.',
      'Rail strikes|the rail strike|Industrial action on the railways.',
      'Workplace safety|the workplace safety rules|Protecting workers from injury.',
      'Gig economy|the gig economy rules|The rights of couriers and drivers working through apps.',
    ],
  },
  {
    id: 'farming',
    groups: ['farmers', 'fishermen', 'rural communities', 'food producers', 'shoppers'],
    offices: ['agriculture minister', 'rural affairs commissioner', 'rural affairs spokesperson'],
    orgs: [['Farmers’ Union', 'the union'], ['Fishing Federation', 'the federation'], ['Food Standards Forum', 'the forum'], ['Rural Communities Network', 'the network']],
    posts: ['president', 'director', 'spokesperson', 'chair'],
    field: 'agricultural economics',
    committee: 'rural affairs committee',
    topics: [
      'Farm subsidies|the new farm subsidy scheme|Payments to farmers for food and for the environment.',
      'Fishing quotas|the fishing quotas|How much fish each fleet may catch.',
      'Food prices|food price inflation|Rising prices in shops.',
      'Inheritance tax on farms|the farm inheritance tax|Tax on farms passed between generations.',
      'Badger cull|the badger cull|Culling badgers to stop cattle disease.',
      'Rural broadband|rural broadband|Fast internet in the countryside.',
      'Pesticide ban|the pesticide ban|Banning pesticides that harm bees.',
      'Food labelling|the food labelling rules|What packaging must tell shoppers.',
      'Rural bus routes|rural bus routes|Bus services in villages.',
      'Water abstraction|the water abstraction limits|How much water farms may take from rivers.',
    ],
  },
  {
    id: 'digital',
    groups: ['children', 'internet users', 'tech start-ups', 'online shoppers', 'content creators'],
    offices: ['digital minister', 'data protection commissioner', 'digital spokesperson'],
    orgs: [['Digital Rights Group', 'the group'], ['Tech Industry Council', 'the council'], ['Child Safety Coalition', 'the coalition'], ['Open Data Institute', 'the institute']],
    posts: ['director', 'chief executive', 'head of policy', 'spokesperson'],
    field: 'computer science',
    committee: 'digital affairs committee',
    topics: [
      'Online safety|the online safety rules|Duties on platforms to protect children.',
      'AI regulation|the AI rules|Rules for artificial intelligence systems.',
      'Digital ID|the digital ID scheme|A national digital identity card.',
      'Data centre|the data centre plan|A large data centre and its power and water use.',
      'Social media age limit|the social media age limit|A minimum age for social media accounts.',
      'Cyber security|the cyber security strategy|Protecting public services from hackers.',
      'Digital services tax|the digital services tax|A tax on large technology companies.',
      'Smart meters|the smart meter rollout|Replacing old meters with connected ones.',
      'Public Wi-Fi|the public Wi-Fi network|Free internet access in public places.',
      'Council IT overhaul|the council IT overhaul|Replacing the council’s computer systems.',
    ],
  },
  {
    id: 'budget',
    groups: ['taxpayers', 'council tax payers', 'public services', 'low earners', 'pensioners'],
    offices: ['finance minister', 'finance commissioner', 'finance spokesperson'],
    orgs: [['Taxpayers’ Alliance', 'the alliance'], ['Fiscal Studies Institute', 'the institute'], ['Local Government Association', 'the association'], ['Budget Watch', 'the group']],
    posts: ['director', 'chief economist', 'chair', 'spokesperson'],
    field: 'public finance',
    committee: 'finance committee',
    topics: [
      'Council tax rise|the council tax rise|An increase in the local property tax.',
      'Spending cuts|the spending cuts|Reductions in council and public spending.',
      'Income tax thresholds|the frozen tax thresholds|Tax bands held while wages rise.',
      'Borrowing limits|the borrowing rules|How much the government may borrow.',
      'Library closures|the library closures|Closing libraries to save money.',
      'Outsourcing contracts|the outsourcing contracts|Services run by private firms.',
      'Pension fund investment|the pension fund investments|Where public pension funds are invested.',
      'Parking charges|the parking charges|What drivers pay to park.',
      'Capital programme|the capital programme|Spending on new buildings and roads.',
      'Audit report|the audit findings|What auditors found in the accounts.',
    ],
  },
  {
    id: 'welfare',
    groups: ['claimants', 'disabled people', 'single parents', 'carers', 'pensioners'],
    offices: ['social security minister', 'social care commissioner', 'welfare spokesperson'],
    orgs: [['Disability Rights Forum', 'the forum'], ['Food Bank Network', 'the network'], ['Carers’ Trust', 'the trust'], ['Child Poverty Action Group', 'the group']],
    posts: ['chief executive', 'director', 'policy manager', 'spokesperson'],
    field: 'social policy',
    committee: 'social care committee',
    topics: [
      'Disability benefits|the disability benefit changes|Changes to benefits for disabled people.',
      'Two-child limit|the two-child limit|A limit on benefits for larger families.',
      'Winter fuel payments|winter fuel payments|Help with heating bills for older people.',
      'Social care cap|the social care cap|A limit on what people pay for their care.',
      'Food banks|food bank funding|Support for charities that hand out food.',
      'Universal credit|the universal credit reforms|Changes to the main working-age benefit.',
      'Care homes|the care home closures|Closing care homes run by the council.',
      'Carer’s allowance|carer’s allowance|The benefit paid to unpaid carers.',
      'Child poverty strategy|the child poverty strategy|Plans to reduce the number of children in poverty.',
      'Youth services|youth services|Clubs and support for teenagers.',
    ],
  },
  {
    id: 'culture',
    groups: ['artists', 'sports clubs', 'visitors', 'musicians', 'local fans'],
    offices: ['culture minister', 'culture commissioner', 'culture spokesperson'],
    orgs: [['Arts Council', 'the council'], ['Music Venue Trust', 'the trust'], ['Supporters’ Trust', 'the trust'], ['Heritage Society', 'the society']],
    posts: ['chief executive', 'director', 'chair', 'spokesperson'],
    field: 'cultural policy',
    committee: 'culture committee',
    topics: [
      'Stadium plan|the new stadium|A new stadium for the city’s football club.',
      'Arts funding|arts funding|Public grants for theatres, galleries and orchestras.',
      'Museum charges|museum entry charges|Charging visitors to enter museums.',
      'City of Culture bid|the City of Culture bid|The bid to become a City of Culture.',
      'Music venues|the music venue levy|A levy on arena tickets to support small venues.',
      'Heritage listing|the heritage listing|Protecting historic buildings.',
      'Public broadcaster|the public broadcaster’s funding|How the public broadcaster is paid for.',
      'Festival licence|the festival licence|Permission for a large summer festival.',
      'Swimming pools|the swimming pool closures|Closing public pools.',
      'Football regulation|the football regulator|An independent regulator for football clubs.',
    ],
  },
  {
    id: 'water',
    groups: ['bill payers', 'swimmers', 'households', 'anglers', 'coastal towns'],
    offices: ['water minister', 'water regulator', 'water spokesperson'],
    orgs: [['Water Consumers’ Council', 'the council'], ['Surfers’ Alliance', 'the alliance'], ['River Action', 'the group'], ['Water Industry Forum', 'the forum']],
    posts: ['chief executive', 'director', 'campaigns lead', 'spokesperson'],
    field: 'hydrology',
    committee: 'water committee',
    topics: [
      'Sewage discharges|the sewage discharges|Untreated sewage released into rivers and the sea.',
      'Water bills|the water bill rise|What households pay for water.',
      'Reservoir plan|the new reservoir|A reservoir to secure supply in dry years.',
      'Hosepipe ban|the hosepipe ban|Restrictions on water use in a drought.',
      'Water company ownership|water company ownership|Who owns and runs the water company.',
      'Bathing water status|bathing water status|Designating places where people swim.',
      'Leakage targets|the leakage targets|Cutting water lost from leaking pipes.',
      'Lead pipes|the lead pipe replacement|Replacing old lead water pipes.',
      'Drought plan|the drought plan|How supply is protected in a drought.',
      'Water meters|compulsory water meters|Charging households by how much water they use.',
    ],
  },
  {
    id: 'elections',
    groups: ['voters', 'young voters', 'candidates', 'councillors', 'residents'],
    offices: ['elections minister', 'electoral commissioner', 'constitutional affairs spokesperson'],
    orgs: [['Electoral Reform Society', 'the society'], ['Democracy Watch', 'the group'], ['Councillors’ Association', 'the association'], ['Voter Registration Drive', 'the campaign']],
    posts: ['chief executive', 'director', 'chair', 'spokesperson'],
    field: 'political science',
    committee: 'standards committee',
    topics: [
      'Voter ID|voter ID rules|Requiring photo identification at polling stations.',
      'Votes at sixteen|votes at sixteen|Lowering the voting age to sixteen.',
      'Directly elected mayor|the directly elected mayor|Replacing the council leader with an elected mayor.',
      'Boundary changes|the boundary changes|Redrawing ward and constituency boundaries.',
      'Party funding|the party funding rules|Limits on donations to political parties.',
      'Devolution deal|the devolution deal|Powers and money moved from the national government.',
      'Councillor allowances|councillor allowances|What councillors are paid.',
      'Postal voting|postal voting|Voting by post and its safeguards.',
      'Lobbying register|the lobbying register|A public record of lobbying meetings.',
      'Council restructure|the council restructure|Merging councils into larger authorities.',
    ],
  },
]

/** Roles that cross beats: people quoted on any subject. `{place}` is their own place. */
export const GENERAL_ROLES: [string, string][] = [
  ['', '{place}’s mayor'],
  ['', '{place}’s deputy mayor'],
  ['the ', 'leader of {place} council'],
  ['the ', 'leader of the opposition on {place} council'],
  ['', '{place}’s chief executive'],
  ['the ', 'member of parliament for {place}'],
]

/** Whole sentences of a quote, by the speaker's stance: 0 supports, 1 opposes, 2 has reservations. */
export const QUOTES: string[][] = [
  [
    '{Np} {is} the right thing to do, and we intend to see it through.',
    'For too long {grp} in {place} have been told to wait.',
    'This plan changes that.',
    'We have listened, we have consulted, and we are ready to deliver.',
    'I make no apology for backing {np}.',
    'It will make a real difference to {grp}.',
    'Every month we delay costs {grp} money they simply do not have.',
    'This is not about ideology. It works, and the evidence shows it works.',
    'We expect it to help around {num} {grp} in the first year alone.',
    'The people who say it cannot be done said the same thing ten years ago.',
    'I have met {grp} who have been waiting years for this.',
    'Nobody pretends {np} will fix everything overnight, but it is a serious start.',
    'We will put it to a vote before the end of {month}, and I expect it to pass.',
    'My message to {grp} is simple: help is coming.',
    'If we get this right, {place} will be a model for the rest of the country.',
    'We have found the money, and we will not let it be raided for anything else.',
    'I think the case for {np} has never been stronger.',
    'This is what people voted for, and this is what we will deliver.',
    'We owe it to {grp} to get on with it.',
    'The alternative is to carry on as we are, and that is not good enough.',
  ],
  [
    '{Np} {is} the wrong answer to a real problem.',
    'Nobody asked {grp} what they wanted before this was drawn up.',
    'We have seen no credible costing for {np}, none at all.',
    'This will hit {grp} hardest, and the people proposing it know that.',
    'I will vote against it as it stands, and so will most of my colleagues.',
    'It was rushed through without proper scrutiny, and it shows.',
    'The figures simply do not add up.',
    'We are talking about a shortfall of more than {money}.',
    'It is a headline in search of a policy.',
    'If it goes ahead in its current form, {grp} in {place} will pay the price.',
    'We warned about this in {month}, and nobody listened.',
    'I do not doubt the good intentions behind {np}, but good intentions are not enough.',
    'Scrap it and start again. That is the only sensible course.',
    'There is a better way, and it begins with talking to {grp}.',
    'Who is going to pay for it? Not the people who designed it.',
    'This is the wrong plan at the wrong time.',
    'I have yet to meet anyone in {place} who thinks this is a good idea.',
    'We will fight this every step of the way.',
  ],
  [
    'We support the aims of {np}, but the detail matters enormously.',
    'There are real questions about how it would be paid for.',
    'We are not opposed in principle. We want to see the evidence first.',
    'The timetable looks ambitious, to put it mildly.',
    'I would urge everyone to take a breath and look at what is actually being proposed.',
    'If the safeguards are there, we can support it. At the moment they are not.',
    'What {grp} need is certainty, and so far they have not been given it.',
    'It could work. It could also go badly wrong if it is rushed.',
    'We will be studying the proposals closely over the coming weeks.',
    'Our members are divided on {np}, and I think that reflects the public mood.',
    'I want to see the full impact assessment before I take a view.',
    'The principle is sound. The execution is another matter.',
    'We have asked for a meeting with ministers and are waiting for a reply.',
    'Nobody should pretend this is simple.',
  ],
]

/** Factual sentences any speaker may add to a quote. */
export const FACT_QUOTES = [
  'We have had more than {num} responses to the consultation so far.',
  'The first phase is due to start in {month}.',
  'We are talking about {num} {grp} in {place} alone.',
  'The council meets again on {weekday}, and this will be on the agenda.',
  'Our own survey found that {pct} per cent of {grp} were worried about the cost.',
  'The money for the first year is {money}.',
  'I was in {place} on {weekday} and heard the same thing again and again.',
]

/** Words quoted inside the writer's sentence (partial quotes), by stance. */
export const FRAGMENTS: string[][] = [
  ['long overdue', 'a real step forward', 'the fairest option on the table', 'exactly what {grp} have been asking for', 'a turning point for {place}', 'good news for {grp}', 'the best chance in a generation', 'affordable and necessary', 'a promise kept'],
  ['a costly mistake', 'half-baked', 'unworkable in practice', 'a betrayal of {grp}', 'an expensive gamble', 'deeply flawed', 'a solution in search of a problem', 'a tax on {grp} by the back door', 'reckless'],
  ['a step in the right direction, but only a step', 'too vague to judge', 'worth a careful look', 'promising but unproven', 'a work in progress', 'not yet ready', 'a gamble that might pay off'],
]

/** Clauses for reported speech (paraphrases), by stance; they follow "said" or "argued that". */
export const CLAUSES: string[][] = [
  ['{np} would help {grp} in {place}', 'the council would press ahead with {np}', '{np} {was} affordable and long overdue', '{grp} had waited long enough for {np}', 'the first results of {np} would be visible within a year', 'the money for {np} had been found without raising taxes'],
  ['{np} would leave {grp} worse off', '{np} had been drawn up without consulting {grp}', 'the costs of {np} had been badly underestimated', 'the vote on {np} should be delayed', '{np} would do nothing for {grp} in {place}', 'the plans for {np} should be withdrawn'],
  ['{np} needed stronger safeguards before it could be supported', 'more time was needed to assess {np}', 'the timetable for {np} was unrealistic', '{grp} deserved clearer answers about {np}', 'the case for {np} had not yet been made', 'the impact of {np} on {grp} should be studied first'],
]
export const CLAUSE_VERBS: string[][] = [
  ['said', 'insisted', 'argued', 'said', 'stressed'],
  ['warned', 'argued', 'said', 'claimed', 'complained'],
  ['suggested', 'cautioned', 'said', 'acknowledged', 'said'],
]

/** Position summaries, by stance. */
export const SUMMARIES: string[][] = [
  ['Supports {np}, saying it will help {grp}.', 'Backs {np} and wants it delivered quickly.', 'Argues that {np} {is} overdue and affordable.', 'Defends {np} against critics.'],
  ['Opposes {np}, arguing that it would leave {grp} worse off.', 'Calls {np} costly and poorly thought through.', 'Wants {np} scrapped or substantially rewritten.', 'Says {np} {was} drawn up without asking {grp}.'],
  ['Supports the aims of {np} but wants stronger safeguards first.', 'Has reservations about the cost and timing of {np}.', 'Says {np} could work but needs more scrutiny.', 'Wants more evidence before backing {np}.'],
]

/** The writer's own sentences: background, figures, what happens next. */
export const FILLER = [
  '{Np} {has} been debated in {place} since {month}, when the proposals were first published.',
  'The plans would cost an estimated {money} over {small} years, according to figures published by the council.',
  'Around {num} {grp} could be affected, according to official estimates.',
  'A public consultation closed in {month} after receiving more than {num} responses.',
  'The issue has divided opinion across the political spectrum.',
  'A final decision is expected before the end of {month}.',
  'Similar schemes have been tried in several other cities, with mixed results.',
  'The question of {np} is one of several facing the {place} administration this year.',
  'Officials said the details were still being worked out.',
  'Turnout at the meeting was unusually high, with dozens of people forced to stand at the back of the room.',
  'The proposals will now go to the {committee} for further scrutiny.',
  'Campaigners have gathered more than {num} signatures on a petition.',
  'If approved, the measure would apply from {month} {nextYear}.',
  'Budget documents show that {money} has been set aside for the first phase.',
  'Opposition members have tabled {small} amendments to the plan.',
  'It is the {ordinal} time in {small} years that the question has come before the council.',
  '{Place} has a population of about {pop}.',
  'The {committee} will take evidence from {grp} before it reports.',
  'Figures published last month showed that {pct} per cent of {grp} in {place} had been affected in some way.',
  'The previous attempt to change the rules collapsed in {lastYear} after a legal challenge.',
  'Neighbouring councils are watching the outcome closely.',
  'Both sides have accused each other of scaremongering.',
  'The regulator has said it will publish its own assessment in {month}.',
  'Protesters gathered outside the town hall before the meeting began.',
  'An independent review commissioned last year is due to report in the spring.',
  'Local newspapers have run letters both for and against the proposals for weeks.',
  'The council’s own officers have warned that the timetable is tight.',
  'A legal challenge has not been ruled out by either side.',
  'Ministers are expected to respond formally within the next few weeks.',
  'The figures have been disputed by several independent analysts.',
  'Previous attempts at reform stalled amid disagreements over funding.',
  'The proposals were drawn up after a review that lasted almost two years.',
  'Officials estimate that the administrative costs alone could reach {money}.',
  'The plans also include a review clause, which would allow changes after {small} years.',
  'Some {grp} have already said they will not wait for a decision and are making their own arrangements.',
  'The national government has so far declined to comment on the local proposals.',
  'Consultants hired by the council recommended a phased approach.',
  'Local businesses say they have not been told how the changes will affect them.',
  'A cross-party working group met four times before the proposals were published.',
  'The last comparable scheme, introduced in {lastYear}, was abandoned within a year.',
  'An online survey by a residents’ group drew {num} replies in a fortnight.',
  'The {committee} is split down the middle, according to people familiar with its discussions.',
  'Unions representing council staff have asked for more detail about the impact on jobs.',
  'The opposition has called for the decision to be put to a public vote.',
  'Independent experts say the evidence from elsewhere is mixed.',
  'It remains unclear how the scheme would be enforced.',
  'The government’s own impact assessment has not yet been published.',
  'Community groups held a series of meetings in {place} over the summer to discuss the plans.',
  'About {pct} per cent of respondents to the consultation said they opposed the changes.',
  'A similar proposal was rejected by a narrow margin in {lastYear}.',
  'The debate has drawn attention far beyond {place}.',
]

/** The writer's sentences about a speaker, by surname. */
export const ABOUT_SPEAKER = [
  '{Surname} has been one of the most prominent voices in the debate.',
  '{Surname} has spoken about the issue several times in recent months.',
  '{Surname} has followed the issue closely for years.',
  '{Surname} has previously called for a review of the rules.',
  'It is not the first time {Surname} has clashed with colleagues over the question.',
  '{Surname} took up the post in {lastYear} after several years in the private sector.',
  'Allies of {Surname} say the issue is a personal priority.',
  '{Surname} did not say when a decision would be made.',
  '{Surname} declined to answer questions about the cost.',
  '{Surname} was speaking hours before the vote.',
]

export const SUBHEADINGS = ['What happens next', 'Reaction', 'The cost', 'Background', 'A divided council', 'What critics say', 'The numbers', 'Who is affected']

/** Where the article's lead speaker spoke; "{place}" and "{weekday}" are the article's. */
export const OCCASIONS = [
  'a press conference in {place} on {weekday}',
  'a council meeting on {weekday}',
  'a meeting of the {committee} on {weekday}',
  'a public meeting in {place} on {weekday} evening',
  'the launch of the proposals on {weekday}',
  'a debate in the council chamber on {weekday}',
  'a community forum in {place} on {weekday}',
  'a conference of {grp} on {weekday}',
]

export const HEADLINES = [
  '{Surname} defends {short} as {place} debate intensifies',
  'Row over {short} deepens in {place}',
  '{Place} split over {short}',
  'Pressure grows on {place} leaders over {short}',
  '{Surname} backs {short} despite criticism',
  'Critics line up against {short}',
  'What {short} means for {grp}',
  '{Place} council to vote on {short}',
  '{Short}: {grp} wait for answers',
  'New doubts over {short} after {weekday} meeting',
]

/** Quoted titles and labels that are nobody's statement (non-statements), with the reason. */
export const REPORT_SENTENCES: [string, string][] = [
  ['A council report, titled “{title}”, set out the options in {month}.', 'Title of a council report, not anyone’s words.'],
  ['Supporters have taken to calling it the “{nick}”.', 'A nickname used by unnamed supporters, not a statement by anyone.'],
  ['The measure is known locally as the “{nick}”.', 'A local nickname in scare quotes; nobody is quoted.'],
  ['The findings were published in a review called “{title}”.', 'Title of a review.'],
]
export const REPORT_TITLES = ['{Short}: options for {place}', 'The future of {short}', '{Short} in {place}: the evidence', 'Making {short} work']
export const NICKNAMES = ['{short} plan', '{place} deal', '{short} gamble', '{short} experiment']
