// A Platform for the app's unit tests: storage in a map that can be made to refuse
// writes (full, refused or unavailable) and shared by two apps as two tabs share a
// browser's storage; files saved and clipboard text recorded; a fixed wall clock; the device
// key's sign and verify requests recorded for the test to answer.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "app/platform.hpp"

namespace test_fixtures {

using Storage = std::map<std::string, std::string>;

class FakePlatform : public app::Platform {
public:
    FakePlatform() : storage(own_) {}
    // A second tab of the same browser: the other platform's storage, its own clock and name.
    explicit FakePlatform(Storage& shared) : storage(shared) {}

    Storage& storage;
    app::StoreResult refuse_writes = app::StoreResult::Stored;  // anything else: that failure
    int writes = 0;              // successful stores
    struct Saved {
        std::string name, mime, text;
    };
    std::vector<Saved> saved;
    std::vector<std::string> opened;  // purposes of file choosers opened
    std::string clipboard;
    bool unsaved = false;
    int persistence_requests = 0;
    std::string now = "2026-12-01T10:00:00Z";
    std::string today = "2026-12-01";
    std::string clock = "10:00:00";
    int offset_minutes = 60;  // the device's time zone: UTC+01:00

    std::optional<std::string> load(const std::string& key) override {
        auto it = storage.find(key);
        if (it == storage.end()) return std::nullopt;
        return it->second;
    }
    app::StoreResult store(const std::string& key, const std::string& value) override {
        if (refuse_writes != app::StoreResult::Stored) return refuse_writes;
        storage[key] = value;
        ++writes;
        return app::StoreResult::Stored;
    }
    void remove(const std::string& key) override { storage.erase(key); }
    std::vector<std::string> keys() override {
        std::vector<std::string> out;
        for (const auto& [k, v] : storage) out.push_back(k);
        return out;
    }
    void request_persistence() override { ++persistence_requests; }
    void open_files(const std::string& purpose, const std::string&, bool) override { opened.push_back(purpose); }
    void save_file(const std::string& name, const std::string& mime, const std::string& text) override {
        saved.push_back({name, mime, text});
    }
    void copy_to_clipboard(const std::string& text) override { clipboard = text; }
    void set_unsaved_work(bool u) override { unsaved = u; }
    bool prefers_dark() override { return false; }
    // The device key's work is recorded; a test answers with fixed values through App::run.
    int key_requests = 0;
    struct SignRequest {
        int request;
        std::string message;
    };
    std::vector<SignRequest> sign_requests;
    struct VerifyRequest {
        int request;
        std::vector<scorecard::Ed25519Check> checks;
    };
    std::vector<VerifyRequest> verify_requests;
    void request_device_key() override { ++key_requests; }
    void sign(int request, const std::string& message) override { sign_requests.push_back({request, message}); }
    void verify(int request, const std::vector<scorecard::Ed25519Check>& checks) override {
        verify_requests.push_back({request, checks});
    }
    bool is_mac() override { return false; }
    std::string now_iso_utc() override { return now; }
    std::string today_local() override { return today; }
    std::string time_local() override { return clock; }
    int utc_offset_minutes(long long) override { return offset_minutes; }

private:
    Storage own_;
};

}  // namespace test_fixtures
