import assert from 'node:assert/strict'
import {test} from 'node:test'
import {lint} from '../helpers.js'
import {testRule} from '../rule-tester.js'

const id = 'missing-space'

testRule(id, {
  valid: [
    // Numbers, abbreviations, initials, web addresses, file names and code.
    'Output rose 3.5 percent to 1,200 tonnes at 8:30 a.m. in a 1:2 ratio.',
    'The U.S. and the U.K. met, e.g. in talks, i.e. formally.',
    'Guizhou Aluminum Co.,Ltd. and No.5 plant aside.',
    'J.R.R.Tolkien wrote it.',
    'See www.example.com.cn or https://example.com/a,b or mail news@example.com.',
    'Download report.pdf and install Node.js v1.2.3 from ASP.NET.',
    'Use `a.The` in code.',
    // Degrees and other dotted abbreviations (issue 17).
    'She earned a Ph.D. in physics and an M.Sc. in Hong Kong.',
    'He holds a (Ph.D.) and an Ed.D., and reads at 7 a.m. daily.',
    'The U.S.-China talks resumed, e.g. on trade.',
    {name: 'a comma before Chinese characters', text: 'Under review,王明 said.'},
    {name: 'figures, times and ratios', text: 'It sold 1,200 tonnes by 10:30 in a 3:2 split, i.e.,5 more.'},
    {name: 'a function call and a list label', text: 'See f(x) and item 3.(a) here.'},
    // Codes, brands and known words are not glued words.
    'The A380, CO2, H2O, COVID19, Win10, mp3 files and G20 met.',
    'She bought an iPhone on eBay and used WeChat, PetroChina, JavaScript and teamLab.',
    'Breathe in, soothe the tomato, go onto the plaza and into the protein lab.',
    'Visit www.example.com/signed2023 or mail andChairman@example.com.'
  ],
  invalid: [
    {
      name: 'a sentence run into the next',
      text: 'They met in the clusters.The heads attended.',
      errors: ['1:17-1:29: Missing space after `.`, expected `clusters. The`'],
      output: 'They met in the clusters. The heads attended.'
    },
    {
      name: 'commas, colons and semicolons before a word',
      text: 'The ecosystem,said the mayor. Link to this article:Bu Lan; Alloy Wiki,thanks;then more',
      errors: [
        '1:5-1:19: Missing space after `,`, expected `ecosystem, said`',
        '1:44-1:54: Missing space after `:`, expected `article: Bu`',
        '1:66-1:77: Missing space after `,`, expected `Wiki, thanks`',
        '1:71-1:82: Missing space after `;`, expected `thanks; then`'
      ],
      output: 'The ecosystem, said the mayor. Link to this article: Bu Lan; Alloy Wiki, thanks; then more'
    },
    {
      name: 'the fix inserts one space and nothing else',
      text: 'Hello world.The end,and more.',
      errors: [
        '1:7-1:16: Missing space after `.`, expected `world. The`',
        '1:17-1:24: Missing space after `,`, expected `end, and`'
      ],
      output: 'Hello world. The end, and more.'
    },
    {
      name: 'a sentence run into the next still counts, however short its words',
      text: 'He is.It was so.Ah well.',
      errors: [
        '1:4-1:9: Missing space after `.`, expected `is. It`',
        '1:14-1:19: Missing space after `.`, expected `so. Ah`'
      ],
      output: 'He is. It was so. Ah well.'
    },
    {
      name: 'stays out of Chinese text that uses ASCII marks (issue 25)',
      text: '发布时间:2021-12-06 浏览次数:71,来源:县政府,编辑:李明\n\nThe meeting ended.The county said so.',
      errors: ['3:13-3:22: Missing space after `.`, expected `ended. The`'],
      output: '发布时间:2021-12-06 浏览次数:71,来源:县政府,编辑:李明\n\nThe meeting ended. The county said so.'
    },
    {
      name: 'a title glued to its name, a comma after an abbreviation glued to the next word',
      text: 'Mr.Zhou and Dr.Lin met the staff of Anhui Steel Co.,Ltd,Wuhu branch.',
      errors: [
        '1:1-1:8: Missing space after `.`, expected `Mr. Zhou`',
        '1:13-1:19: Missing space after `.`, expected `Dr. Lin`',
        '1:53-1:61: Missing space after `,`, expected `Ltd, Wuhu`'
      ],
      output: 'Mr. Zhou and Dr. Lin met the staff of Anhui Steel Co.,Ltd, Wuhu branch.'
    },
    {
      name: 'a comma or colon glued to a figure after a word',
      text: 'The fair opened on May,8 and closed at:17 hours.',
      errors: [
        '1:20-1:25: Missing space after `,`, expected `May, 8`',
        '1:37-1:42: Missing space after `:`, expected `at: 17`'
      ],
      output: 'The fair opened on May, 8 and closed at: 17 hours.'
    },
    {
      name: 'a full stop inside a closing quote glued to the next sentence',
      text: 'The mayor said,"The port grew." Then she left."It rained."Next day',
      errors: [
        '1:11-1:20: Missing space after `,`, expected `said, "The`',
        '1:42-1:50: Missing space after `.`, expected `left. "It`',
        '1:51-1:63: Missing space after `"`, expected `rained." Next`'
      ],
      output: 'The mayor said, "The port grew." Then she left. "It rained." Next day'
    },
    {
      name: 'a comma before an opening quote',
      text: 'The mayor said,"The port grew."',
      errors: ['1:11-1:20: Missing space after `,`, expected `said, "The`'],
      output: 'The mayor said, "The port grew."'
    },
    {
      name: 'after curly and straight closing quotes',
      text: 'He called it “good work.”She agreed. They said "no,"then left.',
      errors: [
        '1:20-1:29: Missing space after `”`, expected `work.” She`',
        '1:49-1:57: Missing space after `"`, expected `no," then`'
      ],
      output: 'He called it “good work.” She agreed. They said "no," then left.'
    },
    {
      name: 'a full stop glued to a bracket that opens a new part',
      text: 'The county met its goal.(Reporting by Lin Hai)',
      errors: ['1:20-1:35: Missing space after `.`, expected `goal. (Reporting`'],
      output: 'The county met its goal. (Reporting by Lin Hai)'
    },
    {
      name: 'words glued to figures, by case, or to a function word',
      text: 'The deal was signed2023 on day15. Mayor Wu andChairman Li visited the informationof the plant, tothe port.',
      errors: [
        '1:14-1:24: Missing space in `signed2023`, expected `signed 2023`',
        '1:28-1:33: Missing space in `day15`, expected `day 15`',
        '1:44-1:55: Missing space in `andChairman`, expected `and Chairman`',
        '1:71-1:84: Missing space in `informationof`, expected `information of`',
        '1:96-1:101: Missing space in `tothe`, expected `to the`'
      ],
      output: 'The deal was signed 2023 on day 15. Mayor Wu and Chairman Li visited the information of the plant, to the port.'
    },
    {
      name: 'the fix splits glued words',
      text: 'It was signed2023 andChairman Li came.',
      errors: [
        '1:8-1:18: Missing space in `signed2023`, expected `signed 2023`',
        '1:19-1:30: Missing space in `andChairman`, expected `and Chairman`'
      ],
      output: 'It was signed 2023 and Chairman Li came.'
    },
    {
      name: '"?" standing where a space was lost',
      text: 'Leaders?Visit?the Port',
      errors: [
        '1:1-1:14: Unexpected `?` where a space was lost, expected `Leaders Visit`',
        '1:9-1:18: Unexpected `?` where a space was lost, expected `Visit the`'
      ],
      output: 'Leaders Visit the Port'
    },
    {
      name: 'a question run into the next sentence',
      text: 'Was it over?No one knew.',
      errors: ['1:8-1:15: Missing space after `?`, expected `over? No`'],
      output: 'Was it over? No one knew.'
    },
    {
      name: 'positions point into the file inside Markdown syntax',
      text: '# Title\n\n- a list item with **bold text.The** end',
      errors: ['3:27-3:35: Missing space after `.`, expected `text. The`'],
      output: '# Title\n\n- a list item with **bold text. The** end'
    },
    {
      name: 'positions inside a table cell',
      text: '| a | b |\n| - | - |\n| cell one.Two | x |',
      errors: ['3:8-3:15: Missing space after `.`, expected `one. Two`'],
      output: '| a | b |\n| - | - |\n| cell one. Two | x |'
    },
    {
      name: 'the fix inserts a space after the full stop',
      text: 'It ended.Then it began.',
      errors: ['1:4-1:14: Missing space after `.`, expected `ended. Then`'],
      output: 'It ended. Then it began.'
    }
  ]
})

test('missing-space: a word glued to a function word is an error, other glued words warnings', () => {
  const text = 'The deal was signed2023 on day15. Mayor Wu andChairman Li visited the informationof the plant, tothe port.'
  assert.deepEqual(lint(text, id).map((m) => m.fatal), [false, false, true, false, false])
})

test('missing-space: a whole message carries the rule metadata', () => {
  const [message] = lint('It ended.Then it began.', id)
  assert.ok(message)
  assert.equal(message.ruleId, id)
  assert.equal(message.source, 'copydesk')
  assert.equal(message.fatal, true)
  assert.equal(message.actual, 'ended.Then')
  assert.deepEqual(message.expected, ['ended. Then'])
  assert.equal(message.url, 'https://github.com/copydesk/copydesk/blob/main/docs/rules/missing-space.md')
  assert.deepEqual(message.fix, {range: [9, 9], text: ' '})
})
