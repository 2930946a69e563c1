/**
 * `<image>`: a real <img> with WeChat's src rules (resolveSrc) and the `mode` written to the
 * element for the styles; widthFix/heightFix get the image's ratio once it loaded.
 */
import { top } from '../navigation';
import { fileUrl } from '../wx/files';
import { defineBuiltin } from './define';

/** Resolves an image src the way WeChat does: '/x.png' from the mini-program root, relative to the page. */
export function resolveSrc(src: string): string {
  if (!src) return '';
  if (src.startsWith('wxfile://')) return fileUrl(src) ?? '';
  if (/^(https?:|data:|blob:)/.test(src)) return src;
  if (src.startsWith('cloud://')) return '';
  if (src.startsWith('/')) return `/mp${src}`;
  const route = top()?.route ?? '';
  const parts = route.split('/');
  parts.pop();
  for (const seg of src.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return `/mp/${parts.join('/')}`;
}

export const image = defineBuiltin('image', {
  properties: {
    src: String,
    mode: { type: String, value: 'scaleToFill' },
    lazyLoad: Boolean,
    showMenuByLongpress: Boolean,
    webp: Boolean,
  },
  setup(self, host) {
    const img = document.createElement('img');
    img.className = 'xp-img';
    img.draggable = false;
    img.onload = () => {
      self.triggerEvent('load', { width: img.naturalWidth, height: img.naturalHeight });
      if (self.data.mode === 'widthFix' || self.data.mode === 'heightFix')
        host.style.setProperty('--xp-ratio', String(img.naturalWidth / img.naturalHeight));
    };
    img.onerror = () => self.triggerEvent('error', { errMsg: `GET ${img.src} failed` });
    host.appendChild(img);
    return { img };
  },
  update(self, host, { img }) {
    const src = resolveSrc(self.data.src || '');
    if (img.getAttribute('src') !== src) {
      if (src) img.setAttribute('src', src);
      else img.removeAttribute('src');
    }
    host.setAttribute('mode', self.data.mode || 'scaleToFill');
  },
});
