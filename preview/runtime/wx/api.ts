/**
 * WeChat's calling convention for the preview's `wx` APIs: an API takes an options object and
 * answers through its success/fail/complete callbacks, or with a promise when it has none;
 * results carry `errMsg: '<name>:ok'`, failures `errMsg: '<name>:fail <why>'`.
 */

export interface Callbacks {
  success?: (res: unknown) => void;
  fail?: (err: unknown) => void;
  complete?: (res: unknown) => void;
}

/** What an implementation gives back besides `errMsg` (nothing, or the result's fields). */
export type ApiResult = object | void;

/** An error whose errMsg is already WeChat's (`getStorage:fail data not found`). */
export class WxError extends Error {
  constructor(readonly errMsg: string) {
    super(errMsg);
  }
}

export const fail = (name: string, why: string): WxError => new WxError(`${name}:fail ${why}`);

/** Wraps an implementation in WeChat's calling convention (callbacks, or a promise). */
export function api<O extends object = object>(
  name: string,
  impl: (options: O) => Promise<ApiResult> | ApiResult,
) {
  return (options = {} as O & Callbacks): Promise<unknown> | undefined => {
    const promise = Promise.resolve()
      .then(() => impl(options))
      .then(
        (res) => ({ errMsg: `${name}:ok`, ...(res ?? {}) }),
        (err: unknown) => {
          const errMsg =
            err instanceof WxError
              ? err.errMsg
              : `${name}:fail ${err instanceof Error ? err.message : String(err)}`;
          throw { errMsg };
        },
      );
    if (options.success || options.fail || options.complete) {
      promise.then(
        (res) => {
          options.success?.(res);
          options.complete?.(res);
        },
        (err) => {
          options.fail?.(err);
          options.complete?.(err);
        },
      );
      return undefined;
    }
    return promise;
  };
}

const warned = new Set<string>();

/** Any API the preview does not have: a console warning (once) and `fail`, never a crash. */
export function unknownApi(name: string) {
  return (options: Callbacks = {}): Promise<never> | undefined => {
    if (!warned.has(name)) {
      warned.add(name);
      console.warn(
        `[preview] wx.${name} is not available in the browser preview; it answers with fail`,
      );
    }
    const err = { errMsg: `${name}:fail not supported in the browser preview` };
    if (options && (options.fail || options.complete)) {
      options.fail?.(err);
      options.complete?.(err);
      return undefined;
    }
    return Promise.reject(err);
  };
}

/** A family of wx members (functions, and plain values such as `env`). */
export type WxFamily = Record<string, unknown>;
