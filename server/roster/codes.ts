import { randomInt } from 'node:crypto';
import { DomainError } from '../../miniprogram/shared/index';
import type { CollectionName } from '../collections';
import type { Ctx } from '../context';
import { isDuplicateKey } from '../db';

/** No 0/O, 1/I/L: a code read aloud in a village group chat or typed by an elderly user survives. */
const INVITE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const INVITE_CODE_LENGTH = 6;
export const CHECK_IN_CODE_LENGTH = 6;

/** A roster's public code (a fair's or a trip's), for share links and posters. */
export function newInviteCode(): string {
  let code = '';
  for (let i = 0; i < INVITE_CODE_LENGTH; i++)
    code += INVITE_ALPHABET[randomInt(INVITE_ALPHABET.length)];
  return code;
}

/**
 * Writes a new fair or trip under a fresh invite code (a unique index): a code already taken draws
 * another, at most eight times. Resolves the document written.
 */
export async function insertWithInviteCode<D extends object>(
  ctx: Pick<Ctx, 'store'>,
  collection: CollectionName,
  make: (inviteCode: string) => D,
): Promise<D> {
  for (let attempt = 0; attempt < 8; attempt++) {
    const doc = make(newInviteCode());
    try {
      await ctx.store.insert(collection, doc);
      return doc;
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
    }
  }
  throw new DomainError('INTERNAL', '生成邀请码失败，请再试一次');
}

/** Six digits, shown large at the door and typed on a numeric keypad when a phone cannot scan. */
export function newCheckInCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(CHECK_IN_CODE_LENGTH, '0');
}

export {
  checkInQrText as checkInPayload,
  parseCheckInText as parseCheckIn,
} from '../../miniprogram/shared/index';

/**
 * A poster's wxacode scene: `<key>=<inviteCode>&i=<shortId>` (`f` a fair, `t` a trip), at most 32
 * visible ASCII characters; without the inviter when it would not fit.
 */
export function posterScene(key: 'f' | 't', inviteCode: string, shortId?: string): string {
  const base = `${key}=${inviteCode}`;
  const withInviter = shortId ? `${base}&i=${shortId}` : base;
  return withInviter.length <= 32 && /^[\x21-\x7e]+$/.test(withInviter) ? withInviter : base;
}
