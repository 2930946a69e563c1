/** Words that say how a post is offered, not what the work is. */
const OFFER_WORDS = /急招|急聘|诚聘|招聘|直招|长期招|大量招|多名|若干/g;
/** A bracketed aside: （长白班）, 【包吃住】, (急). */
const ASIDE = /[（(【[［〔][^）)】\]］〕]*[）)】\]］〕]/g;

/**
 * What a post's title says the work is, for telling near-duplicates apart: 「鞋厂针车工（急招）」,
 * 「鞋厂 针车工」 and 「急招鞋厂针车工」 give the same key; 「鞋厂包装工」 does not.
 */
export function titleKey(title: string): string {
  return title
    .normalize('NFKC')
    .replace(ASIDE, '')
    .replace(OFFER_WORDS, '')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .toLowerCase();
}
