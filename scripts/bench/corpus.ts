// A deterministic (seeded) corpus of news-like articles for the benchmark.
import {artifacts, headlines, plain} from './sentences.js'

/** mulberry32: a small, well-known seeded PRNG. */
export function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** `count` articles of 3–6 KB each, with front matter, headings and a few artifacts. */
export function generateArticles(count: number, seed = 42): string[] {
  const next = random(seed)
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!
  const articles: string[] = []
  for (let index = 0; index < count; index++) {
    const year = 2016 + Math.floor(next() * 8)
    const target = 3000 + Math.floor(next() * 3000)
    let text = `---\ntitle: ${pick(headlines)}\ndate: ${year}-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}\n---\n\n# ${pick(headlines)}\n\n`
    while (text.length < target) {
      const sentences: string[] = []
      const length = 2 + Math.floor(next() * 4)
      for (let s = 0; s < length; s++) sentences.push(next() < 0.12 ? pick(artifacts) : pick(plain))
      const paragraph = sentences.join(' ')
      text += (next() < 0.1 ? '- ' : '') + paragraph + '\n\n'
    }
    articles.push(text)
  }
  return articles
}
