// Runs inside the Emscripten module before main(): mounts the workspace folder on IndexedDB and
// publishes the automation hook. The C++ half of the platform calls into platform_library.js.

// [SECTION] Storage: IDBFS mounted at /data, loaded before main(), flushed after saves
// [SECTION] Storage status: persistence and the estimate, for Settings
// [SECTION] Two tabs: one writer
// [SECTION] Files: share or download, pick or drop
// [SECTION] Clipboard: copy goes to the system clipboard; paste arrives as typed text
// [SECTION] Safe area: what a notch, rounded corners or the home indicator cover (CSS env())
// [SECTION] Pixel ratio: a window moved to another screen, or the page zoomed
// [SECTION] Updates: a new version installed by the service worker (index.html registers it)
// [SECTION] Phone keyboard: a hidden text field
// [SECTION] Automation hook: window.trellis

var TrellisWeb = {
  dataDir: '/data',
  flushDelayMs: 300,      // debounce: a burst of saves becomes one IndexedDB write
  flushTimer: null,
  flushing: false,
  flushAgain: false,
  flushRetried: false,    // the last flush ran again after a file vanished under it (ENOENT)
  flushWaiters: [],       // callbacks for the end of the next flush
  lastFlushError: null,   // a string while browser storage refuses our writes
  lastFlushMs: 0,
  resolveReady: null,
  // True once the wasm runs: Emscripten defines the exports' names before that, as stubs that throw.
  running: false,

  wake: function () {
    if (TrellisWeb.running) Module['_trellis_wake']();
  },

  // The last frame's timing (main_web.cpp's trellis_automation_frame), for the automation hook.
  frame: function (what) {
    return TrellisWeb.running ? Module['_trellis_automation_frame'](what) : 0;
  },

  // Writes /data to IndexedDB now; `done(error)` is called when it is durable (or failed).
  flushNow: function (done) {
    if (done) TrellisWeb.flushWaiters.push(done);
    if (TrellisWeb.flushTimer !== null) {
      clearTimeout(TrellisWeb.flushTimer);
      TrellisWeb.flushTimer = null;
    }
    if (TrellisWeb.flushing) {
      TrellisWeb.flushAgain = true;
      return;
    }
    var waiters = TrellisWeb.flushWaiters;
    TrellisWeb.flushWaiters = [];
    TrellisWeb.flushing = true;
    var finish = function (err) {
      TrellisWeb.flushing = false;
      // A file the app removed or renamed while the sync waited for IndexedDB (a draft going as
      // it is saved) is gone from the listing it began with: ENOENT, not a storage failure. The
      // sync runs again, once, with the same waiters.
      if (err && err.errno === 44 && !TrellisWeb.flushRetried) {
        TrellisWeb.flushRetried = true;
        TrellisWeb.flushWaiters = waiters.concat(TrellisWeb.flushWaiters);
        TrellisWeb.flushAgain = false;
        TrellisWeb.flushNow();
        return;
      }
      TrellisWeb.flushRetried = false;
      var message = err ? String(err && (err.message || err.name || err.errno) || err) : null;
      if (err) console.error('Trellis: could not write to browser storage', err);
      var changed = message !== TrellisWeb.lastFlushError;
      TrellisWeb.lastFlushError = message;
      if (!err) {
        TrellisWeb.lastFlushMs = Date.now();
        TrellisTabs.announceSaved();
        TrellisStorage.afterFlush();
      }
      if (changed) TrellisWeb.wake();
      waiters.forEach(function (w) { w(message); });
      if (TrellisWeb.flushAgain) {
        TrellisWeb.flushAgain = false;
        TrellisWeb.flushNow();
      }
    };
    try {
      FS.syncfs(false, finish);
    } catch (e) {
      finish(e);
    }
  },

  persistSoon: function () {
    if (TrellisWeb.flushTimer !== null) return;
    TrellisWeb.flushTimer = setTimeout(function () { TrellisWeb.flushTimer = null; TrellisWeb.flushNow(); }, TrellisWeb.flushDelayMs);
  },
};

