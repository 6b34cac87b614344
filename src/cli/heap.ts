// How a command-line run sizes V8's heap, and compiles regular expressions.
// A run over many files keeps little alive from one file to the next (about
// 15 MB), yet V8 lets the old generation grow to four times its live size
// before collecting, and the young generation's two semi-spaces double up to
// 16 MB each.
import {getHeapSpaceStatistics, setFlagsFromString} from 'node:v8'

/**
 * Young-generation size (both semi-spaces, bytes) at which it stops
 * growing: 8 MB a semi-space rather than V8's 16. 400 WMT articles with
 * `--jobs 1` peak at 132 MB instead of 157, with no CPU cost to measure
 * (6.75 s against 7.12 s, medians of six runs in turn); held at 4 MB, they
 * took 124 MB and some 8% more CPU in scavenges. V8 reads its maximum only
 * at start (`--max-semi-space-size` cannot be set later), but it reads the
 * growth factor each time it grows the space, so a factor of 1 holds the
 * space where it is once it reaches this size. (Measured again with
 * tuneYoungGeneration's flag, which the command line sets first: the space
 * of a 400-file run ended at V8's 16 MB a semi-space before it too, grown
 * past this limit within an article, and reaching it at once costs less.)
 */
const youngGenerationLimit = 16 * 1024 * 1024

let youngGenerationHeld = true

/**
 * Tune the heap for a run of many files: the old generation grows by a
 * quarter (`--heap-growing-percent=25`) instead of letting it reach four
 * times what a run keeps alive (175 MB peak for 500 articles before; most
 * runs of 500 to 2,000 articles now stay within 137–149 MB, as fast; one
 * 5 MB article takes a tenth longer), and the young generation is held at
 * `youngGenerationLimit` (see holdYoungGeneration). V8 reads these flags
 * whenever it sizes the heap, so setting them now takes effect, in workers
 * too. Not for the build's warm-up run: V8 rejects a code cache made after
 * a flag changed.
 */
export function tuneHeap(): void {
  setFlagsFromString('--heap-growing-percent=25')
  youngGenerationHeld = false
}

/** After each article: stop the young generation growing once it has reached its limit (after tuneHeap). */
export function holdYoungGeneration(): void {
  if (youngGenerationHeld) return
  for (const space of getHeapSpaceStatistics()) {
    if (space.space_name === 'new_space' && space.space_size >= youngGenerationLimit) {
      setFlagsFromString('--semi-space-growth-factor=1')
      youngGenerationHeld = true
    }
  }
}

/**
 * Let the young generation grow sixteenfold at a time instead of twofold:
 * from the 1 MB a semi-space V8 starts with straight to its 16 MB maximum.
 * A one-file run's start-up data (the bundle's modules, wink's lexicon, the
 * rules' tables, the article's model) outlived five scavenges as the space
 * doubled, each copying what survives, and promoted much of what would have
 * died young; now two. 400 WMT articles with `--jobs 1` (three runs of each
 * in turn): peak RSS 146.5 -> 139-140.5 MB, CPU 5.6 -> 5.3 s; their young
 * generation ended at the same size before. Set in the executable
 * (src/bin.ts) once the bundle is compiled and before its modules run, so
 * that their allocations already meet it: like the other flags, after the
 * code cache is loaded (V8 rejects a cache made under other flags), and
 * never for the build's warm-up run or the Node API.
 */
export function tuneYoungGeneration(): void {
  setFlagsFromString('--semi-space-growth-factor=16')
}

/**
 * Compile each regular expression once, to machine code, on its first use.
 * By default V8 first compiles one to bytecode for the interpreter and
 * compiles it again to machine code on its second use; for the rules'
 * patterns, whose Unicode classes (`\p{L}`, `\p{Ll}`…) make hundreds of
 * ranges, the bytecode (and its peephole pass) costs more than the machine
 * code. A one-file run compiles some 180 patterns: 16 ms less CPU (272 ->
 * 256 ms, 13 runs in turn); 400 files with `--jobs 1`, 6% less. Same
 * matches: only how a pattern runs changes. Like tuneHeap, after the code
 * cache is loaded (V8 rejects a cache made under other flags).
 */
export function tuneRegExps(): void {
  setFlagsFromString('--no-regexp-tier-up')
}
