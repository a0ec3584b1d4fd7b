/** The input formats shared by the command line and the app (see types.ts). */
export type {
  HtmlParser,
  InputEntry,
  InputFile,
  InputFormat,
  InputMetadata,
  InputProblem,
  ParseOptions,
  ParsedArticle,
} from "./types";
export { formatOf, parseInputEntries, parseInputFile, SUPPORTED_EXTENSIONS } from "./parseInputFile";
export { JsonlReader, parseJsonlLine } from "./jsonl";
export { parsePaste, type Paste } from "./parsePaste";
export { escapeControls, escapeJsonControls, quoteForMessage } from "./escapeControls";
export { baseName, extension } from "./fileName";
export { MAX_ARTICLE_CHARS, MAX_FILE_BYTES, MAX_JSONL_LINE_BYTES } from "./limits";
