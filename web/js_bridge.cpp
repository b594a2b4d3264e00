// The EM_JS bodies behind web/js_bridge.hpp: the one file where C++ reaches JavaScript.
#include "web/js_bridge.hpp"

#include <emscripten/emscripten.h>

#include <cstdlib>

namespace {
// JS strings come back as malloc'ed UTF-8 (NULL for null) that C++ frees.
EM_JS(char*, js_clipboard_text, (), {
  const s = Module.scorecard.getClipboard() || "";
  const n = lengthBytesUTF8(s) + 1; const p = _malloc(n); stringToUTF8(s, p, n); return p;
});
EM_JS(void, js_set_clipboard_text, (const char* s), { Module.scorecard.setClipboard(UTF8ToString(s)); });
EM_JS(void, js_set_ime_position, (float x, float y), { Module.scorecard.setImePos(x, y); });
EM_JS(void, js_set_cursor, (const char* c), { Module.scorecard.setCursor(UTF8ToString(c)); });
EM_JS(void, js_set_text_input, (int active), { Module.scorecard.setTextInput(active !== 0); });
EM_JS(char*, js_storage_get, (const char* key), {
  const s = Module.scorecard.storageGet(UTF8ToString(key));
  if (s === null || s === undefined) return 0;
  const n = lengthBytesUTF8(s) + 1; const p = _malloc(n); stringToUTF8(s, p, n); return p;
});
EM_JS(int, js_storage_set, (const char* key, const char* value), {
  return Module.scorecard.storageSet(UTF8ToString(key), UTF8ToString(value));
});
EM_JS(void, js_request_persistence, (), { Module.scorecard.requestPersistence(); });
EM_JS(void, js_storage_remove, (const char* key), { Module.scorecard.storageRemove(UTF8ToString(key)); });
EM_JS(char*, js_storage_keys, (const char* prefix), {
  const s = Module.scorecard.storageKeys(UTF8ToString(prefix));
  const n = lengthBytesUTF8(s) + 1; const p = _malloc(n); stringToUTF8(s, p, n); return p;
});
EM_JS(void, js_open_files, (const char* purpose, const char* accept, int multiple), {
  Module.scorecard.openFiles(UTF8ToString(purpose), UTF8ToString(accept), multiple !== 0);
});
EM_JS(void, js_download, (const char* name, const char* mime, const char* text), {
  Module.scorecard.download(UTF8ToString(name), UTF8ToString(mime), UTF8ToString(text));
});
EM_JS(void, js_set_unsaved, (int flag), { Module.scorecard.setUnsaved(flag !== 0); });
EM_JS(int, js_prefers_dark, (), { return Module.scorecard.prefersDark() ? 1 : 0; });
EM_JS(int, js_is_mac, (), { return Module.scorecard.isMac ? 1 : 0; });
EM_JS(int, js_test_mode, (), { return Module.scorecard.testMode ? 1 : 0; });
EM_JS(char*, js_take_font, (int which, int* length), {
  const bytes = Module.scorecardGlue.takeFont(which);
  HEAP32[length >> 2] = bytes ? bytes.length : 0;
  if (!bytes) return 0;
  const p = _malloc(Math.max(1, bytes.length)); HEAPU8.set(bytes, p); return p;
});
EM_JS(void, js_fetch_text, (const char* name), { Module.scorecard.fetchText(UTF8ToString(name)); });
EM_JS(void, js_device_key_load, (), { Module.scorecardGlue.keys.load(); });
EM_JS(void, js_device_key_sign, (int request, const char* message_b64), {
  Module.scorecardGlue.keys.sign(request, UTF8ToString(message_b64));
});
EM_JS(void, js_device_key_verify, (int request, const char* checks_json), {
  Module.scorecardGlue.keys.verify(request, UTF8ToString(checks_json));
});
EM_JS(void, js_started, (int ok, const char* message), { Module.scorecardStarted(ok !== 0, UTF8ToString(message)); });

std::string take(char* p) {
    std::string s = p ? p : "";
    std::free(p);
    return s;
}
}  // namespace

namespace web {

std::string clipboard_text() { return take(js_clipboard_text()); }
void set_clipboard_text(const std::string& text) { js_set_clipboard_text(text.c_str()); }
void set_ime_position(float x, float y) { js_set_ime_position(x, y); }
void set_cursor(const char* css_cursor) { js_set_cursor(css_cursor); }
void set_text_input(bool active) { js_set_text_input(active ? 1 : 0); }

std::optional<std::string> storage_get(const std::string& key) {
    char* p = js_storage_get(key.c_str());
    if (!p) return std::nullopt;
    return take(p);
}
int storage_set(const std::string& key, const std::string& value) { return js_storage_set(key.c_str(), value.c_str()); }
void request_persistence() { js_request_persistence(); }
void storage_remove(const std::string& key) { js_storage_remove(key.c_str()); }
std::vector<std::string> storage_keys(const std::string& prefix) {
    std::string all = take(js_storage_keys(prefix.c_str()));
    std::vector<std::string> keys;
    size_t start = 0;
    while (start < all.size()) {
        size_t end = all.find('\n', start);
        if (end == std::string::npos) end = all.size();
        if (end > start) keys.push_back(all.substr(start, end - start));
        start = end + 1;
    }
    return keys;
}

void open_files(const std::string& purpose, const std::string& accept, bool multiple) {
    js_open_files(purpose.c_str(), accept.c_str(), multiple ? 1 : 0);
}
void download(const std::string& name, const std::string& mime, const std::string& text) {
    js_download(name.c_str(), mime.c_str(), text.c_str());
}
void set_unsaved(bool unsaved) { js_set_unsaved(unsaved ? 1 : 0); }
bool prefers_dark() { return js_prefers_dark() != 0; }
bool is_mac() { return js_is_mac() != 0; }
bool test_mode() { return js_test_mode() != 0; }
void fetch_text(const char* name) { js_fetch_text(name); }
std::optional<std::string> take_font_file(int which) {
    int length = 0;
    char* p = js_take_font(which, &length);
    if (!p) return std::nullopt;
    std::string bytes(p, size_t(length));
    std::free(p);
    return bytes;
}
void started(bool ok, const std::string& message) { js_started(ok ? 1 : 0, message.c_str()); }

void device_key_load() { js_device_key_load(); }
void device_key_sign(int request, const std::string& message_b64) { js_device_key_sign(request, message_b64.c_str()); }
void device_key_verify(int request, const std::string& checks_json) { js_device_key_verify(request, checks_json.c_str()); }

}  // namespace web