// [SECTION] Storage status: persistence and the estimate, for Settings
var TrellisStorage = {
  persisted: 0,           // 0 unknown, 1 persistent, 2 best effort (the browser may evict it)
  usage: -1,
  quota: -1,
  asked: false,

  refresh: function () {
    var storage = navigator['storage'];
    if (!storage) return;
    if (storage['persisted']) storage['persisted']().then(function (p) {
      TrellisStorage.persisted = p ? 1 : 2;
      TrellisWeb.wake();
    }).catch(function () {});
    if (storage['estimate']) storage['estimate']().then(function (e) {
      TrellisStorage.usage = e['usage'] === undefined ? -1 : e['usage'];
      TrellisStorage.quota = e['quota'] === undefined ? -1 : e['quota'];
      TrellisWeb.wake();
    }).catch(function () {});
  },

  request: function () {
    var storage = navigator['storage'];
    if (!storage || !storage['persist']) return;
    TrellisStorage.asked = true;
    storage['persist']().then(TrellisStorage.refresh).catch(function () {});
  },

  // Once there is something worth keeping, ask the browser to keep it (once per visit).
  afterFlush: function () {
    if (!TrellisStorage.asked && TrellisStorage.persisted !== 1) TrellisStorage.request();
    else TrellisStorage.refresh();
  },
};

// [SECTION] Two tabs: one writer
//
// Only the tab holding the 'trellis-writer' Web Lock saves. Another tab opens read-only, says so,
// and follows: after each of the writer's flushes it reads IndexedDB back and reloads. "Use Trellis
// here" asks the writer to hand over: it flushes, releases the lock and goes read-only; this tab
// gets the lock, reads the latest data and becomes the writer. A closed or crashed writer releases
// the lock by itself, and the waiting tab takes over the same way. Without Web Locks (old
// browsers) every tab writes, as before.
var TrellisTabs = {
  writer: true,
  release: null,          // resolves the held lock's promise
  channel: null,

  init: function (done) {
    if (typeof BroadcastChannel === 'function') {
      TrellisTabs.channel = new BroadcastChannel('trellis');
      TrellisTabs.channel.onmessage = TrellisTabs.onMessage;
    }
    if (!navigator['locks']) { done(); return; }
    navigator['locks']['request']('trellis-writer', { 'ifAvailable': true }, function (lock) {
      if (lock) {
        TrellisTabs.writer = true;
        done();
        return new Promise(function (resolve) { TrellisTabs.release = resolve; });
      }
      TrellisTabs.writer = false;
      done();
      TrellisTabs.wait();
      return null;
    }).catch(function () { done(); });
  },

  // Queues for the lock; when this tab gets it, it reads the latest data and becomes the writer.
  wait: function () {
    navigator['locks']['request']('trellis-writer', function () {
      return new Promise(function (resolve) {
        TrellisTabs.release = resolve;
        FS.syncfs(true, function () {
          if (TrellisWeb.running) Module['_trellis_reload']();
          TrellisTabs.writer = true;
          TrellisWeb.wake();
        });
      });
    }).catch(function () {});
  },

  takeOver: function () {
    if (TrellisTabs.writer || !TrellisTabs.channel) return;
    TrellisTabs.channel.postMessage({ 'type': 'handover' });
  },

  announceSaved: function () {
    if (TrellisTabs.writer && TrellisTabs.channel) TrellisTabs.channel.postMessage({ 'type': 'saved' });
  },

  onMessage: function (e) {
    var type = e.data && e.data['type'];
    if (type === 'saved' && !TrellisTabs.writer) {
      FS.syncfs(true, function () {
        if (TrellisWeb.running) Module['_trellis_reload']();
      });
    } else if (type === 'handover' && TrellisTabs.writer && TrellisTabs.release) {
      TrellisWeb.flushNow(function () {
        TrellisTabs.writer = false;
        var release = TrellisTabs.release;
        TrellisTabs.release = null;
        release();
        TrellisWeb.wake();
        TrellisTabs.wait();
      });
    }
  },
};

