// The JavaScript half of the web Platform (see frontend/platform/main_web.cpp). TrellisWeb lives in
// pre.js, in the same module scope.
mergeInto(LibraryManager.library, {
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
