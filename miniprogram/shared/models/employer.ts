import { z } from 'zod';
import { employerStatus } from '../catalog/statuses';
import { isValidUscc, normalizeUscc } from '../validators/uscc';
import { docId, epochMs, geoPoint, mobile, region, text } from './common';
import { seenBy } from './privacy';

export const uscc = z
  .string({
    required_error: '请填写统一社会信用代码',
    invalid_type_error: '请填写统一社会信用代码',
  })
  .transform(normalizeUscc)
  .refine(isValidUscc, '统一社会信用代码不对，请对照营业执照上的18位代码填写');

/** What an employer fills in to register the company (单位基本情况). */
export const employerInput = z
  .object({
    companyName: text('单位名称', 2, 50),
    uscc,
    intro: text('单位简介', 10, 500, { lines: true }),
    contactName: text('联系人', 1, 20),
    contactPhone: mobile,
    region,
    address: text('详细地址', 2, 100),
    location: geoPoint,
  })
  .strict();
export type EmployerInput = z.infer<typeof employerInput>;

/** A company as its own people and the 人社局 of its area see it (registration, review). */
export const employerView = z.object({
  _id: docId,
  companyName: z.string(),
  uscc: seenBy(['self', 'areaAdmin'], z.string()),
  intro: z.string(),
  contactName: z.string(),
  contactPhone: seenBy(['self', 'areaAdmin'], z.string()),
  region: region,
  address: z.string(),
  location: geoPoint,
  status: employerStatus,
  rejectReason: z.string().optional(),
  createdAt: epochMs,
});
export type EmployerView = z.infer<typeof employerView>;
