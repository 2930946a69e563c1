/**
 * What 读给我听 says: the essentials of a job or a fair as short plain sentences, numbers in words
 * a listener follows (每月四千五百到六千五百元, 上午九点到十点半). Each sentence is synthesised on
 * its own, which keeps it well inside the text-to-speech length limit.
 */
import { benefitWords } from '../catalog/benefits';
import { PAY_CYCLE_LABELS } from '../catalog/pay';
import {
  APPLICATION_STATUS_LABELS,
  FAIR_STATUS_LABELS,
  JOB_STATUS_LABELS,
} from '../catalog/statuses';
import type { FairDetail, SlotView } from '../models/fair';
import { NO_FEE_NOTICE, type JobDetail } from '../models/job';
import { weekdayOf, type DayString } from '../time';
import { sayCount, sayNumber } from './numbers';

const PER_UNIT = { month: '每月', day: '每天', hour: '每小时' } as const;

function sayRange(min: number, max: number): string {
  return min === max ? sayNumber(min) : `${sayNumber(min)}到${sayNumber(max)}`;
}

/** 每月四千五百到六千五百元 / 每天两百元 / 计件，每月大约五千五百到七千五百元. */
export function sayPay(pay: JobDetail['pay']): string {
  const range = `${sayRange(pay.minYuan, pay.maxYuan)}元`;
  return pay.unit === 'piece' ? `计件，每月大约${range}` : `${PER_UNIT[pay.unit]}${range}`;
}

/** 十一月二十二日，星期日 */
export function sayDay(day: DayString): string {
  const [, month, date] = day.split('-').map(Number);
  const weekday = '日一二三四五六'.charAt(weekdayOf(day));
  return `${sayNumber(month ?? 0)}月${sayNumber(date ?? 0)}日，星期${weekday}`;
}

function periodOf(hour: number): string {
  if (hour < 6) return '凌晨';
  if (hour < 12) return '上午';
  if (hour < 13) return '中午';
  return hour < 18 ? '下午' : '晚上';
}

/** '14:30' → 两点半 (without the part of the day). */
function sayHour(clock: string): string {
  const [h = 0, m = 0] = clock.split(':').map(Number);
  const hour = h > 12 ? h - 12 : h;
  const minutes = m === 0 ? '' : m === 30 ? '半' : `${m < 10 ? '零' : ''}${sayNumber(m)}分`;
  return `${hour === 2 ? '两' : sayNumber(hour)}点${minutes}`;
}

/** 上午九点到十点半; 上午十一点到下午一点. */
export function sayClockRange(start: string, end: string): string {
  const [from, to] = [periodOf(Number(start.slice(0, 2))), periodOf(Number(end.slice(0, 2)))];
  return `${from}${sayHour(start)}到${to === from ? '' : to}${sayHour(end)}`;
}

function jobSentences(job: JobDetail): string[] {
  const w = job.workplace;
  const benefits = benefitWords(job.benefits);
  const verified = job.employer.verified ? '单位已认证' : '单位还没有认证';
  const sentences = [
    `${job.title}。`,
    `${job.employer.companyName}招${sayCount(job.headcount)}个人，${verified}。`,
    `工资${sayPay(job.pay)}，${PAY_CYCLE_LABELS[job.payCycle]}。`,
    `工作地点在${w.region.province}${w.region.city}${w.region.county}。`,
    `地址：${w.address}。`,
  ];
  if (benefits.length) sentences.push(`福利有：${benefits.join('、')}。`);
  const mine = job.myApplication;
  if (mine && mine.status !== 'withdrawn') {
    sentences.push(`您已经报名了，现在是“${APPLICATION_STATUS_LABELS[mine.status]}”。`);
  } else if (job.status !== 'published') {
    sentences.push(`这个岗位${JOB_STATUS_LABELS[job.status]}，现在不能报名。`);
  } else {
    sentences.push('想报名，就点下面的“我要报名”。');
    if (job.contact) sentences.push(`也可以点“打电话”，找${job.contact.name}问问。`);
  }
  sentences.push(`${NO_FEE_NOTICE}。`);
  return sentences;
}

function seatsOf(slot: SlotView): string {
  return slot.seatsLeft > 0 ? `还能报${sayCount(slot.seatsLeft)}人` : '已经约满了';
}

function fairSentences(fair: FairDetail, chosen?: SlotView): string[] {
  const sentences = [`${fair.title}。`];
  if (fair.status !== 'upcoming') {
    sentences.push(`这场招聘会${FAIR_STATUS_LABELS[fair.status]}。`);
    return sentences;
  }
  sentences.push(
    `时间：${sayDay(fair.day)}。`,
    `地点：${fair.region.county}${fair.town ?? ''}${fair.village}。`,
    `地址：${fair.address}。`,
  );
  const signup = fair.mySignup?.status === 'cancelled' ? null : fair.mySignup;
  const mine = fair.slots.find((s) => s.id === signup?.slotId);
  if (signup && mine) {
    sentences.push(
      `您的时段是${sayClockRange(mine.start, mine.end)}，请按时到场。`,
      '到了门口，打开签到码给工作人员看。',
    );
  } else if (chosen) {
    sentences.push(
      `您选的是${sayClockRange(chosen.start, chosen.end)}，${seatsOf(chosen)}。`,
      '点“报名这个时段”就能报名。',
    );
  } else {
    sentences.push(`分${sayCount(fair.slots.length)}个时段进场。`);
    for (const s of fair.slots) sentences.push(`${sayClockRange(s.start, s.end)}，${seatsOf(s)}。`);
    sentences.push('想去的话，选一个时段，点“报名这个时段”。');
  }
  if (fair.employers.length) {
    const jobs = fair.employers.reduce((n, e) => n + e.jobs.length, 0);
    const employers = `有${sayCount(fair.employers.length)}家单位来招人`;
    sentences.push(jobs ? `${employers}，一共${sayCount(jobs)}个岗位。` : `${employers}。`);
  }
  sentences.push(`${NO_FEE_NOTICE}。`);
  return sentences;
}

/**
 * The sentences 读给我听 speaks for a job (title, company, pay, place, benefits, how to apply) or a
 * fair (day with 星期, place, the worker's own slot, the slot they picked or every slot with its
 * seats, how to sign up).
 */
export function readAloudText(job: JobDetail): string[];
export function readAloudText(fair: FairDetail, slot?: SlotView): string[];
export function readAloudText(item: JobDetail | FairDetail, slot?: SlotView): string[] {
  return 'slots' in item ? fairSentences(item, slot) : jobSentences(item);
}
