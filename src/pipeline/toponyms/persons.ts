/**
 * Marks tokens that belong to people's names, so that "John Carter", "Jordan Smith" or
 * "President Carter" do not become places, and a surname seen once ("Carter added") stays a person
 * for the rest of the article.
 */
import { FIRST_NAMES } from "../lexicon/firstNames";
import { VERY_COMMON_WORDS } from "../lexicon/commonWords";
import { CALENDAR_WORDS, PERSON_TITLES, PLACE_HEAD_NOUNS } from "../lexicon/cueWords";
import { TokenFlag, type Tokens } from "../tokens";
import { tokenKey } from "./nameSpans";

export interface PersonMarks {
  /** 1 where the token is part of a person's name. */
  inPerson: Uint8Array;
  /** Keys of the last token of each person name (surnames). */
  surnames: Set<string>;
}

/** Lower-case particles inside people's names ("Bashar al-Assad", "Staffan de Mistura"). */
const NAME_PARTICLES = new Set([
  "al",
  "el",
  "bin",
  "ibn",
  "abu",
  "de",
  "da",
  "di",
  "du",
  "van",
  "von",
  "der",
  "la",
  "le",
]);

/** Words of one name: a space or hyphen between them, or the dot of an initial ("John F. Kennedy"). */
function spaceGap(text: string, tokens: Tokens, left: number): boolean {
  if (tokens.sentence[left] !== tokens.sentence[left + 1]) return false;
  const gap = text.slice(tokens.end[left], tokens.start[left + 1]);
  if (gap === " " || gap === "-") return true;
  return gap === ". " && tokens.end[left]! - tokens.start[left]! === 1;
}

/** After a title, also the dot of its abbreviation ("Mr. Smith", "Gen. Lt. Smith"). */
function titleGap(text: string, tokens: Tokens, left: number): boolean {
  if (spaceGap(text, tokens, left)) return true;
  return (
    tokens.sentence[left] === tokens.sentence[left + 1] &&
    text.slice(tokens.end[left], tokens.start[left + 1]) === ". "
  );
}

/**
 * "Jordan Smith ... Smith said": news name a person in full, then by surname alone. True when the
 * capitalised word after token i also occurs elsewhere without the word at i before it.
 */
function surnameStandsAlone(text: string, tokens: Tokens, i: number, midSentenceOnly: boolean): boolean {
  const first = text.slice(tokens.start[i], tokens.end[i]);
  const surname = text.slice(tokens.start[i + 1], tokens.end[i + 1]);
  for (let j = 0; j < tokens.count; j++) {
    if (j === i + 1 || tokens.end[j]! - tokens.start[j]! !== surname.length) continue;
    if (text.slice(tokens.start[j], tokens.end[j]) !== surname) continue;
    const sentenceStart = j === 0 || tokens.sentence[j - 1] !== tokens.sentence[j];
    // At the start of a sentence any word is capitalised ("Police said"): for a surname that is
    // also an everyday word, that is no evidence of a name.
    if (sentenceStart) {
      if (!midSentenceOnly) return true;
      continue;
    }
    if (text.slice(tokens.start[j - 1], tokens.end[j - 1]) !== first) return true;
  }
  return false;
}

/** Token i is followed by ", NN," or ", NN)": an age (1 to 119) in apposition. */
function ageFollows(text: string, tokens: Tokens, i: number): boolean {
  const j = i + 1;
  if (j >= tokens.count || !(tokens.flags[j]! & TokenFlag.Number)) return false;
  if (tokens.sentence[j] !== tokens.sentence[i] || text.slice(tokens.end[i], tokens.start[j]) !== ", ")
    return false;
  const age = Number(text.slice(tokens.start[j], tokens.end[j]));
  return age > 0 && age < 120 && /^[,)]/.test(text.slice(tokens.end[j], tokens.end[j]! + 1));
}

/**
 * `isMajorPlace(i)` says whether token i alone names a country or first-level region: such a
 * given name ("Georgia", "Jordan") starts a person's name only after a title.
 */
