// The browser's implementation of app::Platform (storage in localStorage, files by
// chooser, drop and download, the system clipboard).
#pragma once
#include <map>

#include "app/platform.hpp"

namespace web {

// Everything Scorecard keeps in localStorage is under this prefix, so it never meets
// another app's keys on the same origin.
inline constexpr const char* kStoragePrefix = "scorecard:";

class WebPlatform final : public app::Platform {
public:
    std::optional<std::string> load(const std::string& key) override;
    app::StoreResult store(const std::string& key, const std::string& value) override;
    void remove(const std::string& key) override;
    std::vector<std::string> keys() override;
    void request_persistence() override;
    void open_files(const std::string& purpose, const std::string& accept, bool multiple) override;
    void save_file(const std::string& name, const std::string& mime, const std::string& text) override;
    void copy_to_clipboard(const std::string& text) override;
    void set_unsaved_work(bool unsaved) override;
    bool prefers_dark() override;
    bool is_mac() override;
    void request_device_key() override;
    void sign(int request, const std::string& message) override;
    void verify(int request, const std::vector<scorecard::Ed25519Check>& checks) override;
    // The checks of a verify request, handed back with the browser's verdicts.
    std::vector<scorecard::Ed25519Check> take_checks(int request);

private:
    std::map<int, std::vector<scorecard::Ed25519Check>> checks_;
};

}  // namespace web
