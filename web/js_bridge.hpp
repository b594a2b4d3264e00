// Every call from C++ into the page's JavaScript (web/scorecard_glue.js's
// Module.scorecard object), as plain C++ functions over std::string.
#pragma once
#include <optional>
#include <string>
#include <vector>

namespace web {

std::string clipboard_text();              // the last pasted or copied text
void set_clipboard_text(const std::string& text);
void set_ime_position(float x, float y);
void set_cursor(const char* css_cursor);
void set_text_input(bool active);  // a text field has focus: typed characters go as text only

std::optional<std::string> storage_get(const std::string& key);
// 0 stored, 1 full, 2 refused (private window, blocked), 3 unavailable: app::StoreResult's order.
int storage_set(const std::string& key, const std::string& value);
void request_persistence();  // the answer comes back through sc_persistence
void storage_remove(const std::string& key);
std::vector<std::string> storage_keys(const std::string& prefix);  // full keys that start with it

void open_files(const std::string& purpose, const std::string& accept, bool multiple);
void download(const std::string& name, const std::string& mime, const std::string& text);
void set_unsaved(bool unsaved);
bool prefers_dark();
bool is_mac();
bool test_mode();
// Fetches a text file of the site (through the service worker's cache when offline); the
// text arrives through sc_text_loaded.
void fetch_text(const char* name);
// A font file web/js/loader.js fetched before main() (ui::FontFile order); handed over once.
std::optional<std::string> take_font_file(int which);
void started(bool ok, const std::string& message);

// The device key (web/js/keys.js); each answer comes back through sc_device_key, sc_signed, sc_verified.
void device_key_load();
void device_key_sign(int request, const std::string& message_b64);
void device_key_verify(int request, const std::string& checks_json);  // [{"k","m","s"}] in base64  // hides the loading screen or shows the message

}  // namespace web
