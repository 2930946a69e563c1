import { contracts, failureFromZod, text } from '../../miniprogram/shared/contracts-all';

const name = text('姓名', 1, 20);
const duties = text('工作内容', 4, 100, { lines: true });

describe('user text at the contract', () => {
  test.each([
    ['NFC: a decomposed letter is composed', 'Ame\u0301lie', 'Amélie'],
    ['spaces around are trimmed', '  李春梅 ', '李春梅'],
    ['runs of spaces, tabs, full-width spaces become one space', '李\t\u3000 春梅', '李 春梅'],
    ['a line break in a one-line field becomes a space', '李\n春梅', '李 春梅'],
  ])('%s', (_n, input, output) => {
    expect(name.parse(input)).toBe(output);
  });

  test('a many-line field keeps its lines, at most one empty line between paragraphs', () => {
    expect(duties.parse('  板材开料 \r\n\r\n\r\n\r\n封边   打磨\n')).toBe('板材开料\n\n封边 打磨');
  });

  test.each([
    ['NUL', '李\u0000春梅'],
    ['a bell', '李\u0007春梅'],
    ['DEL', '李\u007f春梅'],
    ['a C1 control', '李\u0085春梅'],
    ['a right-to-left override', '李\u202e春梅'],
    ['a left-to-right isolate', '\u2066李春梅\u2069'],
    ['a right-to-left mark', '李春梅\u200f'],
    ['a zero-width space', '李\u200b春梅'],
    ['a zero-width joiner', '李\u200d春梅'],
    ['a byte-order mark', '\ufeff李春梅'],
    ['a lone high surrogate', '李春梅\ud83d'],
    ['a lone low surrogate', '\ude00李春梅'],
  ])('%s is refused with a Chinese message naming the field', (_n, input) => {
    const res = name.safeParse(input);
    expect(res.success).toBe(false);
    if (!res.success)
      expect(res.error.issues[0]?.message).toBe('姓名里有看不见的特殊字符，请删掉后重新输入');
  });

  test('an emoji (a proper surrogate pair) is kept', () => {
    expect(name.parse('春梅😀')).toBe('春梅😀');
  });

  test.each(['', '   ', '\u3000\t\n'])('only whitespace (%j) is empty: 请填写姓名', (input) => {
    const res = name.safeParse(input);
    expect(res.success).toBe(false);
    if (!res.success) expect(res.error.issues[0]?.message).toBe('请填写姓名');
  });

  test('length counts after normalising: 20 characters with spaces around fit', () => {
    expect(name.parse(`  ${'一'.repeat(20)}  `)).toBe('一'.repeat(20));
    expect(name.safeParse('一'.repeat(21)).success).toBe(false);
  });

  test('a whole action refuses junk on the field it is in', () => {
    const res = contracts['fair.proxySignUp'].input.safeParse({
      fairId: 'f1',
      slotId: 's1',
      name: '王德顺\u202e',
      village: '庆荣村',
    });
    expect(res.success).toBe(false);
    if (!res.success)
      expect(failureFromZod(res.error).fields).toMatchObject({
        name: '姓名里有看不见的特殊字符，请删掉后重新输入',
      });
  });
});
