/**
 * The incident-trigger lexicon: phrases (lower case, space-separated words as the tokenizer reads them, so
 * "cease-fire" is written "cease fire") mapped to an event type and a weight, the confidence that the phrase
 * reports something that happened. General English only; nothing here names a place or a party.
 *
 * Weights, roughly: a concrete kinetic noun/verb 0.85-0.95 ("airstrikes", "shelled", "clashes", "car bomb");
 * a kinetic word that needs context 0.5-0.75 ("killed", "warplanes", "offensive"); diplomacy/ceasefire/aid nouns
 * 0.4-0.7; reporting verbs 0.1-0.25. Entries with type null block a longer phrase ("heart attack").
 * A `rule` asks triggers.ts to decide the type from the rest of the sentence (see there).
 */
import type { EventType } from "../contract";

export type TriggerRule =
  /** bomb/bombing/bombed: airstrike with an aircraft cue in the sentence, else attack. */
  | "bomb"
  /** strike/strikes: airstrike with a military or aircraft cue, other with a labour cue, plural alone a weak airstrike. */
  | "strike"
  /** struck/striking: airstrike only with a military or aircraft cue (earthquakes, cars and deals strike too). */
  | "struck"
  /** raid: airstrike with an aircraft cue, other with a police cue, else attack. */
  | "raid"
  /** kill/killed/died/dead: other (weak) when the sentence names a disease or an accident as the cause. */
  | "kill"
  /** died/death/dead: like kill, and besides only an attack with a military or aircraft cue (else a weak "other"). */
  | "death"
  /** needs a military cue in the sentence (shell, advance, captured, targeted, ...), else dropped. */
  | "military"
  /** offensive: a noun after a determiner/military word or before on/against; not "offensive remarks/line". */
  | "offensive"
  /** assault: "other" (a crime) with a police/court cue. */
  | "assault"
  /** bombardment: airstrike with an aircraft cue, else shelling. */
  | "bombard";

export interface LexEntry {
  /** The phrase as lower-case tokens. */
  words: string[];
  /** null: a blocking entry, matched so that a shorter one inside it is not. */
  type: EventType | null;
  weight: number;
  rule?: TriggerRule;
}

type Row = [EventType | null, number, string, TriggerRule?];

