/** A mainland China mobile number: 11 digits starting 13–19. */
export const MOBILE_PATTERN = /^1[3-9]\d{9}$/;

export function isMobile(phone: string): boolean {
  return MOBILE_PATTERN.test(phone);
}

/** '13812345678' → '138****5678'. Anything not a mobile number is fully hidden. */
export function maskPhone(phone: string): string {
  return isMobile(phone) ? `${phone.slice(0, 3)}****${phone.slice(7)}` : '****';
}
