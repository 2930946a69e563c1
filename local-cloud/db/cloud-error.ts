/** CloudBase error code names the SDK maps to errCodes (see LOCAL_CLOUD.md). */
export type CloudErrorCode =
  | 'DATABASE_REQUEST_FAILED'
  | 'DATABASE_INVALID_OPERRATOR'
  | 'DATABASE_COLLECTION_NOT_EXIST'
  | 'DATABASE_PERMISSION_DENIED'
  | 'DATABASE_COLLECTION_ALREADY_EXIST'
  | 'DATABASE_TRANSACTION_CONFLICT'
  | 'DATABASE_TRANSACTION_FAIL'
  | 'INVALID_PARAM'
  | 'INVALID_ACTION'
  | 'FUNCTIONS_EXECUTE_FAIL'
  | 'FUNCTIONS_REQUEST_FAIL'
  | 'SYS_ERR';

/** An error answered to the SDK as `{ code, message }`. */
export class CloudError extends Error {
  constructor(
    readonly code: CloudErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CloudError';
  }
}

export function collectionNotExist(name: string): CloudError {
  return new CloudError('DATABASE_COLLECTION_NOT_EXIST', `Db or Table not exist: ${name}`);
}
