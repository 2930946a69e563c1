import { subscribeDataProblem } from './subscribe-values';

export interface OutboxMessage {
  touser: string;
  templateId: string;
  page?: string;
  data: unknown;
  at: number;
}

/**
 * Subscription consents (one accepted request = one message) and the messages sent; values are
 * checked by keyword type as WeChat does (47003, `subscribe-values.ts`).
 */
export class Subscriptions {
  private readonly credits = new Map<string, number>();
  readonly outbox: OutboxMessage[] = [];

  constructor(private readonly now: () => number) {}

  grant(openid: string, templateId: string, count = 1): void {
    const key = `${openid}\u0000${templateId}`;
    this.credits.set(key, (this.credits.get(key) ?? 0) + count);
  }

  send(params: Record<string, unknown>): Record<string, unknown> {
    const touser = String(params.touser ?? '');
    const templateId = String(params.template_id ?? '');
    if (!touser) return { errcode: 40003, errmsg: 'invalid openid' };
    if (!templateId) return { errcode: 40037, errmsg: 'invalid template id' };
    const problem = subscribeDataProblem(params.data);
    if (problem) return { errcode: 47003, errmsg: problem };
    const key = `${touser}\u0000${templateId}`;
    const left = this.credits.get(key) ?? 0;
    if (left <= 0) return { errcode: 43101, errmsg: 'user refuse to accept the msg' };
    this.credits.set(key, left - 1);
    this.outbox.push({
      touser,
      templateId,
      page: typeof params.page === 'string' ? params.page : undefined,
      data: params.data,
      at: this.now(),
    });
    return { errcode: 0, errmsg: 'ok', msgid: this.outbox.length };
  }
}
