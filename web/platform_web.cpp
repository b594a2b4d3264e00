// ui::Platform for the browser, over web/js_bridge.hpp.
#include "platform_web.hpp"

#include "js_bridge.hpp"

namespace web {

std::optional<std::string> WebPlatform::load(const std::string& key) { return storage_get(key); }
bool WebPlatform::store(const std::string& key, const std::string& value) { return storage_set(key, value); }
void WebPlatform::remove(const std::string& key) { storage_remove(key); }
std::vector<std::string> WebPlatform::keys() { return storage_keys(); }
void WebPlatform::open_files(const std::string& purpose, const std::string& accept, bool multiple) {
    web::open_files(purpose, accept, multiple);
}
void WebPlatform::save_file(const std::string& name, const std::string& mime, const std::string& text) {
    download(name, mime, text);
}
void WebPlatform::copy_to_clipboard(const std::string& text) { set_clipboard_text(text); }
void WebPlatform::set_unsaved_work(bool unsaved) { set_unsaved(unsaved); }
bool WebPlatform::prefers_dark() { return web::prefers_dark(); }
bool WebPlatform::is_mac() { return web::is_mac(); }

}  // namespace web
