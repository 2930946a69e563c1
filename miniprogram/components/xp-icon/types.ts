/** The names <xp-icon name> draws (one rule each in index.wxss). */
export const XP_ICON_NAMES = [
  'calendar',
  'call',
  'chevron-right',
  'edit',
  'error-circle',
  'file',
  'flag',
  'location',
  'map',
  'refresh',
  'search',
  'secured',
  'share',
  'shop',
  'time',
  'user',
  'zoom-in',
] as const;

export type XpIconName = (typeof XP_ICON_NAMES)[number];

/** Props of <xp-icon>. */
export interface XpIconProps {
  name: XpIconName;
  /** A CSS length; rem keeps it in step with 大字模式. */
  size?: string;
  /** A CSS colour; the text colour when left out. */
  color?: string;
}
