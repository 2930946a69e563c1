/** Error codes the back end returns, each with the Chinese message a user sees by default. */
export const ERROR_MESSAGES = {
  INVALID_INPUT: '填写的内容有误，请检查后再试',
  UNKNOWN_ACTION: '这个功能暂时用不了，请更新小程序后再试',
  NOT_LOGGED_IN: '请先登录',
  FORBIDDEN: '您没有权限做这件事',
  NOT_FOUND: '没有找到这条信息，可能已被删除',
  CONFLICT: '这条信息刚被别人改过，请刷新后再试',
  EMPLOYER_NOT_VERIFIED: '单位还没通过审核，审核通过后才能发布岗位',
  ALREADY_REGISTERED: '您已经登记过单位了',
  CONTENT_RISKY: '内容含有不允许发布的信息，请修改后再提交',
  FEE_REQUEST: '求职不收取任何费用，岗位里不能要求交押金、报名费、体检费、服装费、保证金',
  DISCRIMINATION: '岗位不能限制性别、民族、户籍或地域，请修改',
  HYPE: '岗位不能写“高薪”“保录取”这类夸大的话，请如实填写',
  JOB_NOT_OPEN: '这个岗位已停止招聘',
  ALREADY_APPLIED: '您已经报过名了',
  PROFILE_REQUIRED: '请先填好姓名和手机号，用人单位才能联系您',
  BAD_TRANSITION: '当前状态不能这样改',
  SLOT_FULL: '这个时段已经约满了，请选别的时段',
  FAIR_NOT_OPEN: '这场招聘会已经结束或取消了',
  ALREADY_SIGNED_UP: '您已经报名这场招聘会了',
  WRONG_FAIR: '这个签到码不是本场招聘会的',
  ALREADY_BOOKED: '您已经订了这趟车',
  TRIP_NOT_OPEN: '这趟车已经发车或取消了',
  WRONG_TRIP: '这个乘车码不是这趟车的',
  INVITE_INVALID: '邀请码不对或已经用过了',
  RATE_LIMITED: '操作太频繁，请稍后再试',
  INTERNAL: '系统开小差了，请稍后再试',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

export const ERROR_CODES = Object.keys(ERROR_MESSAGES) as ErrorCode[];