/** Phrases are separated by "|". */
const ROWS: Row[] = [
  // --- airstrike
  [
    "airstrike",
    0.95,
    "airstrike|airstrikes|air strike|air strikes|airstriked|air raid|air raids|airraid|airraids",
  ],
  [
    "airstrike",
    0.95,
    "aerial bombardment|aerial bombardments|aerial bombing|aerial bombings|aerial attack|aerial attacks",
  ],
  [
    "airstrike",
    0.95,
    "air attack|air attacks|air bombardment|drone strike|drone strikes|drone attack|drone attacks",
  ],
  [
    "airstrike",
    0.9,
    "barrel bomb|barrel bombs|barrel bombing|barrel bombs|air and ground strikes|air campaign",
  ],
  [
    "airstrike",
    0.85,
    "bombing raid|bombing raids|sorties|sortie|aerial shelling|aerial targeting|air support",
  ],
  [
    "airstrike",
    0.55,
    "warplane|warplanes|war planes|fighter jets|fighter jet|bombers|helicopter gunships|gunships",
  ],
  ["airstrike", 0.9, "helicopters dropped|warplanes bombed|jets bombed|warplanes struck|jets struck"],
  // --- shelling
  [
    "shelling",
    0.9,
    "shelling|shellings|shelled|shells|artillery shelling|artillery fire|artillery shells|tank fire",
  ],
  ["shelling", 0.9, "rocket fire|rocket attack|rocket attacks|rocket strike|rocket strikes|rocket shells"],
  ["shelling", 0.85, "rockets|rocket|mortar|mortars|mortar fire|mortar shells|mortar rounds|artillery"],
  [
    "shelling",
    0.85,
    "missile strike|missile strikes|missile attack|missile attacks|missiles hit|missile hit",
  ],
  ["shelling", 0.7, "missile|missiles|projectiles|projectile|cannon fire"],
  ["shelling", 0.8, "shell|shelled by", "military"],
  [
    "shelling",
    0.85,
    "bombardment|bombardments|bombarded|bombarding|barrage|barrages|bombard|bombards",
    "bombard",
  ],
  // --- fighting
  [
    "fighting",
    0.85,
    "clash|clashes|clashed|clashing|firefight|firefights|gun battle|gun battles|gunfight|gunfights",
  ],
  ["fighting", 0.85, "skirmish|skirmishes|exchange of fire|exchanged fire|exchanges of fire|heavy fighting"],
  ["fighting", 0.75, "fighting|hostilities|counterattack"],
  ["fighting", 0.75, "fought|battle|battles|battled|battling|combat", "military"],
  ["fighting", 0.75, "counter attack|counteroffensive|counter offensive|counterattacks|ground offensive"],
  ["fighting", 0.7, "offensive|offensives", "offensive"],
  ["fighting", 0.6, "siege|sieges|besieging|under siege|encircled|encirclement"],
  ["fighting", 0.35, "besieged|violence|escalation|unrest|confrontation|confrontations"],
  [
    "fighting",
    0.6,
    "advance|advances|advancing|advancement|captured|recaptured|retook|retake|seized|advanced on|advanced into|advanced toward|advanced towards|advanced to",
    "military",
  ],
  [
    "fighting",
    0.6,
    "took control|take control|takes control|taken control|stormed|storm|storming|overran",
    "military",
  ],
  ["fighting", 0.5, "withdrew|withdrawal|pulled out|retreated|retreat", "military"],
  [
    "fighting",
    0.55,
    "regain|regains|regained|recapture|recaptures|capture|captures|seize|seizes|besiege|besieges",
    "military",
  ],
  [
    "fighting",
    0.55,
    "fight|fights|surrounded|encircle|encircles|military operation|military operations",
    "military",
  ],
  [
    "fighting",
    0.55,
    "ground operation|ground operations|operations against|operation against|incursion",
    "military",
  ],
  // "fighters continue their operations in X": an armed force's operations are fighting (a military cue is required).
  ["fighting", 0.5, "operation|operations", "military"],
  ["airstrike", 0.8, "air operation|air operations|air and ground operation|ground and air operation"],
  // --- attack
  ["attack", 0.85, "attack|attacks|attacked|attacking|ambush|ambushed|ambushes|massacre"],
  ["attack", 0.85, "assault on|assaults on", "assault"],
  [
    "attack",
    0.85,
    "massacres|massacred|suicide bombing|suicide bombings|suicide bomber|suicide bombers|suicide attack",
  ],
  [
    "attack",
    0.9,
    "car bomb|car bombs|car bombing|truck bomb|roadside bomb|roadside bombs|booby trapped|suicide attacks",
  ],
  [
    "attack",
    0.85,
    "explosion|explosions|blast|blasts|exploded|explodes|detonated|detonates|detonating|detonation|detonations",
  ],
  [
    "attack",
    0.85,
    "ied|ieds|improvised explosive device|landmine|landmines|land mine|land mines|mine explosion",
  ],
  [
    "attack",
    0.8,
    "assassination|assassinations|assassinated|assassinate|assassinates|assassinating|gunmen|gunman|sniper|snipers",
  ],
  [
    "attack",
    0.8,
    "shot dead|gunned down|opened fire|open fire|opens fire|came under fire|come under fire|shooting",
  ],
  ["attack", 0.8, "shootings|shot and killed|beheaded|beheading"],
  ["attack", 0.8, "executed|executes|execution|executions|execute", "assault"],
  [
    "attack",
    0.75,
    "kidnapped|kidnapping|abducted|abduction|abducts|hostage|hostages|stabbed|stabbing|murdered|murder",
  ],
  ["attack", 0.7, "shot|shoots|took fire|under fire|gunfire|targeted killing|bomb attack|tortured|torture"],
  ["attack", 0.65, "killings|killing spree|atrocities|atrocity|stoning|stoned to death|lynched"],
  [
    "attack",
    0.85,
    "blew himself up|blow himself up|blows himself up|blew themselves up|blow themselves up|blew up",
  ],
  [
    "attack",
    0.8,
    "explode|exploding|booby trap|booby traps|explosive device|explosive devices|grenade attack",
  ],
  [
    "attack",
    0.55,
    "bodies found|body found|bodies were found|body was found|bodies recovered|body recovered",
  ],
  [
    "attack",
    0.55,
    "claim the lives|claims the lives|claimed the lives|claim the life|claims the life|claim lives",
    "kill",
  ],
  [
    "attack",
    0.55,
    "claimed the life|claims lives|claimed lives|claim life|claims life|claiming the lives",
    "kill",
  ],
  ["attack", 0.6, "targeted|targeting|targets|target", "military"],
  ["attack", 0.5, "human losses|human loss|loss of life", "kill"],
  [
    "attack",
    0.85,
    "suicide operation|suicidal operation|suicidal attack|suicidal attacks|suicide operations",
  ],
  ["attack", 0.75, "landmine|landmines|land mine|land mines|explosive device|explosive devices"],
  ["attack", 0.55, "bodies|corpses", "military"],
  ["attack", 0.5, "killed|kill|kills|killing|slain|slaughtered|casualties|casualty", "kill"],
  // A common misspelling of "casualties" in wire copy.
  ["attack", 0.5, "causalities|causality", "kill"],
  ["attack", 0.45, "died|dead|deaths|death|death toll|die|dies", "death"],
  ["attack", 0.45, "wounded|injured|wounding|injuring|lost their lives|wound|wounds|injures", "kill"],
  ["attack", 0.6, "claimed responsibility"],
  ["attack", 0.85, "bomb|bombs|bombing|bombings|bombed|bomber", "bomb"],
  ["attack", 0.75, "raid|raids|raided|raiding", "raid"],
  ["attack", 0.75, "assault|assaults|assaulted", "assault"],
  // --- not incidents (blocking) or not conflict
  [
    null,
    0,
    "heart attack|heart attacks|panic attack|panic attacks|asthma attack|asthma attacks|anxiety attack",
  ],
  [null, 0, "flu shot|flu shots|booster shot|booster shots|big shot|long shot|shot put|mug shot|screen shot"],
  [
    null,
    0,
    "fire fighting|flood fighting|crime fighting|firefighting|fire department|fire chief|fire station|fire fighters|firefighters|firefighter|shell company",
  ],
  [
    null,
    0,
    "death penalty|death row|death sentence|death sentences|sentenced to death|death certificate|dead end|target audience",
  ],
  [null, 0, "bomb threat|bomb threats|bomb squad|bomb shelter|photo shoot|shooting range|shooting star"],
  [
    null,
    0,
    "cancer battle|battle with cancer|battleground|battlefield|court battle|legal battle|custody battle",
  ],
  [
    null,
    0,
    "air force|air forces|air base|air bases|airbase|air defence|air defense|air defences|air defenses",
  ],
  ["other", 0.35, "shark attack|dog attack|cyber attack|cyberattack|cyberattacks|cyber attacks|bear attack"],
  ["other", 0.4, "hunger strike|general strike|labor strike|labour strike|workers strike"],
  ["airstrike", 0.75, "strike|strikes|striking", "strike"],
  ["airstrike", 0.8, "struck", "struck"],
  // --- ceasefire
  [
    "ceasefire",
    0.7,
    "ceasefire|ceasefires|cease fire|cease fires|truce|truces|armistice|cessation of hostilities",
  ],
  [
    "ceasefire",
    0.6,
    "humanitarian pause|peace deal|peace agreement|peace accord|peace treaty|lull in fighting",
  ],
  // --- aid
  [
    "aid",
    0.7,
    "aid convoy|aid convoys|humanitarian convoy|humanitarian convoys|relief convoy|relief convoys",
  ],
  [
    "aid",
    0.65,
    "aid shipments|aid shipment|aid deliveries|aid delivery|humanitarian aid|humanitarian assistance",
  ],
  [
    "aid",
    0.6,
    "food aid|medical aid|relief supplies|aid supplies|humanitarian supplies|humanitarian corridor",
  ],
  ["aid", 0.6, "airdrop|airdrops|air drop|air drops|evacuation|evacuations|evacuated|evacuate|evacuating"],
  ["aid", 0.4, "aid|relief aid|food parcels|food baskets|distributed"],
  ["aid", 0.3, "aid workers|aid worker|aid agencies|aid agency|aid groups|aid group|aid organizations"],
  // --- diplomacy
  ["diplomacy", 0.6, "talks|peace talks|negotiations|negotiated|negotiating|summit|summits|peace conference"],
  ["diplomacy", 0.55, "meeting|meetings|met|conference|conferences|consultations|mediation|mediated"],
  ["diplomacy", 0.4, "meet|meets"],
  [
    "diplomacy",
    0.45,
    "gathering|visit|visits|visited|visiting|discussions|discussed|held talks|agreement|accord",
  ],
  ["diplomacy", 0.4, "reconciliation|reconciliation agreement|signed|envoys met|delegation|delegations"],
  // --- statement (weak)
  ["statement", 0.2, "statement|statements|speech|speeches|announced|announcement|declared|press conference"],
  [
    "statement",
    0.25,
    "accused|accuses|accusing|condemned|condemns|condemning|denounced|warned|warns|threatened",
  ],
  ["statement", 0.15, "denied|denies|claimed|claims|called for|calls for|urged|urges|demanded|demands"],
  ["statement", 0.1, "said|says|told|tells|stated|reported|reports|according to|added|noted|insisted"],
  // --- other
  ["other", 0.45, "arrest|arrests|arrested|arresting|detained|detention|detentions|captured by police"],
  [
    "other",
    0.45,
    "protest|protests|protested|protesters|protestors|demonstration|demonstrations|demonstrators",
  ],
  ["other", 0.45, "riot|riots|rioting|annexation|annexed|annex|coup|uprising|displaced|displacement|fled"],
  [
    "other",
    0.35,
    "sanctions|sanctioned|deployed|deployment|deploys|sent troops|election|elections|referendum",
  ],
  ["other", 0.3, "arson|fire broke out|caught fire|set fire|set on fire|torched|burned down|looted|looting"],
];

