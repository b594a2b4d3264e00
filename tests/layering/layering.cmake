# The layering, proved in the test command: a probe compiled as part of one layer (with
# exactly that layer's include roots) may include the layers below it and cannot include
# the ones above. Each forbidden probe passes only when the compiler says the header was
# not found; each allowed probe is the control that the mechanism builds at all.
# Plus check_includes.cmake: no "../" includes, the browser only in web/, ImGui only in ui/ and web/.

function(layering_probe name layer_target header expect)
  set(src "${CMAKE_BINARY_DIR}/layering/${name}.cpp")
  set(text "// Probe: a file of this layer that includes ${header}.\n#include \"${header}\"\n")
  if(EXISTS "${src}")
    file(READ "${src}" old)
  endif()
  if(NOT old STREQUAL text)
    file(WRITE "${src}" "${text}")
  endif()
  add_library(probe_${name} OBJECT EXCLUDE_FROM_ALL "${src}")
  target_link_libraries(probe_${name} PRIVATE ${layer_target})
  add_test(NAME layering_${name} COMMAND ${CMAKE_COMMAND} --build "${CMAKE_BINARY_DIR}" --target probe_${name})
  if(expect STREQUAL "forbidden")
    string(REPLACE "." "\\." header_re "${header}")
    set_tests_properties(layering_${name} PROPERTIES PASS_REGULAR_EXPRESSION "${header_re}.*(No such file|file not found)")
  endif()
endfunction()

layering_probe(base_cannot_include_rubric scorecard_base "rubric/rubric.hpp" forbidden)
layering_probe(rubric_cannot_include_scorecard scorecard_rubric "scorecard/scorecard.hpp" forbidden)
layering_probe(rubric_cannot_include_ui scorecard_rubric "ui/widgets.hpp" forbidden)
layering_probe(scorecard_cannot_include_panel scorecard_scorecard "panel/panel.hpp" forbidden)
layering_probe(panel_cannot_include_app scorecard_panel "app/app.hpp" forbidden)
layering_probe(app_cannot_include_ui scorecard_app "ui/ui.hpp" forbidden)
layering_probe(app_cannot_include_imgui scorecard_app "imgui.h" forbidden)
layering_probe(rubric_can_include_base scorecard_rubric "base/json_document.hpp" allowed)
layering_probe(app_can_include_panel scorecard_app "panel/load.hpp" allowed)
if(EMSCRIPTEN)
  layering_probe(ui_cannot_include_web scorecard_ui "web/js_bridge.hpp" forbidden)
  layering_probe(ui_can_include_app scorecard_ui "app/app.hpp" allowed)
endif()

add_test(NAME layering_include_rules
  COMMAND ${CMAKE_COMMAND} -DSRC=${CMAKE_SOURCE_DIR} -P "${CMAKE_SOURCE_DIR}/tests/layering/check_includes.cmake")