// [SECTION] Files: share or download, pick or drop
var TrellisFiles = {
  maxBytes: 20 * 1024 * 1024 + 1,   // the core refuses more than 20 MB; read no further than that
  lastExport: null,                 // {name, size, shared} for tests

  download: function (blob, name) {
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(a.href); }, 30000);
  },

  // Runs in the frame of the tap, within the browser's user-activation window.
  exportFile: function (name, mime, bytes, share) {
    var blob = new Blob([bytes], { 'type': mime });
    TrellisFiles.lastExport = { 'name': name, 'size': bytes.length, 'shared': false };
    if (share && navigator['canShare'] && navigator['share']) {
      var file = new File([blob], name, { 'type': mime });
      var data = { 'files': [file], 'title': name };
      var canShare = false;
      try { canShare = navigator['canShare'](data); } catch (e) { canShare = false; }
      if (canShare) {
        TrellisFiles.lastExport['shared'] = true;
        navigator['share'](data).catch(function (e) {
          if (e && e.name === 'AbortError') return;     // the person closed the share sheet
          TrellisFiles.lastExport['shared'] = false;
          TrellisFiles.download(blob, name);
        });
        return;
      }
    }
    TrellisFiles.download(blob, name);
  },

  pick: function () {
    var input = document.getElementById('file-input');
    if (!input) return;
    input.value = '';
    input.click();
  },

  open: function (file) {
    if (!file) return;
    file.slice(0, TrellisFiles.maxBytes)['arrayBuffer']().then(function (buffer) {
      var bytes = new Uint8Array(buffer);
      var data = Module['_malloc'](Math.max(1, bytes.length));
      HEAPU8.set(bytes, data);
      var size = lengthBytesUTF8(file.name) + 1;
      var name = Module['_malloc'](size);
      stringToUTF8(file.name, name, size);
      Module['_trellis_file_opened'](name, data, bytes.length);
      Module['_free'](name);
      Module['_free'](data);
    }).catch(function (e) { console.error('Trellis: could not read the file', e); });
  },

  install: function () {
    var input = document.getElementById('file-input');
    if (input) input.addEventListener('change', function () { TrellisFiles.open(input.files && input.files[0]); });
    document.addEventListener('dragover', function (e) { e.preventDefault(); });
    document.addEventListener('drop', function (e) {
      e.preventDefault();
      var files = e.dataTransfer && e.dataTransfer.files;
      if (files && files.length) TrellisFiles.open(files[0]);
    });
  },
};

// [SECTION] Clipboard: copy goes to the system clipboard; paste arrives as typed text
var TrellisClipboard = {
  copy: function (text) {
    var clipboard = navigator['clipboard'];
    if (clipboard && clipboard['writeText']) {
      clipboard['writeText'](text).catch(function () { TrellisClipboard.copyByCommand(text); });
      return;
    }
    TrellisClipboard.copyByCommand(text);
  },

  // Pages served without HTTPS (a phone on the LAN) have no navigator.clipboard.
  copyByCommand: function (text) {
    var keyboardField = document.getElementById('text-input');
    var refocus = document.activeElement === keyboardField;
    var area = document.createElement('textarea');
    area.value = text;
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    try { document.execCommand('copy'); } catch (e) { /* nothing more to try */ }
    area.remove();
    if (refocus) keyboardField.focus({ 'preventScroll': true });
  },
};

// [SECTION] Safe area: what a notch, rounded corners or the home indicator cover (CSS env())
var TrellisSafeArea = {
  insets: [0, 0, 0, 0],   // top, right, bottom, left in CSS px

  measure: function () {
    var style = getComputedStyle(document.documentElement);
    var names = ['--safe-top', '--safe-right', '--safe-bottom', '--safe-left'];
    var changed = false;
    for (var i = 0; i < 4; i++) {
      var value = parseFloat(style.getPropertyValue(names[i])) || 0;
      if (value !== TrellisSafeArea.insets[i]) { TrellisSafeArea.insets[i] = value; changed = true; }
    }
    if (changed) TrellisWeb.wake();
  },
};

// [SECTION] Pixel ratio: a window moved to another screen, or the page zoomed
//
// The ratio can change without the page's size changing, and then no resize event comes. A media
// query on the current ratio says when it stops matching; where that event does not come (device
// emulation), the next touch, click or key checks. SDL reads the ratio on resize, so one is sent:
// the next frame sees the new drawable size and bakes the fonts again, crisp.
var TrellisPixelRatio = {
  ratio: 0,
  query: null,

  watch: function () {
    TrellisPixelRatio.ratio = window.devicePixelRatio;
    if (!window.matchMedia) return;
    if (TrellisPixelRatio.query) TrellisPixelRatio.query.removeEventListener('change', TrellisPixelRatio.check);
    TrellisPixelRatio.query = window.matchMedia('(resolution: ' + window.devicePixelRatio + 'dppx)');
    TrellisPixelRatio.query.addEventListener('change', TrellisPixelRatio.check);
  },

  check: function () {
    if (window.devicePixelRatio === TrellisPixelRatio.ratio) return;
    TrellisPixelRatio.watch();
    window.dispatchEvent(new Event('resize'));
    TrellisWeb.wake();
  },

  install: function () {
    TrellisPixelRatio.watch();
    ['touchstart', 'pointerdown', 'keydown'].forEach(function (type) {
      window.addEventListener(type, TrellisPixelRatio.check, { 'capture': true, 'passive': true });
    });
  },
};

