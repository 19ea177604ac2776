"""The JavaScript that keeps a page's workers inside the browser's routing, and channels no route sees out of reach.

Playwright routes a dedicated worker's requests but not its WebSockets, and neither a SharedWorker's requests nor
any worker's WebSockets. :data:`WORKER_GUARD_JS` runs in every frame (an init script, before the page's own
scripts, in about:blank frames too) and as the first code of every dedicated worker:

- in a frame and a worker: the constructors of :data:`UNROUTED` are removed (a page's ``RTCPeerConnection`` opens
  data channels and looks up STUN and TURN hosts, ``WebTransport`` opens HTTP/3 sessions, ``WebSocketStream``
  connects without Playwright's WebSocket routing: none of them passes the router);
- in a frame: the page's handlers of :data:`LEAVING` (its going away) do not run, and the dedicated workers the
  frame started are ended as its document is torn down (:data:`ENDING`, :data:`END_WORKERS`);
- in a frame: ``SharedWorker`` is removed (as on Chrome for Android, where sites do without it), a service worker
  cannot be registered, and ``Worker`` starts each worker with this guard: a ``blob:`` or ``data:`` worker's code
  is read and rebuilt with the guard in front; a worker loaded from a URL is announced to the router
  (:data:`ASK_PATH`), which puts the guard in front of that script when it fetches it (so the worker keeps its URL
  and its relative imports);
- in a frame and a worker: a script's ``fetch`` with ``credentials: 'include'`` and an ``XMLHttpRequest`` with
  ``withCredentials`` carry :data:`CREDENTIALS_MARK`, which the router reads and removes (so does a ``fetch`` to its
  own origin with ``credentials: 'omit'``, marked ``omit``); a ``no-cors`` fetch, which
  cannot carry it, is announced to the router (:data:`ASK_PATH`, ``op=nocors``) with its credentials mode when it goes
  to its own origin;
- in a worker: the same for nested workers, and ``WebSocket`` asks the router before it connects and before each
  message it sends (a synchronous request to :data:`ASK_PATH` on the worker's origin, which the router answers
  itself with the same judgement as a page's WebSocket messages). A refused message is not sent and the socket
  is closed.

The guard keeps the browser's own functions it uses from before any page code ran, so a page cannot replace them.
"""

from __future__ import annotations

import json
import re
from urllib.parse import quote

__all__ = ["ASK_PATH", "CREDENTIALS_MARK", "ENDING", "END_WORKERS", "LEAVING", "UNROUTED", "WORKER_GUARD_JS",
           "guard_prelude", "guarded_script", "module_prelude"]

UNROUTED = ("RTCPeerConnection", "webkitRTCPeerConnection", "RTCDataChannel", "RTCIceTransport", "WebTransport",
            "WebSocketStream")
"""The constructors the guard removes from every frame and worker: channels out of the browser that Playwright's
routing never sees (peer connections, HTTP/3 sessions, WebSocket streams)."""

LEAVING = ("beforeunload", "pagehide", "unload", "visibilitychange", "pageswap")
"""Events a frame's document gets as it goes away, whose handlers the guard keeps from running (for
``visibilitychange``: only when the page turns hidden). Chromium sends what such a handler sends (a beacon, a
keepalive fetch, an image) past Playwright's routes once the page is navigating away or closing."""

ENDING = ("pagehide", "unload", "pageswap")
"""Events of :data:`LEAVING` on which a frame's dedicated workers are ended: the document is being torn down (the
new page has come, the tab closes, the frame was removed). Not ``beforeunload``: a navigation it announces may
turn out a download, and the page stays (with its workers); not a page only hidden."""

END_WORKERS = "__goferEndWorkers"
"""The name of a frame's function (on its window, fixed before the page's scripts run) that ends the dedicated
workers the frame started; the guard calls it as the frame's document is torn down (:data:`ENDING`), the session
before it closes its pages (a closed page gets none of those events)."""

