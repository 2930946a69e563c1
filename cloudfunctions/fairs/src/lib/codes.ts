import { randomInt } from 'node:crypto';

/** No 0/O, 1/I/L: a code read aloud in a village group chat or typed by an elderly user survives. */
const INVITE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const INVITE_CODE_LENGTH = 6;
export const CHECK_IN_CODE_LENGTH = 6;

export function newInviteCode(): string {
  let code = '';
  for (let i = 0; i < INVITE_CODE_LENGTH; i++) code += INVITE_ALPHABET[randomInt(INVITE_ALPHABET.length)];
  return code;
}

/** Six digits, shown large at the gate and typed on a numeric keypad when a phone cannot scan. */
export function newCheckInCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(CHECK_IN_CODE_LENGTH, '0');
}

/** What a sign-up's QR code carries: `XP:<inviteCode>:<checkInCode>`. */
export function checkInPayload(inviteCode: string, checkInCode: string): string {
  return `XP:${inviteCode}:${checkInCode}`;
}

/** Reads a scanned payload or a code typed by hand (spaces and dashes ignored). */
export function parseCheckIn(raw: string): { inviteCode?: string; checkInCode: string } | null {
  const text = raw.trim().toUpperCase();
  const qr = /^XP:([A-Z0-9]{4,8}):(\d{6})$/.exec(text);
  if (qr) return { inviteCode: qr[1], checkInCode: qr[2] as string };
  const typed = text.replace(/[\s-]/g, '');
  return /^\d{6}$/.test(typed) ? { checkInCode: typed } : null;
}

/** A poster's wxacode scene: `f=<inviteCode>&i=<shortId>`, at most 32 visible ASCII characters. */
export function posterScene(inviteCode: string, shortId?: string): string {
  const base = `f=${inviteCode}`;
  const withInviter = shortId ? `${base}&i=${shortId}` : base;
  return withInviter.length <= 32 && /^[\x21-\x7e]+$/.test(withInviter) ? withInviter : base;
}
