// The in-app help pages (src/present/help_pages.hpp): the glossary's filter and links, the
// methodology's data with sources and dates, and HTML escaping.
#include "core/market_data.hpp"
#include "core/scenario_data.hpp"
#include "present/help_pages.hpp"
#include "present/number_format.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <set>

using namespace candor;

TEST_CASE("the glossary: each term once, links only to terms that exist, a filter that finds") {
    const auto terms = present::glossary();
    REQUIRE(terms.size() >= 15);
    std::set<std::string> ids;
    for (const auto& t : terms) {
        CHECK(ids.insert(t.id).second);
        CHECK_FALSE(t.definition.empty());
    }
    for (const auto& t : terms) {
        for (const std::string& see : t.see_also) {
            CAPTURE(see);
            CHECK(ids.count(see) == 1);
        }
    }
    const std::string all = present::glossary_html();
    CHECK(all.find("<a name=\"hazard\">") != std::string::npos);
    CHECK(all.find("href=\"#ear\"") != std::string::npos);

    // Case-insensitive, in the term or the definition.
    const std::string ear = present::glossary_html("  EFFECTIVE ");
    CHECK(ear.find("Effective annual rate (EAR)") != std::string::npos);
    CHECK(ear.find("<a name=\"hazard\">") == std::string::npos);
    const std::string by_definition = present::glossary_html("insolvency");
    CHECK(by_definition.find("No term matches") != std::string::npos);
    const std::string ponzi = present::glossary_html("new money");
    CHECK(ponzi.find("Ponzi dynamics") != std::string::npos);
    // What the user typed is escaped, never markup.
    CHECK(present::glossary_html("<b>").find("&lt;b&gt;") != std::string::npos);
}

TEST_CASE("the methodology carries the data's figures with their sources and dates") {
    const std::string m = present::methodology_html();
    const core::AssetClass& gold = core::MarketData::builtin().get("gold");
    CHECK(m.find("Gold: " + present::percent(gold.geometric_mean) + " a year over " +
                 gold.period) != std::string::npos);
    CHECK(m.find(gold.source.date) != std::string::npos);
    const core::ScenarioPreset& p = core::ScenarioPresets::builtin().presets().front();
    CHECK(m.find(p.sources.front().date) != std::string::npos);
    CHECK(m.find("Crypto mining (mining)") != std::string::npos);
    // Each formula as one left-to-right word (no-break spaces in an isolate) for wxHTML.
    CHECK(m.find("\u2066e\u00A0=\u00A0(1\u00A0+\u00A0r)^(1/t)") != std::string::npos);
    const std::string start = present::start_page_html();
    for (const char* href : {"candor:example", "candor:new", "candor:open", "candor:glossary"}) {
        CHECK(start.find(std::string("href=\"") + href + "\"") != std::string::npos);
    }
    CHECK(present::html_escape("a<b & \"c\">") == "a&lt;b &amp; &quot;c&quot;&gt;");
}
