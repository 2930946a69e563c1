/**
 * Reads a spoken sentence left to right, taking at each place the longest word of the vocabulary
 * (speech/vocabulary.ts, the region catalog) or the longest pay figure, and keeps what it did not
 * understand. No tokenizer: recognised speech has no reliable punctuation or spaces anyway.
 */
import type { Benefit } from '../catalog/benefits';
import { JOB_CATEGORIES, type JobCategory } from '../catalog/job-categories';
import type { PayCycle, WageUnit } from '../catalog/pay';
import { numberAt, parseSpokenNumber } from './numbers';
import { placeNames, type HeardPlace } from './places';
// Named imports: a namespace import costs a Babel helper file in the compiled package.
import {
  ABOVE_WORDS,
  AGE_WORDS,
  AT_LEAST_WORDS,
  BELOW_WORDS,
  BENEFIT_WORDS,
  DIALECT_WORDS,
  EDGE_PARTICLES,
  FILLER_WORDS,
  HOME_AREA_WORDS,
  MISHEARINGS,
  MONEY_WORDS,
  NEGATIONS,
  OLDER_WORKER_AGES,
  ORIGIN_CUES,
  OTHER_MEASURES,
  PAY_CYCLE_WORDS,
  PAY_UNIT_WORDS,
  ROUND_PAY_WORDS,
  SORT_WORDS,
  TRADE_WORDS,
  VILLAGE_SUFFIXES,
} from './vocabulary';

/** The units a spoken pay figure can be in. */
export type SpokenWageUnit = Exclude<WageUnit, 'piece'>;

type Entry =
  | { kind: 'category'; category: JobCategory }
  | { kind: 'benefit'; benefits: readonly Benefit[] }
  | { kind: 'payCycle'; payCycle: PayCycle }
  | { kind: 'sort'; sort: 'distance' | 'pay' }
  | { kind: 'homeArea'; area: 'county' | 'province' }
  | { kind: 'payUnit'; unit: SpokenWageUnit }
  | { kind: 'roundPay' }
  | { kind: 'place'; place: HeardPlace }
  | { kind: 'negation' }
  | { kind: 'filler' };

interface Lexicon {
  readonly words: ReadonlyMap<string, Entry>;
  readonly longest: number;
  readonly rewrites: readonly (readonly [string, string])[];
}

let built: Lexicon | undefined;

/** The vocabulary as one map, built on first use. When two lists share a word, the first wins. */
function lexicon(): Lexicon {
  if (built) return built;
  const words = new Map<string, Entry>();
  const add = (list: readonly string[], entry: Entry) => {
    for (const w of list) if (!words.has(w)) words.set(w, entry);
  };
  for (const c of JOB_CATEGORIES) {
    if (c.value !== 'other') add([c.label], { kind: 'category', category: c.value });
  }
  for (const t of TRADE_WORDS) add(t.words, { kind: 'category', category: t.category });
  for (const b of BENEFIT_WORDS) add(b.words, { kind: 'benefit', benefits: b.benefits });
  for (const p of PAY_CYCLE_WORDS) add(p.words, { kind: 'payCycle', payCycle: p.payCycle });
  for (const s of SORT_WORDS) add(s.words, { kind: 'sort', sort: s.sort });
  for (const h of HOME_AREA_WORDS) add(h.words, { kind: 'homeArea', area: h.area });
  for (const u of PAY_UNIT_WORDS) add(u.words, { kind: 'payUnit', unit: u.unit });
  add(ROUND_PAY_WORDS, { kind: 'roundPay' });
  add(NEGATIONS, { kind: 'negation' });
  for (const [name, place] of placeNames()) add([name], { kind: 'place', place });
  add(FILLER_WORDS, { kind: 'filler' });
  const rewrites = [...DIALECT_WORDS, ...MISHEARINGS].sort((a, b) => b[0].length - a[0].length);
  let longest = 0;
  for (const w of words.keys()) longest = Math.max(longest, w.length);
  built = { words, longest, rewrites };
  return built;
}

function wordAt(text: string, at: number): { word: string; entry: Entry } | undefined {
  const { words, longest } = lexicon();
  for (let len = Math.min(longest, text.length - at); len > 0; len--) {
    const word = text.slice(at, at + len);
    const entry = words.get(word);
    if (entry) return { word, entry };
  }
  return undefined;
}

/**
 * A filler yields to a word that begins inside it and reaches further (在家门口: 家门口, not 在家):
 * then nothing is taken at `at` and the scan moves on by one character.
 */
function contentFirst(
  text: string,
  at: number,
  found: ReturnType<typeof wordAt>,
): ReturnType<typeof wordAt> {
  if (found?.entry.kind !== 'filler') return found;
  const end = at + found.word.length;
  for (let k = at + 1; k < end; k++) {
    const inner = wordAt(text, k);
    if (inner && inner.entry.kind !== 'filler' && k + inner.word.length > end) return undefined;
  }
  return found;
}

