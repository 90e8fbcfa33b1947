// Runs inside the Emscripten module before main(): mounts the workspace folder on IndexedDB and
// publishes the automation hook. The C++ half of the platform calls into platform_library.js.

// [SECTION] Storage: IDBFS mounted at /data, loaded before main(), flushed after saves
// [SECTION] Phone keyboard: a hidden text field
// [SECTION] Automation hook: window.trellis

var TrellisWeb = {
  dataDir: '/data',
  flushDelayMs: 300,      // debounce: a burst of saves becomes one IndexedDB write
  flushTimer: null,
  flushing: false,
  flushAgain: false,
  lastFlushError: null,
  resolveReady: null,

  flushNow: function () {
    if (TrellisWeb.flushTimer !== null) {
      clearTimeout(TrellisWeb.flushTimer);
      TrellisWeb.flushTimer = null;
    }
    if (TrellisWeb.flushing) {
      TrellisWeb.flushAgain = true;
      return;
    }
    TrellisWeb.flushing = true;
    FS.syncfs(false, function (err) {
      TrellisWeb.flushing = false;
      TrellisWeb.lastFlushError = err || null;
      if (err) console.error('Trellis: could not write to browser storage', err);
      if (TrellisWeb.flushAgain) {
        TrellisWeb.flushAgain = false;
        TrellisWeb.flushNow();
      }
    });
  },

  persistSoon: function () {
    if (TrellisWeb.flushTimer !== null) return;
    TrellisWeb.flushTimer = setTimeout(TrellisWeb.flushNow, TrellisWeb.flushDelayMs);
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
    var canvas = document.getElementById('canvas');
    canvas.addEventListener('touchend', function (e) {
      var touch = e.changedTouches[0];
      if (!touch || !Module['_trellis_input_at']) return;
      var rect = canvas.getBoundingClientRect();
      if (Module['_trellis_input_at'](touch.clientX - rect.left, touch.clientY - rect.top)) {
        e.preventDefault();   // no compatibility mousedown to take the focus back
        TrellisKeyboard.focus();
      }
    }, { passive: false });
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
      field.focus({ preventScroll: true });
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
  var viewport = window.visualViewport;
  var canvas = document.getElementById('canvas');
  if (!viewport || !canvas) return;
  var height = Math.round(viewport.height);
  var top = Math.round(viewport.offsetTop);
  if (canvas.style.height === height + 'px' && canvas.style.top === top + 'px') return;
  canvas.style.height = height + 'px';
  canvas.style.top = top + 'px';
  window.dispatchEvent(new Event('resize'));   // SDL reads the canvas's CSS size on resize
};

TrellisWeb.setTextInput = function (active) {
  if (active) TrellisKeyboard.focus(); else TrellisKeyboard.blur();
};

Module['preRun'] = Module['preRun'] || [];
Module['preRun'].push(function () {
  TrellisKeyboard.install();
  if (window.matchMedia) {
    window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', function (e) {
      if (Module['_trellis_theme_changed']) Module['_trellis_theme_changed'](e.matches ? 1 : 0);
    });
  }
  if (window.visualViewport) {
    window.visualViewport.addEventListener('resize', TrellisKeyboard.fitToVisualViewport);
    window.visualViewport.addEventListener('scroll', TrellisKeyboard.fitToVisualViewport);
  }
  FS.mkdir(TrellisWeb.dataDir);
  FS.mount(IDBFS, {}, TrellisWeb.dataDir);
  addRunDependency('trellis-idbfs');
  FS.syncfs(true, function (err) {
    if (err) console.error('Trellis: could not read browser storage', err);
    removeRunDependency('trellis-idbfs');
  });
  // Never rely on beforeunload: phones kill pages without it.
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden' && TrellisWeb.flushTimer !== null) TrellisWeb.flushNow();
  });
  window.addEventListener('pagehide', function () {
    if (TrellisWeb.flushTimer !== null) TrellisWeb.flushNow();
  });
});

// [SECTION] Automation hook: window.trellis
//   ready    resolves after the first frame is drawn
//   frames   frames drawn so far (flat while the app is idle)
//   items()  the ImGui items of the last frame: [{label, id, x, y, w, h}] in CSS px
//   textInput  true while a text field has the keyboard
//   theme    'light' or 'dark', as drawn
window.trellis = {
  ready: new Promise(function (resolve) { TrellisWeb.resolveReady = resolve; }),
  get frames() { return Module['_trellis_automation_frames'] ? Module['_trellis_automation_frames']() : 0; },
  get theme() { return Module['_trellis_automation_dark'] && Module['_trellis_automation_dark']() ? 'dark' : 'light'; },
  get textInput() { return Module['_trellis_automation_wants_text'] ? !!Module['_trellis_automation_wants_text']() : false; },
  items: function () { return JSON.parse(UTF8ToString(Module['_trellis_automation_items']())); },
  get storageError() { return TrellisWeb.lastFlushError ? String(TrellisWeb.lastFlushError) : null; },
  get flushPending() { return TrellisWeb.flushTimer !== null || TrellisWeb.flushing; },
};
