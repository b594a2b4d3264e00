// What the app needs from the platform it runs on, and nothing more: storage, files
// in and out, the clipboard, the wall clock and a few facts about the host. The web
// build implements it over the browser (web/platform_web.cpp); the unit tests with a
// fake (tests/unit/fake_platform.hpp). app/ never sees JavaScript or ImGui.
#pragma once
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "scorecard/signature.hpp"

namespace app {

// One file the user opened or dropped, as raw bytes (the core checks UTF-8). A file the
// platform refused to read (too large, a folder, unreadable) arrives with `refused`
// saying why and no bytes: it is never read into memory first.
struct FileIn {
    std::string name;
    std::string bytes;
    std::string refused;  // "" when read; else why not ("is a folder", "could not be read: ...")
    FileIn() = default;
    FileIn(std::string n, std::string b, std::string why_refused = "")
        : name(std::move(n)), bytes(std::move(b)), refused(std::move(why_refused)) {}
};

// What became of a store: the browser tells a full storage from one it refuses to use
// (a private window, site data blocked) and one that is not there at all.
enum class StoreResult { Stored, Full, Refused, Unavailable };
// The first half of a sentence saying why a store failed ("This browser's storage ... is full").
std::string storage_problem(StoreResult r);

class Platform {
public:
    virtual ~Platform() = default;

    // Key-value storage that survives reloads (localStorage on the web).
    virtual std::optional<std::string> load(const std::string& key) = 0;
    virtual StoreResult store(const std::string& key, const std::string& value) = 0;
    virtual void remove(const std::string& key) = 0;
    virtual std::vector<std::string> keys() = 0;
    // Asks the browser to keep the storage when space runs low; the answer arrives later
    // through App::on_persistence(granted). A platform without the notion answers at once.
    virtual void request_persistence() = 0;

    // Asks the user for files; they arrive later through App::on_files(purpose, ...).
    virtual void open_files(const std::string& purpose, const std::string& accept, bool multiple) = 0;
    // Saves a file the way the platform does (a browser download).
    virtual void save_file(const std::string& name, const std::string& mime, const std::string& text) = 0;
    virtual void copy_to_clipboard(const std::string& text) = 0;
    // Whether leaving now would lose work nobody exported (the page asks first).
    virtual void set_unsaved_work(bool unsaved) = 0;
    virtual bool prefers_dark() = 0;

    // The device key (Ed25519; on the web Web Crypto, the private half non-extractable in
    // IndexedDB). Asynchronous: each answer comes back later as a command through App::run.
    // DeviceKeyKnown with the public key, or "" when this device has none yet.
    virtual void request_device_key() = 0;
    // Signs with the device key, creating it first when there is none: SignatureMade.
    virtual void sign(int request, const std::string& message) = 0;
    // Verifies each check: SignaturesChecked, one verdict per check, in order.
    virtual void verify(int request, const std::vector<scorecard::Ed25519Check>& checks) = 0;

    virtual bool is_mac() = 0;

    // The wall clock, as the file formats write it; the system's by default.
    virtual std::string now_iso_utc();  // "2025-03-04T14:05:00Z"
    virtual std::string today_local();  // "2025-03-04"
    virtual std::string time_local();   // "14:05:10", to name this tab to the interviewer
    // The local time zone's offset from UTC at that moment, in minutes east (daylight saving included).
    virtual int utc_offset_minutes(long long utc_seconds);
};

}  // namespace app
