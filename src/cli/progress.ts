// A progress bar on stderr for long runs (cli-progress): files done, findings
// so far, files per second and the time left. Shown only to a person at a
// terminal: never in CI, never when stderr is a pipe or a file, never on
// stdout (where machine formats go), and not for runs short enough to end
// before it would help.
import type {SingleBar} from 'cli-progress'

/** Runs over this many files get a bar. */
export const progressThreshold = 50

export interface ProgressStream {
  write(text: string): unknown
  isTTY?: boolean
  columns?: number
}

export function wantsProgress(files: number, stderr: ProgressStream, env: NodeJS.ProcessEnv): boolean {
  const ci = env['CI'] !== undefined && env['CI'] !== '' && env['CI'] !== 'false' && env['CI'] !== '0'
  return files > progressThreshold && stderr.isTTY === true && !ci
}

export interface Progress {
  /** One more file done, with this many findings. */
  tick(findings: number): void
  /** Write a line on the stream without tearing the bar. */
  log(text: string): void
  stop(): void
}

export async function startProgress(total: number, stream: ProgressStream): Promise<Progress> {
  const {default: cliProgress} = await import('cli-progress')
  const bar: SingleBar = new cliProgress.SingleBar(
    {
      stream: stream as NodeJS.WritableStream,
      format: '{bar} {value}/{total} files | {findings} findings | {rate} files/s | ETA {eta_formatted}',
      barsize: 24,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
      fps: 5
    },
    cliProgress.Presets.shades_classic
  )
  const started = performance.now()
  let done = 0
  let findings = 0
  const payload = () => ({findings, rate: (done / Math.max((performance.now() - started) / 1000, 0.001)).toFixed(0)})
  bar.start(total, 0, payload())
  return {
    tick(count) {
      done++
      findings += count
      bar.update(done, payload())
    },
    log(text) {
      // Clear the bar's line; it is drawn again on the next update.
      stream.write(`\r\u001B[2K${text}`)
    },
    stop() {
      bar.stop()
    }
  }
}
