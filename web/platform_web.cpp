// app::Platform for the browser, over web/js_bridge.hpp.
#include "web/platform_web.hpp"

#include "web/js_bridge.hpp"

namespace web {

std::optional<std::string> WebPlatform::load(const std::string& key) { return storage_get(kStoragePrefix + key); }
app::StoreResult WebPlatform::store(const std::string& key, const std::string& value) {
    switch (storage_set(kStoragePrefix + key, value)) {
        case 0: return app::StoreResult::Stored;
        case 1: return app::StoreResult::Full;
        case 2: return app::StoreResult::Refused;
        default: return app::StoreResult::Unavailable;
    }
}
void WebPlatform::request_persistence() { web::request_persistence(); }
void WebPlatform::remove(const std::string& key) { storage_remove(kStoragePrefix + key); }
std::vector<std::string> WebPlatform::keys() {
    std::vector<std::string> out;
    for (auto& k : storage_keys(kStoragePrefix)) out.push_back(k.substr(std::string(kStoragePrefix).size()));
    return out;
}
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