function build(): Map<string, LexEntry[]> {
  const map = new Map<string, LexEntry[]>();
  const seen = new Set<string>();
  for (const [type, weight, phrases, rule] of ROWS) {
    for (const phrase of phrases.split("|")) {
      if (seen.has(phrase)) continue; // the first row that lists a phrase wins
      seen.add(phrase);
      const words = phrase.split(" ");
      const entry: LexEntry = rule ? { words, type, weight, rule } : { words, type, weight };
      const head = words[0] ?? "";
      const list = map.get(head);
      if (list) list.push(entry);
      else map.set(head, [entry]);
    }
  }
  // Longest phrase first, so the first entry that matches is the longest match.
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return map;
}

/** Lexicon entries by their first word. */
export const LEXICON: ReadonlyMap<string, readonly LexEntry[]> = build();

const set = (s: string): ReadonlySet<string> => new Set(s.split(" ").filter((x) => x !== ""));

/** Aircraft and air-war words: make "bombing", "raid", "strikes" read as airstrikes. */
export const AIR_CUES = set(
  "air aerial aircraft airplane airplanes plane planes jet jets warplane warplanes helicopter helicopters drone drones " +
    "bomber bombers coalition sortie sorties airstrike airstrikes gunship gunships airborne",
);

/** Words of armed conflict: let ambiguous words ("struck", "shell", "captured", "targeted") count. */
export const MILITARY_CUES = set(
  "military army troops forces force soldiers soldier rebels rebel militants militant fighters fighter insurgents " +
    "insurgent militia militias militiamen jihadists jihadist regime government's army's terrorists terrorist " +
    "gunmen navy naval marines missile missiles rocket rockets radar positions bases depot " +
    "depots launchers launcher checkpoint checkpoints outpost outposts convoy warplanes warplane artillery " +
    "tanks tank brigade battalion division factions faction isis isil daesh qaeda taliban houthis houthi " +
    "hezbollah hamas shabaab coalition airstrikes troop strongholds stronghold frontline",
);

