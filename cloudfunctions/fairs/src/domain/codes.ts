import { randomInt } from 'node:crypto';

/** No 0/O, 1/I/L: a code read aloud in a village group chat or typed by an elderly user survives. */
const INVITE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const INVITE_CODE_LENGTH = 6;
export const CHECK_IN_CODE_LENGTH = 6;

export function newInviteCode(): string {
  let code = '';
  for (let i = 0; i < INVITE_CODE_LENGTH; i++)
    code += INVITE_ALPHABET[randomInt(INVITE_ALPHABET.length)];
  return code;
}

/** Six digits, shown large at the gate and typed on a numeric keypad when a phone cannot scan. */
export function newCheckInCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(CHECK_IN_CODE_LENGTH, '0');
}

export {
  checkInQrText as checkInPayload,
  parseCheckInText as parseCheckIn,
} from '../../../../miniprogram/shared/index';

/** A poster's wxacode scene: `f=<inviteCode>&i=<shortId>`, at most 32 visible ASCII characters. */
export function posterScene(inviteCode: string, shortId?: string): string {
  const base = `f=${inviteCode}`;
  const withInviter = shortId ? `${base}&i=${shortId}` : base;
  return withInviter.length <= 32 && /^[\x21-\x7e]+$/.test(withInviter) ? withInviter : base;
}
