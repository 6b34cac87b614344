import {testRule} from '../rule-tester.js'

const id = 'romanization-place'

testRule(id, {
  valid: [
    // Mainland officials, academics, hyphenated names and unplaced people are left alone.
    'Song Tao, director of the Taiwan Affairs Office, met the delegation.',
    'Chinese Ambassador to South Korea Xing Haiming spoke in Seoul.',
    'Taipei Mayor Ko Wen-je opened the fair, and Kaohsiung Mayor Chen Chi-mai joined him.',
    'Wang Jianguo, a professor at the University of Macau, gave the lecture.',
    'Zhang Wei visited Taiwan last week.',
    'Liu Jianping, director of the park, said output rose.'
  ],
  invalid: [
    {
      name: 'pinyin for a person the article places in Taiwan',
      text: 'Taipei Mayor Ke Wenzhe opened the book fair on Friday.',
      errors: [
        '1:14-1:23: Unexpected Mandarin pinyin `Ke Wenzhe` for a person from Taiwan, whose name is usually written in Wade–Giles, as in `Ko Wen-je`: check the spelling the person uses'
      ]
    },
    {
      name: 'pinyin for a person the article places in Hong Kong, reported once',
      text: 'Hong Kong Financial Secretary Chen Maobo said the budget would balance. Chen Maobo added more.',
      errors: [
        '1:31-1:41: Unexpected Mandarin pinyin `Chen Maobo` for a person from Hong Kong, whose name is usually written in Cantonese romanization, as in `Lee Ka-chiu`: check the spelling the person uses'
      ]
    },
    {
      name: 'pinyin for a person the article places in Vietnam',
      text: 'Vietnamese Prime Minister Fan Mingzheng visited the port.',
      errors: [
        '1:27-1:40: Unexpected Mandarin pinyin `Fan Mingzheng` for a person from Vietnam, whose name is written in Vietnamese, as in `Pham Minh Chinh`: check the spelling the person uses'
      ]
    }
  ]
})