/** Labour words: "strike" is a walkout. */
export const LABOUR_CUES = set(
  "workers worker teachers teacher union unions employees staff nurses doctors drivers miners pay wages wage " +
    "pension pensions walkout pickets picket picketing strikers contract bargaining salaries salary labor labour " +
    "students dockers pilots",
);

/** Police and court words: "raid", "assault", "executed" are law enforcement or crime. */
export const POLICE_CUES = set(
  "police officers officer sheriff sheriff's deputies deputy detectives detective agents fbi warrant warrants " +
    "charged charges charge court judge jury arrested sentenced prosecutors prosecutor felony misdemeanor " +
    "aggravated sexual domestic indecent narcotics drug drugs lethal inmate inmates prison condemned",
);

/** Non-violent causes of death: the fallback "killed"/"died" is not an attack. */
export const NONVIOLENT_DEATH_CUES = set(
  "virus viruses flu influenza disease diseases outbreak outbreaks infection infections infected epidemic " +
    "pandemic illness cancer fever cholera ebola malaria measles tuberculosis pneumonia h1n1 h5n1 sars mers " +
    "strain symptoms vaccine vaccines hospitalised hospitalized patients patient crash crashes accident " +
    "accidents collision earthquake quake flood floods flooding storm storms tornado hurricane cyclone " +
    "avalanche landslide drowned drowning overdose heatwave famine starvation starved illnesses sick hospital " +
    "health complications suicide age aged birds bird poultry chickens chicken ducks swans pigs hogs cattle cows " +
    "livestock animals cases lab laboratory driver drivers motorist motorists motorcyclist pedestrian " +
    "electrocuted electrical firefighters blaze",
);

