import { saveImageToAlbum, writeUserFile } from '../services/files';
import { composePoster, type PosterText } from '../services/poster';

type Instance = WechatMiniprogram.Component.TrivialInstance;
type PosterData = { posterPath: string; saving: boolean };

/** What an `…invitePoster` action answers: the mini-program code and where it opens. */
interface InvitePoster {
  scene: string;
  page: string;
  imageBase64: string;
}

/**
 * A poster page (a fair's, a trip's): 保存到相册 and 发给好友或群 of `posterPath`, the printable
 * poster, or the code alone where the canvas is not available. The page shows it with showPoster.
 */
export const posterPageBehavior = Behavior({
  data: { qrPath: '', posterPath: '', sharePath: '', saving: false },
  methods: {
    onSave(this: Instance) {
      const data = this.data as PosterData;
      if (data.saving) return;
      this.setData({ saving: true });
      // Promises, not async: the main package pays for every regenerator helper.
      saveImageToAlbum(data.posterPath, '已保存到相册，可以打印或发到群里')
        .catch(() => undefined)
        .then(() => this.setData({ saving: false }));
    },
    onShareImage(this: Instance) {
      wx.showShareImageMenu({ path: (this.data as PosterData).posterPath, fail: () => undefined });
    },
  },
});

/**
 * Writes the code to `fileName` and shows it at once with `shown` (the page's own facts), with
 * the shared card's path; then draws the printable poster of `text` and shows that instead.
 */
export function showPoster(
  page: Instance,
  fileName: string,
  poster: InvitePoster,
  text: PosterText,
  shown: Record<string, unknown>,
): Promise<void> {
  return writeUserFile(fileName, poster.imageBase64, 'base64').then((qrPath) => {
    page.setData({
      ...shown,
      qrPath,
      posterPath: qrPath,
      sharePath: `/${poster.page.replace(/^\//, '')}?scene=${encodeURIComponent(poster.scene)}`,
    });
    return composePoster(qrPath, text).then((composed) => {
      if (composed) page.setData({ posterPath: composed });
    });
  });
}