// [SECTION] Updates: a new version installed by the service worker (index.html registers it)
var TrellisUpdate = {
  notify: function () {
    if (TrellisWeb.running) Module['_trellis_update_ready']();
  },

  // Saves what is pending, then lets the waiting service worker take over; the page reloads when
  // it does (index.html listens to controllerchange).
  apply: function () {
    var update = window['TrellisServiceWorker'];
    if (!update || !update['waiting']) { location.reload(); return; }
    TrellisWeb.flushNow(function () { update['activate'](); });
  },
};

// [SECTION] Phone keyboard: a hidden text field
//
// A canvas never raises a phone's keyboard; a focused <textarea> does. While ImGui wants text, the
// hidden field #text-input has the focus, and whatever the keyboard does to it (typing, IME
// composition, autocorrect, emoji, Backspace, Enter) is turned into ImGui input by comparing the
// field's text before and after. The field always starts with one sentinel character, so a
// Backspace has something to delete and shows up as an input event: phone keyboards send keydown
// events with keyCode 229 and nothing else. Keys from a hardware keyboard (Backspace, Enter,
// arrows...) go to SDL as usual; the field ignores them, so nothing is typed twice.
var TrellisKeyboard = {
  sentinel: '\u200b',    // zero-width space: invisible, one UTF-16 unit
  field: null,
  before: '',
  composing: false,
  pinched: false,       // a second finger touched since the last time none was down
  // Keys with a name ("Enter", "ArrowLeft", "Home") rather than a character; dead keys and IME keys
  // must reach the field, or accents and compositions could not be typed.
  namedKeys: /^(?!Dead$|Unidentified$|Process$|Compose$)[A-Z][A-Za-z0-9]+$/,

  install: function () {
    var field = document.getElementById('text-input');
    if (!field) return;
    TrellisKeyboard.field = field;
    TrellisKeyboard.reset();
    field.addEventListener('keydown', function (e) {
      // A named key from a hardware keyboard: SDL handles it; keep the field unchanged.
      if (e.keyCode !== 229 && TrellisKeyboard.namedKeys.test(e.key)) e.preventDefault();
      // Paste: the browser pastes the system clipboard into the field and the input event types
      // it; SDL must not see the shortcut, or ImGui would paste its own clipboard too.
      if ((e.ctrlKey || e.metaKey) && (e.key === 'v' || e.key === 'V')) e.stopPropagation();
    });
    // SDL turns keypress into text too: stop it here, the input event below is the one source.
    field.addEventListener('keypress', function (e) { e.stopPropagation(); });
    field.addEventListener('compositionstart', function () { TrellisKeyboard.composing = true; });
    field.addEventListener('compositionend', function () {
      TrellisKeyboard.composing = false;
      TrellisKeyboard.sync();
      TrellisKeyboard.reset();
    });
    field.addEventListener('input', function () {
      TrellisKeyboard.sync();
      if (!TrellisKeyboard.composing) TrellisKeyboard.reset();
    });
    // Inside the gesture: a touch on a text field focuses the hidden field at once.
    // Not after two fingers were down (a pinch sets the text size; frontend/pinch.h): lifting
    // them over a field is no tap on it.
    var canvas = document.getElementById('canvas');
    canvas.addEventListener('touchstart', function (e) {
      if (e.touches.length > 1) TrellisKeyboard.pinched = true;
    }, { 'passive': true });
    canvas.addEventListener('touchend', function (e) {
      var touch = e.changedTouches[0];
      var pinched = TrellisKeyboard.pinched;
      if (e.touches.length === 0) TrellisKeyboard.pinched = false;
      if (!touch || !TrellisWeb.running || pinched) return;
      var rect = canvas.getBoundingClientRect();
      if (Module['_trellis_input_at'](touch.clientX - rect.left, touch.clientY - rect.top)) {
        e.preventDefault();   // no compatibility mousedown to take the focus back
        TrellisKeyboard.focus();
      }
    }, { 'passive': false });
  },

  reset: function () {
    var field = TrellisKeyboard.field;
    field.value = TrellisKeyboard.sentinel;
    field.setSelectionRange(1, 1);
    TrellisKeyboard.before = field.value;
  },

  // Sends ImGui what changed: Backspaces for what was removed, then what was added.
  sync: function () {
    var before = Array.from(TrellisKeyboard.before);
    var after = Array.from(TrellisKeyboard.field.value);
    var common = 0;
    while (common < before.length && common < after.length && before[common] === after[common]) common++;
    for (var i = common; i < before.length; i++) Module['_trellis_input_key'](1);
    var added = after.slice(common).join('');
    TrellisKeyboard.before = TrellisKeyboard.field.value;
    var lines = added.split(/\r\n|\r|\n/);
    for (var l = 0; l < lines.length; l++) {
      if (l > 0) Module['_trellis_input_key'](2);
      if (lines[l].length > 0) TrellisKeyboard.sendText(lines[l]);
    }
  },

  sendText: function (text) {
    var size = lengthBytesUTF8(text) + 1;
    var ptr = Module['_malloc'](size);
    stringToUTF8(text, ptr, size);
    Module['_trellis_input_text'](ptr);
    Module['_free'](ptr);
  },

  focus: function () {
    var field = TrellisKeyboard.field;
    if (field && document.activeElement !== field) {
      TrellisKeyboard.reset();
      field.focus({ 'preventScroll': true });
    }
  },

  blur: function () {
    var field = TrellisKeyboard.field;
    if (field && document.activeElement === field) field.blur();
  },
};

