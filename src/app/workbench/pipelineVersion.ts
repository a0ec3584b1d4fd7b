/**
 * Stored with every extracted article. Bump it when the pipeline's output changes in a way that
 * stored articles should be extracted again for (their corrections re-anchor by evidence).
 */
export const PIPELINE_VERSION = "2026-12-01";
