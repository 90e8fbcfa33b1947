// Runs inside the Emscripten module before main(): mounts the workspace folder on IndexedDB and
// publishes the automation hook. The C++ half of the platform calls into platform_library.js.

// [SECTION] Storage: IDBFS mounted at /data, loaded before main(), flushed after saves
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

Module['preRun'] = Module['preRun'] || [];
Module['preRun'].push(function () {
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
window.trellis = {
  ready: new Promise(function (resolve) { TrellisWeb.resolveReady = resolve; }),
  get frames() { return Module['_trellis_automation_frames'] ? Module['_trellis_automation_frames']() : 0; },
  get textInput() { return Module['_trellis_automation_wants_text'] ? !!Module['_trellis_automation_wants_text']() : false; },
  items: function () { return JSON.parse(UTF8ToString(Module['_trellis_automation_items']())); },
  get storageError() { return TrellisWeb.lastFlushError ? String(TrellisWeb.lastFlushError) : null; },
  get flushPending() { return TrellisWeb.flushTimer !== null || TrellisWeb.flushing; },
};