// Where the keyboard covers the page without resizing it (iOS Safari; browsers that ignore
// interactive-widget=resizes-content), fit the canvas to the visible part, so the app lays out
// above the keyboard and scrolls the field being edited into view.
TrellisKeyboard.fitToVisualViewport = function () {
  var viewport = window['visualViewport'];
  var canvas = document.getElementById('canvas');
  if (!viewport || !canvas) return;
  var height = Math.round(viewport.height);
  var top = Math.round(viewport.offsetTop);
  if (canvas.style.height === height + 'px' && canvas.style.top === top + 'px') return;
  canvas.style.height = height + 'px';
  canvas.style.top = top + 'px';
  window.dispatchEvent(new Event('resize'));   // SDL reads the canvas's CSS size on resize
};

// The keyboard goes a moment after the app stops wanting text, not at once: a tap on a chip next to
// the field being typed in (a comment's kind) takes ImGui's focus for a frame, and the field takes
// it back; the keyboard stays up instead of dropping and rising again.
TrellisKeyboard.blurDelayMs = 150;
TrellisKeyboard.blurTimer = null;
TrellisWeb.setTextInput = function (active) {
  if (TrellisKeyboard.blurTimer !== null) {
    clearTimeout(TrellisKeyboard.blurTimer);
    TrellisKeyboard.blurTimer = null;
  }
  if (active) {
    TrellisKeyboard.focus();
    return;
  }
  TrellisKeyboard.blurTimer = setTimeout(function () {
    TrellisKeyboard.blurTimer = null;
    TrellisKeyboard.blur();
  }, TrellisKeyboard.blurDelayMs);
};

Module['preRun'] = Module['preRun'] || [];
Module['preRun'].push(function () {
  // Marks for the bench's start-up breakdown (performance.getEntriesByType('mark')).
  performance.mark('trellis-prerun');
  Module['onRuntimeInitialized'] = function () {
    TrellisWeb.running = true;
    performance.mark('trellis-runtime');
  };
  TrellisKeyboard.install();
  if (window.matchMedia) {
    window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', function (e) {
      if (TrellisWeb.running) Module['_trellis_theme_changed'](e.matches ? 1 : 0);
    });
  }
  if (window['visualViewport']) {
    window['visualViewport'].addEventListener('resize', TrellisKeyboard.fitToVisualViewport);
    window['visualViewport'].addEventListener('scroll', TrellisKeyboard.fitToVisualViewport);
  }
  TrellisFiles.install();
  TrellisPixelRatio.install();
  TrellisSafeArea.measure();
  window.addEventListener('resize', TrellisSafeArea.measure);
  FS.mkdir(TrellisWeb.dataDir);
  FS.mount(IDBFS, {}, TrellisWeb.dataDir);
  addRunDependency('trellis-idbfs');
  FS.syncfs(true, function (err) {
    if (err) console.error('Trellis: could not read browser storage', err);
    performance.mark('trellis-storage-loaded');
    removeRunDependency('trellis-idbfs');
  });
  // Whether this tab may save is known before the workspace opens.
  addRunDependency('trellis-writer');
  TrellisTabs.init(function () { removeRunDependency('trellis-writer'); });
  TrellisStorage.refresh();
  // Never rely on beforeunload: phones kill pages without it. A failed flush is retried here too.
  var flushIfNeeded = function () {
    if (TrellisWeb.flushTimer !== null || TrellisWeb.lastFlushError !== null) TrellisWeb.flushNow();
  };
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState !== 'hidden') return;
    flushIfNeeded();
    // A new version waits: switch while nobody is looking (the page reloads into it).
    var update = window['TrellisServiceWorker'];
    if (update && update['waiting'] && TrellisTabs.writer) TrellisWeb.flushNow(function (err) { if (!err) update['activate'](); });
  });
  window.addEventListener('pagehide', flushIfNeeded);
});