/** The longest of `list` that `text` has at `at`, or ''. */
function oneOf(text: string, at: number, list: readonly string[]): string {
  let found = '';
  for (const w of list) if (w.length > found.length && text.startsWith(w, at)) found = w;
  return found;
}

const BREAK_CHARS = /[\s,.!?;:，。！？；：、…~～·'"“”‘’()（）【】[\]《》<>\-—_/\\|]/;

/** Half-width, lower case, dialect and slips rewritten; punctuation and spaces become breaks. */
function normalize(raw: string): { text: string; breaks: Set<number> } {
  let s = raw
    .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .toLowerCase()
    .replace(/(\d),(?=\d{3})/g, '$1');
  for (const [from, to] of lexicon().rewrites) s = s.split(from).join(to);
  // A question of the form 包不包吃住, 要不要: the worker asks for it.
  s = s.replace(/([^不])不\1/g, '$1');
  let text = '';
  const breaks = new Set<number>();
  for (let i = 0; i < s.length; i++) {
    const ch = s.charAt(i);
    const decimalPoint = ch === '.' && /\d/.test(s.charAt(i - 1)) && /\d/.test(s.charAt(i + 1));
    if (BREAK_CHARS.test(ch) && !decimalPoint) breaks.add(text.length);
    else text += ch;
  }
  return { text, breaks };
}

type Figure =
  | { kind: 'pay'; amount: number; unit?: SpokenWageUnit; marked: boolean; below: boolean }
  | { kind: 'age'; age: number }
  | { kind: 'distance' }
  | { kind: 'count' };

/**
 * A number at `at` with the words around it that say what it counts: pay (不低于四千, 两百块一天,
 * 五千以上), an age (五十多岁), a distance (十公里以内) or something else (两个人). The end is
 * where its words stop.
 */
function figureAt(text: string, at: number): { figure: Figure; end: number } | undefined {
  let j = at;
  const atLeast = oneOf(text, j, AT_LEAST_WORDS);
  j += atLeast.length;
  const agePrefix = atLeast ? '' : oneOf(text, j, AGE_WORDS);
  j += agePrefix.length;
  let written = numberAt(text, j);
  if (!written) return undefined;
  // 两百一天, 三千五险一金: the last numeral begins the next word.
  const next = wordAt(text, j + written.length - 1);
  if (written.length > 1 && next && next.word.length > 1) written = written.slice(0, -1);
  const range = parseSpokenNumber(written);
  j += written.length;
  if (!range) return { figure: { kind: 'count' }, end: j };
  const money1 = oneOf(text, j, MONEY_WORDS);
  j += money1.length;
  const above = oneOf(text, j, ABOVE_WORDS);
  const below = above ? '' : oneOf(text, j, BELOW_WORDS);
  j += above.length + below.length;
  const money = money1 || oneOf(text, j, MONEY_WORDS);
  j += money.length - money1.length;
  if (!money) {
    for (const [kind, list] of Object.entries(OTHER_MEASURES)) {
      const measure = oneOf(text, j, list);
      if (!measure) continue;
      j += measure.length;
      j += oneOf(text, j, [...ABOVE_WORDS, ...BELOW_WORDS]).length;
      const figure: Figure =
        kind === 'age'
          ? { kind: 'age', age: range.min }
          : kind === 'distance'
            ? { kind: 'distance' }
            : { kind: 'count' };
      return { figure, end: j };
    }
  }
  if (agePrefix) return { figure: { kind: 'age', age: range.min }, end: j };
  const after = wordAt(text, j);
  const unit = after?.entry.kind === 'payUnit' ? after.entry.unit : undefined;
  if (unit) j += after?.word.length ?? 0;
  const marked = !!(atLeast || money || above || below || unit);
  // A lone digit with nothing around it is part of a word (三轮车), not a figure.
  if (!marked && range.max < 10) return undefined;
  return { figure: { kind: 'pay', amount: range.min, unit, marked, below: !!below }, end: j };
}

/** The amounts a unit can plausibly have; outside them the unit heard is not trusted. */
const PLAUSIBLE: Record<SpokenWageUnit, readonly [number, number]> = {
  hour: [5, 300],
  day: [50, 2000],
  month: [800, 100_000],
};

/** The unit said, if plausible for the amount; else the unit the amount implies (5000 a month). */
function payUnitOf(amount: number, said: SpokenWageUnit | undefined): SpokenWageUnit | undefined {
  if (said) {
    const [min, max] = PLAUSIBLE[said];
    if (amount >= min && amount <= max) return said;
  }
  if (amount > PLAUSIBLE.month[1]) return undefined;
  if (amount >= 1000) return 'month';
  if (amount >= 100) return 'day';
  return amount >= 10 ? 'hour' : undefined;
}

/** Everything a sentence said, in the order said; negated items (不要工地) left out. */
export interface Heard {
  categories: JobCategory[];
  benefits: Benefit[];
  payCycle?: PayCycle;
  sort?: 'distance' | 'pay';
  homeArea?: 'county' | 'province';
  places: { place: HeardPlace; origin: boolean }[];
  pay?: { amount: number; unit: SpokenWageUnit };
  /** What was not understood, piece by piece, with the particles around it trimmed. */
  rest: string[];
}

/** How close a unit word must stand before its figure (一天能拿两百). */
const UNIT_REACH = 3;

export function hear(sentence: string): Heard {
  const { text, breaks } = normalize(sentence);
  const heard: Heard = { categories: [], benefits: [], places: [], rest: [] };
  const consumed: boolean[] = [];
  let negationEnd: number | undefined;
  let unitHint: { unit: SpokenWageUnit; end: number } | undefined;
  let lastPlaceEnd = -1;
  const oldest = OLDER_WORKER_AGES;

  const negated = (start: number): boolean => {
    if (negationEnd === undefined) return false;
    const between = text.slice(negationEnd, start);
    return between.length <= 2 && [...between].every((ch) => EDGE_PARTICLES.includes(ch));
  };
  const addBenefits = (benefits: readonly Benefit[]) => {
    for (const b of benefits) if (!heard.benefits.includes(b)) heard.benefits.push(b);
  };
  const take = (entry: Entry, start: number, end: number) => {
    const no = negated(start);
    if (entry.kind !== 'filler') negationEnd = undefined;
    switch (entry.kind) {
      case 'negation':
        negationEnd = end;
        break;
      case 'payUnit':
        unitHint = { unit: entry.unit, end };
        break;
      case 'category':
        if (!no && !heard.categories.includes(entry.category))
          heard.categories.push(entry.category);
        break;
      case 'benefit':
        if (!no) addBenefits(entry.benefits);
        break;
      case 'payCycle':
        if (!no) heard.payCycle ??= entry.payCycle;
        break;
      case 'sort':
        heard.sort ??= entry.sort;
        break;
      case 'homeArea':
        heard.homeArea ??= entry.area;
        break;
      case 'roundPay':
        heard.pay ??= { amount: 10000, unit: 'month' };
        break;
      case 'place': {
        // 我是资中太平镇的: a place right after a place of origin is part of it.
        const last = heard.places[heard.places.length - 1];
        const before = text.slice(Math.max(0, start - 3), start);
        const origin =
          last && lastPlaceEnd === start
            ? last.origin
            : ORIGIN_CUES.some((cue) => before.endsWith(cue));
        heard.places.push({ place: entry.place, origin });
        lastPlaceEnd = end;
        break;
      }
      case 'filler':
        break;
    }
  };
  const takeFigure = (figure: Figure, start: number) => {
    negationEnd = undefined;
    if (figure.kind === 'age' && figure.age >= oldest[0] && figure.age <= oldest[1]) {
      addBenefits(['olderWelcome']);
    }
    if (figure.kind === 'distance') heard.sort ??= 'distance';
    if (figure.kind !== 'pay' || figure.below || heard.pay) return;
    const hinted = unitHint && start - unitHint.end <= UNIT_REACH ? unitHint.unit : undefined;
    const said = figure.unit ?? hinted;
    if (figure.amount < 10 || !(figure.marked || hinted || figure.amount >= 100)) return;
    const unit = payUnitOf(figure.amount, said);
    if (unit) heard.pay = { amount: figure.amount, unit };
    unitHint = undefined;
  };

  for (let i = 0; i < text.length;) {
    const word = contentFirst(text, i, wordAt(text, i));
    const figure = figureAt(text, i);
    const wordEnd = i + (word?.word.length ?? 0);
    let end: number;
    if (figure && figure.end > wordEnd) {
      takeFigure(figure.figure, i);
      end = figure.end;
    } else if (word) {
      take(word.entry, i, wordEnd);
      end = wordEnd;
    } else {
      i++;
      continue;
    }
    for (let k = i; k < end; k++) consumed[k] = true;
    i = end;
  }
  heard.rest = leftovers(text, breaks, consumed);
  return heard;
}

/**
 * The runs of text nothing understood, split at breaks, particles trimmed; single characters and
 * village names dropped.
 */
function leftovers(text: string, breaks: Set<number>, consumed: boolean[]): string[] {
  const pieces: string[] = [];
  let piece = '';
  const flush = () => {
    let s = piece;
    while (s && EDGE_PARTICLES.includes(s.charAt(0))) s = s.slice(1);
    while (s && EDGE_PARTICLES.includes(s.charAt(s.length - 1))) s = s.slice(0, -1);
    if (s.length >= 2 && !VILLAGE_SUFFIXES.some((v) => s.endsWith(v))) pieces.push(s);
    piece = '';
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (breaks.has(i) || consumed[i] || ch === '的') flush();
    if (!consumed[i]) piece += ch;
  }
  flush();
  return pieces;
}
