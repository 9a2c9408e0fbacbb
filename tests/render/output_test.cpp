#include "render/chart_data.hpp"
#include "render/output.hpp"

#include "core/analysis.hpp"
#include "core/examples.hpp"
#include "core/request.hpp"

#include <doctest/doctest.h>

#include <cairo.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

using namespace candor;
namespace fs = std::filesystem;

namespace {

fs::path scratch_dir(const std::string& name) {
    const fs::path dir = fs::path(CANDOR_BINARY_DIR) / "test-output" / "render" / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

render::ChartData value_chart() {
    const auto& e = core::find_example("platform-a-usdt");
    return render::value_over_term_chart(
        core::execute(core::OfferRequest{e.offer, core::Assumptions::defaults(), {}, std::nullopt},
                      core::MarketData::builtin()));
}

std::size_t entries(const fs::path& dir) {
    return static_cast<std::size_t>(
        std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

} // namespace

TEST_CASE("write_chart_png writes a PNG of the requested pixel size") {
    const auto dir = scratch_dir("png");
    const auto path = dir / "value.png";
    render::write_chart_png(render::ChartKind::ValueOverTerm, value_chart(), 640, 420, {},
                            path.string(), 2.0);
    cairo_surface_t* png = cairo_image_surface_create_from_png(path.c_str());
    REQUIRE(cairo_surface_status(png) == CAIRO_STATUS_SUCCESS);
    CHECK(cairo_image_surface_get_width(png) == 640);
    CHECK(cairo_image_surface_get_height(png) == 420);
    cairo_surface_destroy(png);
    CHECK(entries(dir) == 1); // no temporary file left behind
}

TEST_CASE("draw_chart_rgb holds the same pixels as the PNG of the same chart") {
    const auto dir = scratch_dir("rgb");
    const auto path = dir / "value.png";
    render::write_chart_png(render::ChartKind::ValueOverTerm, value_chart(), 320, 200, {},
                            path.string());
    const render::RgbImage image =
        render::draw_chart_rgb(render::ChartKind::ValueOverTerm, value_chart(), 320, 200, {});
    REQUIRE(image.width == 320);
    REQUIRE(image.height == 200);
    REQUIRE(image.rgb.size() == 320U * 200U * 3U);
    cairo_surface_t* png = cairo_image_surface_create_from_png(path.c_str());
    REQUIRE(cairo_surface_status(png) == CAIRO_STATUS_SUCCESS);
    const unsigned char* data = cairo_image_surface_get_data(png);
    const int stride = cairo_image_surface_get_stride(png);
    int differ = 0;
    int inked = 0;
    for (int y = 0; y < 200; ++y) {
        for (int x = 0; x < 320; ++x) {
            const auto px = *reinterpret_cast<const std::uint32_t*>(data + y * stride + x * 4);
            const std::size_t i = (static_cast<std::size_t>(y) * 320 + x) * 3;
            differ += image.rgb[i] != ((px >> 16) & 0xFF) ||
                      image.rgb[i + 1] != ((px >> 8) & 0xFF) || image.rgb[i + 2] != (px & 0xFF);
            inked += image.rgb[i] != 0xFF || image.rgb[i + 1] != 0xFF || image.rgb[i + 2] != 0xFF;
        }
    }
    cairo_surface_destroy(png);
    CHECK(differ == 0);
    CHECK(inked > 2000); // a chart, not a blank image
    CHECK(render::draw_chart_rgb(render::ChartKind::ValueOverTerm, value_chart(), 0, 10, {})
              .rgb.empty());
}

TEST_CASE("write_chart_svg writes an SVG document of the requested size in points") {
    const auto dir = scratch_dir("svg");
    const auto path = dir / "value.svg";
    render::write_chart_svg(render::ChartKind::ValueOverTerm, value_chart(), 560, 350, {},
                            path.string());
    const std::string svg = slurp(path);
    CHECK(svg.rfind("<?xml", 0) == 0);
    CHECK(svg.find("<svg") != std::string::npos);
    CHECK(svg.find("width=\"560pt\"") != std::string::npos);
    CHECK(svg.find("height=\"350pt\"") != std::string::npos);
    CHECK(svg.find("</svg>") != std::string::npos);
}

TEST_CASE("write_chart_pdf writes a one-page PDF") {
    const auto dir = scratch_dir("pdf");
    const auto path = dir / "value.pdf";
    render::write_chart_pdf(render::ChartKind::ValueOverTerm, value_chart(), 560, 350, {},
                            path.string());
    const std::string pdf = slurp(path);
    CHECK(pdf.rfind("%PDF-", 0) == 0);
    CHECK(pdf.find("%%EOF") != std::string::npos);
}

TEST_CASE("a failed write throws OutputError and leaves the existing file untouched") {
    const auto dir = scratch_dir("fail");
    const auto path = dir / "chart.png";
    { std::ofstream(path) << "keep me"; }
    // An invalid size fails before anything is drawn.
    CHECK_THROWS_AS(render::write_chart_png(render::ChartKind::ValueOverTerm, value_chart(), 4, 4,
                                            {}, path.string()),
                    render::OutputError);
    CHECK(slurp(path) == "keep me");
    // A directory that does not exist.
    const auto missing = dir / "no-such-dir" / "chart.svg";
    try {
        render::write_chart_svg(render::ChartKind::ValueOverTerm, value_chart(), 300, 200, {},
                                missing.string());
        FAIL("expected OutputError");
    } catch (const render::OutputError& e) {
        CHECK(e.path() == missing.string());
        CHECK(std::string(e.what()).find("No such file or directory") != std::string::npos);
    }
    // A directory as the target.
    CHECK_THROWS_AS(render::write_chart_svg(render::ChartKind::ValueOverTerm, value_chart(), 300,
                                            200, {}, dir.string()),
                    render::OutputError);
    CHECK(entries(dir) == 1);
    CHECK(slurp(path) == "keep me");
}