ASK_PATH = "/__gofer_worker_guard__"
"""The path (on any origin) of the router's answers to the guard: ``?op=open|send|worker|module|nocors&url=URL``."""

CREDENTIALS_MARK = "x-gofer-credentials"
"""The header the guard adds to a page's or worker's ``fetch`` made with ``credentials: 'include'`` and to an
``XMLHttpRequest`` with ``withCredentials`` (value ``include``), and to a ``fetch`` to its own origin with
``credentials: 'omit'`` (value ``omit``): Playwright does not tell a request's credentials
mode, which decides the cookies of its redirect hops the router fetches. The router removes it before any request
leaves; a page setting it itself gets what ``credentials: 'include'`` gives it anyway."""

_TRIVIA = r"(?:\s|//[^\n]*|/\*[\s\S]*?\*/)*"
_PROLOGUE = (_TRIVIA + r"(?:(?:\"(?:[^\"\\\n]|\\[\s\S])*\"|'(?:[^'\\\n]|\\[\s\S])*')[ \t\r]*"
             r"(?:;|\n(?![ \t\r\n]*(?:[-+*%<>=&|^?,.(\[`]|/(?![/*]))))" + _TRIVIA + ")*")
"""A classic script's directive prologue (``"use strict";`` and the comments around it), the same pattern in Python
and in the guard: a string literal ended by a semicolon, or by a line break the next line does not continue."""
_TRIVIA_RE, _PROLOGUE_RE = re.compile(_TRIVIA), re.compile(_PROLOGUE)


def _match_end(pattern: re.Pattern[str], code: str) -> int:
    found = pattern.match(code)
    return found.end() if found else 0


def guarded_script(code: str, guard: str) -> str:
    """A classic worker script with ``guard`` as its first statement after its directive prologue, which must stay
    first: in front of ``"use strict"`` the guard would turn the directive into a plain string and the worker would
    run sloppy (``this`` the global object in a plain call). The guard starts on a line of its own after a
    semicolon, so neither ASI nor a trailing line comment can join it to the directive."""
    start, end = _match_end(_TRIVIA_RE, code), _match_end(_PROLOGUE_RE, code)
    if end == start:  # no directive
        return guard + code
    return code[:end] + "\n;" + guard + code[end:]


