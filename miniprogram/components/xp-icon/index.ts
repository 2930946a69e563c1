import type { XpIconProps } from './types';

/**
 * One of the app's line icons (`name`, see types.ts), `size` square, in the text colour or
 * `color`. Drawn from SVG in index.wxss: sharp in 大字模式, nothing to download.
 */
Component({
  properties: {
    name: { type: String, value: '' as XpIconProps['name'] },
    size: { type: String, value: '1.25rem' },
    color: { type: String, value: '' },
  },
});
