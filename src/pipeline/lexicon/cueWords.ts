/**
 * Small closed-class word lists that mark the context of a place name. General English only:
 * no entry names a place.
 */

const set = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Titles and roles before a person's name ("President X", "Foreign Minister X"). Lower case. */
export const PERSON_TITLES = set(`
  mr mrs ms miss dr prof president vice secretary minister premier chancellor senator sen rep representative
  gov governor mayor gen general col colonel capt captain lt lieutenant sgt sergeant maj major cmdr commander
  adm admiral king queen prince princess sheikh sheik emir sultan pope cardinal bishop rev reverend father
  judge justice sir lord lady dame ambassador envoy spokesman spokeswoman spokesperson chief coach officer
  deputy detective sheriff trooper agent attorney lawyer councilman councilwoman councillor alderman
  commissioner superintendent principal pastor rabbi imam ayatollah mullah chairman chairwoman ceo director
  correspondent reporter analyst professor actor actress singer player striker goalkeeper
`);

/**
 * Capitalised words that, right after a place name, make the whole phrase the name of something that
 * is not a place: a street address or a newspaper ("Dublin Road", "Washington Post").
 */
export const NON_PLACE_HEADS = set(`
  street st road rd avenue ave boulevard blvd lane ln drive dr highway hwy parkway pkwy way court ct
  terrace place pl circle cir trail pike turnpike expressway freeway
  post times herald tribune journal gazette chronicle telegraph observer examiner courier dispatch
  inquirer enquirer sentinel bulletin register star sun mirror express standard independent guardian
  magazine newspaper
  inc corp corporation llc ltd co company
`);

/** Offices and bodies of a city's government, after "X City" ("Dublin City Council"). */
export const CITY_OFFICES = set(`
  council councils hall manager schools commission commissioners board clerk attorney administrator
  engineer limits police
`);

/** Generic nouns that end a place's name ("Laurel County", "Jordan River"): never a surname. */
export const PLACE_HEAD_NOUNS = set(`
  county parish city town township village borough district province region state river lake valley
  island islands beach bay creek springs falls heights hills hill mountain mountains park harbor harbour
  port point airport station
`);

/**
 * Nouns after a place's name that make the phrase a part, an area or a site of that place
 * ("X Province", "X countryside", "X Mountains", "X Airport"): still where something happened.
 */
export const AREA_HEADS = set(`
  province governorate countryside district region area areas city town village outskirts suburbs
  vicinity mountains mountain desert valley plain plains border airport airbase base dam camp crossing
`);

/** Prepositions that introduce where something happened. */
export const LOCATIVE_PREPS = set(
  `in at near outside inside across around throughout over into from on within`,
);

/** Words before a place that make an event's location "near" it rather than in it. */
export const NEAR_WORDS = set(`near outside nearby outskirts close around`);

/** Compass adjectives ("northern Mali"). */
export const DIRECTION_ADJECTIVES = set(`
  northern southern eastern western northeastern northwestern southeastern southwestern central
  north south east west northeast northwest southeast southwest
`);

/**
 * Verbs and verb-like words that, right after a capital's name, make it stand for its government
 * ("Beijing said", "Tokyo doubts").
 */
export const METONYMY_VERBS = set(`
  said says say told tells announced announces claimed claims denied denies insisted insists warned warns
  accused accuses doubted doubts believes believed wants wanted hopes hoped fears feared rejected rejects
  welcomed welcomes condemned condemns urged urges demanded demands responded responds argued argues
  backed backs backing supported supports supporting sees saw considers considered blamed blames agreed
  agrees refused refuses decided decides threatened threatens pledged pledges vowed vows sought seeks
  called calls has had is was would will could should might must may can cannot
`);

/**
 * Agentive verbs: a capital or a country right before one is the actor ("as Moscow launched
 * barrages", "Russia fired missiles", "Kyiv retaliated"), never where it happened. Past and
 * present forms; "hit" and "struck" only count with the name as subject (before the verb).
 */
export const AGENTIVE_VERBS = set(`
  launched launches launching fired fires firing struck strikes striking hit hits sent sends deployed deploys
  attacked attacks bombed bombs shelled shells targeted targets retaliated retaliates pounded pounds
  unleashed unleashes ordered orders imposed imposes expelled expels invaded invades mobilized mobilised
  mobilizes mobilises escalated escalates intensified intensifies stepped steps carried carries
  conducted conducts stormed storms seized seizes captured captures shot downed intercepted intercepts
  responded responds answered vowed vows pledged pledges sanctioned sanctions
`);

/** Auxiliaries and adverbs that may stand between an actor and its verb ("Moscow has launched"). */
export const ACTOR_VERB_FILLERS = set(
  `has have had also then again later reportedly allegedly quickly soon already`,
);

/** Nouns after "Capital's" that make it the government ("Tokyo's seriousness"). */
export const METONYMY_NOUNS = set(`
  seriousness position stance policy policies support response reaction decision role government
  officials leadership intentions demands claims refusal approach strategy view views interests allies
  backing involvement commitment
`);

/** Words before a capital that make it the government ("sanctions on Ottawa", "ties with Tokyo"). */
export const METONYMY_BEFORE = set(`sanctions pressure ties relations dialogue talks deal`);

/** Lower-case words allowed inside a multi-word place name ("Gulf of Mexico", "Deir ez-Zor"). */
export const NAME_CONNECTORS = set(
  `of the de del della di da do dos das du des la le les el al ad ar as an ash ez es et on upon sur am im in bin ibn and y i`,
);

/** Month and weekday names: capitalised, but dates, not places. */
export const CALENDAR_WORDS = set(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  monday tuesday wednesday thursday friday saturday sunday
  christmas easter passover ramadan eid thanksgiving halloween hanukkah
`);

/**
 * Capitalised adjectives and group names that are not places, although some village somewhere
 * bears the name ("the Arab country", "Kurdish forces", "Sunni rebels").
 */
export const GROUP_ADJECTIVES = set(`
  arab arabs arabic kurd kurds kurdish sunni sunnis shia shiite shiites alawite alawites druze yazidi yazidis
  islamic islamist islamists muslim muslims christian christians jewish jews catholic protestant orthodox
  western westerners eastern european europeans african africans asian asians latin hispanic persian turkic
  baltic nordic slavic gulf pashtun tamil sikh hindu buddhist
`);

/**
 * Nouns after a country or capital (possibly possessive) that make the name stand for its state,
 * not for where something happened ("Russia's UN ambassador", "the US military", "France's foreign minister").
 */
export const INSTITUTION_NOUNS = set(`
  military army forces troops navy air marines government regime officials official authorities ministry
  ministers minister foreign defense defence president presidents prime premier ambassador ambassadors envoy
  envoys embassy delegation delegates diplomats diplomat leader leaders leadership king queen parliament
  congress senate administration intelligence spokesman spokeswoman representative representatives
  secretary chancellor state-run state media
`);
