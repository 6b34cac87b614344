// What every report reads of a file: its name and its messages as the
// engine made them (src/message.ts), and what some formats need besides.
import type {Message} from '../message.js'
import type {BilingualPair} from '../source/pairs.js'
import type {Risk, TextCounts} from './risk.js'

/** One file as the reports read it; a file with many findings comes in slices of it. */
export interface ReportFile {
  /** The name shown; `<stdin>` when empty. */
  path: string
  /** The folder `path` is relative to, when not the run's (a merged shard's report). */
  cwd?: string | undefined
  messages: readonly Message[]
  /**
   * The file's text, when the format needs it (SARIF fingerprints, html);
   * for a file of megabytes read from disk in pieces, each part's own
   * section's text, which starts at `valueOffset` in the file.
   */
  value?: string | undefined
  valueOffset?: number | undefined
  /** Words and sentences in the article, for its risk score. */
  textCounts?: TextCounts | undefined
  /** The paragraph alignment with the source (the html report). */
  bilingual?: BilingualPair[] | undefined
  /** The whole file's risk, on each slice of a file reported in slices. */
  risk?: Risk | undefined
}