// [SECTION] Automation hook: window.trellis
//   ready    resolves after the first frame is drawn
//   frames   frames drawn so far (flat while the app is idle)
//   idle     true when nothing is left to draw (no frame owed, no input waiting)
//   frameMs  how long the last frame kept the main thread busy; frameBuildMs of that, ImGui's
//            frame and the app's drawing; frameSubmitMs the GL calls; frameEndMs when it ended
//   fontScale  the device pixel ratio the fonts were baked at
//   items()  the ImGui items of the last frame: [{label, id, x, y, w, h, input, text, labelW, lineH,
//            fullW, fullH, cutX}] in CSS px, x to h as seen (clipped by a scrolling edge); input: a
//            text field, text: text shown for reading, not a touch target; labelW: the label's width
//            on one line, lineH: its font's size; fullW, fullH: the whole item's size; cutX: the
//            item reaches past its window's left or right edge
//   cutGlyphs()  letters of the last frame drawn across their clip rectangle's left or right edge
//            (text cut off): [{x, y, w, h, clipX, clipRight}]
//   lines()  each line of the wrapped text fields drawn: [{field, fieldLabel, text, x, y, w, h,
//            left, right}] in CSS px, on screen or scrolled away; left and right: the field's text edges
//   textInput  true while a text field has the keyboard
//   theme    'light' or 'dark', as drawn
window['trellis'] = {
  'ready': new Promise(function (resolve) { TrellisWeb.resolveReady = resolve; }),
  get 'frameMs'() { return TrellisWeb.frame(0); },
  get 'frameBuildMs'() { return TrellisWeb.frame(1); },
  get 'frameSubmitMs'() { return TrellisWeb.frame(2); },
  get 'frameEndMs'() { return TrellisWeb.frame(3); },
  get 'fontScale'() { return TrellisWeb.running ? Module['_trellis_automation_font_scale']() : 0; },
  get 'idle'() { return TrellisWeb.running ? !!Module['_trellis_automation_idle']() : false; },
  get 'frames'() { return TrellisWeb.running ? Module['_trellis_automation_frames']() : 0; },
  get 'theme'() { return TrellisWeb.running && Module['_trellis_automation_dark']() ? 'dark' : 'light'; },
  get 'textInput'() { return TrellisWeb.running ? !!Module['_trellis_automation_wants_text']() : false; },
  'items': function () { return TrellisWeb.running ? JSON.parse(UTF8ToString(Module['_trellis_automation_items']())) : []; },
  'lines': function () { return TrellisWeb.running ? JSON.parse(UTF8ToString(Module['_trellis_automation_lines']())) : []; },
  'cutGlyphs': function () { return TrellisWeb.running ? JSON.parse(UTF8ToString(Module['_trellis_automation_cut_glyphs']())) : []; },
  get 'storageError'() { return TrellisWeb.lastFlushError; },
  get 'flushPending'() { return TrellisWeb.flushTimer !== null || TrellisWeb.flushing; },
  get 'writer'() { return TrellisTabs.writer; },
  get 'lastExport'() { return TrellisFiles.lastExport; },
  get 'storage'() { return { 'persisted': TrellisStorage.persisted, 'usage': TrellisStorage.usage, 'quota': TrellisStorage.quota }; },
  'flush': function () { return new Promise(function (resolve) { TrellisWeb.flushNow(resolve); }); },
};

// What index.html calls: the service worker's news of a new version. The same object, not a copy:
// without Closure (a debug build) `var TrellisUpdate` is itself window.TrellisUpdate, and a copy
// would replace it and lose apply().
window['TrellisUpdate'] = TrellisUpdate;
TrellisUpdate['notify'] = TrellisUpdate.notify;
