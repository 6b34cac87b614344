import {testRule} from '../rule-tester.js'

const id = 'added-honorific'

testRule(id, {
  valid: [
    {name: 'the source has 女士', text: 'Ms. Zhao said the school would open in March.', source: '赵女士说，学校将于三月开学。'},
    {name: 'the source has 先生', text: 'Mr. Qian said the library would open.', source: '钱先生说，图书馆将开馆。'},
    {name: 'a form of address is rendered as an honorific', text: 'Mrs. Sun said she had not travelled all year.', source: '孙阿姨说，她一整年都没有出门。'},
    {name: 'no source, no finding', text: 'Ms. Zhao said the school would open in March.'},
    {name: 'not before a name', text: 'The title Ms. is used less.', source: '这个称呼用得少了。'}
  ],
  invalid: [
    {
      name: 'Ms. where the Chinese has no honorific',
      text: 'Ms. Zhao said the school would open in March.',
      source: '赵敏说，学校将于三月开学。',
      errors: ['1:1-1:4: Unexpected `Ms.`: the Chinese has no honorific here, news style names the person without one']
    },
    {
      name: 'Mr without a full stop, in a later paragraph',
      text: 'The library opened.\n\nMr Qian, its director, said so.',
      source: '图书馆开馆了。\n馆长钱军说。',
      errors: ['3:1-3:3: Unexpected `Mr`: the Chinese has no honorific here, news style names the person without one']
    }
  ]
})
