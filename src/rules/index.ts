// The rule registry: every rule, sorted by id. Config keys, disable comments
// and README sections all use these ids.
import type {Rule} from '../rule.js'
import addedHonorific from './added-honorific.js'
import boilerplate from './boilerplate.js'
import calque from './calque.js'
import capitalizationVariants from './capitalization-variants.js'
import capitalizedNoun from './capitalized-noun.js'
import chineseNumber from './chinese-number.js'
import droppedContent from './dropped-content.js'
import droppedSubject from './dropped-subject.js'
import duplicateSentence from './duplicate-sentence.js'
import duplicatedPhrase from './duplicated-phrase.js'
import echoedWord from './echoed-word.js'
import extraSpace from './extra-space.js'
import fiveYearPlan from './five-year-plan.js'
import fullwidthPunctuation from './fullwidth-punctuation.js'
import glossary from './glossary.js'
import headlineCase from './headline-case.js'
import headlinePunctuation from './headline-punctuation.js'
import mergedSentence from './merged-sentence.js'
import missingSpace from './missing-space.js'
import misspelling from './misspelling.js'
import mixedCaseName from './mixed-case-name.js'
import mixedQuotes from './mixed-quotes.js'
import nameFormat from './name-format.js'
import nameMismatch from './name-mismatch.js'
import nameVariants from './name-variants.js'
import numberMismatch from './number-mismatch.js'
import numberStyle from './number-style.js'
import pinyinCase from './pinyin-case.js'
import repeatedHeadline from './repeated-headline.js'
import repeatedWords from './repeated-words.js'
import romanizationPlace from './romanization-place.js'
import sentenceCase from './sentence-case.js'
import sourceGlossary from './source-glossary.js'
import spellingVariants from './spelling-variants.js'
import termVariants from './term-variants.js'
import titleConflict from './title-conflict.js'
import translationLoop from './translation-loop.js'
import unbalancedQuotes from './unbalanced-quotes.js'
import uncountablePlural from './uncountable-plural.js'
import unintroducedPerson from './unintroduced-person.js'
import untranslatedText from './untranslated-text.js'

export const rules: readonly Rule[] = [
  addedHonorific,
  boilerplate,
  calque,
  capitalizationVariants,
  capitalizedNoun,
  chineseNumber,
  droppedContent,
  droppedSubject,
  duplicateSentence,
  duplicatedPhrase,
  echoedWord,
  extraSpace,
  fiveYearPlan,
  fullwidthPunctuation,
  glossary,
  headlineCase,
  headlinePunctuation,
  mergedSentence,
  missingSpace,
  misspelling,
  mixedCaseName,
  mixedQuotes,
  nameFormat,
  nameMismatch,
  nameVariants,
  numberMismatch,
  numberStyle,
  pinyinCase,
  repeatedHeadline,
  repeatedWords,
  romanizationPlace,
  sentenceCase,
  sourceGlossary,
  spellingVariants,
  termVariants,
  titleConflict,
  translationLoop,
  unbalancedQuotes,
  uncountablePlural,
  unintroducedPerson,
  untranslatedText,
] as Rule[]

export const rulesById: ReadonlyMap<string, Rule> = new Map(rules.map((rule) => [rule.id, rule]))
