// app::Platform for the browser, over web/js_bridge.hpp.
#include "web/platform_web.hpp"

#include "base/base64.hpp"
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
void WebPlatform::request_device_key() { device_key_load(); }
void WebPlatform::sign(int request, const std::string& message) {
    device_key_sign(request, scorecard::base64_encode(message));
}
void WebPlatform::verify(int request, const std::vector<scorecard::Ed25519Check>& checks) {
    scorecard::Json list = scorecard::Json::array();
    for (const auto& c : checks)
        list.push_back({{"k", scorecard::base64_encode(c.public_key)},
                        {"m", scorecard::base64_encode(c.message)},
                        {"s", scorecard::base64_encode(c.signature)}});
    checks_[request] = checks;
    device_key_verify(request, list.dump());
}
std::vector<scorecard::Ed25519Check> WebPlatform::take_checks(int request) {
    auto it = checks_.find(request);
    if (it == checks_.end()) return {};
    auto out = std::move(it->second);
    checks_.erase(it);
    return out;
}

}  // namespace web
