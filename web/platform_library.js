// The JavaScript half of the web Platform (see frontend/platform/main_web.cpp). TrellisWeb lives in
// pre.js, in the same module scope.
mergeInto(LibraryManager.library, {
  trellis_js_persist_soon: function () {
    TrellisWeb.persistSoon();
  },
  trellis_js_first_frame: function () {
    var loading = document.getElementById('loading');
    if (loading) loading.remove();
    if (TrellisWeb.resolveReady) TrellisWeb.resolveReady();
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
  trellis_js_random_u32: function () {
    var word = new Uint32Array(1);
    crypto.getRandomValues(word);
    return word[0];
  },
});
