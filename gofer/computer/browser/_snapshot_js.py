"""The JavaScript that walks one frame's DOM and returns its visible text and interactive elements.

It runs in each frame separately (``frame.evaluate``). Elements get a frame-local numeric id that stays the
same for the life of the document (a WeakMap on a non-enumerable window property); the Python side maps
those to the model's refs. The result is plain JSON: lines in reading order, each a list of text pieces and
element records, plus forms and child frames.
"""

from __future__ import annotations

__all__ = ["LISTENER_JS", "LOOKUP_JS", "SNAPSHOT_JS"]

LISTENER_JS = r"""
(() => {
  const KEY = '__goferListeners';
  if (window[KEY]) return;
  const store = new WeakMap();
  Object.defineProperty(window, KEY, {value: store, enumerable: false});
  const original = EventTarget.prototype.addEventListener;
  EventTarget.prototype.addEventListener = function (type, listener, options) {
    try {
      if (this instanceof Element) {
        let types = store.get(this);
        if (!types) { types = new Set(); store.set(this, types); }
        types.add(type);
      }
    } catch (e) {}
    return original.call(this, type, listener, options);
  };
})();
"""
"""Run before page scripts in every frame: remembers which elements got event listeners (click handlers)."""

SNAPSHOT_JS = r"""
(opts) => {
  const KEY = '__goferSnap';
  let S = window[KEY];
  if (!S) {
    S = {token: Math.random().toString(36).slice(2) + Date.now().toString(36),
         ids: new WeakMap(), els: new Map(), next: 1};
    Object.defineProperty(window, KEY, {value: S, enumerable: false, configurable: false});
  }
  S.els.clear();
  const maxEls = opts.maxEls || 1500;
  const vw = window.innerWidth, vh = window.innerHeight;
  const sx = window.scrollX, sy = window.scrollY;
  const de = document.documentElement;
  const dw = Math.max(de ? de.scrollWidth : 0, document.body ? document.body.scrollWidth : 0);
  const dh = Math.max(de ? de.scrollHeight : 0, document.body ? document.body.scrollHeight : 0);
  const SKIP = new Set(['SCRIPT','STYLE','NOSCRIPT','TEMPLATE','HEAD','META','LINK','TITLE','BASE']);
  const NATIVE_ROLES = {A: 'link', BUTTON: 'button', SELECT: 'combobox', TEXTAREA: 'textbox', SUMMARY: 'button'};
  const WIDGET_ROLES = new Set(['button','link','checkbox','radio','tab','menuitem','menuitemcheckbox',
    'menuitemradio','option','switch','textbox','searchbox','combobox','slider','spinbutton','treeitem',
    'gridcell']);
  const INPUT_ROLES = {checkbox: 'checkbox', radio: 'radio', range: 'slider', number: 'spinbutton',
    submit: 'button', button: 'button', reset: 'button', image: 'button', file: 'file-input',
    search: 'searchbox'};
  const norm = (s) => (s || '').replace(/\s+/g, ' ').trim();
  const cut = (s, n) => s.length > n ? s.slice(0, n - 1) + '…' : s;
  const lines = [];
  const forms = [];
  const formIndex = new Map();
  let cur = null;
  let count = 0;
  const flush = () => { if (cur && cur.segs.length) lines.push(cur); cur = null; };
  const push = (seg, y, prefix) => {
    if (!cur) { cur = {y: y, segs: []}; if (prefix) cur.segs.push(prefix); }
    cur.segs.push(seg);
  };
  const idOf = (el) => {
    let id = S.ids.get(el);
    if (!id) { id = S.next++; S.ids.set(el, id); }
    S.els.set(id, el);
    return id;
  };
  const visible = (el, st) => {
    if (st.display === 'none') return false;
    if (el.checkVisibility && !el.checkVisibility({visibilityProperty: true})) return false;
    return true;
  };
  const textOf = (el) => norm(el.innerText !== undefined ? el.innerText : el.textContent);
  const labelled = (el) => {
    const ids = el.getAttribute('aria-labelledby');
    if (ids) {
      const t = ids.split(/\s+/).map((i) => { const n = document.getElementById(i); return n ? textOf(n) : ''; });
      const s = norm(t.join(' '));
      if (s) return s;
    }
    return norm(el.getAttribute('aria-label'));
  };
  const nameOf = (el, role) => {
    let n = labelled(el);
    if (n) return n;
    const tag = el.tagName;
    if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') {
      if (el.labels && el.labels.length) {
        n = norm(Array.from(el.labels).map((l) => textOf(l)).join(' '));
        if (n) return n;
      }
      const t = (el.type || '').toLowerCase();
      if (tag === 'INPUT' && ['submit','button','reset'].includes(t)) return norm(el.value) || t;
      if (tag === 'INPUT' && t === 'image') return norm(el.alt) || 'image button';
      return norm(el.placeholder) || norm(el.title) || norm(el.getAttribute('name')) || '';
    }
    if (tag === 'IMG') return norm(el.alt) || norm(el.title);
    n = norm([generated(el, '::before'), textOf(el), generated(el, '::after')].join(' '));
    if (!/\p{L}/u.test(n)) {  // an icon or arrow: its words are in an image's alt or the tooltip
      const img = el.querySelector && el.querySelector('img[alt], svg[aria-label], [title]');
      const alt = img ? norm(img.getAttribute('alt') || img.getAttribute('aria-label')
        || img.getAttribute('title')) : '';
      n = norm(n + ' ' + (alt || norm(el.title)));
    }
    return n || norm(el.getAttribute('name')) || '';
  };
  // Text a stylesheet puts before or after an element (content: "Pay now") is part of its visible label.
  const generated = (el, which) => {
    const c = getComputedStyle(el, which).content;
    if (!c || c === 'none' || c === 'normal') return '';
    const t = (c.match(/"(?:[^"\\]|\\.)*"/g) || []).map((q) => q.slice(1, -1)).join('');
    return /\p{L}/u.test(t) ? t : '';  // icon-font glyphs and arrows say nothing
  };
  const hasPointer = (el, st) => {
    if (st.cursor !== 'pointer') return false;
    const p = el.parentElement;
    return !p || getComputedStyle(p).cursor !== 'pointer';
  };
  const NATIVE_SEL = 'a[href],button,input:not([type=hidden]),select,textarea,[role=button],[role=link],' +
    '[role=checkbox],[role=radio],[role=tab],[role=option],[role=menuitem],[role=treeitem],[contenteditable=""],' +
    '[contenteditable=true]';
  const roleOf = (el, st) => {
    const explicit = (el.getAttribute('role') || '').toLowerCase().split(/\s+/)[0];
    if (WIDGET_ROLES.has(explicit)) return {role: explicit, leaf: true};
    const tag = el.tagName;
    if (tag === 'INPUT') {
      const t = (el.type || 'text').toLowerCase();
      if (t === 'hidden') return null;
      return {role: INPUT_ROLES[t] || 'textbox', leaf: true};
    }
    if (tag === 'A') return el.hasAttribute('href') || el.hasAttribute('onclick') || hasPointer(el, st)
      ? {role: 'link', leaf: true} : null;
    if (tag === 'SELECT') return {role: el.multiple ? 'listbox' : 'combobox', leaf: true};
    if (NATIVE_ROLES[tag]) return {role: NATIVE_ROLES[tag], leaf: true};
    if (el.isContentEditable && !(el.parentElement && el.parentElement.isContentEditable))
      return {role: 'textbox', leaf: true};
    if (el === document.body || el === de) return null;
    const types = window.__goferListeners && window.__goferListeners.get(el);
    const has = (...names) => !!types && names.some((n) => types.has(n));
    const ti = el.getAttribute('tabindex');
    if (el.getAttribute('draggable') === 'true' && !(el.querySelector && el.querySelector(NATIVE_SEL)))
      return {role: 'draggable', leaf: true};
    if (has('drop') && !(el.querySelector && el.querySelector(NATIVE_SEL))) return {role: 'drop-target', leaf: true};
    const clicky = has('click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'dblclick', 'touchstart')
      || el.hasAttribute('onclick') || typeof el.onclick === 'function' || typeof el.onmousedown === 'function'
      || hasPointer(el, st) || (ti !== null && +ti >= 0 && tag !== 'IFRAME'
      && el !== document.body && el !== de);
    if (clicky && !(el.querySelector && el.querySelector(NATIVE_SEL))) {
      if (tag === 'LABEL' && el.control) return null;
      const parts = Array.from(el.children).filter((c) => textOf(c)).length;
      const big = textOf(el).length > 100 || el.getElementsByTagName('*').length > 15 || parts >= 2;
      return {role: 'clickable', leaf: !big};
    }
    return null;
  };
  const secret = (el) => {
    if (el.tagName !== 'INPUT') return false;
    const t = (el.type || '').toLowerCase();
    const ac = (el.getAttribute('autocomplete') || '').toLowerCase();
    const nm = ((el.getAttribute('name') || '') + ' ' + (el.id || '')).toLowerCase();
    return t === 'password' || /cc-number|cc-csc/.test(ac) || /(^|[^a-z])(cvv|cvc|csc|card.?number|cc.?num)/.test(nm);
  };
  const record = (el, role, st, r) => {
    const rec = {id: idOf(el), role: role, name: cut(nameOf(el, role), 100), tag: el.tagName.toLowerCase(),
      box: [Math.round(r.left), Math.round(r.top), Math.round(r.width), Math.round(r.height)]};
    const tag = el.tagName;
    if (tag === 'INPUT') rec.type = (el.type || 'text').toLowerCase();
    if (tag === 'BUTTON') rec.type = (el.getAttribute('type') || 'submit').toLowerCase();
    const f = el.form || (el.closest && el.closest('form'));
    if (f && formIndex.has(f)) rec.form = formIndex.get(f);
    else if (f) rec.form = addForm(f);
    if (tag === 'A' && el.href) rec.href = el.href;
    if (el.target && el.target !== '_self' && el.target !== '_top' && el.target !== '_parent') rec.target = el.target;
    if (el.hasAttribute('download')) rec.download = el.getAttribute('download') || true;
    if (tag === 'INPUT' || tag === 'TEXTAREA') {
      const t = rec.type || 'text';
      if (t === 'checkbox' || t === 'radio') rec.checked = !!el.checked;
      else if (t === 'file') rec.value = Array.from(el.files || []).map((x) => x.name).join(', ');
      else if (!['submit','button','reset','image'].includes(t)) {
        if (secret(el)) { rec.secret = true; rec.filled = !!el.value; }
        else rec.value = cut(el.value || '', 120);
        if (el.placeholder) rec.placeholder = cut(norm(el.placeholder), 60);
      }
      if (el.readOnly) rec.readonly = true;
      if (el.required) rec.required = true;
      const ac = el.getAttribute('autocomplete'); if (ac) rec.ac = ac;
      if (el.getAttribute('name')) rec.fname = el.getAttribute('name');
    }
    if (tag === 'SELECT') {
      const opts = Array.from(el.options);
      rec.options = opts.slice(0, 25).map((o) => cut(norm(o.label || o.text), 60));
      rec.more = Math.max(0, opts.length - 25);
      rec.value = opts.filter((o) => o.selected).map((o) => norm(o.label || o.text)).join(', ');
      if (el.getAttribute('name')) rec.fname = el.getAttribute('name');
    }
    if (el.isContentEditable && tag !== 'INPUT' && tag !== 'TEXTAREA') rec.value = cut(textOf(el), 120);
    const types = window.__goferListeners && window.__goferListeners.get(el);
    if ((types && (types.has('change') || types.has('input'))) || typeof el.onchange === 'function'
        || typeof el.oninput === 'function') rec.onchange = true;  // choosing or ticking runs the page's code
    if (el.disabled || el.getAttribute('aria-disabled') === 'true') rec.disabled = true;
    for (const a of ['checked', 'selected', 'expanded', 'pressed']) {
      const v = el.getAttribute('aria-' + a);
      if (v === 'true' || v === 'false' || v === 'mixed') rec[a] = v;
    }
    if (document.activeElement === el) rec.focused = true;
    const cx = r.left + r.width / 2, cy = r.top + r.height / 2;
    if (r.width > 0 && r.height > 0 && cx >= 0 && cy >= 0 && cx < vw && cy < vh) {
      const root = el.getRootNode();
      const top = (root.elementFromPoint ? root : document).elementFromPoint(cx, cy);
      if (top && top !== el && !el.contains(top)) rec.covered = true;  // another element is on top of it
    }
    return rec;
  };
  const addForm = (f) => {
    const i = forms.length;
    formIndex.set(f, i);
    const fields = Array.from(f.elements).slice(0, 40).map((e) => ({
      tag: e.tagName.toLowerCase(), type: (e.type || '').toLowerCase(), name: e.getAttribute('name') || e.id || '',
      ac: e.getAttribute('autocomplete') || '', label: cut(nameOf(e, ''), 60)}));
    // what a submit sends that the page does not show: the judges compare it before and after a person decides
    const hidden = Array.from(f.elements).filter((e) => (e.type || '').toLowerCase() === 'hidden').slice(0, 100)
      .map((e) => [cut(e.getAttribute('name') || e.id || '', 60), cut(String(e.value || ''), 200)]);
    forms.push({i: i, action: f.action || '', method: (f.getAttribute('method') || 'get').toLowerCase(),
      name: cut(labelled(f) || f.getAttribute('name') || f.id || '', 60), fields: fields, hidden: hidden});
    return i;
  };
  const BLOCK_INLINE = new Set(['inline', 'inline-block', 'inline-flex', 'inline-grid', 'contents', 'table-cell']);
  const walk = (node, depth) => {
    if (count > maxEls * 4 || depth > 200) return;
    if (node.nodeType === 3) {
      const t = (node.nodeValue || '').replace(/\s+/g, ' ');
      if (!t.trim()) { if (cur) cur.segs.push(' '); return; }
      const p = node.parentElement;
      if (p) {
        const lab = p.closest('label');
        if (lab && lab.control && lab.control !== p && S.ids.has(lab.control) && lab.contains(lab.control)
            && norm(textOf(lab)).length <= 100) return;
      }
      const r = p ? p.getBoundingClientRect() : {top: 0};
      push(cut(t, 2000), r.top + sy);
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) return;
    if (node.nodeType === 11) { for (const c of node.childNodes) walk(c, depth + 1); return; }
    const el = node;
    const tag = el.tagName;
    if (SKIP.has(tag)) return;
    if (tag === 'SLOT') {
      const assigned = el.assignedNodes();
      for (const c of (assigned.length ? assigned : el.childNodes)) walk(c, depth + 1);
      return;
    }
    const st = getComputedStyle(el);
    if (st.display === 'contents') { for (const c of el.childNodes) walk(c, depth + 1); return; }
    const r = el.getBoundingClientRect();
    const isInput = tag === 'INPUT' && ['checkbox', 'radio'].includes((el.type || '').toLowerCase());
    if (!visible(el, st) && !(isInput && st.display !== 'none' && st.visibility !== 'hidden')) return;
    const offscreen = r.right + sx <= 0 || r.bottom + sy <= 0;
    const tiny = r.width <= 1 && r.height <= 1 && st.overflow === 'hidden';
    if ((offscreen || tiny) && !isInput) return;
    count++;
    const block = !BLOCK_INLINE.has(st.display);
    if (tag === 'BR') { flush(); return; }
    if (tag === 'IFRAME' || tag === 'FRAME') {
      flush();
      lines.push({y: r.top + sy, segs: [{frame: idOf(el), src: el.src || '', name: el.name || el.title || '',
        box: [Math.round(r.left), Math.round(r.top), Math.round(r.width), Math.round(r.height)]}]});
      return;
    }
    if (tag === 'FORM') {
      flush();
      const i = formIndex.has(el) ? formIndex.get(el) : addForm(el);
      lines.push({y: r.top + sy, formStart: i});
      for (const c of el.childNodes) walk(c, depth + 1);
      flush();
      lines.push({y: r.bottom + sy, formEnd: i});
      return;
    }
    const info = roleOf(el, st);
    if (info && !info.leaf) {
      flush();
      const rec = record(el, info.role, st, r);
      rec.name = cut(rec.name, 40);
      lines.push({y: r.top + sy, segs: [{el: rec}]});
    } else if (info && count < maxEls * 4) {
      if (block) flush();
      push({el: record(el, info.role, st, r)}, r.top + sy);
      if (block) flush();
      return;
    }
    if (tag === 'IMG') {
      const alt = norm(el.alt);
      if (alt && r.width > 16) push('[image: ' + cut(alt, 80) + ']', r.top + sy);
      return;
    }
    if (tag === 'SVG' || tag === 'svg' || tag === 'CANVAS' || tag === 'VIDEO') {
      if (tag === 'CANVAS' && r.width > 50) push('[canvas ' + Math.round(r.width) + 'x' + Math.round(r.height) +
        ' at ' + Math.round(r.left) + ',' + Math.round(r.top) + ': use browser_click_at]', r.top + sy);
      return;
    }
    if (block && el !== document.body && el !== de && /(auto|scroll)/.test(st.overflowY + st.overflowX)
        && (el.scrollHeight > el.clientHeight + 2 || el.scrollWidth > el.clientWidth + 2)) {
      flush();
      const rec = record(el, 'scrollable', st, r);
      rec.name = '';
      lines.push({y: r.top + sy, segs: [{el: rec}]});
    }
    let prefix = null;
    if (block) {
      flush();
      if (/^H[1-6]$/.test(tag)) prefix = '#'.repeat(+tag[1]) + ' ';
      else if (st.display === 'list-item') prefix = '- ';
    }
    if (prefix) { cur = {y: r.top + sy, segs: [prefix]}; }
    if (st.display === 'table-cell' && cur && cur.segs.length) push(' | ', r.top + sy);
    const kids = el.shadowRoot ? el.shadowRoot.childNodes : el.childNodes;
    for (const c of kids) walk(c, depth + 1);
    if (block) flush();
  };
  if (document.body) walk(document.body, 0);
  flush();
  // hidden inputs outside any form: a script may copy them into what a submit sends
  const loose = Array.from(document.querySelectorAll('input[type=hidden]')).filter((e) => !e.form).slice(0, 100)
    .map((e) => [cut(e.getAttribute('name') || e.id || '', 60), cut(String(e.value || ''), 200)]);
  return {token: S.token, title: document.title || '', url: location.href, lines: lines, forms: forms, loose: loose,
    vp: {w: vw, h: vh, sx: sx, sy: sy, dw: dw, dh: dh}, focused: document.hasFocus()};
}
"""

LOOKUP_JS = r"""
(id) => {
  const S = window['__goferSnap'];
  if (!S) return null;
  const el = S.els.get(id);
  return el && el.isConnected ? el : null;
}
"""