_GUARD_FN = r"""
function (base, self_src) {
  const G = globalThis;
  if (Object.getOwnPropertyDescriptor(G, '__goferWorkerGuard')) return;
  Object.defineProperty(G, '__goferWorkerGuard', {value: true});
  const PATH = '__ASK_PATH__', UNROUTED = __UNROUTED__, LEAVING = __LEAVING__, ENDING = __ENDING__;
  const apply = Reflect.apply, construct = Reflect.construct, define = Object.defineProperty;
  const own = Object.getOwnPropertyDescriptor, getProto = Object.getPrototypeOf;
  const enc = encodeURIComponent, Str = String, quote = JSON.stringify, NativeURL = URL, DOMEx = DOMException;
  const Err = TypeError, isView = ArrayBuffer.isView, U8 = Uint8Array;
  const hrefOf = own(NativeURL.prototype, 'href').get, protoOf = own(NativeURL.prototype, 'protocol').get;
  const XHR = G.XMLHttpRequest, xOpen = XHR.prototype.open, xSend = XHR.prototype.send;
  const xText = own(XHR.prototype, 'responseText').get;
  const inWindow = typeof G.document !== 'undefined';
  const baseURI = inWindow ? own(Node.prototype, 'baseURI').get : null;
  const here = Str(G.location.href);
  if (base === null) base = Str(G.location.origin);
  const where = () => inWindow ? apply(baseURI, G.document, []) : here;
  const absolute = (url) => apply(hrefOf, new NativeURL(Str(url), where()), []);

  function ask(op, url, body) {
    try {
      const x = construct(XHR, []);
      apply(xOpen, x, ['POST', base + PATH + '?op=' + op + '&url=' + enc(url), false]);
      apply(xSend, x, [body]);
      return apply(xText, x, []) === 'ok';
    } catch (e) {
      return false;
    }
  }
  function read(url) {
    const x = construct(XHR, []);
    apply(xOpen, x, ['GET', url, false]);
    apply(xSend, x, []);
    return apply(xText, x, []);
  }
  const prelude = (origin) => '(' + self_src + ')(' + quote(origin) + ', ' + quote(self_src) + ');\n';
  // a classic script's "use strict" must stay first: the guard goes after its directive prologue (guarded_script)
  const exec = RegExp.prototype.exec, slice = String.prototype.slice;
  const TRIVIA = new RegExp(__TRIVIA__), PROLOGUE = new RegExp(__PROLOGUE__);
  function guarded(code, guard) {
    const start = apply(exec, TRIVIA, [code])[0].length, end = apply(exec, PROLOGUE, [code])[0].length;
    if (end === start) return guard + code;
    return apply(slice, code, [0, end]) + '\n;' + guard + apply(slice, code, [end]);
  }

  // channels no route sees, which the agent does not need: a peer connection (its data channels, and the STUN and
  // TURN host names it looks up, which can carry data), WebTransport (HTTP/3), WebSocketStream (only WebSocket is
  // routed)
  for (const name of UNROUTED) delete G[name];
  // the dedicated workers this frame started (own properties of a null-prototype object: no page code in the way)
  const NativeWorker = G.Worker, live = Object.create(null);
  const terminate = NativeWorker ? NativeWorker.prototype.terminate : null;
  let started = 0;
  function endWorkers() {
    for (let i = 0; i < started; i++) {
      if (live[i] === undefined) continue;
      try { apply(terminate, live[i], []); } catch (e) {}
      delete live[i];
    }
  }
  if (inWindow) {
    // the page's handlers of its going away (a navigation, a closed tab, a removed frame) never run: what they send
    // leaves as the document is torn down, past every route (registered first, this listener stops the others;
    // an event's isTrusted is its own and cannot be faked); and its workers end as its document is torn down, since
    // a request a worker makes while its page is torn down can leave unrouted too (not on beforeunload: a link
    // that starts a download fires it, and the page stays)
    const stop = Event.prototype.stopImmediatePropagation;
    const hidden = own(Document.prototype, 'visibilityState').get, doc = G.document;
    for (const type of LEAVING) {
      const ends = ENDING.indexOf(type) >= 0;  // decided now, before any page code could change indexOf
      G.addEventListener(type, function (e) {
        if (type === 'visibilitychange' && apply(hidden, doc, []) !== 'hidden') return;
        if (!e.isTrusted) return;
        if (ends) endWorkers();
        apply(stop, e, []);
      }, true);
    }
    define(G, '__ENDS__', {value: endWorkers, writable: false, configurable: false});
  }
  if (inWindow) {
    delete G.SharedWorker;
    const SWC = G.ServiceWorkerContainer;
    if (SWC) {
      define(SWC.prototype, 'register', {value: function register() {
        return Promise.reject(new DOMEx('service workers are turned off in this browser', 'SecurityError'));
      }, writable: false, configurable: false});
    }
  }

  if (NativeWorker) {
    const Blob_ = G.Blob, createURL = NativeURL.createObjectURL;
    const Worker = function Worker(url, options) {
      if (!new.target) throw new Err("Failed to construct 'Worker': Please use the 'new' operator.");
      const href = absolute(url);
      const opts = {};
      if (options !== undefined && options !== null) {
        const type = options.type, name = options.name, credentials = options.credentials;
        if (type !== undefined) opts.type = Str(type);
        if (name !== undefined) opts.name = Str(name);
        if (credentials !== undefined) opts.credentials = Str(credentials);
      }
      const module = opts.type === 'module';
      const scheme = apply(protoOf, new NativeURL(href), []);
      let load = href;
      if (scheme === 'blob:' || scheme === 'data:') {
        const guard = prelude(base);
        const code = module ? 'import "data:text/javascript,' + enc(guard) + '";\n' + read(href)
          : guarded(read(href), guard);
        load = scheme === 'data:' ? 'data:text/javascript,' + enc(code)
          : createURL(construct(Blob_, [[code], {type: 'text/javascript'}]));
      } else if (!ask(module ? 'module' : 'worker', href, '')) {
        throw new DOMEx('this worker could not be guarded, so it was not started', 'SecurityError');
      }
      const worker = construct(NativeWorker, [load, opts], new.target);
      if (inWindow) define(live, started++, {value: worker, configurable: true});
      return worker;
    };
    define(Worker, 'prototype', {value: NativeWorker.prototype});
    define(NativeWorker.prototype, 'constructor', {value: Worker, writable: false, configurable: false});
    define(G, 'Worker', {value: Worker, writable: false, configurable: false});
  }

  // a script's request made with credentials 'include' (or 'omit', to its own origin) is marked for the router,
  // which removes the mark before the request leaves: its redirect hops to another origin carry cookies (or none
  // goes, also of the page's partitioned cookies, which Chromium adds unseen: Playwright does not tell the mode); a
  // no-cors request cannot carry a header of the guard's, so one to its own origin is announced to the router, with
  // its credentials mode, before it is made (Chromium sends a no-cors fetch's hops to another origin cookies, as an
  // image's)
  const Req = G.Request, nativeFetch = G.fetch;
  if (Req && nativeFetch) {
    const credOf = own(Req.prototype, 'credentials').get, headersOf = own(Req.prototype, 'headers').get;
    const modeOf = own(Req.prototype, 'mode').get, reqUrlOf = own(Req.prototype, 'url').get;
    const originOf = own(NativeURL.prototype, 'origin').get;
    const hSet = G.Headers.prototype.set;
    define(G, 'fetch', {value: function fetch(input, init) {
      let credentials = '', noCors = false;
      try {
        const given = init !== undefined && init !== null;
        const asked = given ? init.credentials : undefined, mode = given ? init.mode : undefined;
        credentials = Str(asked !== undefined ? asked : (input instanceof Req ? apply(credOf, input, []) : ''));
        noCors = Str(mode !== undefined ? mode : (input instanceof Req ? apply(modeOf, input, []) : '')) ===
          'no-cors';
      } catch (e) {}
      if (credentials !== 'include' && credentials !== 'omit' && !noCors) return apply(nativeFetch, this, arguments);
      let request;
      try { request = construct(Req, init === undefined ? [input] : [input, init]); }
      catch (e) { return apply(nativeFetch, this, arguments); }
      try {
        // a request to another origin tells its mode by the cookies it carries (the router reads them), and a header
        // of the guard's on one in cors mode would need a CORS preflight; each announcement costs a round trip
        const sameOrigin = apply(originOf, new NativeURL(apply(reqUrlOf, request, [])), []) === Str(G.location.origin);
        if (apply(modeOf, request, []) === 'no-cors') {
          if (sameOrigin) ask('nocors', apply(reqUrlOf, request, []), apply(credOf, request, []));
        } else if (credentials === 'include') {
          apply(hSet, apply(headersOf, request, []), ['__MARK__', 'include']);
        } else if (credentials === 'omit' && sameOrigin) {
          apply(hSet, apply(headersOf, request, []), ['__MARK__', 'omit']);
        }
      } catch (e) {}
      return apply(nativeFetch, this, [request]);
    }, writable: true, enumerable: true, configurable: true});
  }
  if (XHR) {
    const withOf = own(XHR.prototype, 'withCredentials').get, xHeader = XHR.prototype.setRequestHeader;
    define(XHR.prototype, 'send', {value: function send(body) {
      try { if (apply(withOf, this, [])) apply(xHeader, this, ['__MARK__', 'include']); } catch (e) {}
      return apply(xSend, this, arguments);
    }, writable: true, enumerable: true, configurable: true});
  }

  const WS = inWindow ? null : G.WebSocket;
  if (WS) {
    const P = WS.prototype, wsSend = P.send, wsClose = P.close;
    const urlOf = own(P, 'url').get, stateOf = own(P, 'readyState').get;
    const abSlice = ArrayBuffer.prototype.slice, abLength = own(ArrayBuffer.prototype, 'byteLength').get;
    const TA = getProto(U8.prototype), taBuffer = own(TA, 'buffer').get, taOffset = own(TA, 'byteOffset').get;
    const taLength = own(TA, 'byteLength').get, dvBuffer = own(DataView.prototype, 'buffer').get;
    const dvOffset = own(DataView.prototype, 'byteOffset').get, dvLength = own(DataView.prototype, 'byteLength').get;
    const blobSize = own(G.Blob.prototype, 'size').get;
    const copyView = (v) => {
      let buffer, offset, length;
      try { buffer = apply(taBuffer, v, []); offset = apply(taOffset, v, []); length = apply(taLength, v, []); }
      catch (e) { buffer = apply(dvBuffer, v, []); offset = apply(dvOffset, v, []); length = apply(dvLength, v, []); }
      return apply(abSlice, buffer, [offset, offset + length]);
    };
    // the data exactly as it will be sent, read once (a changing toString or a shared buffer cannot differ)
    const settle = (data) => {
      if (typeof data === 'string') return data;
      if (isView(data)) return copyView(data);
      try { apply(abLength, data, []); return apply(abSlice, data, [0]); } catch (e) {}
      try { apply(blobSize, data, []); return data; } catch (e) {}
      return Str(data);
    };
    const send = function send(data) {
      const url = apply(urlOf, this, []);
      const value = settle(data);
      if (apply(stateOf, this, []) !== 1) return apply(wsSend, this, [value]);
      if (!ask('send', url, value)) {
        apply(wsClose, this, []);
        return;
      }
      return apply(wsSend, this, [value]);
    };
    const WebSocket = function WebSocket(url, protocols) {
      if (!new.target) throw new Err("Failed to construct 'WebSocket': Please use the 'new' operator.");
      let href = absolute(url);
      const scheme = apply(protoOf, new NativeURL(href), []);
      if (scheme === 'http:' || scheme === 'https:') href = 'ws' + href.slice(4);
      if (!ask('open', href, '')) throw new DOMEx('refused by the browser\'s routing: ' + href, 'SecurityError');
      return construct(WS, protocols === undefined ? [href] : [href, protocols], new.target);
    };
    for (const k of ['CONNECTING', 'OPEN', 'CLOSING', 'CLOSED']) define(WebSocket, k, {value: WS[k]});
    define(WebSocket, 'prototype', {value: P});
    define(P, 'constructor', {value: WebSocket, writable: false, configurable: false});
    define(P, 'send', {value: send, writable: false, configurable: false, enumerable: true});
    define(G, 'WebSocket', {value: WebSocket, writable: false, configurable: false});
  }
}
""".replace("__ENDS__", END_WORKERS).replace("__MARK__", CREDENTIALS_MARK).replace("__ASK_PATH__", ASK_PATH).replace(
    "__UNROUTED__", json.dumps(UNROUTED)).replace("__TRIVIA__", json.dumps("^" + _TRIVIA)).replace(
    "__PROLOGUE__", json.dumps("^" + _PROLOGUE)).replace("__LEAVING__", json.dumps(LEAVING)).replace(
    "__ENDING__", json.dumps(ENDING)).strip()


def guard_prelude(origin: str | None) -> str:
    """The guard as the first statement of a script (``origin``: where the guard asks; None: the frame's own)."""
    return f"({_GUARD_FN})({json.dumps(origin)}, {json.dumps(_GUARD_FN)});\n"


WORKER_GUARD_JS = guard_prelude(None)
"""The init script of every frame (see the module's docstring)."""


def module_prelude(origin: str) -> str:
    """The guard as the first import of a module worker (imports run before a module's own code)."""
    return f'import "data:text/javascript,{quote(guard_prelude(origin), safe="")}";\n'
