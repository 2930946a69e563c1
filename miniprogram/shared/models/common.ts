import { z } from 'zod';
import { CLOCK_PATTERN, isValidDay } from '../time';
import { MOBILE_PATTERN } from '../validators/phone';
import { text } from './text';

export { text };

/** A document id: what the database generates or the code builds; never an object or operator. */
export const docId = z
  .string({ required_error: '缺少编号', invalid_type_error: '编号不对' })
  .regex(/^[A-Za-z0-9_-]{1,64}$/, '编号不对');

export const day = z
  .string({ required_error: '请选择日期', invalid_type_error: '请选择日期' })
  .refine(isValidDay, '日期不对，请重新选择');

export const clock = z
  .string({ required_error: '请选择时间', invalid_type_error: '请选择时间' })
  .regex(CLOCK_PATTERN, '时间不对，请重新选择');

export const mobile = z
  .string({ required_error: '请填写手机号', invalid_type_error: '请填写手机号' })
  .regex(MOBILE_PATTERN, '请填写11位手机号');

/** The last 4 characters of an ID card: tell apart two people of one name in one village. */
export const idTail = z
  .string({ invalid_type_error: '请填身份证最后4位' })
  .trim()
  .regex(/^\d{3}[\dXx]$/, '请填身份证最后4位');

/** Whole yuan. */
export const yuan = z
  .number({ required_error: '请填写金额', invalid_type_error: '请填写数字' })
  .int('请填写整数')
  .min(0, '金额不能是负数')
  .max(1_000_000, '金额太大了');

export const geoPoint = z
  .object(
    {
      lat: z.number().min(-90).max(90),
      lng: z.number().min(-180).max(180),
    },
    { required_error: '请点“在地图上选位置”', invalid_type_error: '请点“在地图上选位置”' },
  )
  .strict();
export type GeoPoint = z.infer<typeof geoPoint>;

export const region = z
  .object(
    {
      province: text('省份', 2, 20),
      city: text('城市', 2, 20),
      county: text('区县', 2, 20),
    },
    { required_error: '请选择地区', invalid_type_error: '请选择地区' },
  )
  .strict();
export type Region = z.infer<typeof region>;

/** Epoch milliseconds on the wire. */
export const epochMs = z.number().int().nonnegative();

/** Opaque pagination cursor from the previous page. */
export const cursor = z.string().max(200).optional();

export function page<T extends z.ZodTypeAny>(item: T) {
  return z.object({ items: z.array(item), nextCursor: z.string().nullable() });
}
