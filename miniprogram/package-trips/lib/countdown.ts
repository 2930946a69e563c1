import { startOfChinaDay } from '../../shared/index';

/** '还有2天5小时发车' / '还有3小时10分发车' / '' once it is time. */
export function countdown(day: string, time: string, nowMs: number): string {
  const [h, m] = time.split(':').map(Number);
  const left = startOfChinaDay(day) + ((h ?? 0) * 60 + (m ?? 0)) * 60_000 - nowMs;
  if (left <= 0) return '';
  const mins = Math.floor(left / 60_000);
  const days = Math.floor(mins / 1440);
  const hours = Math.floor((mins % 1440) / 60);
  if (days > 0) return `还有${days}天${hours ? `${hours}小时` : ''}发车`;
  return `还有${hours ? `${hours}小时` : ''}${mins % 60}分发车`;
}