export function markPersons(
  text: string,
  tokens: Tokens,
  isMajorPlace: (i: number) => boolean = () => false,
): PersonMarks {
  const n = tokens.count;
  const inPerson = new Uint8Array(n);
  const surnames = new Set<string>();
  const cap = (i: number) =>
    i < n && (tokens.flags[i]! & TokenFlag.Cap) !== 0 && !(tokens.flags[i]! & TokenFlag.AllCaps);
  const word = (i: number) => text.slice(tokens.start[i], tokens.end[i]);
  /** A capitalised everyday word opening the run ("In Sullivan, 24 houses"): not a given name. */
  const isSentenceStartWord = (i: number) => VERY_COMMON_WORDS.has(word(i).toLowerCase());

  /** Marks the capitalised run starting at i (connectors like "al" allowed inside); returns its end. */
  const markRun = (i: number): number => {
    let j = i;
    while (j < n && tokens.sentence[j] === tokens.sentence[i]) {
      if (cap(j)) {
        if (CALENDAR_WORDS.has(tokenKey(text, tokens, j))) break;
        inPerson[j] = 1;
        j++;
      } else if (j > i && NAME_PARTICLES.has(word(j)) && cap(j + 1)) {
        inPerson[j] = 1;
        j++;
      } else break;
      if (j - 1 >= i && (tokens.flags[j - 1]! & TokenFlag.Possessive || !spaceGap(text, tokens, j - 1)))
        break;
    }
    if (j > i) surnames.add(tokenKey(text, tokens, j - 1));
    return j;
  };

  /** "JOE FENTON": a given name and the word after it, both in capitals. */
  const capsName = (i: number): boolean => {
    if (!(tokens.flags[i]! & TokenFlag.AllCaps) || !(tokens.flags[i + 1]! & TokenFlag.AllCaps)) return false;
    if (tokens.flags[i]! & (TokenFlag.Abbrev | TokenFlag.Possessive) || !spaceGap(text, tokens, i))
      return false;
    const w = word(i);
    if (!FIRST_NAMES.has(w[0] + w.slice(1).toLowerCase()) || isMajorPlace(i)) return false;
    const next = word(i + 1).toLowerCase();
    return !(VERY_COMMON_WORDS.has(next) || CALENDAR_WORDS.has(next) || PLACE_HEAD_NOUNS.has(next));
  };

  for (let i = 0; i < n; i++) {
    if (inPerson[i]) continue;
    if (i + 1 < n && capsName(i)) {
      inPerson[i] = inPerson[i + 1] = 1;
      surnames.add(tokenKey(text, tokens, i + 1));
      i++;
      continue;
    }
    // "Nakishia Sullivan, 24,": two or more capitalised words, then an age between commas.
    if (cap(i) && ageFollows(text, tokens, i)) {
      let first = i;
      while (first > 0 && !inPerson[first - 1] && cap(first - 1) && spaceGap(text, tokens, first - 1))
        first--;
      if (first < i && !isSentenceStartWord(first)) {
        inPerson.fill(1, first, i + 1);
        surnames.add(tokenKey(text, tokens, i));
      }
    }
    const w = word(i);
    const lower = w.toLowerCase();
    // "President Obama", "Foreign Minister Sergei Lavrov": a title, then the name.
    if (PERSON_TITLES.has(lower) && cap(i + 1) && titleGap(text, tokens, i)) {
      // Skip further capitalised title words ("Foreign Minister", "Secretary General").
      let j = i + 1;
      while (j < n && cap(j) && PERSON_TITLES.has(word(j).toLowerCase()) && titleGap(text, tokens, j)) j++;
      if (cap(j) && !PERSON_TITLES.has(word(j).toLowerCase())) i = Math.max(i, markRun(j) - 1);
      continue;
    }
    // "John Carter": a given name followed by a capitalised word that is not an everyday word.
    if (
      FIRST_NAMES.has(w) &&
      cap(i + 1) &&
      spaceGap(text, tokens, i) &&
      !(tokens.flags[i]! & TokenFlag.Possessive) &&
      (!isMajorPlace(i) || surnameStandsAlone(text, tokens, i, false))
    ) {
      // "Terry A. Corbin": past a middle initial, the surname is the word after it.
      const initial =
        tokens.end[i + 1]! - tokens.start[i + 1]! === 1 && spaceGap(text, tokens, i + 1) && cap(i + 2);
      const next = word(initial ? i + 2 : i + 1).toLowerCase();
      // Surnames can be words ("Smith", "Baker"), but not the most frequent ones ("Austin Police").
      const wordlike = VERY_COMMON_WORDS.has(next) || CALENDAR_WORDS.has(next) || PLACE_HEAD_NOUNS.has(next);
      // A middle initial is evidence enough ("Milton J. Little").
      if (initial || !wordlike || surnameStandsAlone(text, tokens, i, true)) {
        i = Math.max(i, markRun(i) - 1);
      }
    }
  }
  return { inPerson, surnames };
}
