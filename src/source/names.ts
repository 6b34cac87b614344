// Chinese personal names in a source text, and their pinyin. A name is a
// common surname and one or two more characters, found only in person
// context: after a title or role (厂长王建国, 记者张雄), or at the start of a
// clause before a verb of speech (王建国说, 张雄表示). Without that context
// a surname character is too often an ordinary word (高, 万, 于, 和…).
// Pinyin comes from pinyin-pro, with the surname readings of polyphonic
// characters (单 Shan, 曾 Zeng), loaded on first use so articles without a
// source never pay for its dictionary.
import {createRequire} from 'node:module'

type PinyinFunction = (text: string, options: Record<string, unknown>) => string[]

let pinyinFunction: PinyinFunction | undefined
function pinyin(text: string, options: Record<string, unknown>): string[] {
  pinyinFunction ??= (createRequire(import.meta.url)('pinyin-pro') as {pinyin: PinyinFunction}).pinyin
  return pinyinFunction(text, {toneType: 'none', type: 'array', v: true, ...options})
}

/** Common Han surnames (single characters), most frequent first. */
const surnames =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由'
const compoundSurnames = ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '令狐', '夏侯', '司徒', '端木', '申屠', '宇文', '轩辕']

/** Titles and roles that stand right before a name (厂长王建国). */
const titleBefore =
  '(?:书记|主任|总经理|经理|董事长|董事|总裁|主席|总理|部长|省长|市长|县长|区长|镇长|乡长|村长|局长|厅长|处长|科长|院长|校长|所长|站长|厂长|社长|会长|行长|馆长|队长|组长|秘书长|委员|总监|主管|教授|研究员|专家|记者|通讯员|医生|医师|护士|老师|教师|工程师|律师|负责人|发言人|代表|大使|领事|船长|机长|村民|居民|农民|工人|职工|学生|志愿者|选手|运动员|教练|演员|导演|作家|画家|艺术家|创始人|董秘|博士)'
/** Verbs of speech that follow a name (王建国说). */
const speechAfter = '(?:报道|说|表示|介绍|指出|强调|认为|称|告诉|透露|坦言|提到|回忆|解释|说道|笑着说|感慨|建议|补充|谈到|分析|呼吁|证实|宣布|发现)'
/** What may follow a name after a title: speech, punctuation, or a short function word. */
const nameEnd = `(?=${speechAfter}|[，。、：；“”‘’（）\\(\\)《\\s]|等|也|在|和|与|对|是|将|为|就|还|则|正|已|曾|带|向|一)`
/** Characters that do not occur in given names but do in phrases after a surname-like character. */
const notGivenChars = '方章士网报社媒界府局宫的了在是和也都就说等们这那个年月日市省县区村镇厂局部委会司院所中大小上下不有人为对与而及或第各该其此之以于从把被让向到很更最又再已'
/** Characters typical of transliterated foreign names (马克龙, 安东尼): not Chinese given names. */
const foreign = /[克斯尔拉娜莱伊亚尼诺布蒂维塔卡姆夫奥沃茨兹]/u

/**
 * Words that start with a surname-like character and follow titles and
 * names in news prose (书记强调 "the secretary stressed"): never a name,
 * and MT that writes "Qiang Tiao" for 强调 has made one up.
 */
const notNameWords = new Set([
  ...speechAfter.slice(3, -1).split('|').filter((word) => word.length === 2),
  '强化', '高度', '全面', '明确', '要求', '希望', '同时', '安排', '成为', '曾经', '常务', '和平', '国家', '任务', '安全', '时间', '应当', '都要', '于是', '余额'
])

/** Whether the characters `name` (a surname, then given characters) start with a common word. */
function startsWithWord(name: string): boolean {
  return notNameWords.has(name.slice(0, 2))
}

const han = '[\\u3400-\\u9fff]'
const given = `[\\p{Script=Han}--[${notGivenChars}]]{1,2}`
const surnameGroup = `(?:${compoundSurnames.join('|')}|[${surnames}])`
const afterTitle = new RegExp(`${titleBefore}(?<name>${surnameGroup}${given})${nameEnd}`, 'gv')
const beforeSpeech = new RegExp(`(?<=^|[，。；：“”、\\s（\\(])(?<name>${surnameGroup}${given})(?=${speechAfter})`, 'gv')

export interface SourceName {
  /** The name in Chinese. */
  text: string
  /** Index in the paragraph's text. */
  start: number
  /** Its pinyin as "surname given", lowercase, ü as v ("zhang xiong", "lv dan"); several for polyphonic characters. */
  keys: string[]
}

/** The personal names in a paragraph of Chinese; `withSpeech: false` keeps only those after a title, the surest. */
export function chineseNames(text: string, withSpeech = true): SourceName[] {
  const names: SourceName[] = []
  for (const pattern of [afterTitle, ...(withSpeech ? [beforeSpeech] : [])]) {
    for (const match of text.matchAll(pattern)) {
      const name = match.groups!['name']!
      const start = match.index + match[0].indexOf(name)
      if (names.some((n) => n.start === start)) continue
      const surname = compoundSurnames.find((s) => name.startsWith(s)) ?? name[0]!
      const given = name.slice(surname.length)
      if (given.length === 0 || foreign.test(given) || startsWithWord(name) || /[·•]/.test(text[start + name.length] ?? '')) continue
      names.push({text: name, start, keys: nameKeys(surname, given)})
    }
  }
  return names.sort((a, b) => a.start - b.start)
}

const surnameReadings = new Map<string, string>()
const charReadings = new Map<string, string[]>()

/** Pinyin keys of a name: the surname's surname reading, every reading of each given character (at most a few). */
export function nameKeys(surname: string, given: string): string[] {
  let family = surnameReadings.get(surname)
  if (family === undefined) {
    family = pinyin(surname, {surname: 'all'}).join('')
    surnameReadings.set(surname, family)
  }
  let readings = ['']
  for (const char of given) {
    let options = charReadings.get(char)
    if (!options) {
      options = [...new Set([pinyin(char, {})[0]!, ...pinyin(char, {multiple: true})])]
      charReadings.set(char, options)
    }
    readings = readings.flatMap((r) => options.map((o) => r + o)).slice(0, 16)
  }
  return readings.map((r) => normalizeKey(`${family} ${r}`))
}

/** One spelling for comparing: lowercase, ü/v/yu after l and n as u (Lü, Lv, Lyu, Lu: English writes all four). */
export function normalizeKey(key: string): string {
  return key.toLowerCase().replace(/ü/g, 'v').replace(/\b([ln])(?:yu|v)/g, '$1u').replace(/[-'’]/g, '')
}

/**
 * Every way the text could spell a name of two to four characters, for
 * asking "is this romanized name anywhere in the source?" without person
 * context. Linear: a few keys per character.
 */
export function allNameKeys(text: string): Set<string> {
  const keys = new Set<string>()
  const runs = text.match(new RegExp(`${han}+`, 'gu')) ?? []
  for (const run of runs) {
    const chars = [...run]
    for (let i = 0; i < chars.length; i++) {
      const two = chars.slice(i, i + 2).join('')
      const surname = compoundSurnames.includes(two) ? two : chars[i]!
      for (let length = 1; length <= 2; length++) {
        const given = chars.slice(i + surname.length, i + surname.length + length).join('')
        if (given.length !== length || startsWithWord(surname + given)) continue
        for (const key of nameKeys(surname, given)) keys.add(key)
      }
    }
  }
  return keys
}
