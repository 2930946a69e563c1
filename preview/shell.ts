/**
 * The preview's outer page: a 375×812 phone frame holding /app.html, the role switcher (demo users
 * by role), and an address bar with the current page path and query (a shared link such as
 * `/pages/fair/index?id=…&inv=…` can be pasted there, or given as `?path=` on the preview URL).
 */
import type { PreviewConfig } from './preview-config';

const ROLE_NAMES: Record<string, string> = {
  worker: '求职者',
  employer: '用人单位',
  cadre: '村干部',
  admin: '人社局',
};

export function shellHtml(config: PreviewConfig): string {
  const json = JSON.stringify({ ...config, roleNames: ROLE_NAMES }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>乡聘 · 浏览器预览</title>
<style>
  * { box-sizing: border-box; }
  body { margin: 0; font-family: -apple-system, "PingFang SC", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; background: #e5e7eb;
    color: #111827; display: flex; gap: 28px; padding: 24px; min-height: 100vh; align-items: flex-start; justify-content: center; flex-wrap: wrap; }
  .phone { width: 399px; height: 836px; border-radius: 44px; background: #111; padding: 12px; box-shadow: 0 20px 50px rgba(0,0,0,.25); flex: none; }
  .phone iframe { width: 375px; height: 812px; border: 0; border-radius: 32px; background: #fff; display: block; }
  .panel { width: 420px; max-width: 100%; display: flex; flex-direction: column; gap: 16px; }
  .card { background: #fff; border-radius: 12px; padding: 16px; box-shadow: 0 1px 3px rgba(0,0,0,.08); }
  h1 { font-size: 22px; margin: 0 0 4px; }
  h2 { font-size: 15px; margin: 0 0 10px; color: #374151; }
  .muted { color: #6b7280; font-size: 13px; line-height: 1.5; }
  .address { display: flex; gap: 8px; }
  .address input { flex: 1; font: 14px ui-monospace, monospace; padding: 8px; border: 1px solid #d1d5db; border-radius: 8px; min-width: 0; }
  button { font: inherit; font-size: 14px; padding: 8px 12px; border-radius: 8px; border: 1px solid #d1d5db; background: #fff; cursor: pointer; }
  button.primary { background: #0052d9; border-color: #0052d9; color: #fff; }
  .role { font-size: 13px; font-weight: 700; color: #6b7280; margin: 12px 0 6px; }
  .user { display: block; width: 100%; text-align: left; margin-bottom: 6px; line-height: 1.4; }
  .user.on { border-color: #0052d9; background: #eef4ff; }
  .user small { display: block; color: #6b7280; font-size: 12px; margin-top: 2px; }
  .row { display: flex; gap: 8px; flex-wrap: wrap; margin-top: 10px; }
  .badge { display: inline-block; font-size: 12px; padding: 2px 8px; border-radius: 10px; background: #f3f4f6; color: #374151; }
  .badge.on { background: #fef3c7; color: #92400e; }
  .warn { color: #b91c1c; }
</style>
</head>
<body>
<div class="phone"><iframe id="app" title="乡聘" src="about:blank"></iframe></div>
<div class="panel">
  <div class="card">
    <h1>乡聘 · 浏览器预览</h1>
    <div class="muted">小程序自己的页面和组件（和微信开发者工具运行的是同一份文件），在浏览器里运行，连本地云开发 local-cloud。</div>
    <div class="muted" id="cloud"></div>
  </div>
  <div class="card">
    <h2>地址</h2>
    <form class="address" id="address-form">
      <input id="address" aria-label="页面路径" spellcheck="false" placeholder="/pages/jobs/index">
      <button class="primary" type="submit">打开</button>
    </form>
    <div class="row">
      <button id="back" type="button">‹ 返回</button>
      <button id="home" type="button">首页</button>
      <button id="reload" type="button">重新进入</button>
      <button id="copy" type="button">复制分享链接</button>
      <span class="badge" id="large">大字模式：关</span>
    </div>
    <div class="muted" id="share"></div>
  </div>
  <div class="card">
    <h2>身份（演示用户）</h2>
    <div class="muted">切换身份＝换一个人的手机：清掉小程序的本地缓存，用这个人的 openid 调用云函数。</div>
    <div id="users"></div>
  </div>
</div>
<script>
(function () {
  var config = ${json};
  var frame = document.getElementById('app');
  var address = document.getElementById('address');
  var params = new URLSearchParams(location.search);
  var GATEWAY = 'wx:xp:devGateway';
  // ?path=/pages/fair/index?id=f1&inv=u2 unencoded: the other parameters belong to the page.
  var currentPath = (function () {
    var raw = params.get('path') || '';
    if (!raw) return '';
    var extra = [];
    params.forEach(function (v, k) { if (k !== 'path' && k !== 'as' && k !== 'openid') extra.push(k + '=' + v); });
    return extra.length ? raw + (raw.indexOf('?') >= 0 ? '&' : '?') + extra.join('&') : raw;
  })();

  function currentOpenid() {
    try { var g = JSON.parse(localStorage.getItem(GATEWAY) || 'null'); return g && g.openid; } catch (e) { return null; }
  }
  function userKeyNow() {
    var openid = currentOpenid();
    var u = config.users.find(function (x) { return x.openid === openid; });
    return u ? u.key : null;
  }
  function appUrl(path, as) {
    var q = new URLSearchParams();
    if (path) q.set('path', path);
    if (as) q.set('as', as);
    var s = q.toString();
    return '/app.html' + (s ? '?' + s : '');
  }
  function setShellUrl() {
    var q = new URLSearchParams();
    if (currentPath) q.set('path', currentPath);
    var key = userKeyNow();
    if (key) q.set('as', key);
    history.replaceState(null, '', '/' + (q.toString() ? '?' + q.toString() : ''));
  }
  function renderUsers() {
    var box = document.getElementById('users');
    box.textContent = '';
    var now = userKeyNow();
    ['worker', 'employer', 'cadre', 'admin'].forEach(function (role) {
      var list = config.users.filter(function (u) { return u.role === role; });
      if (!list.length) return;
      var h = document.createElement('div');
      h.className = 'role';
      h.textContent = config.roleNames[role] || role;
      box.appendChild(h);
      list.forEach(function (u) {
        var b = document.createElement('button');
        b.type = 'button';
        b.className = 'user' + (u.key === now ? ' on' : '');
        b.dataset.user = u.key;
        b.textContent = u.label;
        if (u.note) { var s = document.createElement('small'); s.textContent = u.note; b.appendChild(s); }
        b.onclick = function () { frame.src = appUrl(currentPath, u.key); setTimeout(renderUsers, 300); };
        box.appendChild(b);
      });
    });
  }
  function renderLarge() {
    var on = localStorage.getItem('wx:xp:largeText') === 'true';
    var el = document.getElementById('large');
    el.textContent = '大字模式：' + (on ? '开' : '关');
    el.className = 'badge' + (on ? ' on' : '');
  }
  document.getElementById('cloud').innerHTML = config.cloudUrl
    ? '云函数网关：<code>' + config.cloudUrl + '</code>'
    : '<span class="warn">没有连 local-cloud：页面会显示网络错误。用 npm start 启动。</span>';
  window.addEventListener('message', function (e) {
    var m = e.data || {};
    if (m.type === 'xp:route') {
      currentPath = m.path;
      address.value = m.path;
      document.title = (m.title ? m.title + ' · ' : '') + '乡聘 · 浏览器预览';
      setShellUrl();
      renderUsers();
      renderLarge();
    } else if (m.type === 'xp:share') {
      document.getElementById('share').textContent = '转发卡片：' + (m.title || '') + ' → ' + m.path;
    }
  });
  window.addEventListener('storage', function () { renderLarge(); renderUsers(); });
  document.getElementById('address-form').onsubmit = function (e) {
    e.preventDefault();
    var p = address.value.trim();
    if (p && p[0] !== '/') p = '/' + p;
    currentPath = p;
    frame.src = appUrl(p, null);
  };
  document.getElementById('back').onclick = function () {
    try { frame.contentWindow.wx.navigateBack({ delta: 1 }); } catch (e) { /* not loaded */ }
  };
  document.getElementById('home').onclick = function () { currentPath = ''; frame.src = appUrl('', null); };
  document.getElementById('reload').onclick = function () { frame.src = appUrl(currentPath, null); };
  document.getElementById('copy').onclick = function () {
    var link = location.origin + '/?path=' + encodeURIComponent(currentPath);
    if (navigator.clipboard) navigator.clipboard.writeText(link).catch(function () {});
    document.getElementById('share').textContent = '链接：' + link;
  };
  frame.src = appUrl(currentPath, params.get('as'));
  renderUsers();
  renderLarge();
})();
</script>
</body>
</html>
`;
}
