import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Suggest = 'pass' | 'review' | 'risky';

interface WordRule {
  word: string;
  suggest: Exclude<Suggest, 'pass'>;
  label: number;
}

export const SEC_CHECK_WORDS_FILE = join(__dirname, 'sec-check-words.json');

const rank: Record<Suggest, number> = { pass: 0, review: 1, risky: 2 };

/** security.msgSecCheck v2 judged by the repo's word list (the strongest matching rule wins). */
export class SecCheck {
  private readonly rules: WordRule[];

  constructor(file = SEC_CHECK_WORDS_FILE) {
    this.rules = (JSON.parse(readFileSync(file, 'utf8')) as { words: WordRule[] }).words;
  }

  check(params: Record<string, unknown>): Record<string, unknown> {
    if (Number(params.version) !== 2) {
      return { errcode: 40003, errmsg: 'local-cloud implements msgSecCheck version 2 only' };
    }
    if (typeof params.openid !== 'string' || !params.openid) {
      return { errcode: 40003, errmsg: 'invalid openid' };
    }
    if (![1, 2, 3, 4].includes(Number(params.scene)))
      return { errcode: 47001, errmsg: 'invalid scene' };
    if (typeof params.content !== 'string') return { errcode: 47001, errmsg: 'content missing' };
    const text = params.content.replace(/\s+/g, '');
    const hits = this.rules.filter((r) => text.includes(r.word));
    const worst = hits.reduce<WordRule | undefined>(
      (a, r) => (!a || rank[r.suggest] > rank[a.suggest] ? r : a),
      undefined,
    );
    const suggest: Suggest = worst?.suggest ?? 'pass';
    return {
      errcode: 0,
      errmsg: 'ok',
      result: { suggest, label: worst?.label ?? 100 },
      detail: [
        {
          strategy: 'content_model',
          errcode: 0,
          suggest,
          label: worst?.label ?? 100,
          prob: worst ? 90 : 0,
        },
        ...hits.map((r) => ({
          strategy: 'keyword',
          errcode: 0,
          suggest: r.suggest,
          label: r.label,
          level: 20,
          keyword: r.word,
        })),
      ],
      trace_id: `local-${Date.now().toString(36)}`,
    };
  }
}
