// mixed-quotes: straight (") and curly (“ ”) double quotes in one article.
// MT systems emit one style or the other from sentence to sentence, and
// editors paste in text from elsewhere; a house style uses one.
// The article's majority style wins (on a tie, the style it uses first);
// every quotation mark in the other style is reported, with a fix where its
// direction is clear, so the editor can fix them all at once.
// Bad: "He called it “a new start” and "a turning point"."
// Good: "He called it “a new start” and “a turning point”."
import {defineRule} from '../rule.js'
import {scanMarks} from '../text/quotes.js'

interface Quote {
  start: number
  end: number
  straight: boolean
  /** What to write in the other style; undefined when the direction is unclear. */
  curly?: string
}

export default defineRule({
  id: 'mixed-quotes',
  description: 'Straight and curly double quotes mixed in one article',
  severity: 'info',
  fixable: true,
  schema: {type: 'object', additionalProperties: false, properties: {}},
  defaults: {},
  docs: {
    bad: 'The minister called it “a new start” and "a turning point".',
    good: 'The minister called it “a new start” and “a turning point”.'
  },
  create(context) {
    const quotes: Quote[] = []
    return {
      ParagraphNode(_node, block) {
        for (const mark of scanMarks(block.text.value)) {
          if (mark.char !== '"' && mark.char !== '“' && mark.char !== '”') continue
          const [start, end] = block.text.range(mark.index, mark.index + 1)
          const quote: Quote = {start, end, straight: mark.straight}
          if (mark.role !== 'either') quote.curly = mark.role === 'open' ? '“' : '”'
          quotes.push(quote)
        }
      },
      'RootNode:exit'() {
        const straight = quotes.filter((quote) => quote.straight).length
        const curly = quotes.length - straight
        if (straight === 0 || curly === 0) return
        const straightWins = straight > curly || (straight === curly && quotes[0]!.straight)
        const counts = `${curly} curly, ${straight} straight`
        for (const quote of quotes) {
          if (quote.straight !== !straightWins) continue
          const actual = context.document.value.slice(quote.start, quote.end)
          if (straightWins) {
            context.report({
              reason: `Curly \`${actual}\` among straight quotes (${counts}), expected \`"\``,
              start: quote.start,
              end: quote.end,
              expected: ['"'],
              fix: {range: [quote.start, quote.end], text: '"'}
            })
          } else {
            context.report({
              reason: `Straight \`"\` among curly quotes (${counts}), expected \`${quote.curly ?? '“` or `”'}\``,
              start: quote.start,
              end: quote.end,
              expected: quote.curly ? [quote.curly] : ['“', '”'],
              ...(quote.curly ? {fix: {range: [quote.start, quote.end] as [number, number], text: quote.curly}} : {})
            })
          }
        }
      }
    }
  }
})
