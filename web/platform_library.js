// The JavaScript half of the web Platform (see frontend/platform/main_web.cpp). TrellisWeb lives in
// pre.js, in the same module scope.
mergeInto(LibraryManager.library, {
  // Replaces Emscripten's (library_html5.js), which SDL calls when its window opens and on every
  // resize. Setting a WebGL canvas's width or height makes the browser reallocate the drawing buffer
  // (about 50 ms at a phone's size on the test machine), so only a real change is written, and
  // SDL's 1 x 1 probe is not: when its window opens, SDL sets that size to learn whether CSS sizes
  // the canvas, then sets the real one. web/index.html's CSS always sizes it, and gives it its size
  // in device pixels before making the context, so at start nothing changes here.
  emscripten_set_canvas_element_size__deps: ['$findCanvasEventTarget'],
  emscripten_set_canvas_element_size__sig: 'iiii',
  emscripten_set_canvas_element_size: function (target, width, height) {
    var canvas = findCanvasEventTarget(target);
    if (!canvas) return -4;     // EMSCRIPTEN_RESULT_UNKNOWN_TARGET
    if (width === 1 && height === 1) return 0;
    if (canvas.width !== width) canvas.width = width;
    if (canvas.height !== height) canvas.height = height;
    return 0;                   // EMSCRIPTEN_RESULT_SUCCESS
  },
  trellis_js_persist_soon: function () {
    TrellisWeb.persistSoon();
  },
  trellis_js_first_frame: function () {
    performance.mark('trellis-first-frame');
    var loading = document.getElementById('loading');
    if (loading) loading.remove();
    if (TrellisWeb.resolveReady) TrellisWeb.resolveReady();
    if (window['registerServiceWorker']) window['registerServiceWorker']();
  },
  trellis_js_unsupported: function () {
    if (window['showUnsupported']) window['showUnsupported']();
  },
  trellis_js_now_ms: function () {
    return Date.now();
  },
  trellis_js_utc_offset_minutes: function () {
    return -new Date().getTimezoneOffset();
  },
  trellis_js_text_input: function (active) {
    TrellisWeb.setTextInput(!!active);
  },
  trellis_js_prefers_dark: function () {
    return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 1 : 0;
  },
  trellis_js_export_file: function (name, mime, bytes, size, share) {
    TrellisFiles.exportFile(UTF8ToString(name), UTF8ToString(mime), HEAPU8.slice(bytes, bytes + size), !!share);
  },
  trellis_js_pick_file: function () {
    TrellisFiles.pick();
  },
  trellis_js_set_clipboard: function (text) {
    TrellisClipboard.copy(UTF8ToString(text));
  },
  trellis_js_storage_persisted: function () {
    return TrellisStorage.persisted;
  },
  trellis_js_storage_usage: function () {
    return TrellisStorage.usage;
  },
  trellis_js_storage_quota: function () {
    return TrellisStorage.quota;
  },
  trellis_js_last_flush_ms: function () {
    return TrellisWeb.lastFlushMs;
  },
  trellis_js_flush_error: function (buffer, size) {
    if (TrellisWeb.lastFlushError === null) return 0;
    stringToUTF8(TrellisWeb.lastFlushError, buffer, size);
    return 1;
  },
  trellis_js_request_persist: function () {
    TrellisStorage.request();
  },
  trellis_js_is_writer: function () {
    return TrellisTabs.writer ? 1 : 0;
  },
  trellis_js_take_over: function () {
    TrellisTabs.takeOver();
  },
  trellis_js_apply_update: function () {
    TrellisUpdate.apply();
  },
  trellis_js_safe_area: function (out) {
    for (var i = 0; i < 4; i++) HEAPF32[(out >> 2) + i] = TrellisSafeArea.insets[i];
  },
  trellis_js_random_u32: function () {
    var word = new Uint32Array(1);
    crypto.getRandomValues(word);
    return word[0];
  },
});
