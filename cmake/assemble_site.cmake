# Assembles the static site in SITE from the shell page (web/shell), the linked
# app (BIN/scorecard.{js,wasm,data}), public/ as it is and licenses.txt (the licence
# texts of Scorecard and of everything the site ships, from THIRD_PARTY.md), then
# stamps the service worker with a version that is the digest of every cached file.
# Usage: cmake -DSRC=<source> -DBIN=<web build> -DSITE=<site dir> -DVERSION=<x.y.z>
#              -DBUILD_ID_FILE=<build_id.txt> -P assemble_site.cmake
include("${CMAKE_CURRENT_LIST_DIR}/third_party.cmake")
file(REMOVE_RECURSE "${SITE}")
file(MAKE_DIRECTORY "${SITE}")
file(COPY "${SRC}/public/" DESTINATION "${SITE}")
foreach(f index.html shell.css shell.js)
  file(COPY "${SRC}/web/shell/${f}" DESTINATION "${SITE}")
endforeach()
foreach(f scorecard.js scorecard.wasm scorecard.data)
  file(COPY "${BIN}/${f}" DESTINATION "${SITE}")
endforeach()
file(STRINGS "${BUILD_ID_FILE}" build_id LIMIT_COUNT 1)
third_party_notices("${SRC}" site "Scorecard ${VERSION} (build ${build_id}): licences of this site" notices)
file(WRITE "${SITE}/licenses.txt" "${notices}")

file(GLOB_RECURSE site_files RELATIVE "${SITE}" "${SITE}/*")
list(SORT site_files)
set(hashes "")
set(list_js "'./'")
foreach(f IN LISTS site_files)
  file(SHA256 "${SITE}/${f}" h)
  string(APPEND hashes "${h} ${f}\n")
  string(APPEND list_js ", './${f}'")
endforeach()
string(SHA256 version "${hashes}")
string(SUBSTRING "${version}" 0 16 version)
file(READ "${SRC}/web/shell/sw.js" sw)
string(REPLACE "@SCORECARD_SITE_VERSION@" "${version}" sw "${sw}")
string(REPLACE "@SCORECARD_SITE_FILES@" "${list_js}" sw "${sw}")
file(WRITE "${SITE}/sw.js" "${sw}")
file(WRITE "${SITE}/version.txt" "${version}\n")
message(STATUS "Site ${version}: ${SITE}")