/** Modal, future and wish words: what follows in the clause has not (yet) happened. */
export const HYPOTHETICAL_CUES = set(
  "could would might may will shall should can can't cannot won't wouldn't couldn't shouldn't must " +
    "want wants wanted wanting hope hopes hoped hoping wish wishes seek seeks seeking sought search searching " +
    "plan plans planned planning planing aim aims aimed intend intends intended propose proposes proposed " +
    "proposal proposals possible possibility possibilities potential potentially prospect prospects " +
    "if unless whether threaten threatens threatening urge urges urging demand demands demanding " +
    "expect expects expected expecting likely unlikely upcoming future prepare prepares preparing " +
    "push pushing ready willing any avoid avert prevent preventing prevents stop stopping halt halting " +
    "try trying tried attempt attempts attempting effort efforts aimed calls call calling " +
    "consider considers considering discuss discussing would-be needed need needs scheduled",
);

/** After "to": an infinitive of intention ("to stop the fighting", "to hold talks") makes the clause hypothetical. */
export const INFINITIVE_VERBS = set(
  "stop end halt prevent avoid reach hold broker secure restore revive resume launch carry conduct start begin " +
    "allow enable deliver provide reduce impose agree negotiate discuss attend help support resolve bring ensure " +
    "implement extend keep maintain seek pursue mediate establish create achieve arrange organise organize " +
    "facilitate strike attack bomb shell fight retake capture storm deploy send open allow be take meet arrive",
);

/** Negation cues, looked for just before a trigger in its clause. */
export const NEGATION_CUES = set(
  "not no never without nor neither denied deny denies denying rejected rejects ruled none didn't doesn't " +
    "don't wasn't weren't isn't aren't hasn't haven't hadn't cannot failed nobody",
);

/** Words that open a new clause: context does not carry across them. */
export const CLAUSE_WORDS = set(
  "that which who whom where when while but although though because after before since as",
);

/** Tokens before "offensive" that make it the military noun. */
export const OFFENSIVE_BEFORE = set(
  "an the a new major fresh ground military government regime army launched launch launches launching " +
    "renewed final large-scale massive its their joint air",
);

/** Words after "offensive" that make it an adjective or a sports word ("offensive remarks", "offensive line"). */
export const OFFENSIVE_NOT_NEXT = set(
  "line lineman linemen coordinator tackle guard player players end rebound rebounds rating play plays unit " +
    "production output scheme system possession possessions foul fouls struggles remarks remark language " +
    "comments comment content behavior behaviour material statement statements post posts tweet tweets joke " +
    "jokes word words gesture gestures term terms slur slurs image images and or to",
);

/** Words shortly after a trigger that put it in the future or the conditional ("talks are expected", "fighting would"). */
export const FORWARD_HYPOTHETICAL = set(
  "would could might may will shall should expected planned scheduled proposed possible likely due slated set",
);
